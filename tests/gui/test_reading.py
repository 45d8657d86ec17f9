"""Reading: text and stored images, links that never navigate, the place kept across a
restart, find in page, notes and bookmarks, zoom, themes and PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from storyreader.ui.reader import ReaderView
from tests.gui.conftest import OpenWindow, answer_next_dialog
from tests.gui.test_library_window import select_title


def open_titled(qtbot: QtBot, window: MainWindow, title: str) -> None:
    select_title(window, title)
    qtbot.waitUntil(
        lambda: window.reading.current is not None and window.reading.current.title == title
    )


def image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def anchor_position(reader: ReaderView, href_start: str) -> int:
    block = reader.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().startswith(href_start):
                return fragment.position() + fragment.length() // 2
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href_start}")


def click_at_position(qtbot: QtBot, reader: ReaderView, position: int) -> None:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_document_shows_its_text_and_stored_image(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "The Paper Boats")
    text = window.reading.view.toPlainText()
    assert text.startswith("The Paper Boats") and "Idris" in text
    names = image_names(window.reading.view.document())
    assert names and all(name.startswith("asset:") for name in names)
    kind = QTextDocument.ResourceType.ImageResource
    images = [window.reading.view.document().resource(kind, QUrl(name)) for name in names]
    assert all(isinstance(image, QImage) and not image.isNull() for image in images)
    column = window.reading.view.viewport().width()
    assert all(image.width() < column for image in images)  # fitted, no sideways scrolling


def test_the_reader_loads_nothing_from_outside(window: MainWindow) -> None:
    kind = QTextDocument.ResourceType.ImageResource.value
    for url in ("file:///etc/passwd", "https://example.org/x.png", "images/x.png", "//x/y.png"):
        assert window.reading.view.loadResource(kind, QUrl(url)) is None


def test_clicking_a_link_asks_first_and_never_navigates(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Children Do Not Belong in Detention: Write to Your Representative")
    qtbot.waitUntil(lambda: "Related stories" in window.reading.view.toPlainText())
    before = window.reading.view.toPlainText()
    position = anchor_position(window.reading.view, "https://example.org/i-wrote")
    asked = answer_next_dialog(button=QMessageBox.StandardButton.Cancel)
    click_at_position(qtbot, window.reading.view, position)
    qtbot.waitUntil(lambda: bool(asked))
    assert "https://example.org/i-wrote" in asked[0]  # the address is shown in full
    assert window.reading.view.toPlainText() == before
    assert window.reading.view.source().isEmpty()  # the browser never went anywhere
    assert window.reading.current is not None and window.reading.current.title.startswith(
        "Children"
    )


def test_related_stories_open_inside_the_app(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "The Paper Boats")
    qtbot.waitUntil(lambda: "Related stories" in window.reading.view.toPlainText())
    position = anchor_position(window.reading.view, "storyreader:doc/")
    click_at_position(qtbot, window.reading.view, position)
    qtbot.waitUntil(
        lambda: (
            window.reading.current is not None and window.reading.current.title != "The Paper Boats"
        )
    )


def test_the_reading_place_survives_a_restart(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    open_titled(qtbot, window, "Ten Years Alongside")
    bar = window.reading.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(bar.maximum() * 6 // 10)
    window.close()

    again = open_window()
    qtbot.waitUntil(lambda: again.reading.current is not None)
    assert (
        again.reading.current is not None and again.reading.current.title == "Ten Years Alongside"
    )
    qtbot.waitUntil(lambda: abs(again.reading.view.position() - 0.6) < 0.05)


def test_find_in_page_highlights_every_match(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Before the Sun Comes Up")
    window.reading.view.setFocus()
    qtbot.keyClick(window.reading.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    qtbot.keyClicks(bar.field, "midwife")
    expected = window.reading.view.toPlainText().lower().count("midwife")
    assert expected >= 2
    assert len(window.reading.view.extraSelections()) == expected
    assert str(expected) in bar.count.text()
    assert window.reading.view.textCursor().selectedText().lower() == "midwife"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reading.view.extraSelections() == []


def test_a_note_on_a_selection_and_a_bookmark_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    reader = window.reading.view
    body = reader.body_text()
    start = body.index("shipping container")
    cursor = reader.textCursor()
    cursor.setPosition(reader.body_start + start)
    cursor.setPosition(
        reader.body_start + start + len("shipping container"), QTextCursor.MoveMode.KeepAnchor
    )
    reader.setTextCursor(cursor)
    answer_next_dialog(accept=True, text="Ask Yusuf for a photo")
    window.commands["add_note"].trigger()
    panel = window.documents.notes_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert window.documents.notes_dock.isVisible()
    entry = panel.model.index(0, 0).data()
    assert "shipping container" in entry and "Ask Yusuf for a photo" in entry
    assert len(reader.extraSelections()) == 1  # the passage is marked in the text

    window.commands["bookmark"].trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    panel.delete_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    window.documents.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)


def test_zoom_keys_change_the_type_size(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    size = window.reading.view.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.reading.view.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    smaller = window.reading.view.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert smaller < size < bigger
    assert window.reading.view.document().defaultFont().pointSizeF() == size


def test_themes_change_the_page(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    window.set_theme("dark")
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60
    window.set_theme("sepia")
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#f8f1e1"
    assert window.commands["theme_sepia"].isChecked()


def test_export_to_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_titled(qtbot, window, "The Paper Boats")
    target = tmp_path / "boats.pdf"
    window.reading.write_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) >= 1
    assert b"/Subtype /Image" in data  # the stored picture is on the page


def test_a_bookmark_at_a_picture_is_labelled_by_the_words_after_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    reader = window.reading.view
    block = reader.document().begin()
    while block.isValid() and "\ufffc" not in block.text():
        block = block.next()
    assert block.isValid(), "Chalk Dust holds a picture"
    top = reader.document().documentLayout().blockBoundingRect(block).top()
    reader.verticalScrollBar().setValue(int(top) + 2)
    window.commands["bookmark"].trigger()
    panel = window.documents.notes_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    entry = panel.model.index(0, 0).data()
    assert "\ufffc" not in entry
    assert re.search(r"\w{3}", entry.split("—", 1)[-1]), f"no words in {entry!r}"
