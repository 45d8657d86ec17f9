"""The reading page: sanitized HTML in a QTextBrowser that loads nothing but archive media.

QTextBrowser would otherwise load `file:` images and follow links into local files; here
`loadResource` answers only `asset:` references from the archive, and links never navigate
the view: they are handed to the window (`link_clicked`), which opens another document or
asks before opening the system browser. The text sits in a column of readable width,
centred, in the theme's typography; matches of find-in-page and passages with notes are
highlighted; the scroll position is reported as a fraction so it can be restored.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from storyreader.archive.media import ASSET_SCHEME
from storyreader.archive.queries import DocumentDetail
from storyreader.present.pictures import decode_fitted, fitted_size, picture_size
from storyreader.ui.page_html import TALLEST, MediaLoader, document_html, single_spaced_pictures
from storyreader.ui.page_marks import PageMarks
from storyreader.ui.picture_loader import PictureLoader
from storyreader.ui.theme import THEMES, Theme, reader_css
from storyreader.ui.typefaces import page_families

COLUMN_CHARS = 68  # a readable line: about this many characters (the reader may choose)
READABLE_CHARS = 45  # the page never gets narrower than lines of this many characters
BESIDE_A_PANEL_CHARS = 28  # … except beside the set panel, where the host builds a set
PAGE_MARGIN = 24  # at least this much paper on either side of the column
BASE_POINT_SIZE = 13.0
INTERNAL_SCHEME = "storyreader"
OPENING_PIXELS = 4_000_000  # decoded while a document opens (about 0.2 s); the rest follows
END_SLACK = 4  # pixels from the bottom that count as the end
# A document that fits on the page has no end to scroll to: it counts as read once it has
# been shown for half its reading time, within these bounds (seconds).
FITS_SHOWN_SECONDS = (10.0, 60.0)


def document_link(document_id: str) -> str:
    """A link inside the reading page that opens another document of the archive."""
    return f"{INTERNAL_SCHEME}:doc/{html.escape(document_id)}"


class ReaderView(QTextBrowser):
    link_clicked = Signal(QUrl)
    reached_end = Signal()
    add_note_requested = Signal()
    bookmark_requested = Signal()
    escape_pressed = Signal()
    settled_at = Signal()  # a document is laid out at the reader's place

    def __init__(self, load_media: MediaLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_media = load_media
        self._images: dict[str, QImage] = {}
        self._waiting: set[str] = set()  # pictures shown as placeholders, being decoded
        self._opening_pixels = 0
        self._pictures = PictureLoader(self)
        self._pictures.decoded.connect(self._picture_decoded)
        self._body_start = 0
        self._column = 0
        self.marks = PageMarks(self)
        self._theme: Theme | None = None
        self._style: tuple[str, int, float, int] = ("serif", 160, BASE_POINT_SIZE, COLUMN_CHARS)
        self._faces: list[str] = []
        self._narrowest = READABLE_CHARS
        self._end_reported = False
        self._watching_end = False  # only once the page is laid out and at its place
        self._shown = 0  # counts documents shown: a late step for an older one is dropped
        self._fits_timer = QTimer(self)
        self._fits_timer.setSingleShot(True)
        self._fits_timer.timeout.connect(self._report_end)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Document text"))
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # Text wraps to the column and images are fitted to it: never scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.anchorClicked.connect(self.link_clicked)
        self.verticalScrollBar().valueChanged.connect(self._check_end)
        self.verticalScrollBar().rangeChanged.connect(self._check_end)

    # --- style ---------------------------------------------------------------------------

    def set_style(
        self,
        theme: Theme,
        typeface: str,
        line_spacing: int,
        zoom: int,
        column_chars: int = COLUMN_CHARS,
    ) -> None:
        """Typography, colours and the column's width in characters; the current document
        is laid out again."""
        self._theme = self.marks.theme = theme
        self._style = (typeface, line_spacing, BASE_POINT_SIZE * (1.1**zoom), column_chars)
        self._apply_faces(page_families(typeface))
        self._forget_images()

    def _apply_faces(self, faces: list[str]) -> None:
        """Set the page in `faces` (the style's families, or the Korean-and-Latin ones)."""
        typeface, line_spacing, points, _chars = self._style
        self._faces = faces
        font = QFont()
        font.setFamilies(faces)
        font.setPointSizeF(points)
        self.document().setDefaultFont(font)
        theme = self._theme or THEMES["light"]
        self.document().setDefaultStyleSheet(reader_css(theme, typeface, line_spacing, faces))
        self._keep_minimum()
        self._column = 0
        self._fit_column()

    def allow_narrow(self, narrow: bool) -> None:
        """Beside the set panel the page may be narrower than a reading column: on a small
        laptop the library, the panel and the page must all fit the screen."""
        self._narrowest = BESIDE_A_PANEL_CHARS if narrow else READABLE_CHARS
        self._keep_minimum()

    def _keep_minimum(self) -> None:
        character = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(round(character * self._narrowest) + 2 * PAGE_MARGIN + scroll_bar)
        holder = self.parentWidget()  # the layouts around forget the old minimum at once, so a
        while holder is not None:  # dock shown next does not size the window by it
            layout = holder.layout()
            if layout is not None:
                layout.invalidate()
            holder = holder.parentWidget()

    # --- the document --------------------------------------------------------------------

    def show_document(self, document: DocumentDetail, position: float = 0.0) -> None:
        """Show `document` at `position` (a fraction). Its end is watched only from then on:
        replacing the page moves the old page's scroll bar (to 0, then clamped), and a
        restored place at the end is not the reader reaching it now."""
        self._watching_end = False
        self._fits_timer.stop()
        self._forget_images()
        self._end_reported = False
        self.marks.clear()
        minutes = self.tr("%n min read", "", document.reading_minutes)
        faces = page_families(self._style[0], document.title + document.body_text)
        if faces != self._faces:
            self._apply_faces(faces)
        self.setHtml(document_html(document, minutes))
        single_spaced_pictures(self.document())
        self._body_start = self.document().findBlockByNumber(2).position()
        self._column = 0
        self._fit_column()
        self.verticalScrollBar().setValue(0)
        self._shown += 1
        shown, seconds = self._shown, document.reading_minutes * 30
        low, high = FITS_SHOWN_SECONDS
        self._fits_timer.setInterval(round(min(high, max(low, seconds)) * 1000))
        QTimer.singleShot(0, lambda: self._settle(shown, position))

    @property
    def settled(self) -> bool:
        """The open document is laid out at the reader's place (its end is watched)."""
        return self._watching_end

    def _settle(self, shown: int, position: float) -> None:
        """The page is laid out: go to the reader's place (unless the reader has scrolled
        already), then watch for the end."""
        if shown != self._shown or not self._body_start:
            return
        scrolled = self.verticalScrollBar().value() != 0  # since it was set to 0 on showing
        if not scrolled:
            self.scroll_to(position)
        self._watching_end = True
        self.settled_at.emit()
        if scrolled or self.verticalScrollBar().maximum() == 0:
            self._check_end()  # the reader is at the end already, or all of it is in view

    def clear_document(self) -> None:
        self._watching_end = False
        self._fits_timer.stop()
        self._forget_images()
        self.clear()
        self._body_start = 0

    def append_related(self, heading: str, links: list[tuple[str, str]]) -> None:
        """Add "Related stories" at the end: (document id, title) links."""
        if not links:
            return
        items = "".join(
            f"<li><a href='{document_link(doc_id)}'>{html.escape(title)}</a></li>"
            for doc_id, title in links
        )
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(f"<hr/><h3 class='related'>{html.escape(heading)}</h3><ul>{items}</ul>")

    @property
    def body_start(self) -> int:
        return self._body_start

    def body_text(self) -> str:
        return self.toPlainText()[self._body_start :]

    # --- position ------------------------------------------------------------------------

    def position(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def scroll_to(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def scroll_to_offset(self, offset: int) -> None:
        """Show the body's character `offset` near the top."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._body_start + offset, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def scroll_to_position(self, position: int) -> None:
        """Bring the block at document `position` (a heading) to the top of the page."""
        block = self.document().findBlock(position)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(round(top) - PAGE_MARGIN // 2)

    def reading_position(self) -> int:
        """The document position being read: the text a fifth of the way down the page."""
        point = QPoint(self.viewport().width() // 2, self.viewport().height() // 5)
        return self.cursorForPosition(point).position()

    def at_end(self) -> bool:
        """The end of the document is in view."""
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - END_SLACK

    def _check_end(self) -> None:
        if not self._watching_end or self._end_reported:
            return
        if self.verticalScrollBar().maximum() > 0:
            self._fits_timer.stop()
            if self.at_end():
                self._report_end()
        elif not self._fits_timer.isActive():
            self._fits_timer.start()

    def _report_end(self) -> None:
        if self._watching_end and not self._end_reported:
            self._end_reported = True
            self.reached_end.emit()

    # --- marks: notes, find in page, search words ----------------------------------------

    def set_note_spans(self, spans: list[tuple[int, int]]) -> None:
        """Mark passages with notes (body offsets)."""
        start = self._body_start
        self.marks.set_notes([(start + a, start + b) for a, b in spans])

    def mark_words(self, spans: list[tuple[int, int]]) -> int:
        """Mark these body spans as matches (a search's words); return how many."""
        start = self._body_start
        return self.marks.set_matches([(start + a, start + b) for a, b in spans])

    def locate(self, quote: str, start: int) -> tuple[int, int] | None:
        """Where `quote` is in the body now: at `start` if it still is, else its nearest
        occurrence (the document may have changed since the note was made)."""
        text = self.body_text()
        if not quote:
            return None
        if text[start : start + len(quote)] == quote:
            return start, start + len(quote)
        before, after = text.rfind(quote, 0, start), text.find(quote, start)
        found = [p for p in (before, after) if p >= 0]
        if not found:
            return None
        best = min(found, key=lambda p: abs(p - start))
        return best, best + len(quote)

    def selected_passage(self) -> tuple[str, int, int] | None:
        """The selected text with its body offsets, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or cursor.selectionStart() < self._body_start:
            return None
        start = cursor.selectionStart() - self._body_start
        end = cursor.selectionEnd() - self._body_start
        return self.body_text()[start:end], start, end

    # --- images, only from the archive ---------------------------------------------------

    def loadResource(self, type_: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        if type_ != QTextDocument.ResourceType.ImageResource.value:
            return None
        reference = name.toString() if isinstance(name, QUrl) else name
        if not reference.startswith(ASSET_SCHEME):
            return None  # never the network, never a local file
        key = reference.removeprefix(ASSET_SCHEME)
        if key not in self._images:
            self._images[key] = self._image(key)
        return self._images[key]

    def _image(self, key: str) -> QImage:
        """The picture fitted to the column. Small ones are decoded at once; past
        OPENING_PIXELS a document's pictures show as placeholders of their size and are
        decoded in the background, so that no document takes long to open."""
        found = self._load_media(key) if not key.startswith("missing/") else None
        if found is None:
            return _placeholder(self.tr("Image not stored yet"))
        size = picture_size(found[1])
        if size.isEmpty():
            return QImage()  # not a picture Qt can read: nothing is shown, as for a broken one
        width = max(1, self._column_width() - 2 * int(self.document().documentMargin()) - 2)
        bound = QSize(width, width * TALLEST)
        pixels = size.width() * size.height()
        if self._opening_pixels + pixels <= OPENING_PIXELS:
            self._opening_pixels += pixels
            return decode_fitted(found[1], bound)
        self._waiting.add(key)
        self._pictures.request(key, found[1], bound)
        return _blank(fitted_size(size, bound))

    def _picture_decoded(self, key: str, image: QImage) -> None:
        if key not in self._waiting:
            return  # a picture of a document no longer shown
        self._waiting.discard(key)
        self._images[key] = image
        url = QUrl(f"{ASSET_SCHEME}{key}")
        self.document().addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
        self.viewport().update()

    def _forget_images(self) -> None:
        self._images.clear()
        self._waiting.clear()
        self._opening_pixels = 0
        self._pictures.forget()

    @property
    def pictures_pending(self) -> int:
        """Pictures still being decoded (shown as placeholders meanwhile)."""
        return len(self._waiting)

    def wait_for_pictures(self, timeout_ms: int = 30_000) -> None:
        """Wait until every picture asked for is decoded and shown (tests, benchmarks)."""
        self._pictures.wait(timeout_ms)
        QCoreApplication.sendPostedEvents(self._pictures)
        QCoreApplication.processEvents()

    # --- a readable column ---------------------------------------------------------------

    @property
    def characters_per_line(self) -> int:
        """About how many characters a line of the column holds now."""
        character = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
        return round(self._column / character)

    def _column_width(self) -> int:
        character = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
        wanted = max(320, int(character * self._style[3]))
        return min(wanted, self.viewport().width() - 2 * PAGE_MARGIN)

    def _fit_column(self) -> None:
        """Centre a column of the chosen width: its margins follow the page's width (a
        change of a few pixels is let be: laying out again costs more than it shows)."""
        column = self._column_width()
        margin = max(PAGE_MARGIN, (self.viewport().width() - column) // 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        unchanged = abs(column - self._column) < 8 and abs(frame.leftMargin() - margin) < 8
        if column <= 0 or unchanged:
            return
        self._column = column
        frame.setLeftMargin(margin)
        frame.setRightMargin(margin)
        frame.setTopMargin(28)
        frame.setBottomMargin(48)
        root.setFrameFormat(frame)

    def page(self, pages: int) -> None:
        """Scroll by whole screens (a line of the last one stays in view), as page keys do."""
        line = QFontMetricsF(self.document().defaultFont()).lineSpacing()
        step = max(1, self.viewport().height() - round(line * 2))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + pages * step)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, shift = event.key(), event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Escape and plain:
            self.escape_pressed.emit()
        elif key == Qt.Key.Key_Space and (plain or shift):
            self.page(-1 if shift else 1)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and plain:
            self.page(1 if key == Qt.Key.Key_PageDown else -1)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_column()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        note = menu.addAction(self.tr("Add a note to the selection…"))
        note.setEnabled(self.selected_passage() is not None)
        note.triggered.connect(self.add_note_requested)
        menu.addAction(self.tr("Bookmark this place"), self.bookmark_requested.emit)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 600)


def _blank(size: QSize) -> QImage:
    """Where a picture will be, while it is decoded: a faint box of its size."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(128, 128, 128, 24))
    return image


def _placeholder(text: str) -> QImage:
    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor(128, 128, 128, 40))
    painter = QPainter(image)
    painter.setPen(QColor(110, 110, 110))
    painter.drawRect(0, 0, 359, 119)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image
