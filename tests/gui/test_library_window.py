"""The library as a reader meets it: the list, the shelves, sorting, favourites with undo,
remembered state, and the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from storyreader.archive import open_archive
from storyreader.archive.browse import LibraryView
from storyreader.archive.models import Document, DocumentStatus
from storyreader.ui.item_models import ID_ROLE
from storyreader.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow, answer_next_dialog, ready


def titles(window: MainWindow) -> list[str]:
    model = window.library.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select_title(window: MainWindow, title: str) -> None:
    window.library.table.selectRow(titles(window).index(title))


def shelf(window: MainWindow, view: LibraryView) -> None:
    window.library.shelves.setCurrentIndex(window.library.shelf_model.index_of(view))


def count_of(window: MainWindow, view: LibraryView) -> int:
    index = window.library.shelf_model.index_of(view)
    return int(index.siblingAtColumn(1).data().replace(",", ""))


def test_lists_every_sample_document_newest_first(window: MainWindow) -> None:
    listed = titles(window)
    assert len(listed) == 16 == count_of(window, LibraryView())
    dates = [window.library.model.index(row, 3).data() for row in range(len(listed))]
    dated = [date for date in dates if date]
    assert dated == sorted(dated, reverse=True)
    assert "Story Reader" in window.windowTitle()
    assert "16" in window.status.text()


def test_shelves_and_facets_narrow_the_list(qtbot: QtBot, window: MainWindow) -> None:
    shelf(window, LibraryView(language="ko"))
    korean = titles(window)
    assert len(korean) == count_of(window, LibraryView(language="ko")) == 3
    shelf(window, LibraryView(kind="letter"))
    letters = [
        window.library.model.index(row, 1).data() for row in range(window.library.model.rowCount())
    ]
    assert letters and set(letters) == {"Letter"}
    shelf(window, LibraryView())
    assert len(titles(window)) == 16


def test_sorting_by_title_is_remembered(open_window: OpenWindow) -> None:
    window = open_window()
    window.library.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    by_title = titles(window)
    assert by_title == sorted(by_title, key=str.lower)
    window.close()
    again = open_window()
    assert titles(again) == by_title
    assert again.library.table.horizontalHeader().sortIndicatorSection() == 0


def test_favourite_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    select_title(window, "Chalk Dust")
    qtbot.waitUntil(
        lambda: window.reading.current is not None and window.reading.current.title == "Chalk Dust"
    )
    window.commands["favourite"].trigger()
    qtbot.waitUntil(lambda: count_of(window, LibraryView(shelf="favourites")) == 1)
    row = titles(window).index("Chalk Dust")
    shown = window.library.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    assert shown.cacheKey() == window.icon("star-filled").cacheKey()
    assert window.commands["favourite"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: count_of(window, LibraryView(shelf="favourites")) == 0)
    assert not window.commands["favourite"].isChecked()


def test_reaching_the_end_marks_a_document_read(qtbot: QtBot, window: MainWindow) -> None:
    unread = count_of(window, LibraryView(shelf="unread"))
    select_title(window, "The Paper Boats")
    qtbot.waitUntil(lambda: window.reading.has_document)
    bar = window.reading.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert count_of(window, LibraryView(shelf="unread")) == unread
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: count_of(window, LibraryView(shelf="unread")) == unread - 1)
    qtbot.waitUntil(lambda: window.commands["read"].isChecked())


def test_the_keyboard_reaches_search_list_and_page(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.table
    qtbot.keyClick(window.library.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.search_field
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.library.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.search_field  # Ctrl+F from the list: search
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.shelves
    window.library.table.selectRow(0)
    first = window.library.model.index(0, 0).data(ID_ROLE)
    qtbot.waitUntil(
        lambda: window.reading.current is not None and window.reading.current.id == first
    )
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: window.reading.current is not None and window.reading.current.id != first
    )


def test_every_action_is_listed_with_its_shortcut(window: MainWindow) -> None:
    shortcuts = {
        name: action.shortcut().toString()
        for name, action in window.commands.items()
        if not action.shortcut().isEmpty()
    }
    assert shortcuts["search"] == "Ctrl+K"
    assert shortcuts["zoom_in"] == "Ctrl+="
    assert shortcuts["find"] == QKeySequence(QKeySequence.StandardKey.Find).toString()
    assert len(set(shortcuts.values())) == len(shortcuts), "two actions share a shortcut"
    menus = [action.menu() for action in window.menuBar().actions()]
    menu_actions = {a for menu in menus if isinstance(menu, QMenu) for a in menu.actions()}
    assert all(
        action in menu_actions or action.menu() is not None
        for name, action in window.commands.items()
        if not name.startswith("theme_")
    )
    assert ready(window)


def test_tools_check_finds_drift_and_repairs_it(
    qtbot: QtBot, window: MainWindow, gui_archive: Path
) -> None:
    said = answer_next_dialog(button=QMessageBox.StandardButton.Ok)
    window.commands["check"].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "sound" in said[0]

    with open_archive(gui_archive) as archive, archive.write() as session:
        session.execute(  # withdrawn behind the index's back
            update(Document)
            .where(Document.title == "Chalk Dust")
            .values(status=DocumentStatus.WITHDRAWN)
        )
    repair_clicked: list[str] = []

    def click_repair() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_repair)
            return
        repair_clicked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Repair").click()

    QTimer.singleShot(0, click_repair)
    window.commands["check"].trigger()
    qtbot.waitUntil(lambda: bool(repair_clicked), timeout=10_000)
    assert "1 problem" in repair_clicked[0]
    qtbot.waitUntil(lambda: ready(window), timeout=10_000)
    index = window.index_keeper.index
    assert index is not None and index.check() == []
