"""What a reader does to the open document: mark it read, favourite it, bookmark a place, add
a note to a passage (with the notes panel beside the page); every change can be undone.

Each change is an archive write on the runner's write lane, so an undo always follows the
change it undoes. `changed` names the document whose state changed, for the list and the
counts to catch up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.ui.annotations import Annotations
from storyreader.ui.notes_panel import NotesPanel
from storyreader.ui.reader import ReaderView
from storyreader.ui.tasks import TaskRunner


class _Undoable(QUndoCommand):
    """An undo step made of two functions."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class DocumentActions(QObject):
    changed = Signal(str)  # a document id whose read state or favourite changed
    changed_many = Signal(list)  # the ids of documents marked at once
    said = Signal(str)
    notes_exported = Signal(str)  # the file written

    def __init__(
        self, library: Library, runner: TaskRunner, reader: ReaderView, window: QMainWindow
    ) -> None:
        super().__init__(window)
        self._library, self._runner = library, runner
        self.document_id: str | None = None  # the open document
        self.undo_stack = QUndoStack(self)
        self.notes_panel = NotesPanel()
        self.notes_dock = QDockWidget(self.tr("Bookmarks and notes"), window)
        self.notes_dock.setObjectName("notes")
        self.notes_dock.setWidget(self.notes_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()
        self.annotations = Annotations(
            library, reader, self.notes_panel, self.notes_dock, self._undoable
        )
        self.annotations.said.connect(self.said)

    def show_for(self, document_id: str | None) -> None:
        self.document_id = document_id
        self.annotations.show_for(document_id)

    # --- the state of the open document -----------------------------------------------------

    def is_read(self) -> bool:
        return self.document_id is not None and (
            self._library.reading_info(self.document_id).is_read
        )

    def is_favourite(self) -> bool:
        return self.document_id is not None and (
            self._library.reading_info(self.document_id).favourite
        )

    # --- changes, each undoable -------------------------------------------------------------

    def toggle_read(self) -> None:
        if self.document_id is not None:
            self._set_read(self.document_id, not self.is_read())

    def mark_read(self, document_id: str) -> None:
        """The reader reached the end of a document."""
        if not self._library.reading_info(document_id).is_read:
            self._set_read(document_id, True)

    def _set_read(self, document_id: str, is_read: bool) -> None:
        self._undoable(
            self.tr("Mark as read") if is_read else self.tr("Mark as unread"),
            lambda: self._library.set_read(document_id, is_read),
            lambda: self._library.set_read(document_id, not is_read),
            lambda: self.changed.emit(document_id),
        )

    def mark_all(self, document_ids: list[str], is_read: bool) -> None:
        """Mark every listed document read (or unread) at once; one undo puts each back."""
        if not document_ids:
            self.said.emit(self.tr("There is nothing listed to mark."))
            return
        before: dict[str, bool] = {}

        def mark() -> None:
            before.clear()
            before.update(self._library.set_read_many(document_ids, is_read))

        def told(marked: bool) -> None:
            self.changed_many.emit(document_ids)
            count = len(document_ids)
            if not marked:
                self.said.emit(self.tr("Put back %n document(s) as they were.", "", count))
            elif is_read:
                self.said.emit(self.tr("Marked %n document(s) as read (Edit > Undo).", "", count))
            else:
                self.said.emit(self.tr("Marked %n document(s) as unread (Edit > Undo).", "", count))

        def put_back() -> None:
            self._library.restore_read(dict(before))

        self.undo_stack.push(
            _Undoable(
                self.tr("Mark all as read") if is_read else self.tr("Mark all as unread"),
                lambda: self._write(mark, lambda: told(True)),
                lambda: self._write(put_back, lambda: told(False)),
            )
        )

    def toggle_favourite(self) -> None:
        if self.document_id is None:
            return
        document_id = self.document_id
        value = not self.is_favourite()
        self._undoable(
            self.tr("Add to favourites") if value else self.tr("Remove from favourites"),
            lambda: self._library.set_favourite(document_id, value),
            lambda: self._library.set_favourite(document_id, not value),
            lambda: self.changed.emit(document_id),
        )

    def add_bookmark(self) -> None:
        self.annotations.add_bookmark()

    def add_note(self) -> None:
        self.annotations.add_note()

    def toggle_notes(self) -> None:
        self.notes_dock.setVisible(not self.notes_dock.isVisible())

    def export_notes(self) -> None:
        """Ask which notes (the open document's or all), in which form and where; write them."""
        from storyreader.ui.notes_export_dialog import NotesExportDialog

        document_id = self.document_id
        title = self._library.document(document_id).title if document_id else None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = NotesExportDialog(title, Path(folder), self.notes_dock.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            only = document_id if dialog.one_document else None
            self.write_notes(dialog.target(), dialog.kind, only)
        dialog.deleteLater()

    def write_notes(self, path: Path, kind: str, document_id: str | None = None) -> None:
        """Write the notes and bookmarks (of one document, or all) as Markdown or HTML."""
        from storyreader.archive.notes_export import export_text, write_export

        library, language = self._library, QLocale().name().split("_")[0]

        def work() -> bool:
            documents = library.annotated_documents(document_id)
            if documents:  # else there is nothing to write: no file is made
                write_export(path, export_text(documents, kind, date.today(), language))
            return bool(documents)

        def done(written: bool) -> None:
            if written:
                saved = i18n.fill(self.tr("Saved the notes and bookmarks to %1."), str(path))
                self.said.emit(saved)
                self.notes_exported.emit(str(path))
            else:
                self.said.emit(self.tr("There are no notes or bookmarks to export yet."))

        self._runner.run(work, done, owner=self)

    def _write(self, change: Callable[[], object], then: Callable[[], None]) -> None:
        self._runner.write(change, lambda _result: then(), owner=self)

    def _undoable(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        then: Callable[[], None],
    ) -> None:
        """Push an undo step whose two sides are archive writes (run on the write lane, in
        order, so an undo always follows the change it undoes)."""
        self.undo_stack.push(
            _Undoable(text, lambda: self._write(do, then), lambda: self._write(undo, then))
        )
