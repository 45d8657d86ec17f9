"""A set's stories in the editor: takes documents dropped from the library or the search
results, and reorders by drag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from storyreader.present.set_info import SetInfo, SetItemInfo
from storyreader.present.timing import format_duration
from storyreader.ui.item_models import DOCUMENT_IDS_MIME

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's set item id
AT_THE_END = -1


class ItemList(QListWidget):
    """A set's stories: takes documents dropped from the library, and reorders by drag."""

    documents_dropped = Signal(list, int)  # document ids, the row to insert them at (or -1)
    item_moved = Signal(int, int)  # item id, its new row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def _takes(self, event: QDragMoveEvent) -> bool:
        """Documents from the library, or a story of this list being moved."""
        return event.mimeData().hasFormat(DOCUMENT_IDS_MIME) or event.source() is self

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._takes(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if self._takes(event):
            super().dragMoveEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(event.position().toPoint())
        if event.source() is self:
            current = self.currentItem()
            if current is not None:
                moved_from = self.row(current)
                self.item_moved.emit(int(current.data(ITEM_ROLE)), row - (row > moved_from))
            event.setDropAction(Qt.DropAction.IgnoreAction)  # the set is reloaded instead
            event.accept()
            return
        data = bytes(event.mimeData().data(DOCUMENT_IDS_MIME).data())
        ids = [line for line in data.decode("ascii", "replace").split() if line]
        if ids:
            event.acceptProposedAction()
            # Below the last story means at the end, however many a write still adds.
            self.documents_dropped.emit(ids, row if row < self.count() else AT_THE_END)

    def row_at(self, point: QPoint) -> int:
        item = self.itemAt(point)
        if item is None:
            return self.count()
        row = self.row(item)
        below_middle = point.y() > self.visualItemRect(item).center().y()
        return row + 1 if below_middle else row


def set_label(info: SetInfo) -> str:
    when = info.event_date.isoformat() if info.event_date else ""
    return " · ".join(part for part in (info.name, when, info.venue) if part)


def item_label(number: int, item: SetItemInfo) -> str:
    warning = "  ⚠" if item.content_warning else ""
    return f"{number}. {item.title}  ·  {format_duration(item.speaking_seconds)}{warning}"
