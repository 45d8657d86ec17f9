"""The main window's place, size and panes, remembered between runs and fitted to the screen.

The first run opens at a comfortable size when the screen has room for it, and maximised on
a small laptop; a geometry remembered on a bigger screen (a projector, a docking station) is
brought back inside the one the window opens on. The panes are shared out by the window's
width: the shelves narrow, the list with room for titles, the page the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

from storyreader.ui.screen_fit import client_area, keep_inside, place_first_window
from storyreader.ui.settings import GEOMETRY, SPLITTER, WINDOW_STATE, Settings

SMALLEST_COMFORTABLE = QSize(1280, 800)  # else maximised
SCREEN_SHARE = 85  # percent of a larger screen the first window takes
SHELVES_WIDTH = (150, 220)  # narrowest and widest, at 15% of the window
PAGE_SHARE = 0.55  # of what the shelves leave, up to PAGE_WIDEST; the list has the rest
PAGE_WIDEST = 700  # a comfortable column and its margins: more goes to the list's titles


def pane_sizes(width: int) -> list[int]:
    """Shelves, list and page for a window `width` pixels wide."""
    shelves = max(SHELVES_WIDTH[0], min(SHELVES_WIDTH[1], width * 15 // 100))
    rest = max(0, width - shelves)
    page = min(int(rest * PAGE_SHARE), PAGE_WIDEST)
    return [shelves, rest - page, page]


def preferred_size(area: QSize) -> QSize:
    """The first window's size: most of a large screen, or 1280x800 (maximised if that does
    not fit)."""
    share = QSize(area.width() * SCREEN_SHARE // 100, area.height() * SCREEN_SHARE // 100)
    return share.expandedTo(SMALLEST_COMFORTABLE)


def restore_window(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Put the window where it was (inside this screen), or place it for a first run."""
    geometry = settings.get(GEOMETRY)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        maximise = place_first_window(window, preferred_size(client_area(window).size()))
        if maximise:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        width = window.screen().availableGeometry().width() if maximise else window.width()
        splitter.setSizes(pane_sizes(width))
    elif not window.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    ):
        keep_inside(window)
    for setting, restore in (
        (WINDOW_STATE, window.restoreState),
        (SPLITTER, splitter.restoreState),
    ):
        stored = settings.get(setting)
        if not stored.isEmpty():
            restore(stored)


def save_window(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    settings.set(GEOMETRY, window.saveGeometry())
    settings.set(WINDOW_STATE, window.saveState())
    settings.set(SPLITTER, splitter.saveState())
