"""The handout: a set's stories in a reading layout under the set's title, a story a page, with
their stored pictures, laid out on the pages of a PDF or a printer.

The stories are one QTextDocument laid out on pages the size of the paper's printable area,
in CSS pixels (a 96th of an inch, fonts in pixels too), so the layout is the same whatever the
device's resolution. Then the layout is mended where a reader would stumble: a picture is
never wider than the text nor taller than most of a page, a picture and its caption are moved
together to the next page when they would be split, and a heading at the foot of a page goes
over with what it heads. `Handout` paints the pages itself (with a page number in the foot),
so what was checked is what is printed; `pictures()` and `headings()` say where things landed.

While the app shares the set with the room, the first page carries the address phones read the
stories at, as a QR code and in words (`share_address`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from storyreader import i18n
from storyreader.archive.media import ASSET_SCHEME
from storyreader.archive.queries import DocumentDetail
from storyreader.present.layout import SANS
from storyreader.present.paginate import byline
from storyreader.present.pictures import MediaLoader, PictureCache
from storyreader.present.qr import QUIET_ZONE, qr_modules
from storyreader.present.set_info import SetInfo

HANDOUT_PICTURE_SIDE = 1680  # pixels a handout picture keeps: its widest at about 250 dpi
PX_PER_POINT = 96 / 72  # the layout's unit is the CSS pixel
FOOT_PX = 30.0  # under each page's text: the page number
PICTURE_SHARE = 0.6  # of a page's height at most, so a picture and its caption fit one page
FIGURE, CAPTION = 1, 2  # block user states, set by the stylesheet below
SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "NanumMyeongjo", "Noto Serif CJK KR", "serif"]
BODY_PX = 15  # about 11 points
SHARE_QR = "share:qr"  # the resource name of the room's QR code
SHARE_QR_PX = 132  # its side on the page: about 35 mm, read by a phone at arm's length
QR_MODULE_PX = 8  # pixels a module of the code is drawn with: sharp edges when printed

_CSS = """
    h1.set { font-family: SANS; font-size: 32px; font-weight: 600; margin-bottom: 6px; }
    h1.story { font-size: 27px; font-weight: 600; margin-bottom: 4px;
               page-break-before: always; }
    h2 { font-size: 19px; font-weight: 600; margin-top: 15px; }
    h3 { font-size: 16px; font-weight: 600; margin-top: 12px; }
    p, li, blockquote { line-height: 140%; }
    p { margin-top: 0; margin-bottom: 9px; }
    blockquote { margin-left: 21px; font-style: italic; color: #444444; }
    .meta, .byline { color: #555555; font-family: SANS; font-size: 13px; }
    .warning { font-family: SANS; font-size: 13px; font-weight: 600; }
    ol.contents li { margin-bottom: 4px; }
    div.figure { -qt-user-state: 1; margin-top: 6px; }
    p.caption { -qt-user-state: 2; color: #555555; font-size: 12px; margin-top: 4px;
                margin-bottom: 12px; }
    table.share { margin-top: 12px; margin-bottom: 14px; }
    p.share { font-family: SANS; font-size: 17px; font-weight: 600; margin-bottom: 4px; }
    p.address { font-family: SANS; font-size: 13px; }
"""
_FIGURE_TAGS = (
    (re.compile(r"<figure\b[^>]*>", re.IGNORECASE), "<div class='figure'>"),
    (re.compile(r"</figure\s*>", re.IGNORECASE), "</div>"),
    (re.compile(r"<figcaption\b[^>]*>", re.IGNORECASE), "<p class='caption'>"),
    (re.compile(r"</figcaption\s*>", re.IGNORECASE), "</p>"),
)


@dataclass(frozen=True)
class PlacedPicture:
    """Where a picture landed: its box on its page (layout pixels, from the top left of the
    page's text area), and the page its caption's last line is on (None: no caption)."""

    page: int
    box: QRectF
    caption_page: int | None


def text_area(page_layout: QPageLayout) -> QSizeF:
    """The printable area of a page, in layout pixels."""
    points = page_layout.paintRect(QPageLayout.Unit.Point)
    return QSizeF(points.width() * PX_PER_POINT, points.height() * PX_PER_POINT)


class Handout:
    """The set's stories laid out on pages of `area` (layout pixels): the page's printable
    area, of which the foot keeps FOOT_PX for the page number."""

    def __init__(
        self,
        set_info: SetInfo,
        documents: Sequence[DocumentDetail],
        load_media: MediaLoader,
        area: QSizeF,
        share_address: str = "",
    ) -> None:
        self.title = set_info.name
        self.page = QSizeF(area.width(), area.height() - FOOT_PX)
        self.document = _document(set_info, documents, load_media, share_address)
        self.document.setPageSize(self.page)
        _fit_pictures(self.document, self.page)
        _keep_together(self.document, self.page.height())

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # --- where things landed -----------------------------------------------------------------

    def _page_of(self, y: float) -> int:
        return int(y // self.page.height())

    def _lines(self, block: QTextBlock) -> Iterator[tuple[float, float]]:
        """Each line of the block: its top and bottom in the document."""
        layout = block.layout()
        top = self.document.documentLayout().blockBoundingRect(block).top()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            yield top + line.y(), top + line.y() + line.height()

    def pictures(self) -> list[PlacedPicture]:
        self.document.pageCount()  # laid out to the end: the layout is lazy otherwise
        placed = []
        for block in _blocks(self.document):
            following = block.next()
            caption = None
            if following.isValid() and following.userState() == CAPTION:
                caption = self._page_of(list(self._lines(following))[-1][1] - 0.5)
            for position, image in _pictures_in(block):
                placed.append(self._placed(block, position, image, caption))
        return placed

    def _placed(
        self, block: QTextBlock, position: int, image: QTextImageFormat, caption: int | None
    ) -> PlacedPicture:
        rect = self.document.documentLayout().blockBoundingRect(block)
        offset = position - block.position()
        line = block.layout().lineForTextPosition(offset)
        top = rect.top() + line.y()
        page = self._page_of(top + 0.5)
        x_and_cursor = line.cursorToX(offset)  # (x, cursor): PySide's stubs say only "object"
        x = rect.left() + float(x_and_cursor[0] if isinstance(x_and_cursor, tuple) else 0.0)
        box = QRectF(x, top - page * self.page.height(), image.width(), image.height())
        return PlacedPicture(page, box, caption)

    def headings(self) -> list[tuple[int, int]]:
        """For each heading: its page, and the page of the first line it heads."""
        self.document.pageCount()
        found = []
        for block in _blocks(self.document):
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid():
                top = next(self._lines(block))[0]
                after = next(self._lines(following))[1]
                found.append((self._page_of(top + 0.5), self._page_of(after - 0.5)))
        return found

    # --- painting --------------------------------------------------------------------------

    def paint(self, device: QPagedPaintDevice) -> bool:
        """Paint every page on `device` (a QPdfWriter or a QPrinter); False if it cannot be
        painted on."""
        painter = QPainter()
        if not painter.begin(device):
            return False
        try:
            scale = device.width() / self.page.width()
            for number in range(self.page_count):
                if number:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                self._paint_page(painter, number)
                painter.restore()
        finally:
            painter.end()
        return True

    def _paint_page(self, painter: QPainter, number: int) -> None:
        height = self.page.height()
        view = QRectF(0, number * height, self.page.width(), height)
        painter.save()
        painter.translate(0, -number * height)
        # A picture moved to the next page starts exactly at this page's foot: a clip that
        # only touches it still paints its edge, which a PDF viewer draws as a dark hairline.
        view = view.adjusted(0, 0, 0, -0.5)
        painter.setClipRect(view)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        foot = QFont()
        foot.setFamilies(SANS)
        foot.setPixelSize(11)
        painter.setFont(foot)
        painter.setPen(QColor("#777777"))
        text = i18n.fill(
            i18n.translate("Handouts", "%1 · page %2 of %3"),
            self.title,
            number + 1,
            self.page_count,
        )
        box = QRectF(0, height, self.page.width(), FOOT_PX)
        painter.drawText(box, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter, text)


# --- the document ----------------------------------------------------------------------------


def _document(
    set_info: SetInfo,
    documents: Sequence[DocumentDetail],
    load_media: MediaLoader,
    share_address: str = "",
) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(SERIF)
    font.setPixelSize(BODY_PX)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)  # advances as printed, not as hinted for a screen
    document.setDocumentMargin(0)  # the paper's margins are the page's
    document.setDefaultStyleSheet(_CSS.replace("SANS", ", ".join(map(repr, SANS))))
    images = PictureCache(load_media)
    bound = QSize(HANDOUT_PICTURE_SIDE, HANDOUT_PICTURE_SIDE)
    for story in documents:
        for asset in story.assets:
            image = images.image(asset.sha256, bound) if asset.sha256 else None
            if image is not None:
                url = QUrl(f"{ASSET_SCHEME}{asset.sha256}")
                document.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
    if share_address:
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            QUrl(SHARE_QR),
            qr_image(share_address),
        )
    document.setHtml(_html(set_info, documents, share_address))
    return document


def qr_image(address: str) -> QImage:
    """The address as a QR code, its quiet zone included, QR_MODULE_PX pixels a module."""
    modules = qr_modules(address)
    side = (len(modules) + 2 * QUIET_ZONE) * QR_MODULE_PX
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect(
                    (column + QUIET_ZONE) * QR_MODULE_PX,
                    (row + QUIET_ZONE) * QR_MODULE_PX,
                    QR_MODULE_PX,
                    QR_MODULE_PX,
                    QColor("#000000"),
                )
    painter.end()
    return image


def _share_html(address: str) -> str:
    heading = i18n.translate("Handouts", "Read these stories on your phone")
    how = i18n.translate(
        "Handouts", "On the room's Wi-Fi, point the phone's camera at the code, or open:"
    )
    return (
        "<table class='share' cellspacing='0' cellpadding='0'><tr>"
        f"<td><img src='{SHARE_QR}' width='{SHARE_QR_PX}' height='{SHARE_QR_PX}'></td>"
        "<td style='padding-left: 16px; vertical-align: middle;'>"
        f"<p class='share'>{html.escape(heading)}</p>"
        f"<p class='meta'>{html.escape(how)}</p>"
        f"<p class='address'>{html.escape(address)}</p>"
        "</td></tr></table>"
    )


def _html(set_info: SetInfo, documents: Sequence[DocumentDetail], share_address: str = "") -> str:
    when = [set_info.event_date.isoformat() if set_info.event_date else "", set_info.venue]
    parts = [
        f"<h1 class='set'>{html.escape(set_info.name)}</h1>",
        f"<p class='meta'>{html.escape(' · '.join(part for part in when if part))}</p>",
        _share_html(share_address) if share_address else "",
        "<ol class='contents'>",
    ]
    warnings = {item.document_id: item.content_warning for item in set_info.items}
    for story in documents:
        author = f" <span class='meta'>— {html.escape(story.author)}</span>" if story.author else ""
        parts.append(f"<li>{html.escape(story.title)}{author}</li>")
    parts.append("</ol>")
    warning_label = i18n.translate("Handouts", "Content warning:")
    for story in documents:
        parts.append(f"<h1 class='story'>{html.escape(story.title)}</h1>")
        parts.append(f"<p class='byline'>{html.escape(byline(story.author, story.published))}</p>")
        warning = warnings.get(story.id, "")
        if warning:
            parts.append(
                f"<p class='warning'>{html.escape(warning_label)} {html.escape(warning)}</p>"
            )
        parts.append(_figures_marked(story.body_html))
    return "".join(parts)


def _figures_marked(body_html: str) -> str:
    """Figures as blocks the layout knows (Qt's HTML has no <figure>): the picture's block and
    its caption's, told apart by their user states."""
    for pattern, replacement in _FIGURE_TAGS:
        body_html = pattern.sub(replacement, body_html)
    return body_html


# --- mending the layout ----------------------------------------------------------------------


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _pictures_in(block: QTextBlock) -> Iterator[tuple[int, QTextImageFormat]]:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.charFormat().isImageFormat():
            yield fragment.position(), fragment.charFormat().toImageFormat()
        iterator += 1


def _has_picture(block: QTextBlock) -> bool:
    return next(_pictures_in(block), None) is not None


def _fit_pictures(document: QTextDocument, page: QSizeF) -> None:
    """Every picture at most the text's width and PICTURE_SHARE of a page's height, never
    enlarged (the PDF keeps the pixels decoded, up to HANDOUT_PICTURE_SIDE, so it prints
    sharp)."""
    cursor = QTextCursor(document)
    for block in _blocks(document):
        for position, image_format in list(_pictures_in(block)):
            if image_format.name() == SHARE_QR:
                continue  # sized by the page's HTML, for a phone to read
            resource = document.resource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(image_format.name())
            )
            if not isinstance(resource, QImage) or resource.isNull():
                continue
            scale = min(
                1.0,
                page.width() / resource.width(),
                page.height() * PICTURE_SHARE / resource.height(),
            )
            image_format.setWidth(resource.width() * scale)
            image_format.setHeight(resource.height() * scale)
            image_format.setProperty(QTextFormat.Property.ImageQuality, 100)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)


def _keep_together(document: QTextDocument, page_height: float) -> None:
    """Start a new page before a picture its caption would leave behind, and before a heading
    whose text would start on the next page. Front to back: a break moves only what follows."""
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return int(y // page_height)

    document.pageCount()  # laid out to the end: the layout is lazy, block by block
    for block in _blocks(document):
        following = block.next()
        if not following.isValid() or block.layout().lineCount() == 0:
            continue
        top = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
        if top % page_height < 1.0:
            continue  # already at the top of a page: a break would not help
        if _has_picture(block) and following.userState() == CAPTION:
            lines = following.layout()
            last = lines.lineAt(lines.lineCount() - 1)
            end = layout.blockBoundingRect(following).top() + last.y() + last.height()
        elif block.blockFormat().headingLevel() and following.layout().lineCount():
            first = following.layout().lineAt(0)
            end = layout.blockBoundingRect(following).top() + first.y() + first.height()
        else:
            continue
        if page_of(top + 0.5) != page_of(end - 0.5):
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(
                block_format.pageBreakPolicy()
                | QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
            )
            QTextCursor(block).setBlockFormat(block_format)
