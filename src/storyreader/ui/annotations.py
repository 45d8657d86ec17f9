"""Bookmarks and notes on the open document: adding, editing, deleting (each undoable),
marking noted passages in the text, and jumping to them from the notes panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QTextBlock
from PySide6.QtWidgets import QDockWidget, QInputDialog

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.archive.reader_data import BookmarkInfo, NoteInfo
from storyreader.ui.notes_panel import Entry, NotesPanel
from storyreader.ui.reader import ReaderView

# (text, do, undo, then): push an undo step whose sides are archive writes.
Undoable = Callable[[str, Callable[[], Any], Callable[[], Any], Callable[[], None]], None]


PICTURE = "\ufffc"  # how a picture stands in a block's text


def first_words(block: QTextBlock) -> str:
    """A bookmark's label: the first line of words from `block` on (a picture has none)."""
    while block.isValid():
        words = " ".join(block.text().replace(PICTURE, " ").split())
        if words:
            return words[:60]
        block = block.next()
    return ""


class Annotations(QObject):
    said = Signal(str)

    def __init__(
        self,
        library: Library,
        reader: ReaderView,
        panel: NotesPanel,
        dock: QDockWidget,
        undoable: Undoable,
    ) -> None:
        super().__init__(dock)
        self.library, self.reader, self.panel, self.dock = library, reader, panel, dock
        self.undoable = undoable
        self.document_id: str | None = None
        panel.jump_requested.connect(self.jump_to)
        panel.edit_requested.connect(self.edit_note)
        panel.delete_requested.connect(self.delete)
        reader.add_note_requested.connect(self.add_note)
        reader.bookmark_requested.connect(self.add_bookmark)

    def show_for(self, document_id: str | None) -> None:
        self.document_id = document_id
        self.reload()

    def add_bookmark(self) -> None:
        if self.document_id is None:
            return
        document_id, position = self.document_id, self.reader.position()
        cursor = self.reader.cursorForPosition(self.reader.viewport().rect().topLeft())
        label = first_words(cursor.block())
        added: list[BookmarkInfo] = []  # filled by the first do; redo puts the same one back

        def do() -> None:
            if added:
                self.library.restore_bookmark(added[0])
            else:
                added.append(self.library.add_bookmark(document_id, position, label))

        self.undoable(
            self.tr("Add a bookmark"),
            do,
            lambda: self.library.remove_bookmark(added[0].id),
            self.reload,
        )
        self.dock.show()
        self.said.emit(self.tr("Bookmarked."))

    def add_note(self) -> None:
        passage = self.reader.selected_passage()
        if self.document_id is None or passage is None:
            self.said.emit(self.tr("Select the words the note is about first."))
            return
        quote, start, end = passage
        text, ok = QInputDialog.getMultiLineText(
            self.dock.window(),
            self.tr("Add a note"),
            i18n.fill(self.tr("Note on “%1”:"), quote[:80]),
        )
        if not ok or not text.strip():
            return
        document_id = self.document_id
        added: list[NoteInfo] = []

        def do() -> None:
            if added:
                self.library.restore_note(added[0])
            else:
                added.append(self.library.add_note(document_id, quote, start, end, text.strip()))

        self.undoable(
            self.tr("Add a note"),
            do,
            lambda: self.library.delete_note(added[0].id),
            self.reload,
        )
        self.dock.show()

    def edit_note(self, note: NoteInfo) -> None:
        prompt = i18n.fill(self.tr("Note on “%1”:"), note.quote[:80])
        text, ok = QInputDialog.getMultiLineText(
            self.dock.window(), self.tr("Edit the note"), prompt, note.text
        )
        if ok and text.strip() and text.strip() != note.text:
            self.undoable(
                self.tr("Edit a note"),
                lambda: self.library.update_note(note.id, text.strip()),
                lambda: self.library.update_note(note.id, note.text),
                self.reload,
            )

    def delete(self, entry: Entry) -> None:
        if isinstance(entry, NoteInfo):
            self.undoable(
                self.tr("Delete a note"),
                lambda: self.library.delete_note(entry.id),
                lambda: self.library.restore_note(entry),
                self.reload,
            )
        else:
            self.undoable(
                self.tr("Delete a bookmark"),
                lambda: self.library.remove_bookmark(entry.id),
                lambda: self.library.restore_bookmark(entry),
                self.reload,
            )
        undo_key = QKeySequence(QKeySequence.StandardKey.Undo)
        shortcut = undo_key.toString(QKeySequence.SequenceFormat.NativeText)
        self.said.emit(i18n.fill(self.tr("Deleted. Undo with %1."), shortcut))

    def reload(self) -> None:
        if self.document_id is None:
            self.panel.model.set_entries([], [])
            return
        notes = self.library.notes(self.document_id)
        self.panel.model.set_entries(self.library.bookmarks(self.document_id), notes)
        spans = [span for note in notes if (span := self.reader.locate(note.quote, note.start))]
        self.reader.set_note_spans(spans)

    def jump_to(self, entry: Entry) -> None:
        if isinstance(entry, BookmarkInfo):
            self.reader.scroll_to(entry.position)
        else:
            span = self.reader.locate(entry.quote, entry.start)
            self.reader.scroll_to_offset(span[0] if span else entry.start)
        self.reader.setFocus()
