"""Where everything on one slide goes: laid-out text, the picture's box, the QR code's box.

`compose(slide, style)` is the single answer to "what does this slide look like"; the
audience window, the console's previews and the PDF all draw its result, and the tests
check it: no text outside the slide's area. Titles, captions, warnings and addresses shrink
until they fit; body text never needs to, because pagination measured it with `lay_out`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont

from storyreader import i18n
from storyreader.present.layout import LaidOut, SlideStyle, lay_out, make_font
from storyreader.present.slides import BlockKind, Slide, SlideKind, TextBlock

TITLE_SIZE = 1.8
MIN_SHRINK = 0.3


class Ink(StrEnum):
    TEXT = "text"
    MUTED = "muted"
    ACCENT = "accent"


@dataclass
class TextItem:
    laid: LaidOut
    origin: QPointF  # top left of the layout
    ink: Ink = Ink.TEXT
    bullet: bool = False  # a list item: a bullet left of the first line

    @property
    def bottom(self) -> float:
        return self.origin.y() + self.laid.height


@dataclass
class Composition:
    texts: list[TextItem] = field(default_factory=list)
    picture: QRectF | None = None  # the box a picture is fitted into
    qr: QRectF | None = None  # the square a QR code fills
    rule: QRectF | None = None  # the accent line under a title


def block_layout(block: TextBlock, style: SlideStyle, language: str) -> LaidOut:
    """How a body block breaks into lines on a text slide."""
    width = style.area.width() - style.indent(block.kind)
    return lay_out(block.text, style.font(block.kind, language), width)


def compose(slide: Slide, style: SlideStyle) -> Composition:
    """The slide laid out on a screen of `style` (at the slide's own text size)."""
    style = style.scaled(slide.text_scale)
    if slide.kind == SlideKind.TEXT:
        return _text(slide, style)
    if slide.kind == SlideKind.TITLE:
        return _title(slide, style)
    if slide.kind == SlideKind.IMAGE:
        return _image(slide, style)
    if slide.kind == SlideKind.CLOSING:
        return _closing(slide, style)
    if slide.kind == SlideKind.SHARE:
        return _share(slide, style)
    return _warning(slide, style)


def _text(slide: Slide, style: SlideStyle) -> Composition:
    area = style.area
    composition = Composition()
    y = area.top()
    for block in slide.blocks:
        laid = block_layout(block, style, slide.language)
        origin = QPointF(area.left() + style.indent(block.kind), y)
        ink = Ink.MUTED if block.kind == BlockKind.QUOTE else Ink.TEXT
        composition.texts.append(TextItem(laid, origin, ink, block.kind == BlockKind.ITEM))
        y += laid.height + style.paragraph_gap
    return composition


Part = tuple[str, float, Ink, bool]  # text, size (of body type), ink, bold


def _stack(
    parts: list[Part],
    style: SlideStyle,
    language: str,
    box: QRectF,
    *,
    gap: float = 0.5,
    rule_after: int | None = None,
) -> tuple[list[TextItem], QRectF | None]:
    """Centred lines of text, shrunk together until they fit `box`, centred in it."""
    shrink = 1.0
    while True:
        items, height = _stack_at(parts, style, language, box.width(), shrink, gap)
        if height <= box.height() or shrink <= MIN_SHRINK:
            break
        shrink *= 0.9
    top = box.top() + max(0.0, (box.height() - height) / 2)
    rule = None
    for number, item in enumerate(items):
        item.origin = QPointF(box.left(), top + item.origin.y())
        if number == rule_after:
            thickness = max(2.0, style.base_px * 0.08 * shrink)
            rule_y = item.bottom + style.base_px * gap * shrink * 0.5 - thickness / 2
            width = min(box.width(), style.base_px * 3)
            rule = QRectF(box.center().x() - width / 2, rule_y, width, thickness)
    return items, rule


def _stack_at(
    parts: list[Part], style: SlideStyle, language: str, width: float, shrink: float, gap: float
) -> tuple[list[TextItem], float]:
    items: list[TextItem] = []
    y = 0.0
    for text, size, ink, bold in parts:
        if not text:
            continue
        if items:
            y += style.base_px * gap * shrink
        font = make_font(style.base_px * size * shrink, language)
        if bold:
            font.setWeight(QFont.Weight.DemiBold)
        laid = lay_out(text, font, width, align=Qt.AlignmentFlag.AlignHCenter)
        items.append(TextItem(laid, QPointF(0.0, y), ink))
        y += laid.height
    return items, y


def _title(slide: Slide, style: SlideStyle) -> Composition:
    parts: list[Part] = [
        (slide.title, TITLE_SIZE, Ink.TEXT, True),
        (slide.subtitle, 0.9, Ink.MUTED, False),
    ]
    texts, rule = _stack(parts, style, slide.language, style.area, gap=1.1, rule_after=0)
    return Composition(texts=texts, rule=rule if slide.subtitle else None)


def _image(slide: Slide, style: SlideStyle) -> Composition:
    area = style.area
    composition = Composition()
    picture = QRectF(area)
    if slide.caption:
        caption_box = QRectF(area.left(), area.bottom() - area.height() * 0.22, area.width(), 0)
        caption_box.setBottom(area.bottom())
        texts, _rule = _stack(
            [(slide.caption, 0.72, Ink.MUTED, False)], style, slide.language, caption_box
        )
        # The caption sits right under the picture's box: move it to the box's bottom.
        height = sum(item.laid.height for item in texts)
        for item in texts:
            item.origin = QPointF(item.origin.x(), area.bottom() - height)
        composition.texts = texts
        picture.setBottom(area.bottom() - height - style.base_px * 0.6)
    composition.picture = picture
    return composition


def _closing(slide: Slide, style: SlideStyle) -> Composition:
    return _code_with_heading(slide, style, i18n.translate("Slides", "Read the whole story"))


def _share(slide: Slide, style: SlideStyle) -> Composition:
    heading = i18n.translate("Slides", "Read these stories on your phone")
    return _code_with_heading(slide, style, heading)


def _code_with_heading(slide: Slide, style: SlideStyle, heading: str) -> Composition:
    """A heading, the slide's address as a QR code under it, and the address in words."""
    area = style.area
    side = min(area.height() * 0.56, area.width() * 0.45)
    head_box = QRectF(area.left(), area.top(), area.width(), area.height() * 0.2)
    heads, _rule = _stack([(heading, 1.15, Ink.TEXT, True)], style, slide.language, head_box)
    qr = QRectF(area.center().x() - side / 2, head_box.bottom(), side, side)
    address_box = QRectF(area.left(), qr.bottom() + style.base_px * 0.3, area.width(), 0)
    address_box.setBottom(area.bottom())
    addresses, _rule = _stack(
        [(slide.url, 0.7, Ink.MUTED, False)], style, slide.language, address_box
    )
    return Composition(texts=heads + addresses, qr=qr)


def _warning(slide: Slide, style: SlideStyle) -> Composition:
    parts: list[Part] = [
        (i18n.translate("Slides", "Content warning"), 1.3, Ink.ACCENT, True),
        (slide.subtitle, 1.0, Ink.TEXT, False),
    ]
    texts, _rule = _stack(parts, style, slide.language, style.area, gap=0.9)
    return Composition(texts=texts)
