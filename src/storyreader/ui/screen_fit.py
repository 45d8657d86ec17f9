"""Windows that fit the screen they open on: the first main window sized to the screen's
available area (maximised on a small laptop), a remembered geometry from a bigger screen
brought back inside, and dialogs no larger than the screen, whose wrapped sentences get the
height they need.

Qt places a dialog over its parent and keeps its position on the screen, but not its size:
a dialog whose layout wants more than the screen runs off it, and one whose text changes
after it is shown keeps its old height and cuts the sentence's last lines.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

# What a window manager adds around a window (a title bar, borders): openbox about 24 px of
# title, GNOME and Windows up to 40. Not known before the window is mapped, so allowed for.
FRAME = QMargins(6, 40, 6, 6)


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or the primary one) that windows may use: the screen
    less its panels and docks."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def client_area(widget: QWidget) -> QRect:
    """Where a window's contents may go, its frame allowed for."""
    return available_area(widget).marginsRemoved(FRAME)


def place_first_window(window: QWidget, preferred: QSize) -> bool:
    """Size a window opened for the first time: `preferred` if it fits the screen with its
    frame, centred; else the window is to be shown maximised (returns True)."""
    area = client_area(window)
    size = preferred.boundedTo(area.size())  # when too large: its size once un-maximised
    left = area.x() + (area.width() - size.width()) // 2
    top = area.y() + (area.height() - size.height()) // 2
    window.setGeometry(QRect(left, top, size.width(), size.height()))
    return size != preferred


def keep_inside(window: QWidget) -> None:
    """Bring a window (a geometry remembered from another screen) inside the available area:
    no larger than it, and moved so that all of it shows."""
    area = client_area(window)
    geometry = window.geometry()
    size = geometry.size().boundedTo(area.size()).expandedTo(window.minimumSize())
    x = min(max(geometry.x(), area.left()), max(area.left(), area.right() + 1 - size.width()))
    y = min(max(geometry.y(), area.top()), max(area.top(), area.bottom() + 1 - size.height()))
    inside = QRect(x, y, size.width(), size.height())
    if inside != geometry:
        window.setGeometry(inside)


def fit_to_screen(window: QWidget) -> None:
    """Give a window the height its wrapped text needs at its width, within the screen, and
    keep it inside the screen."""
    area = client_area(window)
    width = min(max(window.width(), window.minimumWidth()), area.width())
    height = window.height()
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    height = min(max(height, layout.totalMinimumSize().height() if layout else 0), area.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    keep_inside(window)


class FittingDialog(QDialog):
    """A dialog that opens inside the screen and grows, within it, when its text grows:
    call `refit()` after changing what it says."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_to_screen(self)

    def refit(self) -> None:
        if self.isVisible():
            fit_to_screen(self)
