"""Contents: the open document's headings in a list beside the page. Choosing one scrolls
its heading to the top of the page; as the reader scrolls, the heading of the part being
read is the current one in the list."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
POSITION_ROLE = Qt.ItemDataRole.UserRole + 20
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 21
INDENT = 14  # pixels a subheading is drawn in, per level below <h2>
MINIMUM_WIDTH = 150


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for the title, 2 for <h2>, …
    text: str
    position: int  # where its block starts in the document


def document_headings(document: QTextDocument, end: int | None = None) -> list[Heading]:
    """The headings of `document` (before `end`, a position), in order."""
    found = []
    block = document.begin()
    while block.isValid() and (end is None or block.position() < end):
        level = block.blockFormat().headingLevel()
        text = " ".join(block.text().split())
        if level and text:
            found.append(Heading(level, text, block.position()))
        block = block.next()
    return found


class _Indented(QStyledItemDelegate):
    """A heading drawn in from the left by its level, wrapped to the list's width."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        level = index.data(LEVEL_ROLE)
        indent = INDENT * max(0, (level if isinstance(level, int) else 2) - 2)
        option.rect.adjust(indent, 0, 0, 0)


class ContentsPanel(QWidget):
    """The headings, a section's subheadings drawn in under it."""

    jump_requested = Signal(int)  # a document position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Contents"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)  # a long heading wraps rather than losing its end
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(_Indented(self.list))
        self.list.setMinimumWidth(MINIMUM_WIDTH)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.empty = QLabel(self.tr("This document has no headings."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self._starts: list[int] = []
        self.show_headings([])

    @property
    def headings(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def show_headings(self, headings: list[Heading]) -> None:
        self.list.clear()
        self._starts = [heading.position for heading in headings]
        for heading in headings:
            item = QListWidgetItem(heading.text)
            item.setToolTip(heading.text)
            item.setData(POSITION_ROLE, heading.position)
            item.setData(LEVEL_ROLE, heading.level)
            if heading.level == 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.empty.setVisible(all(heading.level == 1 for heading in headings))

    def follow(self, position: int) -> None:
        """The reader is at `position` (the top of the page): make its heading current."""
        row = max(0, bisect_right(self._starts, position) - 1)
        item = self.list.item(row)
        if item is not None and item is not self.list.currentItem():
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)
            self.list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(int(item.data(POSITION_ROLE)))
