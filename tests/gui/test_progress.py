"""Reading progress: the status line says how far into the open document the reader is and
how long the rest takes; the list shows it under each title the reader has started."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from tests.gui.test_library_window import titles
from tests.gui.test_reading import open_titled


def cell(window: MainWindow, title: str, column: int) -> str:
    model = window.library.model
    return str(model.index(titles(window).index(title), column).data())


def test_the_status_line_follows_the_reader(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Ten Years Alongside")
    view = window.reading.view
    qtbot.waitUntil(lambda: window.status.reading() != "")
    minutes = window.reading.current.reading_minutes if window.reading.current else 0
    assert minutes >= 2
    assert window.status.reading() == f"0% · {minutes} min left"
    view.scroll_to(0.5)
    assert window.status.reading().startswith("50% · ")
    assert window.status.reading().endswith(f"{-(-minutes // 2)} min left")
    view.scroll_to(1.0)
    assert window.status.reading() == "100% · at the end"


def bar_pixels(window: MainWindow, title: str) -> int:
    """Pixels of the progress bar's colour along the bottom of the title's cell."""
    table = window.library.table
    index = window.library.model.index(titles(window).index(title), 0)
    table.scrollTo(index)
    rect = table.visualRect(index)
    image: QImage = table.viewport().grab().toImage()
    accent = table.palette().color(table.palette().ColorRole.Highlight)
    y = rect.bottom() - 1
    return sum(
        1
        for x in range(rect.left(), rect.right())
        if QColor(image.pixel(x, y)).name() == accent.name()
    )


def test_the_list_shows_how_far_a_started_document_is(qtbot: QtBot, window: MainWindow) -> None:
    minutes = cell(window, "Ten Years Alongside", 4)
    assert minutes.endswith(" min") and bar_pixels(window, "Ten Years Alongside") == 0
    open_titled(qtbot, window, "Ten Years Alongside")
    qtbot.waitUntil(lambda: window.reading.view.settled)
    window.reading.view.scroll_to(0.5)
    open_titled(qtbot, window, "Chalk Dust")  # its place is kept, and shown in the list
    qtbot.waitUntil(lambda: cell(window, "Ten Years Alongside", 4).endswith("min left"))
    window.library.table.clearSelection()
    width = window.library.table.columnWidth(0)
    assert abs(bar_pixels(window, "Ten Years Alongside") - (width - 8) / 2) <= 4  # half of it
    assert bar_pixels(window, "Chalk Dust") == 0  # opened, but not started
