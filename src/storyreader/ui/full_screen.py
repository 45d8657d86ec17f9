"""Full-screen reading (F11): the page alone on the screen, nothing else of the window; page
keys scroll by a screen (the page's own keys), and Esc or F11 gives the window back as it
was, with every part that was showing.

The menus are hidden too, but their shortcuts stay: the window holds its actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QToolBar, QWidget


class FullScreenReading(QObject):
    def __init__(self, pane: QWidget, page: QWidget, extras: list[QWidget]) -> None:
        super().__init__(pane)
        self._pane, self._page = pane, page
        self._extras = extras  # the pane's own parts to hide (its toolbar, the contents)
        self._hidden: list[QWidget] = []
        self._state = Qt.WindowState.WindowNoState
        self.active = False

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        window = self._pane.window()
        if self.active or not isinstance(window, QMainWindow):
            return
        self._hidden = [widget for widget in self._around(window) if widget.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self._state = window.windowState()
        self.active = True
        window.showFullScreen()
        self._page.setFocus()

    def leave(self) -> None:
        window = self._pane.window()
        if not self.active:
            return
        self.active = False
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        window.setWindowState(self._state)
        window.show()
        self._page.setFocus()

    def _around(self, window: QMainWindow) -> list[QWidget]:
        """Everything of the window but the page: bars, docks, the panes beside this one."""
        parts: list[QWidget] = [window.menuBar(), window.statusBar()]
        parts += [bar for bar in window.findChildren(QToolBar) if bar.parentWidget() is window]
        parts += [
            dock for dock in window.findChildren(QDockWidget) if dock.parentWidget() is window
        ]
        splitter = self._pane.parentWidget()
        if isinstance(splitter, QSplitter):
            beside = (splitter.widget(index) for index in range(splitter.count()))
            parts += [widget for widget in beside if widget not in (None, self._pane)]
        return parts + self._extras
