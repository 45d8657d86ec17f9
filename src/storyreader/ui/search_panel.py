"""Search results: hits with their highlighted snippets, facet chips to narrow by kind, tag,
language and year, "Did you mean …?", and an empty state that teaches the query syntax.

The panel only shows; `SearchController` runs each search off the GUI thread and drops the
answer of any search a newer keystroke has superseded.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.search import Hit, SearchResults
from storyreader.ui.dates import format_date
from storyreader.ui.item_models import HIT_ROLE, HitListModel, kind_name, language_name
from storyreader.ui.tasks import TaskRunner
from storyreader.ui.theme import Theme

if TYPE_CHECKING:
    from storyreader.search import SearchIndex

Index = QModelIndex | QPersistentModelIndex
FACET_CHIPS = {"kind": 6, "lang": 4, "tag": 5, "year": 5}  # values shown per facet


@dataclass(frozen=True, order=True)
class Chip:
    field: str  # kind, tag, lang, year
    value: str

    def token(self) -> str:
        value = f'"{self.value}"' if " " in self.value else self.value
        return f"{self.field}:{value}"


class SearchController(QObject):
    """Runs searches in the background; only the newest one's results are delivered.

    A search asks for one page; `more()` asks for the next page of the same query, which the
    panel adds below (results arrive in pages so that the first ones show sooner).
    """

    results_ready = Signal(object, float)  # SearchResults, seconds from request to results
    failed = Signal(str)
    PAGE_SIZE = 20

    def __init__(self, runner: TaskRunner, index: Callable[[], SearchIndex | None]) -> None:
        super().__init__()
        self._runner = runner
        self._index = index
        self._generation = 0
        self._running = False
        self._pending: tuple[int, str, int, float] | None = None
        self._last: SearchResults | None = None

    def request(self, query: str) -> None:
        self._generation += 1
        self._last = None
        self._pending = (self._generation, query, 1, time.perf_counter())
        if not self._running:
            self._start_pending()

    def more(self) -> None:
        """The next page of the current results, if there is one and none is on its way."""
        last = self._last
        if last is None or self._running or self._pending or last.page >= last.pages:
            return
        self._pending = (self._generation, last.query, last.page + 1, time.perf_counter())
        self._start_pending()

    def _start_pending(self) -> None:
        if self._pending is None:
            return
        generation, query, page, asked = self._pending
        self._pending = None
        index = self._index()
        if index is None:
            return
        self._running = True

        def done(results: SearchResults) -> None:
            self._running = False
            if generation == self._generation:
                self._last = results
                self.results_ready.emit(results, time.perf_counter() - asked)
            self._start_pending()

        def failed(error: BaseException) -> None:
            self._running = False
            self.failed.emit(str(error))
            self._start_pending()

        size = self.PAGE_SIZE
        self._runner.run(
            lambda: index.search(query, page=page, page_size=size), done, failed, owner=self
        )


class FlowLayout(QLayout):
    """Children laid out left to right, wrapping to new lines (for chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        right = rect.right() - margins.right()
        x, y, line = left, top, 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > right and line > 0:
                x, y, line = left, y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class HitDelegate(QStyledItemDelegate):
    """Draws a hit: its title, a line of details, and the snippet with matches highlighted."""

    SNIPPET_LINES = 3

    def __init__(self, highlight: tuple[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.highlight = highlight  # background and text colours of matched words
        self._heights: dict[tuple[str, int], int] = {}  # laying out a hit costs a millisecond

    def _document(self, hit: Hit, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        palette = option.palette
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        details = " · ".join(
            part for part in (kind_name(hit.kind), hit.author, format_date(hit.published)) if part
        )
        background, ink = self.highlight
        snippet = hit.snippet.replace(
            "<b>", f"<span style='background-color:{background}; color:{ink}'>"
        ).replace("</b>", "</span>")
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(8)
        document.setHtml(
            f"<div style='color:{text}'><b style='font-size:large'>{html.escape(hit.title)}</b>"
            f"<br/><span style='color:{muted if not selected else text}'>"
            f"{html.escape(details)}</span><br/>{snippet}</div>"
        )
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, Hit):
            return
        rect: QRect = option.rect
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(hit, option, rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, Hit):
            return QSize(0, 0)
        width = option.rect.width() or 400
        key = (hit.id, width)
        if key not in self._heights:
            if len(self._heights) > 2_000:
                self._heights.clear()
            self._heights[key] = int(self._document(hit, option, width).size().height()) + 4
        return QSize(width, self._heights[key])


class SearchPanel(QWidget):
    """What a search shows; emits `open_document` and `chip_toggled`."""

    open_document = Signal(str)
    chips_changed = Signal()
    suggestion_chosen = Signal(str)
    wants_more = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active_chips: set[Chip] = set()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Search summary"))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.linkActivated.connect(lambda text: self.suggestion_chosen.emit(text))
        self.suggestion.setAccessibleName(self.tr("Did you mean"))
        self.chips = QWidget()
        self.chips.setAccessibleName(self.tr("Narrow the results"))
        self.chip_layout = FlowLayout(self.chips)
        self.chip_layout.setContentsMargins(0, 0, 0, 0)
        self.model = HitListModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Search results"))
        self.delegate = HitDelegate((theme.highlight, theme.highlight_text), self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setDragEnabled(True)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        bar = self.list.verticalScrollBar()
        bar.valueChanged.connect(
            lambda value: self.wants_more.emit() if value >= bar.maximum() - 50 else None
        )
        self.help = QLabel(self._syntax_help())
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help.setContentsMargins(12, 12, 12, 12)
        self.body = QStackedWidget()
        self.body.addWidget(self.list)
        self.body.addWidget(self.help)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        for widget in (self.summary, self.suggestion, self.chips):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)
        self.apply_looks(theme)
        self.show_help(None)

    def apply_looks(self, theme: Theme) -> None:
        """Matched words in the theme's highlight; a chosen chip filled with its accent."""
        self.delegate.highlight = (theme.highlight, theme.highlight_text)
        self.chips.setStyleSheet(
            f"QToolButton {{ border: 1px solid {theme.muted}; border-radius: 10px;"
            f" padding: 2px 9px; background: {theme.base}; color: {theme.text}; }}"
            f" QToolButton:checked {{ background: {theme.accent}; color: {theme.base};"
            f" border-color: {theme.accent}; font-weight: bold; }}"
        )

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.open_document.emit(hit.id)

    def filter_tokens(self) -> str:
        return " ".join(sorted(chip.token() for chip in self.active_chips))

    def show_help(self, message: str | None) -> None:
        """The empty state: no query yet, or nothing found (with the reason)."""
        self.model.set_hits([])
        self.summary.setText(message or "")
        self.summary.setVisible(bool(message))
        self.suggestion.hide()
        self._fill_chips({})
        self.body.setCurrentWidget(self.help)

    def show_results(self, results: SearchResults) -> None:
        if results.page > 1:  # the next page of what is shown
            self.model.append_hits(results.hits)
            return
        self.model.set_hits(results.hits)
        self._fill_chips(results.facets)
        if results.suggestion and results.total and results.message:
            shown = results.message  # the results are for the corrected query already
            self.suggestion.hide()
        else:
            shown = self.tr("%n result(s)", "", results.total)
            if results.message:
                shown = f"{shown}. {results.message}"
            self._show_suggestion(results.suggestion)
        self.summary.setText(shown)
        self.summary.show()
        if not results.hits:
            self.show_help(results.message or self.tr("Nothing matches. Try fewer or other words."))
            self._show_suggestion(results.suggestion)
            self._fill_chips(results.facets)
            return
        self.body.setCurrentWidget(self.list)
        self.list.scrollToTop()

    def _show_suggestion(self, suggestion: str | None) -> None:
        if not suggestion:
            self.suggestion.hide()
            return
        link = f"<a href='{html.escape(suggestion)}'>{html.escape(suggestion)}</a>"
        self.suggestion.setText(i18n.fill(self.tr("Did you mean %1?"), link))
        self.suggestion.show()

    def _fill_chips(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        while (item := self.chip_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        groups = (
            ("kind", "kind", self.tr("Kind")),
            ("language", "lang", self.tr("Language")),
            ("tag", "tag", self.tr("Tag")),
            ("year", "year", self.tr("Year")),
        )
        shown = False
        for name, field, title in groups:
            values = facets.get(name, [])[: FACET_CHIPS[field]]
            known = {value for value, _count in values}
            active = sorted(c for c in self.active_chips if c.field == field)
            chips = [(Chip(field, value), count) for value, count in values]
            chips += [(chip, 0) for chip in active if chip.value not in known]
            if len(chips) < 2 and not active:
                continue  # a single value would narrow nothing
            label = QLabel(title)
            label.setEnabled(False)  # drawn muted
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            label.setFixedHeight(QToolButton().sizeHint().height())
            self.chip_layout.addWidget(label)
            for chip, count in chips:
                self._add_chip(chip, count)
            shown = True
        self.chips.setVisible(shown)

    def _add_chip(self, chip: Chip, count: int) -> None:
        label = {"kind": kind_name, "lang": language_name}.get(chip.field, str)(chip.value)
        button = QToolButton()
        chosen = chip in self.active_chips
        text = f"{label}  {count}" if count else label
        button.setText(f"✓ {text}" if chosen else text)  # not by colour alone
        button.setCheckable(True)
        button.setChecked(chosen)
        button.setAutoRaise(False)
        button.setAccessibleName(i18n.fill(self.tr("Only %1"), label))
        button.setToolTip(chip.token())
        button.toggled.connect(lambda on, chip=chip: self._toggle(chip, on))
        self.chip_layout.addWidget(button)

    def _toggle(self, chip: Chip, on: bool) -> None:
        if on:
            self.active_chips.add(chip)
        else:
            self.active_chips.discard(chip)
        self.chips_changed.emit()

    def _syntax_help(self) -> str:
        rows = [
            ("flood rescue", self.tr("stories with both words (“rescue” also finds “rescued”)")),
            ('"food parcels"', self.tr("the exact phrase")),
            ("letter OR appeal", self.tr("either word")),
            ("rescue -sport", self.tr("leave out stories with a word")),
            ("repat*", self.tr("words that start so")),
            ("kind:letter", self.tr("only letters (or story, update, appeal)")),
            ("author:jane  tag:advocacy", self.tr("by an author, with a tag")),
            ("lang:ko  year:2019", self.tr("in Korean, from 2019")),
            ("date:2019-01..2020-06", self.tr("published between two dates")),
        ]
        items = "".join(
            f"<tr><td style='padding:3px 12px 3px 0'><code>{html.escape(example)}</code></td>"
            f"<td style='padding:3px 0'>{html.escape(meaning)}</td></tr>"
            for example, meaning in rows
        )
        title = html.escape(self.tr("Search every story, letter and appeal"))
        hint = html.escape(
            self.tr(
                "Type a word, a name or a place. Misspellings are forgiven; Korean and "
                "English both work."
            )
        )
        return f"<h3>{title}</h3><p>{hint}</p><table>{items}</table>"
