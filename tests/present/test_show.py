"""The show with a laptop and a projector: where the windows go, every clicker key, blanking,
the content warning card, and the projector pulled out and plugged back in mid-show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.navigator import Screen, ShowOptions
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.present.slides import SlideKind
from storyreader.ui.present.show_controller import ShowController
from tests.present.screens import LAPTOP, PROJECTOR, OffscreenScreens

Key = Qt.Key


@pytest.fixture
def show(
    qtbot: QtBot, two_screens: OffscreenScreens, library: Library, evening: SetInfo
) -> Iterator[ShowController]:
    controller = ShowController(evening, library, ShowOptions())
    controller.start()
    qtbot.waitUntil(lambda: controller.audience.isVisible() and controller.console.isVisible())
    yield controller
    controller.end()


def press(qtbot: QtBot, show: ShowController, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(show.console, key)


def test_the_audience_gets_the_projector_and_the_console_the_laptop(
    show: ShowController,
) -> None:
    assert show.audience_screen_name() == PROJECTOR["name"]
    assert show.audience.isFullScreen()
    assert show.audience.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert show.audience.cursor().shape() == Qt.CursorShape.BlankCursor
    assert show.audience.geometry().topLeft().x() == PROJECTOR["x"]
    assert show.console.screen().name() != PROJECTOR["name"]
    # Paginated for the projector, shown from the first slide, on both windows.
    assert (show.style.width, show.style.height) == (PROJECTOR["width"], PROJECTOR["height"])
    assert show.audience.slide is show.navigator.deck.slides[0]
    assert show.console.current.slide is show.audience.slide
    assert show.console.next.slide is show.navigator.deck.slides[1]
    assert "Pause after the boats." in show.console.notes.toPlainText()
    assert show.console.position.text() == f"Slide 1 of {len(show.navigator.deck)}"


def seen(show: ShowController) -> Screen:
    """What the audience sees (read afresh after each key)."""
    return show.audience.screen_kind


def running(show: ShowController) -> bool:
    return show.running


def test_every_clicker_key(qtbot: QtBot, show: ShowController) -> None:
    navigator = show.navigator
    for key in (Key.Key_Right, Key.Key_Down, Key.Key_PageDown, Key.Key_Space, Key.Key_Return):
        before = navigator.index
        press(qtbot, show, key)
        assert navigator.index == before + 1, key
    for key in (Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace):
        before = navigator.index
        qtbot.keyClick(show.audience, key)  # keys work whichever window has them
        assert navigator.index == before - 1, key
    press(qtbot, show, Key.Key_End)
    assert navigator.index == len(navigator.deck) - 1
    press(qtbot, show, Key.Key_Right)  # past the end: stays
    assert navigator.index == len(navigator.deck) - 1
    press(qtbot, show, Key.Key_Home)
    assert navigator.index == 0
    press(qtbot, show, Key.Key_Left)
    assert navigator.index == 0
    press(qtbot, show, Key.Key_3, Key.Key_2)
    assert show.console.typed.text() == "Go to slide 32…"
    press(qtbot, show, Key.Key_Backspace)  # a slip corrected: 3, not 32
    assert show.console.typed.text() == "Go to slide 3…" and navigator.index == 0
    press(qtbot, show, Key.Key_Return)
    assert navigator.index == 2
    press(qtbot, show, Key.Key_5, Key.Key_Enter)
    assert navigator.index == 4
    assert show.audience.slide is navigator.deck.slides[4]
    assert show.console.position.text().startswith("Slide 5 of")


def test_blanking_to_black_and_to_the_logo(qtbot: QtBot, show: ShowController) -> None:
    press(qtbot, show, Key.Key_Right)
    press(qtbot, show, Key.Key_B)
    assert seen(show) == Screen.BLACK
    assert show.audience.grab().toImage().pixelColor(50, 50).name() == "#000000"
    assert "black screen" in show.console.audience_state.text()
    assert show.console.current.screen_kind == Screen.SLIDE  # the host still sees the slide
    press(qtbot, show, Key.Key_B)
    assert seen(show) == Screen.SLIDE
    press(qtbot, show, Key.Key_Period, Key.Key_Right)  # a move brings the slide back, unmoved
    assert (seen(show), show.navigator.index) == (Screen.SLIDE, 1)
    press(qtbot, show, Key.Key_W)
    assert seen(show) == Screen.LOGO
    logo = show.audience.grab().toImage()
    assert logo.pixelColor(50, 50).name() == show.audience.theme.background
    press(qtbot, show, Key.Key_W)
    assert seen(show) == Screen.SLIDE and show.navigator.index == 1


def test_a_warning_card_stands_before_a_flagged_story(qtbot: QtBot, show: ShowController) -> None:
    deck = show.navigator.deck
    korean = deck.starts[1]
    # Jumping into the middle of the flagged story shows its warning first.
    press(qtbot, show, *number_keys(korean + 3), Key.Key_Return)
    assert show.audience.slide is not None
    assert show.audience.slide.kind == SlideKind.WARNING
    assert show.audience.slide.subtitle == "Separation from family"
    assert "Content warning: Separation from family" in show.console.notes.toPlainText()
    press(qtbot, show, Key.Key_Space)  # the host moves on: where the jump was going
    assert show.navigator.index == korean + 3
    # Once seen, the card does not stand in the way again.
    press(qtbot, show, *number_keys(korean + 1), Key.Key_Return)
    assert show.navigator.index == korean + 1
    # The set list jumps to a story's start.
    show.console.set_list.itemClicked.emit(show.console.set_list.item(2))
    assert show.navigator.index == deck.starts[2]
    assert show.console.set_list.currentRow() == 2


def number_keys(index: int) -> list[Qt.Key]:
    """The keys that type slide `index`'s number (numbers start at 1)."""
    return [Qt.Key(Key.Key_0.value + int(digit)) for digit in str(index + 1)]


def test_esc_ends_the_show_only_when_confirmed(qtbot: QtBot, show: ShowController) -> None:
    ended: list[bool] = []
    show.ended.connect(lambda: ended.append(True))
    press(qtbot, show, Key.Key_Escape)
    assert running(show) and "Press Esc again" in show.console.banner.text()
    press(qtbot, show, Key.Key_Right)  # anything else: the show goes on
    assert running(show) and show.console.banner.isHidden()
    press(qtbot, show, Key.Key_3, Key.Key_Escape)  # Esc first drops a half-typed number
    assert running(show) and show.console.typed.text() == ""
    press(qtbot, show, Key.Key_Escape, Key.Key_Escape)
    assert not running(show) and ended == [True]
    assert not show.audience.isVisible()


def test_pulling_out_the_projector_and_plugging_it_back(
    qtbot: QtBot, qapp: QApplication, show: ShowController, two_screens: OffscreenScreens
) -> None:
    press(qtbot, show, Key.Key_Right, Key.Key_Right, Key.Key_Right)
    story, index = show.navigator.story, show.navigator.index
    laptop = two_screens.current()[0]
    two_screens.set_screens([laptop])  # the cable comes out
    qtbot.waitUntil(lambda: not show.audience.isVisible())
    assert show.running and show.audience_screen_name() is None
    assert "disconnected" in show.console.banner.text()
    assert "hidden" in show.console.audience_state.text()
    press(qtbot, show, Key.Key_Right)  # the show goes on in the console
    assert show.navigator.index == index + 1
    assert show.console.current.slide is show.navigator.slide

    bigger = {**PROJECTOR, "name": "Big screen", "width": 1920, "height": 1080}
    two_screens.set_screens([laptop, bigger])  # another projector is plugged in
    qtbot.waitUntil(lambda: show.audience.isVisible())
    assert show.audience_screen_name() == "Big screen" and show.audience.isFullScreen()
    assert show.audience.geometry().size().toTuple() == (1920, 1080)
    assert (show.style.width, show.style.height) == (1920, 1080)  # paginated again for it
    assert show.navigator.story == story
    assert show.audience.slide is show.navigator.slide
    assert show.console.banner.isHidden()
    qapp.processEvents()


def test_a_projector_changing_resolution_is_followed(
    qtbot: QtBot, show: ShowController, two_screens: OffscreenScreens
) -> None:
    laptop = two_screens.current()[0]
    two_screens.set_screens([laptop, {**PROJECTOR, "width": 1280, "height": 720}])
    qtbot.waitUntil(lambda: show.audience.width() == 1280)
    assert (show.style.width, show.style.height) == (1280, 720)
    assert show.audience_screen_name() == PROJECTOR["name"]


def test_s_swaps_the_screens(qtbot: QtBot, show: ShowController) -> None:
    press(qtbot, show, Key.Key_S)
    qtbot.waitUntil(lambda: show.audience_screen_name() != PROJECTOR["name"])
    assert show.console.screen().name() == PROJECTOR["name"]
    assert show.audience.isFullScreen()
    assert show.audience.geometry().size().toTuple() == (LAPTOP["width"], LAPTOP["height"])
    press(qtbot, show, Key.Key_S)
    qtbot.waitUntil(lambda: show.audience_screen_name() == PROJECTOR["name"])


def test_one_screen_shows_the_audience_in_a_window_when_asked(
    qtbot: QtBot, qapp: QApplication, library: Library, evening: SetInfo
) -> None:
    controller = ShowController(evening, library, ShowOptions())
    controller.start()
    try:
        qtbot.waitUntil(controller.console.isVisible)
        assert len(qapp.screens()) == 1
        assert "Only one screen" in controller.console.banner.text()
        # The console is the show: nothing covers it until the host asks (A).
        assert not controller.audience.isVisible()
        assert controller.console.current.slide is controller.navigator.slide
        press(qtbot, controller, Key.Key_A)
        qtbot.waitUntil(controller.audience.isVisible)
        assert not controller.audience.isFullScreen()
        assert controller.audience.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
        assert controller.audience.slide is controller.navigator.slide
        press(qtbot, controller, Key.Key_S)
        assert "nothing to swap" in controller.console.banner.text()
        press(qtbot, controller, Key.Key_A)
        qtbot.waitUntil(lambda: not controller.audience.isVisible())
    finally:
        controller.end()


def test_a_show_refuses_what_it_cannot_do(
    qapp: QApplication, library: Library, sets: Sets, evening: SetInfo
) -> None:
    with pytest.raises(KnownError, match="no stories"):
        ShowController(sets.create("Empty"), library, ShowOptions())
    with pytest.raises(KnownError, match="no screen 3"):
        ShowController(evening, library, ShowOptions(), screen_number=3)
