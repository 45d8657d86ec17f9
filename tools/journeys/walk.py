"""The in-app side of a journey: runs inside the real app (started as `storyreader` starts),
steps through a journey as a person would, and photographs the whole screen after each step.

A journey is a generator function `journey(walk)`. Between steps it yields what to wait for:
a number of seconds, or a predicate (`walk.until(...)`). The driver resumes it from a timer,
so a step may open a modal dialog (with `walk.later(...)`) and the journey goes on inside
the dialog's own event loop, as a person's clicks would.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from tools.journeys.desktop import Desktop

if TYPE_CHECKING:
    from storyreader.ui.window_protocol import AppWindow


@dataclass(frozen=True)
class Until:
    """Wait until `ready()` holds, for at most `seconds` (then the journey goes on anyway)."""

    ready: Callable[[], bool]
    seconds: float = 15.0


Wait = float | Until
Journey = Callable[["Walk"], Iterator[Wait]]


class Walk:
    """What a journey can do: run commands by name, press keys, type (Korean too), find
    dialogs, and take a picture of the screen named for the step, the size and the language."""

    def __init__(
        self, window: AppWindow | None, desktop: Desktop, out: Path, tag: str, first: int = 1
    ) -> None:
        self._window = window
        self.desktop = desktop
        self.out = out
        self.tag = tag  # "1024x600-en": ends every file name
        self.shots: list[Path] = []
        self._number = first - 1  # a journey's later parts go on numbering

    @property
    def window(self) -> AppWindow:
        """The main window (a part that starts before it, at a damaged archive, waits for
        it with `walk.main_window()`)."""
        if self._window is None:
            self._window = self.main_window()
        if self._window is None:
            raise RuntimeError("the main window is not open")
        return self._window

    @staticmethod
    def main_window() -> AppWindow | None:
        from storyreader.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return next((w for w in windows if w.isVisible()), None)

    # --- waiting ----------------------------------------------------------------------------

    def until(self, ready: Callable[[], bool], seconds: float = 15.0) -> Until:
        return Until(ready, seconds)

    def idle(self, seconds: float = 30.0) -> Until:
        """Until the index is attached and caught up and no background work runs."""
        return Until(self.window.is_idle, seconds)

    def shown(self, kind: type[QDialog], seconds: float = 15.0) -> Until:
        """Until a dialog of `kind` is on the screen."""
        return Until(lambda: self.dialog(kind) is not None, seconds)

    def dialog(self, kind: type[QDialog] | None = None) -> QDialog | None:
        """The dialog on top now (of `kind`, if given), or None."""
        modal = QApplication.activeModalWidget()
        candidates = [modal] if isinstance(modal, QDialog) else []
        candidates += [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()
        ]
        for candidate in candidates:
            if kind is None or isinstance(candidate, kind):
                return candidate
        return None

    # --- doing ------------------------------------------------------------------------------

    def command(self, name: str) -> None:
        """Run a command of the menus by its name in ui/actions.py, as a click on it would."""
        action = self.window.commands[name]
        if not action.isEnabled():
            raise RuntimeError(f"the command {name!r} is disabled here")
        action.trigger()

    def later(self, do: Callable[[], object]) -> None:
        """Do something that may open a modal dialog, without blocking the journey."""
        QTimer.singleShot(0, do)

    def key(self, sequence: str, target: QWidget | None = None) -> None:
        """Press keys ("Ctrl+F", "Return", "Shift+F3") on `target` or the focused widget."""
        widget = target or QApplication.focusWidget() or QApplication.activeWindow()
        if widget is None:
            raise RuntimeError(f"nothing has the keyboard focus to press {sequence}")
        combination = QKeySequence(sequence)[0]  # type: ignore[index]  # stubs lack []
        QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())

    def type(self, text: str, target: QWidget | None = None) -> None:
        """Type text as an input method commits it: Qt's key simulation cannot type Hangul."""
        widget = target or QApplication.focusWidget()
        if widget is None:
            raise RuntimeError(f"nothing has the keyboard focus to type {text!r}")
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    def click(self, widget: QWidget, where: QPoint | None = None) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where or widget.rect().center())

    def press(self, dialog: QWidget, text: str) -> None:
        """Click the button of `dialog` whose text (without its & mnemonic) starts so."""
        from PySide6.QtWidgets import QAbstractButton

        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible() and button.text().replace("&", "").startswith(text):
                self.later(button.click)  # it may open a dialog of its own
                return
        names = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        raise RuntimeError(f"no button {text!r} in {dialog.windowTitle()!r}: {names}")

    def answer(self, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
        """Click a message box's button by its role (the words are translated)."""
        for button in box.buttons():
            if box.buttonRole(button) == role:
                self.later(button.click)
                return
        raise RuntimeError(f"no button of role {role} in {box.text()!r}")

    def choose_file(self, path: Path) -> bool:
        """Choose `path` in the file dialog on top, as typing its name and pressing Enter."""
        dialog = self.dialog(QFileDialog)
        if not isinstance(dialog, QFileDialog):
            return False
        from PySide6.QtWidgets import QLineEdit

        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if isinstance(name, QLineEdit):  # selectFile leaves it empty while the folder loads
            name.setText(str(path))
        self.later(dialog.accept)
        return True

    # --- menus ------------------------------------------------------------------------------

    def open_menu(self, command: str) -> QMenu:
        """Open the menu bar's menu (and submenu) that holds a command, with the command
        highlighted, as a person's pointer would leave it."""
        from PySide6.QtWidgets import QMainWindow

        host = self.window
        assert isinstance(host, QMainWindow)
        action = self.window.commands[command]
        path = _menu_path(host.menuBar().actions(), action)
        if not path:
            raise RuntimeError(f"no menu holds {command!r}")
        bar = host.menuBar()
        bar.setActiveAction(path[0].menuAction())
        for menu in path[1:]:
            parent = path[path.index(menu) - 1]
            parent.setActiveAction(menu.menuAction())
            menu.popup(parent.mapToGlobal(parent.actionGeometry(menu.menuAction()).topRight()))
        path[-1].setActiveAction(action)
        return path[-1]

    def close_menus(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                widget.hide()

    def shot(self, name: str) -> Path:
        """Photograph the screen as it is now: `NN-name-SIZE-LANG.png`."""
        for _ in range(5):
            QApplication.processEvents()
        self._number += 1
        path = self.out / f"{self._number:02d}-{name}-{self.tag}.png"
        self.desktop.shot(path)
        self.shots.append(path)
        print(path, flush=True)
        return path


def _menu_path(actions: list[QAction], wanted: QAction) -> list[QMenu]:
    """The menus from the bar down to the one holding `wanted`."""
    for action in actions:
        menu = action.menu()
        if not isinstance(menu, QMenu):
            continue
        if wanted in menu.actions():
            return [menu]
        deeper = _menu_path(menu.actions(), wanted)
        if deeper:
            return [menu, *deeper]
    return []


class Driver(QObject):
    """Steps a journey from a timer, so that it goes on inside dialogs' event loops too."""

    def __init__(self, journey: Iterator[Wait], done: Callable[[str | None], None]) -> None:
        super().__init__(QApplication.instance())
        self._journey = journey
        self._done = done
        self._waiting: Wait = 0.0
        self._since = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(50)

    def _tick(self) -> None:
        if not self._ready():
            return
        self._timer.stop()  # a step may open a dialog: no second tick may start meanwhile
        try:
            self._waiting = next(self._journey)
        except StopIteration:
            self._finish(None)
            return
        except Exception:
            self._finish(traceback.format_exc())
            return
        self._since = time.monotonic()
        self._timer.start(50)

    def _finish(self, error: str | None) -> None:
        self._journey = iter(())  # let go of the window before the app goes
        self.deleteLater()
        self._done(error)

    def _ready(self) -> bool:
        waited = time.monotonic() - self._since
        if isinstance(self._waiting, Until):
            return waited >= self._waiting.seconds or self._waiting.ready()
        return waited >= self._waiting
