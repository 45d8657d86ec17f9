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

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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

    def __init__(self, window: AppWindow, desktop: Desktop, out: Path, tag: str) -> None:
        self.window = window
        self.desktop = desktop
        self.out = out
        self.tag = tag  # "1024x600-en": ends every file name
        self.shots: list[Path] = []
        self._number = 0

    # --- waiting ----------------------------------------------------------------------------

    def until(self, ready: Callable[[], bool], seconds: float = 15.0) -> Until:
        return Until(ready, seconds)

    def idle(self, seconds: float = 30.0) -> Until:
        """Until the index is attached and caught up and no background work runs."""
        return Until(self.window.is_idle, seconds)

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

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

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
