"""What a person sees on a small screen, as assertions: a window and its buttons inside the
screen, and no sentence cut short (a label narrower or shorter than its text needs)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.present.screens import OffscreenScreens

SIZES = {"1024x600": (1024, 600), "1920x1080": (1920, 1080)}


@contextmanager
def screen_of(width: int, height: int) -> Iterator[QRect]:
    """The offscreen platform's one screen at this size (a laptop's, a large monitor's); put
    back as it was afterwards."""
    app = QApplication.instance()
    screens = OffscreenScreens()
    before = screens.current()
    screens.set_screens([{**before[0], "x": 0, "y": 0, "width": width, "height": height}])
    if app is not None:
        app.processEvents()
    try:
        yield QGuiApplication.primaryScreen().availableGeometry()
    finally:
        screens.set_screens(before)
        if app is not None:
            app.processEvents()


def on_screen(widget: QWidget) -> QRect:
    """Where a widget is on the screen."""
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def carries_a_sentence(label: QLabel) -> bool:
    text = label.text()
    return len(text) > 24 and text.count(" ") >= 3


def cut_sentences(window: QWidget) -> list[str]:
    """The visible labels (and check boxes, buttons) of `window` whose text does not fit."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not carries_a_sentence(label):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                cut.append(f"{label.text()[:60]!r}: {label.height()} of {needed} px high")
        elif label.width() < label.sizeHint().width():
            cut.append(f"{label.text()[:60]!r}: {label.width()} of {label.sizeHint().width()} px")
        shown = label.visibleRegion().boundingRect()
        if label.width() > 0 and shown.width() < label.width() - 1:
            cut.append(f"{label.text()[:60]!r}: cut by the window's edge")
    for button in window.findChildren(QAbstractButton):
        too_narrow = button.width() < button.minimumSizeHint().width()
        if button.isVisibleTo(window) and button.text() and too_narrow:
            cut.append(f"button {button.text()!r}: narrower than its text")
    return cut


def outside(window: QWidget, screen: QRect) -> list[str]:
    """What of `window` (its frame, its buttons) lies outside the screen's available area."""
    found = []
    if not screen.contains(window.frameGeometry()):
        found.append(f"{window.windowTitle()!r} at {window.frameGeometry()} on {screen}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not screen.contains(on_screen(button)):
            found.append(f"button {button.text()!r} at {on_screen(button)}")
    return found
