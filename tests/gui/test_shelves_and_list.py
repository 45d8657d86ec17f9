"""The library's list and shelves as a reader meets them: Korean and Latin in one family, the
columns the reader chooses, the sidebar collapsed, empty shelves that say what they are for,
facets that narrow a search, chips that look chosen, theme items as radio items, and
marking everything listed as read with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QFontInfo, QFontMetricsF, QImage, QRawFont
from PySide6.QtWidgets import QAbstractButton, QToolButton
from pytestqt.qtbot import QtBot

from storyreader.archive.browse import LibraryView
from storyreader.ui.document_table import AUTHOR, KIND
from storyreader.ui.item_models import ID_ROLE
from storyreader.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow
from tests.gui.test_library_window import count_of, shelf, titles

KOREAN_TITLE = "창가의 등불"


def test_korean_and_latin_titles_are_drawn_in_one_family(window: MainWindow) -> None:
    model = window.library.model
    row = titles(window).index(KOREAN_TITLE)
    for font in (window.library.table.font(), model.index(row, 0).data(Qt.ItemDataRole.FontRole)):
        if font is None:
            continue
        metrics, drawn_by = QFontMetricsF(font), QRawFont.fromFont(font)
        assert drawn_by.supportsCharacter(ord("창")), "Hangul from the font Latin is drawn in"
        family = QFontInfo(font).family()
        assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)
        hangul, latin = metrics.boundingRect("등"), metrics.boundingRect("H")
        assert hangul.height() >= latin.height(), "Hangul not drawn smaller than capitals"


def test_the_header_chooses_the_columns_and_they_are_remembered(
    open_window: OpenWindow,
) -> None:
    window = open_window()
    table = window.library.table
    menu = table.column_menu()
    names = [action.text() for action in menu.actions()]
    assert names[0] == "Title" and not menu.actions()[0].isEnabled()
    next(action for action in menu.actions() if action.text().startswith("Author")).trigger()
    assert table.horizontalHeader().isSectionHidden(AUTHOR)
    window.close()

    again = open_window().library.table
    assert again.horizontalHeader().isSectionHidden(AUTHOR)
    assert AUTHOR in again.hidden_by_choice and KIND not in again.hidden_by_choice


def test_the_shelves_collapse_and_stay_collapsed(open_window: OpenWindow) -> None:
    window = open_window()
    list_width = window.library.middle.width()
    window.commands["shelves_panel"].trigger()
    assert not window.library.shelves.isVisible()
    assert window.library.middle.width() > list_width, "the list gets the room"
    window.close()

    again = open_window()
    assert not again.library.shelves.isVisible()
    assert not again.commands["shelves_panel"].isChecked()
    again.commands["focus_sidebar"].trigger()  # Ctrl+1 brings them back
    assert again.library.shelves.isVisible() and again.commands["shelves_panel"].isChecked()


def test_empty_shelves_say_what_they_are_for(window: MainWindow) -> None:
    table = window.library.table
    for view, words in (
        (LibraryView(shelf="favourites"), "star"),
        (LibraryView(shelf="recent"), "open"),
    ):
        shelf(window, view)
        assert window.library.model.rowCount() == 0
        assert words in table.empty_text
        assert _drawn(table.viewport().grab().toImage()), "the sentence is drawn in the list"
    shelf(window, LibraryView())
    assert window.library.model.rowCount() == 16


def _drawn(image: QImage) -> bool:
    """Whether anything but the background is painted."""
    background = image.pixelColor(2, 2)
    return any(
        _differs(image.pixelColor(x, y), background)
        for x in range(0, image.width(), 3)
        for y in range(0, min(image.height(), 120), 3)
    )


def _differs(one: QColor, other: QColor) -> bool:
    return abs(one.lightness() - other.lightness()) > 40


def test_a_facet_in_the_sidebar_narrows_the_search(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "refugee")
    results = window.library.results
    qtbot.waitUntil(lambda: results.model.rowCount() == 7, timeout=10_000)
    shelf(window, LibraryView(kind="story"))
    qtbot.waitUntil(lambda: results.model.rowCount() == 4, timeout=10_000)
    assert window.library.showing_results() and window.library.search_field.text() == "refugee"
    assert {results.model.hit(row).kind for row in range(4)} == {"story"}  # type: ignore[union-attr]
    shelf(window, LibraryView())  # All documents: every kind again, the same words
    qtbot.waitUntil(lambda: results.model.rowCount() == 7, timeout=10_000)
    shelf(window, LibraryView(shelf="favourites"))  # a search cannot narrow by this: the list
    assert not window.library.showing_results()
    assert count_of(window, LibraryView(shelf="favourites")) == window.library.model.rowCount()


def test_a_chosen_chip_looks_chosen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "refugee")
    results = window.library.results
    qtbot.waitUntil(lambda: results.model.rowCount() == 7, timeout=10_000)
    story = _chip(window, "Story")
    assert story is not None
    story.click()
    qtbot.waitUntil(lambda: results.model.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: _chip(window, "✓ Story") is not None)
    chosen = _chip(window, "✓ Story")
    others = [
        b for b in results.chips.findChildren(QToolButton) if b.isVisible() and b is not chosen
    ]
    assert chosen is not None and chosen.isChecked() and others
    other = others[0]
    assert not other.isChecked() and not other.text().startswith("✓")
    assert _differs(_middle_colour(chosen), _middle_colour(other)), "filled, not just pressed"


def _chip(window: MainWindow, label: str) -> QToolButton | None:
    """The chip shown that reads `label`, if any."""
    buttons = window.library.results.chips.findChildren(QToolButton)
    shown = [b for b in buttons if b.text().startswith(label) and b.isVisible()]
    return shown[-1] if shown else None


def _middle_colour(button: QAbstractButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 3)


def test_no_empty_box_stands_under_did_you_mean(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "freedon rescue")
    results = window.library.results
    qtbot.waitUntil(results.suggestion.isVisible, timeout=10_000)
    assert "Did you mean" in results.suggestion.text()
    visible_chips = [b for b in results.chips.findChildren(QToolButton) if b.isVisible()]
    assert results.chips.isVisible() == bool(visible_chips)
    assert results.body.currentWidget() is results.help, "the help, not an empty list"


def test_theme_items_are_radio_items(window: MainWindow) -> None:
    actions = [window.commands[f"theme_{name}"] for name in ("system", "light", "dark", "sepia")]
    group = actions[0].actionGroup()
    assert group is not None and group.isExclusive()
    assert all(action.actionGroup() is group for action in actions)
    window.commands["theme_sepia"].trigger()
    assert [action.isChecked() for action in actions] == [False, False, False, True]


def test_mark_all_as_read_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    shelf(window, LibraryView(shelf="unread"))
    assert count_of(window, LibraryView(shelf="unread")) == 16
    window.commands["mark_all_read"].trigger()
    qtbot.waitUntil(lambda: count_of(window, LibraryView(shelf="unread")) == 0, timeout=10_000)
    assert "16" in window.statusBar().currentMessage()
    window.commands["undo"].trigger()
    qtbot.waitUntil(lambda: count_of(window, LibraryView(shelf="unread")) == 16, timeout=10_000)


def test_mark_all_results_as_read(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "refugee")
    results = window.library.results
    qtbot.waitUntil(lambda: results.model.rowCount() == 7, timeout=10_000)
    window.commands["mark_all_read"].trigger()
    qtbot.waitUntil(lambda: count_of(window, LibraryView(shelf="unread")) == 9, timeout=10_000)
    window.library.search_field.clear()
    model = window.library.model
    read = {
        model.index(row, 0).data(ID_ROLE)
        for row in range(model.rowCount())
        if "unread" not in str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    }
    assert len(read) == 7


def test_the_unread_dot_shows_on_the_selected_row(window: MainWindow) -> None:
    """The dot is drawn in the accent colour, which is also the selection's: on the chosen
    row it must change colour, or the row looks read."""
    table = window.library.table
    table.setFocus()
    table.selectRow(0)
    assert count_of(window, LibraryView(shelf="unread")) == 16, "every row unread at first"
    rect = table.visualRect(window.library.model.index(0, 0))
    image = table.viewport().grab(rect).toImage()
    highlight = table.palette().color(table.palette().ColorRole.Highlight)
    icon_width = table.iconSize().width() if table.iconSize().width() > 0 else 16
    distinct = {
        image.pixelColor(x, y).rgb()
        for x in range(min(image.width(), icon_width + 8))
        for y in range(image.height())
    }
    far = [c for c in distinct if _distance(QColor(c), highlight) > 120]
    assert far, "nothing but the selection's colour where the unread dot is"


def _distance(one: QColor, other: QColor) -> int:
    pairs = ((one.red(), other.red()), (one.green(), other.green()), (one.blue(), other.blue()))
    return sum(abs(a - b) for a, b in pairs)
