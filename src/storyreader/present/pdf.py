"""A set on paper: its slides as a PDF (one 16:9 page a slide), and a handout to print.

The slides PDF draws every slide with `render.paint_slide`, so it matches the projector. The
handout is the set's stories in a reading layout under the set's title, a story a page,
with their stored pictures (`handout.Handout`), for a PDF or a printer alike.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from storyreader.archive.queries import DocumentDetail
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.handout import Handout, text_area
from storyreader.present.layout import SlideStyle, SlideTheme, theme_named
from storyreader.present.paginate import build_deck
from storyreader.present.pictures import MediaLoader, PictureCache
from storyreader.present.render import paint_slide
from storyreader.present.set_info import SetInfo
from storyreader.present.slides import Deck

PDF_STYLE = SlideStyle(1920, 1080)  # slides in a PDF are laid out as on a 1080p screen
SLIDE_PAGE_MM = QSizeF(254.0, 142.875)  # 10 by 5.625 inches: 16:9
HANDOUT_MARGIN_MM = 20.0


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


def handout_page() -> QPageLayout:
    """The handout's paper: A4, portrait, HANDOUT_MARGIN_MM all round."""
    margins = QMarginsF(*[HANDOUT_MARGIN_MM] * 4)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def lay_out_handout(
    set_info: SetInfo,
    load_document: Callable[[str], DocumentDetail],
    load_media: MediaLoader,
    page: QPageLayout | None = None,
    share_address: str = "",
) -> Handout:
    """The handout laid out on `page` (the handout's A4 by default), as it will be printed;
    with the room's address on the first page while the app shares it (`share_address`)."""
    documents = [load_document(item.document_id) for item in set_info.items]
    area = text_area(page or handout_page())
    return Handout(set_info, documents, load_media, area, share_address)


def print_handout(
    device: QPagedPaintDevice,
    set_info: SetInfo,
    load_document: Callable[[str], DocumentDetail],
    load_media: MediaLoader,
    share_address: str = "",
) -> int:
    """Print the handout on `device` (a QPrinter, on its paper); returns the pages."""
    handout = lay_out_handout(
        set_info, load_document, load_media, device.pageLayout(), share_address
    )
    if not handout.paint(device):
        raise KnownError(QT_TRANSLATE_NOOP("Handouts", "The printer cannot be used."))
    return handout.page_count


def write_handout_pdf(
    path: Path,
    set_info: SetInfo,
    load_document: Callable[[str], DocumentDetail],
    load_media: MediaLoader,
    share_address: str = "",
) -> int:
    """The handout as an A4 PDF; returns the number of pages."""
    _check_writable(path)  # before laying out every story
    handout = lay_out_handout(set_info, load_document, load_media, share_address=share_address)
    writer = _writer(path, QPageSize(QPageSize.PageSizeId.A4), HANDOUT_MARGIN_MM, set_info.name)
    if not handout.paint(writer):
        raise _cannot_write(path)
    return handout.page_count
