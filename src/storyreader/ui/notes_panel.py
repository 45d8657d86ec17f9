"""The notes panel: the open document's bookmarks and notes, to jump to, edit or delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.reader_data import BookmarkInfo, NoteInfo

Index = QModelIndex | QPersistentModelIndex
Entry = BookmarkInfo | NoteInfo
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10


class NotesModel(QAbstractListModel):
    """Bookmarks (by position) then notes (in text order) of one document."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[Entry] = []

    def set_entries(self, bookmarks: list[BookmarkInfo], notes: list[NoteInfo]) -> None:
        self.beginResetModel()
        self._entries = [*bookmarks, *notes]
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text if isinstance(entry, NoteInfo) else self._text(entry)
        return None

    def _text(self, entry: Entry) -> str:
        if isinstance(entry, BookmarkInfo):
            where = i18n.fill(self.tr("Bookmark at %1%"), str(round(entry.position * 100)))
            return f"{where} — {entry.label}" if entry.label else where
        quote = entry.quote if len(entry.quote) <= 80 else entry.quote[:79] + "…"
        text = f"“{quote}”\n{entry.text}"
        if entry.document_changed:
            text += "\n" + self.tr("(the document has changed since this note was written)")
        return text


class NotesPanel(QWidget):
    jump_requested = Signal(object)  # an Entry
    edit_requested = Signal(object)  # a NoteInfo
    delete_requested = Signal(object)  # an Entry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Bookmarks and notes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.activated.connect(self._jump)
        self.list.doubleClicked.connect(self._jump)
        self.hint = QLabel(
            self.tr(
                "Select text and choose “Add a note” (Ctrl+Shift+N), or bookmark your place "
                "(Ctrl+D)."
            )
        )
        self.hint.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _selected(self) -> Entry | None:
        indexes = self.list.selectionModel().selectedIndexes()
        return self.model.entry(indexes[0].row()) if indexes else None

    def _update_buttons(self) -> None:
        entry = self._selected()
        self.edit_button.setEnabled(isinstance(entry, NoteInfo))
        self.delete_button.setEnabled(entry is not None)
        self.hint.setVisible(self.model.rowCount() == 0)

    def _jump(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None:
            self.jump_requested.emit(entry)

    def _edit(self) -> None:
        entry = self._selected()
        if isinstance(entry, NoteInfo):
            self.edit_requested.emit(entry)

    def _delete(self) -> None:
        entry = self._selected()
        if entry is not None:
            self.delete_requested.emit(entry)
