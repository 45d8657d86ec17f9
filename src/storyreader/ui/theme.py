"""Looks: light, dark and sepia palettes (following the system by default), the reader's
typography, and icons drawn from SVG in the palette's text colour, sharp at any scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str  # the reading page and lists
    text: str
    muted: str  # secondary text: bylines, counts
    accent: str  # links, selection, highlights of matches
    highlight: str  # background of matched words and find results
    highlight_text: str  # text on that background
    note: str  # background of text with a note: well apart from `base` and `highlight`
    dark: bool


THEMES = {
    "light": Theme(
        "light",
        "#f3f3f1",
        "#ffffff",
        "#1d1d1f",
        "#6b6b70",
        "#1f6f8b",
        "#ffe58a",
        "#1d1d1f",
        "#c2ddff",
        False,
    ),
    "sepia": Theme(
        "sepia",
        "#efe6d2",
        "#f8f1e1",
        "#3b2f22",
        "#7a6a55",
        "#8a4b16",
        "#f3d27a",
        "#3b2f22",
        "#c4d9ec",
        False,
    ),
    "dark": Theme(
        "dark",
        "#202124",
        "#17181a",
        "#e6e4df",
        "#a3a19c",
        "#7cc4dd",
        "#d9b44a",
        "#17181a",
        "#2a4d6b",
        True,
    ),
}


def resolve(choice: str) -> Theme:
    """The theme for a setting: "system" follows the desktop's light or dark scheme."""
    if choice in THEMES:
        return THEMES[choice]
    scheme = QGuiApplication.styleHints().colorScheme()
    return THEMES["dark" if scheme == Qt.ColorScheme.Dark else "light"]


def palette(theme: Theme) -> QPalette:
    colours = QPalette()
    role = QPalette.ColorRole
    window, base, text = QColor(theme.window), QColor(theme.base), QColor(theme.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        colours.setColor(group, role.Window, window)
        colours.setColor(group, role.WindowText, text)
        colours.setColor(group, role.Base, base)
        colours.setColor(group, role.AlternateBase, window)
        colours.setColor(group, role.Text, text)
        colours.setColor(group, role.Button, window)
        colours.setColor(group, role.ButtonText, text)
        colours.setColor(group, role.ToolTipBase, base)
        colours.setColor(group, role.ToolTipText, text)
        colours.setColor(group, role.PlaceholderText, QColor(theme.muted))
        colours.setColor(group, role.Link, QColor(theme.accent))
        colours.setColor(group, role.Highlight, QColor(theme.accent))
        colours.setColor(group, role.HighlightedText, QColor(theme.base))
    disabled = QColor(theme.muted)
    for disabled_role in (role.WindowText, role.Text, role.ButtonText):
        colours.setColor(QPalette.ColorGroup.Disabled, disabled_role, disabled)
    return colours


# The app's own text (menus, lists, dialogs) in one family made for Hangul and Latin together:
# with a Latin-only desktop font, Korean comes from a fallback font and looks smaller and
# lighter than the Latin beside it. Nanum Barun Gothic is Debian's fonts-nanum (installed by
# scripts/system-packages, on CI and for the frozen build's users); then the families that
# Windows, macOS and other Linux desktops carry.
UI_FAMILIES = (
    "NanumBarunGothic",
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
)


@cache
def installed(family: str) -> bool:
    """Asked by name, not looked up in `QFontDatabase.families()`: that lists names in the
    system's language ("나눔바른고딕" for NanumBarunGothic under a Korean locale), so a Korean
    desktop would never find the family it has."""
    return QFontDatabase.hasFamily(family)


def first_installed(families: Sequence[str]) -> str | None:
    return next((family for family in families if installed(family)), None)


def ui_font(desktop: QFont) -> QFont:
    """The desktop's font if it has Hangul itself; else the first installed of UI_FAMILIES,
    sized so that its small letters stand as tall as the desktop font's (its x-height: Nanum's
    Latin is drawn about a tenth smaller at the same point size)."""
    shown = QFontInfo(desktop).family()
    if QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(shown):
        return desktop
    family = first_installed(UI_FAMILIES)
    if family is None:
        return desktop
    font = QFont(desktop)
    font.setFamilies([family])
    probe, reference = QFont(font), QFont(desktop)
    probe.setPointSizeF(100)
    reference.setPointSizeF(100)
    ratio = QFontMetricsF(reference).xHeight() / max(1.0, QFontMetricsF(probe).xHeight())
    if desktop.pointSizeF() > 0:
        font.setPointSizeF(round(desktop.pointSizeF() * ratio * 2) / 2)  # in half points
    else:  # the desktop gave its size in pixels
        font.setPixelSize(round(desktop.pixelSize() * ratio))
    return font


SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "NanumMyeongjo", "Noto Serif CJK KR", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "NanumGothic", "Noto Sans CJK KR", "sans-serif"]


def reader_css(
    theme: Theme, typeface: str, line_spacing: int, faces: list[str] | None = None
) -> str:
    """The reading page's style sheet (Qt's rich text understands this subset of CSS);
    `faces` overrides the typeface's families (ui/typefaces.py)."""
    chosen = faces or (SERIF if typeface == "serif" else SANS)
    families = ", ".join(f"'{name}'" for name in chosen)
    return f"""
        body {{ color: {theme.text}; font-family: {families}; }}
        p, li, blockquote {{ line-height: {line_spacing}%; }}
        p {{ margin-top: 0; margin-bottom: 0.9em; }}
        h1 {{ font-size: 1.7em; font-weight: 600; margin-bottom: 0.2em; line-height: 125%; }}
        h2 {{ font-size: 1.3em; font-weight: 600; margin-top: 1.2em; }}
        h3 {{ font-size: 1.1em; font-weight: 600; margin-top: 1em; }}
        a {{ color: {theme.accent}; }}
        blockquote {{ color: {theme.muted}; margin-left: 1.2em; font-style: italic; }}
        .byline {{ color: {theme.muted}; }}
        .related {{ color: {theme.muted}; }}
        .figure {{ margin-top: 0.4em; margin-bottom: 0.2em; }}
        figcaption, .caption {{ color: {theme.muted}; font-size: 0.9em; margin-top: 0.3em; }}
    """


class SvgIconEngine(QIconEngine):
    """An SVG drawn at whatever size and pixel ratio Qt asks for, in one colour."""

    def __init__(self, svg: bytes, selected: bytes | None = None) -> None:
        super().__init__()
        self._svg, self._selected_svg = svg, selected
        self._renderer = QSvgRenderer(QByteArray(svg))
        self._selected = QSvgRenderer(QByteArray(selected)) if selected else self._renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        renderer = self._selected if mode == QIcon.Mode.Selected else self._renderer
        renderer.render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return image

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._svg, self._selected_svg)


@cache
def _svg_source(name: str) -> str:
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: str, on_selection: str | None = None) -> QIcon:
    """The named icon from resources/icons, drawn in `colour`; on a selected row in
    `on_selection` (an icon in the accent colour vanishes on the accent's highlight)."""
    source = _svg_source(name)
    svg = source.replace("currentColor", colour).encode("utf-8")
    selected = (
        source.replace("currentColor", on_selection).encode("utf-8") if on_selection else None
    )
    return QIcon(SvgIconEngine(svg, selected))


def app_icon() -> QIcon:
    return QIcon(SvgIconEngine((ICONS / "app.svg").read_bytes()))
