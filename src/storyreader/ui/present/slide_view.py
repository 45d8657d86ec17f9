"""A widget that draws one slide (or the black, logo or phones' QR screen) letterboxed to its
size: the audience window and the console's previews are both made of it.

On the console the slide stays in view while the room sees something else; `mark` then dims
it and stamps BLACK, LOGO or QR CODE across it (as pdfpc does), so the host cannot miss it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from storyreader.present.layout import SlideStyle, SlideTheme, theme_named
from storyreader.present.navigator import Screen
from storyreader.present.pictures import PictureCache
from storyreader.present.render import paint_black, paint_logo, paint_slide
from storyreader.present.slides import Slide

DIMMED = QColor(0, 0, 0, 185)
MARK_COLOUR = "#e0b24a"


class SlideView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_: SlideStyle | None = None
        self.theme: SlideTheme = theme_named("dark")
        self.images: PictureCache | None = None
        self.logo: QImage | None = None
        self.organisation = ""
        self.share: Slide | None = None  # the phones' QR slide, while the app shares
        self.slide: Slide | None = None
        self.screen_kind = Screen.SLIDE  # what this view draws
        self.mark = Screen.SLIDE  # what the room sees, stamped over the slide when blanked
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_slide(
        self, slide: Slide | None, screen: Screen = Screen.SLIDE, mark: Screen = Screen.SLIDE
    ) -> None:
        self.slide, self.screen_kind, self.mark = slide, screen, mark
        self.setAccessibleDescription(self._mark_text() if mark != Screen.SLIDE else "")
        self.update()

    def _mark_text(self) -> str:
        if self.mark == Screen.SHARE:
            return self.tr("QR CODE")
        return self.tr("BLACK") if self.mark == Screen.BLACK else self.tr("LOGO")

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        style = self.style_
        if style is not None and self.width() > 0 and self.height() > 0:
            scale = min(self.width() / style.width, self.height() / style.height)
            box = QRectF(
                (self.width() - style.width * scale) / 2,
                (self.height() - style.height * scale) / 2,
                style.width * scale,
                style.height * scale,
            )
            painter.save()
            painter.translate(box.topLeft())
            painter.scale(scale, scale)
            if self.screen_kind == Screen.BLACK:
                paint_black(painter, style)
            elif self.screen_kind == Screen.LOGO:
                paint_logo(painter, style, self.theme, self.logo, self.organisation)
            elif self.screen_kind == Screen.SHARE and self.share is not None:
                paint_slide(painter, self.share, style, self.theme)
            elif self.slide is not None:
                paint_slide(painter, self.slide, style, self.theme, self.images)
            painter.restore()
            if self.mark != Screen.SLIDE:
                self._paint_mark(painter, box)
        painter.end()

    def _paint_mark(self, painter: QPainter, box: QRectF) -> None:
        painter.fillRect(box, DIMMED)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, round(box.height() * 0.13)))
        painter.setFont(font)
        text = self._mark_text()
        width = painter.fontMetrics().horizontalAdvance(text) + font.pixelSize() * 1.4
        height = font.pixelSize() * 2.0
        stamp = QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)
        painter.setPen(QPen(QColor(MARK_COLOUR), max(2.0, font.pixelSize() * 0.12)))
        painter.setBrush(QColor(0, 0, 0, 200))
        painter.drawRoundedRect(stamp, height * 0.15, height * 0.15)
        painter.setPen(QColor(MARK_COLOUR))
        painter.drawText(stamp, Qt.AlignmentFlag.AlignCenter, text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 270)
