"""The reading pane: the open document (where the reader left it), its toolbar, the find bar,
related stories, links that never navigate by themselves, zoom, printing and PDF; a
friendly empty state when nothing is open.

It says when a document is shown (`opened`) and when the reader reached its end
(`reached_end`); what that means for the read state is the document actions' business.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.archive.queries import DocumentDetail
from storyreader.errors import KnownError
from storyreader.search import Hit
from storyreader.ui.contents import ContentsPanel, document_headings
from storyreader.ui.dialogs import confirm_external_link
from storyreader.ui.find_bar import FindBar
from storyreader.ui.full_screen import FullScreenReading
from storyreader.ui.page_html import printable_document
from storyreader.ui.reader import INTERNAL_SCHEME, ReaderView
from storyreader.ui.reading_progress import progress_text
from storyreader.ui.settings import (
    COLUMN_WIDTH,
    LAST_DOCUMENT,
    LINE_SPACING,
    SHOW_CONTENTS,
    TYPEFACE,
    ZOOM,
    Settings,
)
from storyreader.ui.tasks import TaskRunner
from storyreader.ui.theme import Theme

if TYPE_CHECKING:
    from storyreader.ui.index_keeper import IndexKeeper

ZOOM_STEPS = (-5, 10)  # from the default size, smallest and largest
RELATED_COUNT = 5
CONTENTS_WIDTH = 200


class ReaderPane(QWidget):
    opened = Signal(object)  # the DocumentDetail now on the page
    reached_end = Signal(str)  # a document id
    said = Signal(str)
    position_saved = Signal(str)  # a document id: where the reader left it is stored
    progress = Signal(str)  # how far into the open document, "42% · 3 min left" ("": none)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        runner: TaskRunner,
        keeper: IndexKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library, self._settings, self._runner, self._keeper = (
            library,
            settings,
            runner,
            keeper,
        )
        self.current: DocumentDetail | None = None
        # The search the open document came from: (its id, the query, the words' spans).
        self._words: tuple[str, str, list[tuple[int, int]]] | None = None
        self.toolbar = QToolBar(self.tr("Document"))
        self.toolbar.setAccessibleName(self.tr("Document actions"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.view = ReaderView(library.media)
        self.empty = QLabel(
            self.tr(
                "Choose a story, letter or appeal from the list to read it here.\n\n"
                "Everything is on this computer: no connection is needed."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No document open"))
        self.empty.setContentsMargins(40, 40, 40, 40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.find_bar = FindBar(self.view)
        self.find_bar.hide()
        self.find_bar.closed.connect(self._find_bar_closed)
        self.contents = ContentsPanel()
        self.contents.jump_requested.connect(self._jump_to_heading)
        self.body = QSplitter(Qt.Orientation.Horizontal)  # the contents beside the page
        self.body.addWidget(self.contents)
        self.body.addWidget(self.stack)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)
        self.body.setSizes([CONTENTS_WIDTH, 600])
        bar = self.view.verticalScrollBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.find_bar)
        for moved in (bar.valueChanged, bar.rangeChanged, self.view.settled_at):
            moved.connect(self._follow_heading)
            moved.connect(self._report_progress)
        self.full_screen = FullScreenReading(self, self.view, [self.toolbar, self.contents])
        self.view.link_clicked.connect(self._on_link)
        self.view.reached_end.connect(self._on_reached_end)
        self.view.escape_pressed.connect(self._escape)
        self._show_empty()

    @property
    def has_document(self) -> bool:
        return self.stack.currentWidget() is self.view

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.toolbar.setEnabled(False)
        self.find_bar.hide()
        self.contents.hide()
        self.progress.emit("")

    # --- opening ----------------------------------------------------------------------------

    def open(self, document_id: str, search: str = "") -> None:
        """Show a document where the reader left it, and remember that it was opened; opened
        from the results of `search`, its words are marked and the first is shown."""
        self.save_position()
        self._words = None
        try:
            document = self._library.document(document_id)
        except KnownError as error:
            self.said.emit(str(error))
            return
        self.current = document
        self._show(document, self._library.reading_info(document.id).position)
        self._runner.write(lambda: self._library.record_opened(document.id), owner=self)
        self._settings.set(LAST_DOCUMENT, document.id)
        self._load_related(document.id)
        if search.strip():
            self._mark_search_words(document.id, search)

    def _show(self, document: DocumentDetail, position: float) -> None:
        self.view.show_document(document, position)
        self.stack.setCurrentWidget(self.view)
        self.toolbar.setEnabled(True)
        self.contents.show_headings(document_headings(self.view.document()))
        self._show_contents(self.contents_shown)
        if self._words is not None and self._words[0] == document.id:
            self.find_bar.show_words(*self._words[1:])
        else:
            self.find_bar.forget()
        self.opened.emit(document)

    # --- contents ---------------------------------------------------------------------------

    @property
    def contents_shown(self) -> bool:
        """The reader wants the contents beside the page (shown while a document is)."""
        return self._settings.get(SHOW_CONTENTS)

    def toggle_contents(self) -> None:
        self._settings.set(SHOW_CONTENTS, not self.contents_shown)
        self._show_contents(self.contents_shown and self.has_document)
        self._follow_heading()

    def _show_contents(self, visible: bool) -> None:
        if visible and not self.contents.isVisible():
            self.contents.show()
            total = sum(self.body.sizes())
            self.body.setSizes([CONTENTS_WIDTH, max(0, total - CONTENTS_WIDTH)])
        elif not visible:
            self.contents.hide()

    def _jump_to_heading(self, position: int) -> None:
        self.view.scroll_to_position(position)
        self.view.setFocus()

    def _follow_heading(self) -> None:
        if self.contents.isVisible():
            self.contents.follow(self.view.reading_position())

    def _mark_search_words(self, document_id: str, search: str) -> None:
        index, text = self._keeper.index, self.view.body_text()
        if index is None:
            return

        def found(spans: list[tuple[int, int]]) -> None:
            if spans and self.current is not None and self.current.id == document_id:
                self._words = (document_id, search, spans)
                self.find_bar.show_words(search, spans)

        self._runner.run(lambda: index.matched_spans(search, text), found, owner=self)

    def _load_related(self, document_id: str) -> None:
        index = self._keeper.index
        if index is None:
            return

        def shown(hits: list[Hit]) -> None:
            if self.current is None or self.current.id != document_id:
                return
            links = [(hit.id, hit.title) for hit in hits]
            self.view.append_related(self.tr("Related stories"), links)

        self._runner.run(
            lambda: index.more_like_this(document_id, limit=RELATED_COUNT), shown, owner=self
        )

    def save_position(self) -> None:
        if self.current is not None and self.has_document:
            document_id, position = self.current.id, self.view.position()
            self._runner.write(
                lambda: self._library.save_position(document_id, position),
                lambda _none: self.position_saved.emit(document_id),
                owner=self,
            )

    def _report_progress(self) -> None:
        if self.current is not None and self.view.settled:
            position = 1.0 if self.view.at_end() else self.view.position()
            self.progress.emit(progress_text(position, self.current.reading_minutes))

    def _on_reached_end(self) -> None:
        if self.current is not None:
            self.reached_end.emit(self.current.id)

    # --- links ------------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == INTERNAL_SCHEME:
            self.open(url.path().removeprefix("doc/"))
        elif url.scheme() in ("http", "https", "mailto"):
            if confirm_external_link(self, url):
                QDesktopServices.openUrl(url)
        elif url.isRelative() and url.hasFragment():
            self.view.scrollToAnchor(url.fragment())
        else:
            self.said.emit(
                i18n.fill(
                    self.tr("Story Reader does not open this kind of link: %1"),
                    url.toDisplayString(),
                )
            )

    def open_original(self) -> None:
        if self.current is not None and self.current.url:
            self._on_link(QUrl(self.current.url))

    # --- finding, focus, looks --------------------------------------------------------------

    def focus_page(self) -> None:
        self.view.setFocus()

    def open_find_bar(self) -> None:
        self.find_bar.open_bar()

    def find_step(self, *, backward: bool) -> None:
        if self.find_bar.isVisible():
            self.find_bar.step(backward=backward)

    def _escape(self) -> None:
        """Esc on the page: close the find bar if it is open, else leave full screen."""
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        elif self.full_screen.active:
            self.full_screen.leave()

    def _find_bar_closed(self) -> None:
        self._words = None  # cleared: they stay away when the page is drawn again
        self.view.setFocus()

    def apply_looks(self, theme: Theme) -> None:
        self.find_bar.apply_looks(theme)
        settings = self._settings
        self.view.set_style(
            theme,
            settings.get(TYPEFACE),
            settings.get(LINE_SPACING),
            settings.get(ZOOM),
            settings.get(COLUMN_WIDTH),
        )
        if self.current is not None:
            self._show(self.current, self.view.position())

    def zoom_step(self, step: int) -> int:
        """The zoom after `step` (0: back to the default size), stored for next time."""
        low, high = ZOOM_STEPS
        zoom = 0 if step == 0 else max(low, min(high, self._settings.get(ZOOM) + step))
        self._settings.set(ZOOM, zoom)
        return zoom

    # --- on paper ---------------------------------------------------------------------------

    def _printable(self) -> QTextDocument:
        """The open document as it prints: light colours whatever the theme, its images."""
        assert self.current is not None
        typeface = self._settings.get(TYPEFACE)
        return printable_document(self.current, self._library.media, typeface, parent=self)

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._printable().print_(printer)

    def export_pdf(self) -> None:
        if self.current is None:
            return
        suggested = f"{self.current.title[:60]}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.current.title if self.current else "")
        writer.setCreator("Story Reader")
        self._printable().print_(writer)
        self.said.emit(i18n.fill(self.tr("Saved %1."), str(path)))
