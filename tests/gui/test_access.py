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

from storyreader.ui import settings as settings_module
from storyreader.ui.main_window import ICON_NAMES, MainWindow
from storyreader.ui.settings import GEOMETRY, SORT_DESCENDING, THEME, ZOOM, Settings
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
    raw.setValue(THEME.key, "purple")
    raw.setValue(ZOOM.key, "lots")
    raw.setValue(SORT_DESCENDING.key, "false")
    raw.setValue(GEOMETRY.key, "not bytes")
    raw.sync()
    settings = Settings(path)
    assert settings.get(THEME) == "system"
    assert settings.get(ZOOM) == 0
    assert settings.get(SORT_DESCENDING) is False
    assert settings.get(GEOMETRY) == QByteArray()


def test_settings_upgrade_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[int] = []

    def rename_theme(store: QSettings) -> None:
        runs.append(1)
        store.setValue(THEME.key, store.value("old/theme"))

    path = tmp_path / "settings.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("old/theme", "sepia")
    old.setValue("settings/version", 1)
    old.sync()
    monkeypatch.setattr(settings_module, "VERSION", 2)
    monkeypatch.setattr(settings_module, "UPGRADES", {2: rename_theme})
    assert Settings(path).get(THEME) == "sepia"
    Settings(path)
    assert runs == [1]
