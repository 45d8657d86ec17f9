"""Contents: the open document's headings in a list beside the page. Choosing one scrolls
its heading to the top of the page; as the reader scrolls, the heading of the part being
read is the current one in the list."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

POSITION_ROLE = Qt.ItemDataRole.UserRole + 20


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


class ContentsPanel(QWidget):
    """The headings as a tree (a section's subheadings under it)."""

    jump_requested = Signal(int)  # a document position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setIndentation(14)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.empty = QLabel(self.tr("This document has no headings."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._items: list[QTreeWidgetItem] = []
        self._starts: list[int] = []
        self.show_headings([])

    @property
    def headings(self) -> list[str]:
        return [item.text(0) for item in self._items]

    def current(self) -> str | None:
        item = self.tree.currentItem()
        return item.text(0) if item is not None else None

    def show_headings(self, headings: list[Heading]) -> None:
        self.tree.clear()
        self._items, self._starts = [], []
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for heading in headings:
            while parents and parents[-1][0] >= heading.level:
                parents.pop()
            item = QTreeWidgetItem([heading.text])
            item.setToolTip(0, heading.text)
            item.setData(0, POSITION_ROLE, heading.position)
            if parents and heading.level > 1:
                parents[-1][1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            if heading.level > 1:  # the title holds no sections: they stand beside it
                parents.append((heading.level, item))
            self._items.append(item)
            self._starts.append(heading.position)
        self.tree.expandAll()
        only_title = all(heading.level == 1 for heading in headings)
        self.empty.setVisible(only_title)

    def follow(self, position: int) -> None:
        """The reader is at `position` (the top of the page): make its heading current."""
        index = bisect_right(self._starts, position) - 1
        item = self._items[max(0, index)] if self._items else None
        if item is not None and item is not self.tree.currentItem():
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
            self.tree.blockSignals(False)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.jump_requested.emit(int(item.data(0, POSITION_ROLE)))
