"""The read state follows the reader: a document becomes read only when its end was reached
after it was laid out (or "Mark as read" was chosen), never as a side effect of opening it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyreader.archive.browse import LibraryView
from storyreader.ui import reader
from storyreader.ui.main_window import MainWindow
from tests.gui.test_library_window import count_of, titles
from tests.gui.test_reading import open_titled


def is_read(window: MainWindow, title: str) -> bool:
    """As the list says it (a screen reader hears "…, read" or "…, unread")."""
    row = titles(window).index(title)
    said = window.library.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    return str(said).endswith(", read")


def scroll_to_the_end(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.reading.view.settled)
    bar = window.reading.view.verticalScrollBar()
    assert bar.maximum() > 200
    bar.setValue(bar.maximum())


def test_the_next_document_opens_unread_after_one_read_to_its_end(
    qtbot: QtBot, window: MainWindow
) -> None:
    unread = count_of(window, LibraryView(shelf="unread"))
    open_titled(qtbot, window, "The Paper Boats")
    qtbot.wait(100)
    assert not is_read(window, "The Paper Boats")  # opening is not reading
    scroll_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: is_read(window, "The Paper Boats"))
    open_titled(qtbot, window, "Chalk Dust")
    qtbot.wait(300)  # the page is laid out, the related stories come in
    assert window.reading.view.verticalScrollBar().value() == 0  # still at its top
    assert not is_read(window, "Chalk Dust")
    assert count_of(window, LibraryView(shelf="unread")) == unread - 1
    assert not window.commands["read"].isChecked()


def test_reading_the_second_to_its_end_marks_it_too(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "The Paper Boats")
    scroll_to_the_end(qtbot, window)
    open_titled(qtbot, window, "Chalk Dust")
    qtbot.wait(200)
    scroll_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: is_read(window, "Chalk Dust"))
    assert is_read(window, "The Paper Boats")


def test_switching_back_and_forth_between_read_ends_marks_nothing_new(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A document reopened where it was left (its end) and the next one opened from there:
    only the first was read."""
    open_titled(qtbot, window, "Chalk Dust")
    scroll_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: is_read(window, "Chalk Dust"))
    for title in ("Three Rounds of Coffee", "Chalk Dust", "The Paper Boats"):
        open_titled(qtbot, window, title)
        qtbot.wait(200)
    assert not is_read(window, "Three Rounds of Coffee")
    assert not is_read(window, "The Paper Boats")


def test_a_document_that_fits_on_the_page_is_read_once_shown_for_a_while(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "FITS_SHOWN_SECONDS", (0.6, 0.6))
    window.resize(1900, 3000)
    for _ in range(5):
        window.zoom(-1)
    title = "한국 후원자 여러분께 드리는 편지"
    open_titled(qtbot, window, title)
    qtbot.waitUntil(lambda: window.reading.view.settled)
    assert window.reading.view.verticalScrollBar().maximum() == 0  # all of it in view
    qtbot.wait(200)
    assert not is_read(window, title)  # a glance, or a drag into a set, is not reading
    qtbot.waitUntil(lambda: is_read(window, title), timeout=3000)


def test_a_document_that_fits_and_is_left_at_once_stays_unread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "FITS_SHOWN_SECONDS", (0.6, 0.6))
    window.resize(1900, 3000)
    for _ in range(5):
        window.zoom(-1)
    title = "한국 후원자 여러분께 드리는 편지"
    open_titled(qtbot, window, title)
    qtbot.wait(100)
    open_titled(qtbot, window, "Chalk Dust")
    qtbot.wait(1000)
    assert not is_read(window, title)
