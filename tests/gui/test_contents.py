"""Contents: the open document's headings beside the page; choosing one brings it to the top,
and the heading of the part being read is followed as the reader scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow
from tests.gui.test_reading import open_titled


def heading_top(window: MainWindow, text: str) -> int:
    """Where the heading is drawn on the page, from the page's top (pixels)."""
    view = window.reading.view
    cursor = view.document().find(text)
    assert cursor.block().blockFormat().headingLevel() > 0
    return view.cursorRect(cursor).top()


def test_the_contents_list_the_headings_and_jump_to_them(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    open_titled(qtbot, window, "The Detention Legal Clinic: Six Months In")
    assert not window.reading.contents.isVisible()
    window.commands["contents"].trigger()
    contents = window.reading.contents
    assert contents.isVisible() and window.commands["contents"].isChecked()
    assert contents.width() >= 150  # room for the headings
    assert contents.headings == [
        "The Detention Legal Clinic: Six Months In",
        "The numbers so far",
        "What is working",
        "What is still hard",
        "What comes next",
    ]
    qtbot.waitUntil(lambda: window.reading.view.settled)
    assert contents.current() == "The Detention Legal Clinic: Six Months In"
    listed = contents.list
    item = listed.item(3)
    listed.scrollToItem(item)
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(item).center()
    )
    assert 0 <= heading_top(window, "What is still hard") < 40  # at the top of the page
    assert contents.current() == "What is still hard"
    window.reading.view.scroll_to(0.0)
    assert contents.current() == "The Detention Legal Clinic: Six Months In"
    window.reading.view.scroll_to_position(
        window.reading.view.document().find("What is working").position()
    )
    assert contents.current() == "What is working"  # followed while scrolling

    window.close()
    again = open_window()  # the reader's choice is kept
    qtbot.waitUntil(lambda: again.reading.current is not None)
    assert again.reading.contents.isVisible()


def test_a_document_without_headings_says_so(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.commands["contents"].isEnabled()  # nothing open
    open_titled(qtbot, window, "What I Carried")
    window.commands["contents"].trigger()
    contents = window.reading.contents
    assert contents.isVisible() and contents.empty.isVisible()
    assert contents.headings == ["What I Carried"]
