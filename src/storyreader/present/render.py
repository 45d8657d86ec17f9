"""Drawing slides with QPainter, in the slide's own pixel coordinates.

The audience window, the console's previews, the PDF and the screenshots all draw through
`paint_slide`, `paint_black` and `paint_logo`; callers scale the painter to their device.
Pictures come from the archive's media only, through the loader they are given, each
decoded at the size it is drawn (`pictures.PictureCache`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from storyreader.present.compose import Composition, Ink, compose
from storyreader.present.layout import SlideStyle, SlideTheme, make_font
from storyreader.present.pictures import PictureCache
from storyreader.present.qr import QUIET_ZONE, qr_modules
from storyreader.present.slides import Slide


def _ink(theme: SlideTheme, ink: Ink) -> QColor:
    return QColor({Ink.TEXT: theme.text, Ink.MUTED: theme.muted, Ink.ACCENT: theme.accent}[ink])


def paint_slide(
    painter: QPainter,
    slide: Slide,
    style: SlideStyle,
    theme: SlideTheme,
    images: PictureCache | None = None,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(0, 0, style.width, style.height), QColor(theme.background))
    composition = compose(slide, style)
    style = style.scaled(slide.text_scale)  # as compose laid it out: bullets follow the type
    if composition.picture is not None and slide.image and images is not None:
        picture = images.image(slide.image, _device_size(painter, composition.picture))
        if picture is not None:
            painter.drawImage(_fitted(picture.size(), composition.picture), picture)
    if composition.qr is not None:
        _paint_qr(painter, slide.url, composition.qr)
    if composition.rule is not None:
        painter.fillRect(composition.rule, QColor(theme.accent))
    _paint_texts(painter, composition, style, theme)
    painter.restore()


def _paint_texts(
    painter: QPainter, composition: Composition, style: SlideStyle, theme: SlideTheme
) -> None:
    for item in composition.texts:
        colour = _ink(theme, item.ink)
        painter.setPen(colour)
        item.laid.layout.draw(painter, item.origin)
        if item.bullet and item.laid.layout.lineCount():
            line = item.laid.layout.lineAt(0)
            radius = style.base_px * 0.11
            centre = QPointF(
                item.origin.x() - style.base_px * 0.7,
                item.origin.y() + line.y() + line.ascent() * 0.62,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(centre, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)


def _device_size(painter: QPainter, box: QRectF) -> QSize:
    """How many device pixels `box` covers where `painter` draws it."""
    mapped = painter.transform().mapRect(box)
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    return QSize(max(1, round(mapped.width() * ratio)), max(1, round(mapped.height() * ratio)))


def _fitted(size: QSize, box: QRectF) -> QRectF:
    """`size` scaled to fit `box`, keeping its shape, centred."""
    if size.isEmpty() or box.isEmpty():
        return QRectF()
    scale = min(box.width() / size.width(), box.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)


def _paint_qr(painter: QPainter, address: str, box: QRectF) -> None:
    """Dark modules on white, whatever the theme: that is what phones read best."""
    modules = qr_modules(address)
    count = len(modules) + 2 * QUIET_ZONE
    module = box.width() / count
    painter.fillRect(box, QColor("#ffffff"))
    dark = QColor("#000000")
    for row, cells in enumerate(modules):
        for column, on in enumerate(cells):
            if on:
                painter.fillRect(
                    QRectF(
                        box.left() + (column + QUIET_ZONE) * module,
                        box.top() + (row + QUIET_ZONE) * module,
                        module + 0.3,  # overlap a little: no hairline seams when scaled
                        module + 0.3,
                    ),
                    dark,
                )


def paint_black(painter: QPainter, style: SlideStyle) -> None:
    painter.fillRect(QRectF(0, 0, style.width, style.height), QColor("#000000"))


def paint_logo(
    painter: QPainter,
    style: SlideStyle,
    theme: SlideTheme,
    logo: QImage | None,
    name: str = "",
) -> None:
    """The organisation's logo centred on the theme's background (or its name, if no logo)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(0, 0, style.width, style.height), QColor(theme.background))
    area = style.area
    if logo is not None and not logo.isNull():
        box = QRectF(
            area.center().x() - area.width() * 0.3,
            area.center().y() - area.height() * 0.3,
            area.width() * 0.6,
            area.height() * 0.6,
        )
        painter.drawImage(_fitted(logo.size(), box), logo)
    elif name:
        font = make_font(style.base_px * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(theme.muted))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, name)
    painter.restore()
