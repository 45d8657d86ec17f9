"""The reading page's part of the reader's journey: contents, find in page ("3 of 13"), the
words of a search marked in its hit, notes and their export, the line width, full-screen
reading, Korean and Latin on one page, and how far along the reader is.

`reading(walk)` is walked from reader.py (`yield from reading(walk)`), after the library.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from storyreader.ui.dialogs import SettingsDialog
from storyreader.ui.notes_export_dialog import NotesExportDialog
from tools.journeys.walk import Wait, Walk

WITH_HEADINGS = "The Detention Legal Clinic: Six Months In"
A_LETTER = "Forty-Three Letters"
IN_KOREAN = "창가의 등불"
IN_TWO_LANGUAGES = "Two Languages, One Notebook / 두 언어, 한 권의 공책"
NOTED = "Chalk Dust"


def open_titled(walk: Walk, title: str) -> Iterator[Wait]:
    """Click the document's row in the list (the whole library shown), and wait for it."""
    library, reading = walk.window.library, walk.window.reading
    table, model = library.table, library.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    index = model.index(row, 0)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    yield walk.until(
        lambda: (
            reading.current is not None and reading.current.title == title and reading.view.settled
        )
    )
    yield walk.idle()


def shown(walk: Walk) -> str | None:
    """The title of the document on the page."""
    current = walk.window.reading.current
    return current.title if current is not None else None


def select_words(walk: Walk, words: str) -> None:
    view = walk.window.reading.view
    start = view.body_text().index(words)
    cursor = view.textCursor()
    cursor.setPosition(view.body_start + start)
    cursor.setPosition(view.body_start + start + len(words), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()


def reading(walk: Walk) -> Iterator[Wait]:
    yield from contents(walk)
    yield from find_in_page(walk)
    yield from search_words(walk)
    yield from notes(walk)
    yield from line_width(walk)
    yield from full_screen(walk)
    yield from two_scripts(walk)


def contents(walk: Walk) -> Iterator[Wait]:
    reading = walk.window.reading
    yield from open_titled(walk, WITH_HEADINGS)
    walk.command("contents")
    yield 0.3
    walk.shot("contents")
    listed = reading.contents.list
    item = listed.item(3)
    if item is not None:
        QTest.mouseClick(
            listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(item).center()
        )
    yield 0.3
    walk.shot("contents-jumped")
    reading.view.scroll_to(0.55)
    yield 0.3
    walk.shot("contents-followed-and-progress")
    walk.command("contents")  # put away again
    yield 0.2


def find_in_page(walk: Walk) -> Iterator[Wait]:
    walk.window.library.focus_list()  # Ctrl+F from the list finds in the open page
    walk.key("Ctrl+F")
    yield 0.3
    walk.type("the")
    walk.key("Return")
    walk.key("Return")
    yield 0.3
    walk.shot("find-3-of-n")
    walk.key("Shift+F3")
    yield 0.2
    walk.shot("find-previous")
    walk.key("Escape")
    yield 0.2


def search_words(walk: Walk) -> Iterator[Wait]:
    library, reading = walk.window.library, walk.window.reading
    library.focus_search()
    library.search_field.clear()
    walk.type("letters", library.search_field)
    yield walk.until(lambda: library.results.model.rowCount() > 0, 10)
    yield walk.idle()
    walk.key("Return", library.search_field)
    yield walk.until(lambda: reading.find_bar.words_label.isVisible(), 10)
    yield 0.3
    walk.shot("search-words-marked")
    walk.key("F3", reading.view)
    walk.key("F3", reading.view)
    yield 0.3
    walk.shot("search-words-third")
    walk.click(reading.find_bar.close_button)
    library.search_field.clear()
    yield walk.idle()
    walk.shot("search-words-cleared")


def notes(walk: Walk) -> Iterator[Wait]:
    yield from open_titled(walk, NOTED)
    select_words(walk, "shipping container")
    walk.later(lambda: walk.command("add_note"))
    yield walk.until(lambda: isinstance(walk.dialog(), QInputDialog), 5)
    dialog = walk.dialog()
    if isinstance(dialog, QInputDialog):
        dialog.setTextValue("Ask Yusuf for a photo of the container school.")
        yield 0.5
        walk.shot("note-being-written")
        dialog.accept()
    yield walk.idle()
    view = walk.window.reading.view
    view.scroll_to(0.4)
    walk.command("bookmark")
    yield walk.idle()
    for theme in ("sepia", "dark", "light"):
        walk.command(f"theme_{theme}")
        yield walk.until(lambda: view.settled, 5)
        view.scroll_to_offset(view.body_text().index("shipping container"))
        yield 0.3
        walk.shot(f"note-in-{theme}")
    out = Path(tempfile.mkdtemp(prefix="notes-")) / "notes.md"
    walk.later(lambda: walk.command("export_notes"))
    yield walk.until(lambda: isinstance(walk.dialog(), NotesExportDialog), 5)
    export = walk.dialog()
    if isinstance(export, NotesExportDialog):
        export.everything.setChecked(True)
        yield 0.5
        walk.shot("notes-export-dialog")
        export.path.setText(str(out))
        export.export_button.click()
    yield walk.until(out.exists, 10)
    yield 0.3
    walk.shot("notes-exported")
    print(out.read_text(encoding="utf-8"), flush=True)
    walk.command("notes_panel")  # put away
    yield 0.2


def line_width(walk: Walk) -> Iterator[Wait]:
    for chars in (52, 68):
        walk.later(lambda: walk.command("settings"))
        yield walk.until(lambda: isinstance(walk.dialog(), SettingsDialog), 5)
        dialog = walk.dialog()
        if isinstance(dialog, SettingsDialog):
            dialog.column_width.setCurrentIndex(dialog.column_width.findData(chars))
            yield 0.5
            walk.shot(f"line-width-{chars}-chosen")
            dialog.accept()
        yield walk.idle()
        walk.shot(f"line-width-{chars}")


def full_screen(walk: Walk) -> Iterator[Wait]:
    view = walk.window.reading.view
    walk.key("F11")
    yield 0.8
    walk.shot("full-screen")
    walk.key("PgDown", view)
    yield 0.3
    walk.shot("full-screen-next-page")
    walk.key("Escape", view)
    yield 0.8
    walk.shot("full-screen-left")


def two_scripts(walk: Walk) -> Iterator[Wait]:
    for title in (IN_TWO_LANGUAGES, IN_KOREAN):
        yield from open_titled(walk, title)
        walk.shot("korean-and-latin" if title == IN_TWO_LANGUAGES else "korean-page")
    QApplication.processEvents()
