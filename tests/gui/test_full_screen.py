"""Full-screen reading: F11 leaves the page alone on the screen, page keys turn it a screen at
a time, and Esc gives the window back as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from storyreader.ui.reader import ReaderView
from storyreader.ui.theme import THEMES
from tests.gui.test_reading import open_titled


def test_f11_reads_full_screen_with_page_keys_and_esc_leaves(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_titled(qtbot, window, "Ten Years Alongside")
    window.commands["notes_panel"].trigger()
    view = window.reading.view
    qtbot.waitUntil(lambda: view.settled)
    qtbot.keyClick(window.library.table, Qt.Key.Key_F11)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.library.shelves.isVisible() and not window.library.middle.isVisible()
    assert not window.reading.toolbar.isVisible()
    assert not window.documents.notes_dock.isVisible()
    assert view.isVisible() and QApplication.focusWidget() is view

    bar = view.verticalScrollBar()
    screen = view.viewport().height()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    step = bar.value()
    assert screen * 0.8 <= step < screen  # a screen, less a line kept in view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.value() == min(2 * step, bar.maximum())
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert bar.value() == 0

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.library.shelves.isVisible() and window.library.middle.isVisible()
    assert window.reading.toolbar.isVisible() and window.documents.notes_dock.isVisible()


def test_esc_closes_the_find_bar_before_leaving_full_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    window.commands["full_screen"].trigger()
    window.commands["find"].trigger()
    qtbot.keyClicks(window.reading.find_bar.field, "chalk")
    qtbot.keyClick(window.reading.find_bar.field, Qt.Key.Key_Escape)
    assert not window.reading.find_bar.isVisible() and window.isFullScreen()
    qtbot.keyClick(window.reading.view, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    window.commands["full_screen"].trigger()  # F11 goes in and out
    assert window.isFullScreen()
    window.commands["full_screen"].trigger()
    assert not window.isFullScreen() and window.menuBar().isVisible()


def test_the_column_stays_centred_as_the_page_widens(qtbot: QtBot, window: MainWindow) -> None:
    """Going full screen widens the page (in steps or at once): the column keeps its width,
    centred."""
    open_titled(qtbot, window, "Chalk Dust")
    assert window.reading.current is not None
    view = ReaderView(lambda _key: None)  # a page of its own, sized at will
    qtbot.addWidget(view)
    view.set_style(THEMES["light"], "serif", 160, 0)
    view.resize(700, 600)
    view.show()
    view.show_document(window.reading.current)
    for width in (1500, 1900, 1904):  # the last step is less than a new layout is worth
        view.resize(width, 600)  # a shown widget gets its resize event at once
        assert view.width() == width
        block = view.document().findBlock(view.body_start)
        lines = [block.layout().lineAt(n) for n in range(block.layout().lineCount())]
        left = view.document().documentLayout().blockBoundingRect(block).left() + lines[0].x()
        widest = max(line.naturalTextWidth() for line in lines)  # about the column's width
        right = view.viewport().width() - left - widest
        assert abs(view.characters_per_line - 68) <= 2
        assert abs(left - right) <= 24, (width, left, right)  # a ragged right edge at most
