"""Slide geometry, type and colours, and text laid out with QTextLayout.

`SlideStyle` turns a screen size and a font scale into margins and type sizes; `lay_out`
breaks one block of text into lines at a width. Pagination and drawing use these same
functions, so a slide drawn on the projector, in the presenter console or in a PDF holds
exactly the lines that pagination measured. Fonts are given in pixels and unhinted, so a
layout does not depend on the device it is drawn on. Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from storyreader.present.slides import BlockKind

SANS = [
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "NanumGothic",
    "Noto Sans CJK KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "sans-serif",
]
KOREAN_SANS = [
    "NanumBarunGothic",
    "NanumGothic",
    "Noto Sans CJK KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    *SANS,
]
LINE_SPACING = 1.32  # of the font's line height: open, for reading from across a room
MIN_FONT_SCALE, MAX_FONT_SCALE = 0.6, 1.6


@dataclass(frozen=True)
class SlideTheme:
    name: str
    background: str
    text: str
    muted: str  # bylines, captions
    accent: str  # the rule under a title, the warning card's heading


THEMES = {
    "dark": SlideTheme("dark", "#111214", "#f4f2ec", "#b9b6ae", "#e0b24a"),
    "light": SlideTheme("light", "#faf8f3", "#17181a", "#55565a", "#1f6f8b"),
    "high-contrast": SlideTheme("high-contrast", "#000000", "#ffffff", "#ffffff", "#ffeb00"),
}
DEFAULT_THEME = "dark"


def theme_named(name: str) -> SlideTheme:
    return THEMES.get(name, THEMES[DEFAULT_THEME])


@dataclass(frozen=True)
class SlideStyle:
    """A slide's geometry at one screen size (in pixels) and font scale."""

    width: int
    height: int
    font_scale: float = 1.0

    @cached_property
    def base_px(self) -> float:
        """Body type: an eighteenth of the screen's height at scale 1 (59 pixels at 1080p)."""
        scale = max(MIN_FONT_SCALE, min(MAX_FONT_SCALE, self.font_scale))
        return max(14.0, self.height * 0.055 * scale)

    @cached_property
    def area(self) -> QRectF:
        """Where slide content goes: inside generous margins."""
        margin_x = max(self.width * 0.075, self.base_px * 1.5)
        margin_y = max(self.height * 0.085, self.base_px * 1.2)
        return QRectF(margin_x, margin_y, self.width - 2 * margin_x, self.height - 2 * margin_y)

    def scaled(self, factor: float) -> SlideStyle:
        """The same screen with type `factor` times as large (a story's own text size)."""
        return self if factor == 1.0 else replace(self, font_scale=self.font_scale * factor)

    @property
    def paragraph_gap(self) -> float:
        return self.base_px * 0.85

    def indent(self, kind: BlockKind) -> float:
        return self.base_px * (1.2 if kind in (BlockKind.ITEM, BlockKind.QUOTE) else 0.0)

    def font(self, kind: BlockKind, language: str = "en") -> QFont:
        pixels = self.base_px * (1.12 if kind == BlockKind.HEADING else 1.0)
        font = make_font(pixels, language)
        if kind == BlockKind.HEADING:
            font.setWeight(QFont.Weight.DemiBold)
        elif kind == BlockKind.QUOTE:
            font.setItalic(True)
        return font


def make_font(pixels: float, language: str = "en") -> QFont:
    font = QFont()
    font.setFamilies(KOREAN_SANS if language.startswith("ko") else SANS)
    font.setPixelSize(max(1, round(pixels)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass
class LaidOut:
    """One block of text broken into lines; draw it with `layout.draw(painter, origin)`."""

    layout: QTextLayout
    height: float


def lay_out(
    text: str,
    font: QFont,
    width: float,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> LaidOut:
    """`text` broken into lines no wider than `width` (words too long break anywhere)."""
    layout = QTextLayout(text, font)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    advance = QFontMetricsF(font).lineSpacing() * LINE_SPACING
    y = 0.0
    bottom = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        bottom = y + line.height()
        y += max(advance, line.height())
    layout.endLayout()
    return LaidOut(layout, bottom)


def line_ends(laid: LaidOut) -> list[tuple[int, float]]:
    """For each line: where its text ends (a character offset) and where it ends (its
    bottom), so a text too tall for a slide can be cut after the last line that fits."""
    ends = []
    for number in range(laid.layout.lineCount()):
        line = laid.layout.lineAt(number)
        ends.append((line.textStart() + line.textLength(), line.y() + line.height()))
    return ends
