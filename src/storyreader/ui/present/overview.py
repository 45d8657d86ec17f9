"""The slide overview on the presenter console (Tab or O, as in pdfpc): every slide of the set
as a thumbnail, grouped under its story's title. The arrows move a cursor, Enter jumps to the
slide under it, Tab, O or Esc close it; a click jumps too. The slide the room sees is marked.

Thumbnails are drawn when first seen and kept until the deck or their size changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from storyreader import i18n
from storyreader.present.layout import SlideStyle, SlideTheme, theme_named
from storyreader.present.pictures import PictureCache
from storyreader.present.render import paint_slide
from storyreader.present.slides import Deck

Key = Qt.Key
GAP = 14.0
MIN_THUMB_WIDTH = 190.0
NOW_COLOUR = "#e0b24a"  # the slide on screen: the accent of the dark slides
CURSOR_COLOUR = "#4aa3df"


@dataclass(frozen=True)
class Tile:
    index: int  # the slide's index in the deck
    thumb: QRectF  # in the content's coordinates (before scrolling)


@dataclass(frozen=True)
class Heading:
    text: str
    box: QRectF


class SlideOverview(QAbstractScrollArea):
    chosen = Signal(int)  # a slide's index: jump there
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Overview of the slides"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys come from the show controller
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deck: Deck | None = None
        self.style_: SlideStyle | None = None
        self.theme: SlideTheme = theme_named("dark")
        self.images: PictureCache | None = None
        self.current = 0  # the slide the room sees
        self.selected = 0  # where Enter would jump
        self.tiles: list[Tile] = []
        self.headings: list[Heading] = []
        self._height = 0.0
        self._thumbs: dict[int, QPixmap] = {}
        self._thumb_size = QSize()

    # --- what it shows ---------------------------------------------------------------------

    def show_deck(self, deck: Deck, style: SlideStyle, current: int) -> None:
        if deck is not self.deck or style != self.style_:
            self.deck, self.style_ = deck, style
            self._thumbs.clear()
        self.current = self.selected = current
        self._lay_out()
        self.ensure_visible(self.selected)
        self.viewport().update()

    def set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self.viewport().update()

    def _lay_out(self) -> None:
        self.tiles, self.headings = [], []
        if self.deck is None or self.style_ is None:
            return
        width = max(1.0, self.viewport().width() - 2 * GAP)
        columns = max(1, int((width + GAP) // (MIN_THUMB_WIDTH + GAP)))
        thumb_width = (width - (columns - 1) * GAP) / columns
        thumb_height = thumb_width * self.style_.height / self.style_.width
        size = QSize(int(thumb_width), int(thumb_height))
        if size != self._thumb_size:
            self._thumb_size = size
            self._thumbs.clear()
        label = QFontMetricsF(self.font()).height()
        heading = QFontMetricsF(self._heading_font()).height() * 1.6
        y = GAP
        for number, story in enumerate(self.deck.stories):
            title = f"{number + 1}. {story.title}"
            if story.content_warning:
                title += "  ⚠ " + story.content_warning
            self.headings.append(Heading(title, QRectF(GAP, y, width, heading)))
            y += heading
            start = self.deck.starts[number]
            for offset in range(len(story.slides)):
                column = offset % columns
                if offset and column == 0:
                    y += thumb_height + label + GAP
                x = GAP + column * (thumb_width + GAP)
                self.tiles.append(Tile(start + offset, QRectF(x, y, thumb_width, thumb_height)))
            y += thumb_height + label + GAP * 1.5
        self._height = y
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(y - self.viewport().height())))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(int(thumb_height / 2) or 1)

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    # --- moving the cursor -----------------------------------------------------------------

    def handle_key(self, key: Qt.Key) -> bool:
        """A key while the overview is open; False for keys it leaves to the show."""
        if key in (Key.Key_Tab, Key.Key_O, Key.Key_Escape):
            self.closed.emit()
        elif key in (Key.Key_Return, Key.Key_Enter, Key.Key_Space):
            self.chosen.emit(self.selected)
        elif key in (Key.Key_Right, Key.Key_Left):
            self.move_to(self.selected + (1 if key == Key.Key_Right else -1))
        elif key in (Key.Key_Down, Key.Key_Up):
            self.move_to(self._row_step(1 if key == Key.Key_Down else -1))
        elif key in (Key.Key_PageDown, Key.Key_PageUp):
            self.move_to(self._page_step(1 if key == Key.Key_PageDown else -1))
        elif key in (Key.Key_Home, Key.Key_End):
            self.move_to(0 if key == Key.Key_Home else len(self.tiles) - 1)
        else:
            return False
        return True

    def move_to(self, index: int) -> None:
        if not self.tiles:
            return
        self.selected = max(0, min(index, len(self.tiles) - 1))
        self.ensure_visible(self.selected)
        self.viewport().update()

    def _nearest(self, candidates: list[Tile], x: float) -> int:
        return min(candidates, key=lambda tile: abs(tile.thumb.center().x() - x)).index

    def _row_step(self, step: int) -> int:
        """The slide in the row above or below (across stories), nearest under the cursor."""
        here = self.tiles[self.selected].thumb
        if step > 0:
            below = [t for t in self.tiles if t.thumb.top() > here.top() + 1]
            row = [t for t in below if t.thumb.top() == min(b.thumb.top() for b in below)]
        else:
            above = [t for t in self.tiles if t.thumb.top() < here.top() - 1]
            row = [t for t in above if t.thumb.top() == max(a.thumb.top() for a in above)]
        return self._nearest(row, here.center().x()) if row else self.selected

    def _page_step(self, step: int) -> int:
        here = self.tiles[self.selected].thumb
        target = here.center().y() + step * self.viewport().height()
        return min(
            self.tiles,
            key=lambda t: (abs(t.thumb.center().y() - target), abs(t.thumb.x() - here.x())),
        ).index

    def ensure_visible(self, index: int) -> None:
        if not 0 <= index < len(self.tiles):
            return
        thumb = self.tiles[index].thumb
        bar = self.verticalScrollBar()
        top, bottom = bar.value(), bar.value() + self.viewport().height()
        label = QFontMetricsF(self.font()).height()
        if thumb.top() - GAP < top:
            bar.setValue(int(thumb.top() - GAP * 3))
        elif thumb.bottom() + label + GAP > bottom:
            bar.setValue(int(thumb.bottom() + label + GAP - self.viewport().height()))

    def tile_at(self, point: QPointF) -> int | None:
        spot = QPointF(point.x(), point.y() + self.verticalScrollBar().value())
        return next((tile.index for tile in self.tiles if tile.thumb.contains(spot)), None)

    # --- Qt's events -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.tile_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.selected = index
            self.chosen.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.handle_key(Qt.Key(event.key())):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), self.palette().window())
        offset = self.verticalScrollBar().value()
        painter.translate(0, -offset)
        visible = QRectF(0, offset, self.viewport().width(), self.viewport().height())
        painter.setFont(self._heading_font())
        painter.setPen(self.palette().windowText().color())
        for heading in self.headings:
            if heading.box.intersects(visible):
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                text = painter.fontMetrics().elidedText(
                    heading.text, Qt.TextElideMode.ElideRight, int(heading.box.width())
                )
                painter.drawText(heading.box, flags, text)
        painter.setFont(self.font())
        for tile in self.tiles:
            if tile.thumb.adjusted(0, 0, 0, GAP * 2).intersects(visible):
                self._paint_tile(painter, tile)
        painter.end()

    def _paint_tile(self, painter: QPainter, tile: Tile) -> None:
        painter.drawPixmap(tile.thumb.topLeft(), self._thumb(tile.index))
        label = QRectF(tile.thumb.left(), tile.thumb.bottom(), tile.thumb.width(), GAP * 1.6)
        number = str(tile.index + 1)
        if tile.index == self.current:
            number = i18n.fill(self.tr("%1 · on screen"), number)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, number)
        for index, colour, width in (
            (self.current, NOW_COLOUR, 5.0),
            (self.selected, CURSOR_COLOUR, 3.0),
        ):
            if tile.index == index:
                painter.setPen(QPen(QColor(colour), width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                inset = width / 2 if index == self.current else -width
                painter.drawRect(tile.thumb.adjusted(inset, inset, -inset, -inset))

    def _thumb(self, index: int) -> QPixmap:
        cached = self._thumbs.get(index)
        if cached is not None:
            return cached
        ratio = self.devicePixelRatioF()
        size = self._thumb_size
        pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("#000000"))
        if self.deck is not None and self.style_ is not None:
            painter = QPainter(pixmap)
            scale = size.width() / self.style_.width
            painter.scale(scale, scale)
            paint_slide(painter, self.deck.slides[index], self.style_, self.theme, self.images)
            painter.end()
        self._thumbs[index] = pixmap
        return pixmap
