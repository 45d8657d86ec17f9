"""A widget that draws one slide (or the black or logo screen) letterboxed to its size:
the audience window and the console's previews are both made of it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from storyreader.present.layout import SlideStyle, SlideTheme, theme_named
from storyreader.present.navigator import Screen
from storyreader.present.pictures import PictureCache
from storyreader.present.render import paint_black, paint_logo, paint_slide
from storyreader.present.slides import Slide


class SlideView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_: SlideStyle | None = None
        self.theme: SlideTheme = theme_named("dark")
        self.images: PictureCache | None = None
        self.logo: QImage | None = None
        self.organisation = ""
        self.slide: Slide | None = None
        self.screen_kind = Screen.SLIDE
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_slide(self, slide: Slide | None, screen: Screen = Screen.SLIDE) -> None:
        self.slide, self.screen_kind = slide, screen
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        style = self.style_
        if style is not None and self.width() > 0 and self.height() > 0:
            scale = min(self.width() / style.width, self.height() / style.height)
            painter.translate(
                (self.width() - style.width * scale) / 2, (self.height() - style.height * scale) / 2
            )
            painter.scale(scale, scale)
            if self.screen_kind == Screen.BLACK:
                paint_black(painter, style)
            elif self.screen_kind == Screen.LOGO:
                paint_logo(painter, style, self.theme, self.logo, self.organisation)
            elif self.slide is not None:
                paint_slide(painter, self.slide, style, self.theme, self.images)
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 270)
