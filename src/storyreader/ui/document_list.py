"""The document list's table model: one row per document summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storyreader.archive.queries import DocumentSummary

Index = QModelIndex | QPersistentModelIndex


class DocumentTableModel(QAbstractTableModel):
    COLUMNS = ("Title", "Kind", "Author", "Date", "Reading time")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, documents: list[DocumentSummary] | None = None) -> None:
        super().__init__()
        self._documents = documents or []

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._documents = documents
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        if role == self.ID_ROLE:
            return document.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(document, index.column())
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.COLUMNS[section]
        return None

    @staticmethod
    def _cell(document: DocumentSummary, column: int) -> str:
        if column == 0:
            return document.title
        if column == 1:
            return document.kind.capitalize()
        if column == 2:
            return document.author
        if column == 3:
            return document.published.date().isoformat() if document.published else ""
        return f"{document.reading_minutes} min"
