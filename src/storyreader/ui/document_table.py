"""The document list as a table that keeps room for titles.

The Title column stretches and never shrinks below a real title's width: when the list is
narrow, the other columns give way first, the least needed first (reading time, kind,
author, then the date), and come back when there is room. A right-click on the header
chooses which of them show at all (remembered by the library pane). An empty list says what
it would hold (`empty_text`), drawn where the rows would be.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from storyreader import i18n
from storyreader.ui.dates import format_date
from storyreader.ui.item_models import KIND_NAMES, DocumentListModel, kind_name

TITLE, KIND, AUTHOR, DATE, LENGTH = range(5)
OPTIONAL = (DATE, AUTHOR, KIND, LENGTH)  # the most needed first; the last gives way first
# Widths measured on Latin text: a font made for Hangul too reports an average character
# as wide as a Hangul syllable.
TITLE_SAMPLE = "The Detention Legal Clinic"  # a real title, whole
AUTHOR_SAMPLE = "Miriam Okafor"
CELL_PADDING = 18  # a cell's margins, and the header's sort arrow


class DocumentTable(QTableView):
    columns_chosen = Signal()  # the reader showed or hid a column (see `hidden_by_choice`)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.hidden_by_choice: set[int] = set()
        self.empty_text = ""
        self._widths: dict[int, int] = {}
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self._remember_width)
        self.measure()

    # --- widths -----------------------------------------------------------------------------

    def title_minimum(self) -> int:
        bold = QFont(self.font())  # unread titles are bold
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(TITLE_SAMPLE) + CELL_PADDING

    def measure(self) -> None:
        """Each column's natural width in the current font (after a font or language change)."""
        metrics, header = QFontMetrics(self.font()), self.horizontalHeader()
        header_metrics = QFontMetrics(header.font())

        def widest(*texts: str) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING

        model = self.model()
        for column, content in (
            (KIND, widest(*(kind_name(kind) for kind in KIND_NAMES))),
            (AUTHOR, widest(AUTHOR_SAMPLE)),
            (DATE, widest(format_date(datetime(2026, 12, 28)), format_date(datetime(2026, 9, 9)))),
            (LENGTH, widest(QCoreApplication.translate("DocumentListModel", "%n min", "", 99))),
        ):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(content, header_metrics.horizontalAdvance(title) + CELL_PADDING)
            self._widths[column] = width
            header.resizeSection(column, width)
        self.give_way()

    def _remember_width(self, column: int, _old: int, new: int) -> None:
        if column != TITLE and new > 0:
            self._widths[column] = new

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.give_way()

    def give_way(self) -> None:
        """Show the chosen columns that fit beside a title of `title_minimum`, the most
        needed first; hide the rest until the list is wider."""
        room = self.viewport().width() - self.title_minimum()
        header = self.horizontalHeader()
        for column in OPTIONAL:
            width = self._widths.get(column, header.sectionSize(column))
            fits = column not in self.hidden_by_choice and width <= room
            if fits:
                room -= width
            if header.isSectionHidden(column) == fits:
                header.setSectionHidden(column, not fits)
                if fits:
                    header.resizeSection(column, width)

    def set_hidden_by_choice(self, columns: set[int]) -> None:
        self.hidden_by_choice = {column for column in columns if column in OPTIONAL}
        self.give_way()

    # --- choosing columns -------------------------------------------------------------------

    def _header_menu(self, where: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(where))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """Which columns show: every column but the title, checked when chosen."""
        menu = QMenu(self)
        model, header = self.model(), self.horizontalHeader()
        title = menu.addAction(str(model.headerData(TITLE, Qt.Orientation.Horizontal)))
        title.setCheckable(True)
        title.setChecked(True)
        title.setEnabled(False)  # the list is its titles
        for column in sorted(OPTIONAL):
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            chosen = column not in self.hidden_by_choice
            if chosen and header.isSectionHidden(column):
                name = i18n.fill(self.tr("%1 (no room: widen the list)"), name)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(chosen)
            action.toggled.connect(lambda on, column=column: self._choose(column, on))
        return menu

    def _choose(self, column: int, shown: bool) -> None:
        chosen = set(self.hidden_by_choice)
        if shown:
            chosen.discard(column)
        else:
            chosen.add(column)
        self.set_hidden_by_choice(chosen)
        self.columns_chosen.emit()

    # --- the empty list -----------------------------------------------------------------------

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.empty_text and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            margin = 24
            area = QRect(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()
