"""Access and polish: names for assistive technology, icons sharp at 200%, settings that
survive bad values and upgrade once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from storyreader.ui import settings as s
from storyreader.ui.main_window import ICON_NAMES, MainWindow
from storyreader.ui.theme import ICONS, icon


def test_every_control_has_a_name_for_assistive_technology(window: MainWindow) -> None:
    controls = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, (QLineEdit, QAbstractItemView, QTextEdit, QAbstractButton))
        and widget.focusPolicy() != widget.focusPolicy().NoFocus
        and not widget.objectName().startswith("qt_")
        and widget.window() is window
    ]
    assert len(controls) > 10
    unnamed = [
        f"{type(widget).__name__} in {type(widget.parent()).__name__}"
        for widget in controls
        if not (widget.accessibleName() or getattr(widget, "text", lambda: "")())
        and not (isinstance(widget, QAbstractButton) and widget.toolTip())
    ]
    assert unnamed == []


@pytest.mark.parametrize("name", ICON_NAMES)
def test_icons_are_drawn_sharp_at_any_scale(qapp: object, name: str) -> None:
    drawn = icon(name, "#202020")
    normal = drawn.pixmap(QSize(24, 24), 1.0)
    double = drawn.pixmap(QSize(24, 24), 2.0)
    assert (normal.width(), double.width()) == (24, 48)
    assert double.devicePixelRatio() == 2.0
    # Drawn from the vector at 48 px, not the 24 px picture enlarged.
    svg = (ICONS / f"{name}.svg").read_text().replace("currentColor", "#202020")
    reference = QImage(48, 48, QImage.Format.Format_ARGB32_Premultiplied)
    reference.fill(0)
    painter = QPainter(reference)
    QSvgRenderer(QByteArray(svg.encode())).render(painter)
    painter.end()
    assert double.toImage().convertToFormat(reference.format()) == reference
    enlarged = normal.toImage().scaled(48, 48).convertToFormat(reference.format())
    assert enlarged != reference


def test_settings_read_bad_values_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue(s.THEME.key, "purple")
    raw.setValue(s.ZOOM.key, "lots")
    raw.setValue(s.SORT_DESCENDING.key, "false")
    raw.setValue(s.GEOMETRY.key, "not bytes")
    raw.sync()
    settings = s.Settings(path)
    assert settings.get(s.THEME) == "system"
    assert settings.get(s.ZOOM) == 0
    assert settings.get(s.SORT_DESCENDING) is False
    assert settings.get(s.GEOMETRY) == QByteArray()


def test_settings_upgrade_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[int] = []

    def rename_theme(store: QSettings) -> None:
        runs.append(1)
        store.setValue(s.THEME.key, store.value("old/theme"))

    path = tmp_path / "settings.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("old/theme", "sepia")
    old.setValue("settings/version", 1)
    old.sync()
    monkeypatch.setattr(s, "VERSION", 2)
    monkeypatch.setattr(s, "UPGRADES", {2: rename_theme})
    assert s.Settings(path).get(s.THEME) == "sepia"
    s.Settings(path)
    assert runs == [1]
