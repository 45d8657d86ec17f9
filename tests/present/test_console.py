"""The presenter console as a host rehearses and presents: blanking impossible to miss, the
overview of every slide, the next story with its warning, and a rehearsal's times kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.archive.library import Library
from storyreader.present.navigator import Screen, ShowOptions
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.present.slides import SlideKind
from storyreader.ui.present.show_controller import ShowController
from storyreader.ui.present.slide_view import MARK_COLOUR
from tests.present.conftest import LANTERN, LETTERS
from tests.present.screens import OffscreenScreens

Key = Qt.Key
MARK = QColor(MARK_COLOUR)


class FakeClock:
    """Time that passes when the test says so: a rehearsal of minutes in a moment."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def rehearsal(
    qtbot: QtBot, qapp: QApplication, library: Library, evening: SetInfo, clock: FakeClock
) -> Iterator[ShowController]:
    """A rehearsal on the laptop alone (the offscreen platform's one screen)."""
    controller = ShowController(evening, library, ShowOptions(), rehearsal=True, clock=clock)
    controller.start()
    qtbot.waitUntil(controller.console.isVisible)
    yield controller
    controller.end()


def seen(show: ShowController) -> Screen:
    """What the audience sees (read afresh after each command)."""
    return show.audience.screen_kind


def marked(show: ShowController) -> Screen:
    """What the console's view of the slide is stamped with."""
    return show.console.current.mark


def press(qtbot: QtBot, show: ShowController, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(show.console, key)


def brightness(image: QImage) -> float:
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), 6)
        for y in range(0, image.height(), 6)
    ]
    return sum(values) / len(values)


def stamped(image: QImage) -> int:
    """How many pixels are in the stamp's colour (sampled)."""
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if abs(image.pixelColor(x, y).hue() - MARK.hue()) < 8
        and image.pixelColor(x, y).saturationF() > 0.4
        and image.pixelColor(x, y).valueF() > 0.6
    )


def test_blanking_is_unmistakable_on_the_console(qtbot: QtBot, rehearsal: ShowController) -> None:
    console = rehearsal.console
    press(qtbot, rehearsal, Key.Key_Right, Key.Key_Right)  # a slide of text
    lit = brightness(console.current.grab().toImage())
    assert stamped(console.current.grab().toImage()) == 0
    press(qtbot, rehearsal, Key.Key_B)
    assert seen(rehearsal) == Screen.BLACK
    assert console.current.slide is rehearsal.navigator.slide  # still there, for the host
    assert marked(rehearsal) == Screen.BLACK
    assert console.current.accessibleDescription() == "BLACK"
    blanked = console.current.grab().toImage()
    assert brightness(blanked) < lit * 0.6  # dimmed
    assert stamped(blanked) > 200  # BLACK stamped across it
    assert "black screen" in console.audience_state.text()
    assert console.audience_state.styleSheet() != ""  # a coloured bar, not a line of text
    press(qtbot, rehearsal, Key.Key_W)
    assert marked(rehearsal) == Screen.LOGO
    assert console.current.accessibleDescription() == "LOGO"
    press(qtbot, rehearsal, Key.Key_W)
    assert marked(rehearsal) == Screen.SLIDE and console.audience_state.text() == ""
    assert brightness(console.current.grab().toImage()) == pytest.approx(lit, rel=0.05)


def test_the_overview_jumps_with_arrows_and_enter(qtbot: QtBot, rehearsal: ShowController) -> None:
    console, navigator = rehearsal.console, rehearsal.navigator
    deck = navigator.deck
    press(qtbot, rehearsal, Key.Key_Right, Key.Key_Right)
    press(qtbot, rehearsal, Key.Key_Tab)
    overview = console.overview
    assert console.overview_open() and overview.isVisible()
    assert overview.current == overview.selected == 2  # the slide on screen, marked
    assert [h.text.split(". ", 1)[1].split("  ⚠")[0] for h in overview.headings] == [
        story.title for story in deck.stories
    ]
    assert "⚠ Separation from family" in overview.headings[1].text
    # Grouped by story: each story's first slide starts a row of its own.
    for start in deck.starts[1:]:
        assert overview.tiles[start].thumb.left() == overview.tiles[0].thumb.left()
        assert overview.tiles[start].thumb.top() > overview.tiles[start - 1].thumb.top()
    press(qtbot, rehearsal, Key.Key_Right)
    assert overview.selected == 3 and navigator.index == 2  # the room still sees slide 3
    columns = sum(1 for t in overview.tiles if t.thumb.top() == overview.tiles[0].thumb.top())
    assert columns >= 2
    press(qtbot, rehearsal, Key.Key_Down)
    assert overview.selected == 3 + columns
    press(qtbot, rehearsal, Key.Key_Up, Key.Key_Left)
    assert overview.selected == 2
    press(qtbot, rehearsal, Key.Key_End)
    assert overview.selected == len(deck) - 1
    press(qtbot, rehearsal, Key.Key_Home, Key.Key_Down)  # down from story 1's last row...
    while overview.tiles[overview.selected].index < deck.starts[1]:
        press(qtbot, rehearsal, Key.Key_Down)
    assert deck.story_at(overview.selected) == 1  # ... into the next story's first row
    target = deck.starts[2] + 2
    overview.move_to(target)
    press(qtbot, rehearsal, Key.Key_Return)
    assert not console.overview_open()
    assert navigator.index == target and rehearsal.audience.slide is deck.slides[target]
    # O opens it too, Esc closes it without moving, and a click jumps.
    press(qtbot, rehearsal, Key.Key_O, Key.Key_Left, Key.Key_Escape)
    assert not console.overview_open() and navigator.index == target
    assert rehearsal.running  # Esc in the overview is not the first Esc of "end the show"
    press(qtbot, rehearsal, Key.Key_Tab)
    tile = overview.tiles[deck.starts[0]]
    overview.ensure_visible(tile.index)
    spot = tile.thumb.center().toPoint() - QPoint(0, overview.verticalScrollBar().value())
    qtbot.mouseClick(overview.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert navigator.index == deck.starts[0] and not console.overview_open()


def test_next_up_names_the_next_story_and_its_warning(
    qtbot: QtBot, rehearsal: ShowController
) -> None:
    console, deck = rehearsal.console, rehearsal.navigator.deck
    assert console.next_up.text() == (
        f"Next story: 2. {LANTERN}\n⚠ Content warning: Separation from family"
    )
    assert not console.next_up.font().bold()
    rehearsal.go_to(deck.starts[1] - 1)  # the last slide before it: it is next
    assert console.next_up.font().bold()
    rehearsal.go_to_story(1)
    assert console.next_up.text() == f"Next story: 3. {LETTERS}"
    rehearsal.go_to_story(2)
    assert console.next_up.text() == "This is the last story of the set."


def test_a_rehearsal_keeps_the_time_of_each_story_gone_through(
    qtbot: QtBot,
    rehearsal: ShowController,
    clock: FakeClock,
    sets: Sets,
    evening: SetInfo,
) -> None:
    times: list[dict[int, int]] = []
    rehearsal.rehearsed.connect(times.append)
    deck = rehearsal.navigator.deck
    assert rehearsal.console.windowTitle() == "Rehearsal — Winter evening"
    for _slide in range(len(deck.stories[0].slides)):  # the first story, all of it
        clock.now += 20
        press(qtbot, rehearsal, Key.Key_Right)
    assert rehearsal.navigator.story == 1
    clock.now += 30
    press(qtbot, rehearsal, Key.Key_B)  # the time blanked counts: the room waits
    clock.now += 15
    press(qtbot, rehearsal, Key.Key_End)  # the second story, only its warning seen
    clock.now += 5
    press(qtbot, rehearsal, Key.Key_Escape, Key.Key_Escape)
    assert not rehearsal.running
    first = evening.items[0]
    assert times == [{first.id: 20 * len(deck.stories[0].slides)}]
    # The set list shows it beside the estimate, once written (the app writes it).
    sets.record_rehearsal(evening.id, times[0])
    again = ShowController(sets.get(evening.id), rehearsal._library, ShowOptions())  # noqa: SLF001
    try:
        line = again.console.set_list.item(0).text()
        assert "~" in line and f"rehearsed {20 * len(deck.stories[0].slides) // 60}:" in line
    finally:
        again.end()


def test_the_controller_is_the_shows_one_interface(
    qtbot: QtBot, two_screens: OffscreenScreens, library: Library, evening: SetInfo
) -> None:
    """What a phone remote will call: the same commands as the keys."""
    show = ShowController(evening, library, ShowOptions())
    show.start()
    changes: list[int] = []
    show.changed.connect(lambda: changes.append(show.navigator.index))
    try:
        qtbot.waitUntil(show.audience.isVisible)
        show.next()
        show.next()
        show.previous()
        show.black()
        assert seen(show) == Screen.BLACK
        show.black()
        show.logo()
        assert seen(show) == Screen.LOGO
        show.go_to(len(show.navigator.deck) - 1)
        assert seen(show) == Screen.SLIDE
        assert show.audience.slide is not None
        assert show.audience.slide.kind != SlideKind.WARNING
        assert changes[:3] == [1, 2, 1] and len(changes) == 7
    finally:
        show.end()


def test_the_console_fits_a_small_laptop(
    qtbot: QtBot, qapp: QApplication, library: Library, evening: SetInfo, clock: FakeClock
) -> None:
    """Rehearsing on a 1024x600 laptop: the console and every button of it on the screen."""
    from tests.gui.screen_checks import SIZES, outside, screen_of

    with screen_of(*SIZES["1024x600"]) as area:
        show = ShowController(evening, library, ShowOptions(), rehearsal=True, clock=clock)
        show.start()
        qtbot.waitUntil(show.console.isVisible)
        try:
            press(qtbot, show, Qt.Key.Key_Space)  # the times and next-up lines filled in
            qtbot.wait(50)
            assert outside(show.console, area) == []
        finally:
            show.end()
