"""Running the core's work off the GUI thread and bringing the outcome back by signal.

`TaskRunner.run` hands a plain function to a thread pool; its result (or its exception)
comes back on the GUI thread through the callbacks. Writes to the archive go through a lane
of their own with one thread, so they happen one at a time and in order; reads and searches
share a small pool. `QtProgress` is the core's `Progress` interface for long work (sync,
import, reindex, bundles) turned into signals a progress bar listens to, with a
`CancelToken` the Cancel button sets.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storyreader.progress import CancelToken

log = logging.getLogger(__name__)

Lane = Literal["read", "write"]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there (queued)."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its outcome has been delivered
        self._function = function
        self.relay = relay

    def run(self) -> None:
        try:
            result = self._function()
        except BaseException as error:  # delivered to the caller, never lost in the pool
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs functions in the background; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[Lane, QThreadPool] = {
            "read": QThreadPool(self),
            "write": QThreadPool(self),
        }
        self._pools["read"].setMaxThreadCount(2)
        self._pools["write"].setMaxThreadCount(1)
        self._running: set[_Job] = set()

    def run(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: Lane = "read",
    ) -> None:
        relay = _Relay(self)
        job = _Job(function, relay)
        self._running.add(job)

        def finished(result: object) -> None:
            self._forget(job)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._forget(job)
            if on_error is not None:
                on_error(error)
            else:
                log.error("A background task failed", exc_info=error)

        relay.finished.connect(finished)
        relay.failed.connect(failed)
        self._pools[lane].start(job)

    def _forget(self, job: _Job) -> None:
        self._running.discard(job)
        job.relay.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for every task to finish (at shutdown); True if they all did."""
        return all(pool.waitForDone(timeout_ms) for pool in self._pools.values())


class QtProgress(QObject):
    """The core's `Progress`, as signals; thread-safe, and at most ~20 updates a second."""

    started = Signal(str, int)  # label, total (-1 when unknown)
    advanced = Signal(int, str)  # steps done so far, detail
    said = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self._done = 0
        self._last = 0.0

    def start(self, label: str, total: int | None) -> None:
        self._done = 0
        self.started.emit(label, -1 if total is None else total)

    def advance(self, steps: int = 1, detail: str = "") -> None:
        self._done += steps
        now = time.monotonic()
        if now - self._last >= 0.05:
            self._last = now
            self.advanced.emit(self._done, detail)

    def message(self, text: str) -> None:
        self.said.emit(text)

    def cancel(self) -> None:
        self.cancel_token.cancel()
