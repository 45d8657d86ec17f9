"""The page's HTML and its printable twin: the title, a byline, the sanitized body with its
figures as blocks Qt lays out, single-spaced picture lines; on paper, light colours and
pictures decoded at print size."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, QUrl
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument

from storyreader.archive.media import ASSET_SCHEME
from storyreader.archive.queries import DocumentDetail
from storyreader.present.pictures import decode_fitted
from storyreader.ui.dates import format_date
from storyreader.ui.theme import THEMES, reader_css
from storyreader.ui.typefaces import page_families

MediaLoader = Callable[[str], tuple[str, bytes] | None]
TALLEST = 8  # a picture is shown at most this many column widths tall
PRINT_SIDE = 1800  # a printed picture's pixels at most: a column of paper at about 270 dpi


# Qt's rich text knows no <figure>: its picture would join the paragraph before it.
_FIGURE_TAGS = (
    (re.compile(r"<figure\b[^>]*>"), "<div class='figure'>"),
    (re.compile(r"</figure>"), "</div>"),
    (re.compile(r"<figcaption\b[^>]*>"), "<p class='caption'>"),
    (re.compile(r"</figcaption>"), "</p>"),
)


def document_html(document: DocumentDetail, minutes: str) -> str:
    """The page: title, a line of details (with `minutes`, the reading time), then the
    sanitized body, its figures as blocks Qt lays out (a picture, its caption under it)."""
    details = [document.author, format_date(document.published), minutes]
    byline = " · ".join(part for part in details if part)
    body = document.body_html
    for pattern, replacement in _FIGURE_TAGS:
        body = pattern.sub(replacement, body)
    return (
        f"<h1>{html.escape(document.title)}</h1><p class='byline'>{html.escape(byline)}</p>{body}"
    )


def single_spaced_pictures(document: QTextDocument) -> None:
    """Paragraph spacing is proportional (160%): a line holding a 300-pixel picture would
    get 180 pixels of air under it. Blocks with a picture are single-spaced."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        if "\ufffc" in block.text() and block.blockFormat().lineHeightType():
            spacing = QTextBlockFormat()
            spacing.setLineHeight(100, QTextBlockFormat.LineHeightTypes.SingleHeight.value)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(spacing)
        block = block.next()


def printable_document(
    document: DocumentDetail, load_media: MediaLoader, typeface: str, parent: QObject | None = None
) -> QTextDocument:
    """The document on paper: light colours whatever the theme, with its stored images."""
    printable = QTextDocument(parent)
    faces = page_families(typeface, document.title + document.body_text)
    font = QFont()
    font.setFamilies(faces)
    font.setPointSizeF(11)
    printable.setDefaultFont(font)
    printable.setDefaultStyleSheet(reader_css(THEMES["light"], typeface, 140, faces))
    for asset in document.assets:
        found = load_media(asset.sha256) if asset.sha256 else None
        if found is not None:
            image = decode_fitted(found[1], QSize(PRINT_SIDE, PRINT_SIDE * TALLEST))
            url = QUrl(f"{ASSET_SCHEME}{asset.sha256}")
            printable.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
    # The same words as the reading page's (ReaderView's catalogue holds them).
    minutes = QCoreApplication.translate("ReaderView", "%n min read", "", document.reading_minutes)
    printable.setHtml(document_html(document, minutes))
    single_spaced_pictures(printable)
    return printable
