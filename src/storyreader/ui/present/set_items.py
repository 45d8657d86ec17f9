"""A set's stories in the set panel: a row each, with its estimated speaking time and its
time in the last rehearsal side by side; takes documents dropped from the library or the
search results, and reorders by drag."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from storyreader import i18n
from storyreader.present.set_info import SetInfo, SetItemInfo
from storyreader.present.timing import format_duration
from storyreader.ui.item_models import DOCUMENT_IDS_MIME

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's set item id
AT_THE_END = -1
STORY, ESTIMATE, REHEARSED = range(3)  # the columns


class ItemList(QTreeWidget):
    """A set's stories: takes documents dropped from the library, and reorders by drag."""

    documents_dropped = Signal(list, int)  # document ids, the row to insert them at (or -1)
    item_moved = Signal(int, int)  # item id, its new row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Story"), self.tr("About"), self.tr("Rehearsed")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(STORY, QHeaderView.ResizeMode.Stretch)
        for column in (ESTIMATE, REHEARSED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.headerItem().setToolTip(ESTIMATE, self.tr("Read aloud at the set's speaking rate"))
        self.headerItem().setToolTip(REHEARSED, self.tr("How long it took in your last rehearsal"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    # --- rows ------------------------------------------------------------------------------

    def count(self) -> int:
        return self.topLevelItemCount()

    def item(self, row: int) -> QTreeWidgetItem:
        found = self.topLevelItem(row)
        if found is None:
            raise IndexError(row)
        return found

    def row(self, item: QTreeWidgetItem) -> int:
        return self.indexOfTopLevelItem(item)

    def current_row(self) -> int:
        current = self.currentItem()
        return self.row(current) if current is not None else -1

    def set_current_row(self, row: int) -> None:
        if 0 <= row < self.count():
            self.setCurrentItem(self.item(row))

    def show_items(self, info: SetInfo | None, select: int | None) -> None:
        """The set's stories, selecting the one whose item id is `select`."""
        self.blockSignals(True)
        self.clear()
        for number, story in enumerate(info.items if info else (), 1):
            row = QTreeWidgetItem(story_cells(number, story))
            row.setData(STORY, ITEM_ROLE, story.id)
            row.setToolTip(STORY, story_tip(story))
            for column in (ESTIMATE, REHEARSED):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.addTopLevelItem(row)
            if story.id == select:
                self.setCurrentItem(row)
        self.blockSignals(False)

    def item_id(self, item: QTreeWidgetItem) -> int:
        return int(item.data(STORY, ITEM_ROLE))

    # --- dragging and dropping ------------------------------------------------------------

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
                self.item_moved.emit(self.item_id(current), row - (row > moved_from))
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


def story_cells(number: int, item: SetItemInfo) -> list[str]:
    warning = "  ⚠" if item.content_warning else ""
    rehearsed = item.rehearsed_seconds
    return [
        f"{number}. {item.title}{warning}",
        f"~{format_duration(item.speaking_seconds)}",
        format_duration(rehearsed) if rehearsed is not None else "—",
    ]


def story_tip(item: SetItemInfo) -> str:
    lines = [item.title]
    if item.content_warning:
        lines.append(
            i18n.fill(
                QCoreApplication.translate("ItemList", "Content warning: %1"), item.content_warning
            )
        )
    if item.text_size != 100:
        lines.append(
            i18n.fill(QCoreApplication.translate("ItemList", "Text size: %1%"), str(item.text_size))
        )
    return "\n".join(lines)
