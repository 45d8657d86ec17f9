"""Progress and cancellation: the one small interface long work reports through.

The core (import, sync, reindex, bundles) takes a `Progress` and checks a `CancelToken`;
the command line draws a bar on a terminal, the desktop app forwards to signals, tests
pass `NullProgress` or record the calls.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Protocol, TextIO

from storyreader.errors import Cancelled


class Progress(Protocol):
    def start(self, label: str, total: int | None) -> None:
        """Begin a stage of work with `total` steps (None when the count is unknown)."""

    def advance(self, steps: int = 1, detail: str = "") -> None:
        """Report `steps` more steps done; `detail` names the item just handled."""

    def message(self, text: str) -> None:
        """Report one line for the user (a skipped file, a warning)."""


class CancelToken:
    """Set from any thread; the worker checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def sleep(self, seconds: float) -> None:
        """Wait `seconds`, or less if cancelled meanwhile."""
        self._event.wait(seconds)


class NullProgress:
    """Progress that shows nothing: for tests and quiet commands."""

    def start(self, label: str, total: int | None) -> None:
        pass

    def advance(self, steps: int = 1, detail: str = "") -> None:
        pass

    def message(self, text: str) -> None:
        pass


class TerminalProgress:
    """A one-line bar on stderr, redrawn at most ten times a second; silent when not a tty."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._live = self._stream.isatty()
        self._label = ""
        self._total: int | None = None
        self._done = 0
        self._last_draw = 0.0

    def start(self, label: str, total: int | None) -> None:
        self._finish_line()
        self._label, self._total, self._done = label, total, 0
        self._draw(force=True)

    def advance(self, steps: int = 1, detail: str = "") -> None:
        self._done += steps
        self._draw(force=self._total is not None and self._done >= self._total)

    def message(self, text: str) -> None:
        self._finish_line()
        print(text, file=self._stream, flush=True)

    def _draw(self, *, force: bool = False) -> None:
        if not self._live:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        if self._total:
            width = 30
            filled = width * min(self._done, self._total) // self._total
            bar = "#" * filled + "-" * (width - filled)
            line = f"{self._label} [{bar}] {self._done}/{self._total}"
        else:
            line = f"{self._label} {self._done}"
        self._stream.write("\r\x1b[2K" + line)
        self._stream.flush()

    def _finish_line(self) -> None:
        if self._live and self._label:
            self._stream.write("\r\x1b[2K")
            self._stream.flush()
