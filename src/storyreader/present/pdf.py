"""A set on paper: its slides as a PDF (one 16:9 page a slide), and a handout to print.

The slides PDF draws every slide with `render.paint_slide`, so it matches the projector. The
handout is the set's stories in a reading layout under the set's title, a story a page,
with their stored pictures; `handout_document` makes it for a PDF or a printer alike.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from storyreader import i18n
from storyreader.archive.media import ASSET_SCHEME
from storyreader.archive.queries import DocumentDetail
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.layout import SANS, SlideStyle, SlideTheme, theme_named
from storyreader.present.paginate import build_deck, byline
from storyreader.present.pictures import MediaLoader, PictureCache
from storyreader.present.render import paint_slide
from storyreader.present.set_info import SetInfo
from storyreader.present.slides import Deck

PDF_STYLE = SlideStyle(1920, 1080)  # slides in a PDF are laid out as on a 1080p screen
SLIDE_PAGE_MM = QSizeF(254.0, 142.875)  # 10 by 5.625 inches: 16:9
HANDOUT_MARGIN_MM = 20.0
HANDOUT_IMAGE_WIDTH = 560.0  # a picture's widest, in the handout's layout pixels
HANDOUT_PICTURE_SIDE = 1680  # pixels a handout picture keeps: its widest at about 250 dpi
SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "NanumMyeongjo", "Noto Serif CJK KR", "serif"]


def _writer(path: Path, page: QPageSize, margins_mm: float, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(page)
    writer.setPageMargins(QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setTitle(title)
    writer.setCreator("Story Reader")
    return writer


def _cannot_write(path: Path) -> KnownError:
    return KnownError(
        QT_TRANSLATE_NOOP("Handouts", "Cannot write %1; is the folder there and writable?"),
        str(path),
    )


def _check_writable(path: Path) -> None:
    """Refuse early and plainly: Qt would only warn, or fail without a word."""
    folder = path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK) or path.is_dir():
        raise _cannot_write(path)


def write_slides_pdf(
    deck: Deck,
    path: Path,
    *,
    title: str = "",
    theme: SlideTheme | None = None,
    load_media: MediaLoader | None = None,
    style: SlideStyle = PDF_STYLE,
) -> int:
    """Every slide of `deck` on a 16:9 page of its own; returns the number of pages."""
    _check_writable(path)
    page = QPageSize(SLIDE_PAGE_MM, QPageSize.Unit.Millimeter, "16:9")
    writer = _writer(path, page, 0.0, title)
    painter = QPainter()
    if not painter.begin(writer):
        raise _cannot_write(path)
    images = PictureCache(load_media)
    chosen = theme or theme_named("light")  # paper and ink: light unless asked
    try:
        painter.scale(writer.width() / style.width, writer.height() / style.height)
        for number, slide in enumerate(deck.slides):
            if number:
                writer.newPage()
            paint_slide(painter, slide, style, chosen, images)
    finally:
        painter.end()
    return len(deck.slides)


def write_set_slides_pdf(
    path: Path,
    set_info: SetInfo,
    load_document: Callable[[str], DocumentDetail],
    load_media: MediaLoader,
    *,
    theme: SlideTheme | None = None,
    font_scale: float = 1.0,
    closing_slides: bool = True,
) -> int:
    """The set's slides, paginated for the PDF's page at `font_scale`; returns the pages."""
    _check_writable(path)  # before paginating every story
    style = replace(PDF_STYLE, font_scale=font_scale)
    deck = build_deck(set_info, load_document, style, closing_slides=closing_slides)
    return write_slides_pdf(
        deck, path, title=set_info.name, theme=theme, load_media=load_media, style=style
    )


def handout_document(
    set_info: SetInfo,
    documents: Sequence[DocumentDetail],
    load_media: MediaLoader,
) -> QTextDocument:
    """The set's stories in reading layout under the set's title, each on a new page."""
    document = QTextDocument()
    font = QFont()
    font.setFamilies(SERIF)
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_HANDOUT_CSS.replace("SANS", ", ".join(map(repr, SANS))))
    images = PictureCache(load_media)
    bound = QSize(HANDOUT_PICTURE_SIDE, HANDOUT_PICTURE_SIDE)
    for story in documents:
        for asset in story.assets:
            image = images.image(asset.sha256, bound) if asset.sha256 else None
            if image is not None:
                url = QUrl(f"{ASSET_SCHEME}{asset.sha256}")
                document.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
    document.setHtml(_handout_html(set_info, documents))
    _fit_images(document)
    return document


def _handout_html(set_info: SetInfo, documents: Sequence[DocumentDetail]) -> str:
    when = [set_info.event_date.isoformat() if set_info.event_date else "", set_info.venue]
    parts = [
        f"<h1 class='set'>{html.escape(set_info.name)}</h1>",
        f"<p class='meta'>{html.escape(' · '.join(part for part in when if part))}</p>",
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
        parts.append(story.body_html)
    return "".join(parts)


_HANDOUT_CSS = """
    h1.set { font-family: SANS; font-size: 24pt; font-weight: 600; margin-bottom: 0.3em; }
    h1.story { font-size: 20pt; font-weight: 600; margin-bottom: 0.2em;
               page-break-before: always; }
    h2 { font-size: 14pt; font-weight: 600; margin-top: 1em; }
    h3 { font-size: 12pt; font-weight: 600; margin-top: 0.8em; }
    p, li, blockquote { line-height: 140%; }
    p { margin-top: 0; margin-bottom: 0.6em; }
    blockquote { margin-left: 16pt; font-style: italic; color: #444444; }
    .meta, .byline { color: #555555; font-family: SANS; font-size: 10pt; }
    .warning { font-family: SANS; font-size: 10pt; font-weight: 600; }
    ol.contents li { margin-bottom: 0.3em; }
    figcaption { color: #555555; font-size: 9pt; }
"""


def _fit_images(document: QTextDocument) -> None:
    """Pictures at most a column wide, however many pixels they have (they were decoded at
    up to HANDOUT_PICTURE_SIDE, and the PDF keeps those pixels, so they print sharp)."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_format = fmt.toImageFormat()
                resource = document.resource(
                    QTextDocument.ResourceType.ImageResource.value, QUrl(image_format.name())
                )
                if isinstance(resource, QImage) and not resource.isNull():
                    _shrink(cursor, fragment.position(), image_format, resource)
            iterator += 1
        block = block.next()


def _shrink(cursor: QTextCursor, position: int, fmt: QTextImageFormat, image: QImage) -> None:
    width = min(float(image.width()), HANDOUT_IMAGE_WIDTH)
    fmt.setWidth(width)
    fmt.setHeight(width * image.height() / max(1, image.width()))
    fmt.setProperty(QTextFormat.Property.ImageQuality, 100)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(fmt)


def print_handout(
    device: QPagedPaintDevice,
    set_info: SetInfo,
    documents: Sequence[DocumentDetail],
    load_media: MediaLoader,
) -> None:
    """Print (or write) the handout on `device`: a QPrinter, or a QPdfWriter."""
    handout_document(set_info, documents, load_media).print_(device)


def write_handout_pdf(
    path: Path,
    set_info: SetInfo,
    load_document: Callable[[str], DocumentDetail],
    load_media: MediaLoader,
) -> None:
    documents = [load_document(item.document_id) for item in set_info.items]
    _check_writable(path)
    writer = _writer(path, QPageSize(QPageSize.PageSizeId.A4), HANDOUT_MARGIN_MM, set_info.name)
    print_handout(writer, set_info, documents, load_media)
