"""Running the core's work off the GUI thread and bringing the outcome back by signal.

`TaskRunner.run(work, done, failed, owner=...)` hands a plain function to a thread pool; its
result (typed: `done` takes what `work` returns) or its exception comes back on the GUI
thread. The callbacks belong to an `owner`, a QObject: once it is gone (a dialog closed and
deleted) they are dropped, as Qt drops a connection to a deleted object. Without an explicit
owner, the QObject that `done` (or `failed`) is a method of owns them.

Writes to the archive go through `write`, a lane with one thread, so they happen one at a time
and in order; reads and searches share a small pool. A failure no `failed` handles is
logged, and `unhandled` carries it to the window, which shows it: nothing fails silently.

Python's cyclic garbage collection must not run on a worker: a cycle holding a widget would be
freed there, and Qt crashes. `GuiThreadCollector` turns automatic collection off and collects
on the GUI thread instead (the app makes one; so do the Qt tests).

`QtProgress` is the core's `Progress` interface for long work (sync, import, reindex,
bundles) turned into signals a progress bar listens to, with a `CancelToken` the Cancel
button sets.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

from storyreader.errors import Cancelled, KnownError
from storyreader.progress import CancelToken

log = logging.getLogger(__name__)

Lane = Literal["read", "write"]
T = TypeVar("T")
Done = Callable[[T], object]
Failed = Callable[[BaseException], object]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive there (queued)."""

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its outcome has been delivered
        self._work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the caller, never lost in the pool
            self.relay.failed.emit(error)
        else:
            self.relay.finished.emit(result)


def _owner_of(*callbacks: object) -> QObject | None:
    for callback in callbacks:
        bound_to = getattr(callback, "__self__", None)
        if isinstance(bound_to, QObject):
            return bound_to
    return None


class TaskRunner(QObject):
    """Runs functions in the background; see the module docstring."""

    unhandled = Signal(object)  # an exception no `failed` callback took: show it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[Lane, QThreadPool] = {
            "read": QThreadPool(self),
            "write": QThreadPool(self),
        }
        self._pools["read"].setMaxThreadCount(2)
        self._pools["write"].setMaxThreadCount(1)
        self._running: set[_Job[Any]] = set()

    def run(
        self,
        work: Callable[[], T],
        done: Done[T] | None = None,
        failed: Failed | None = None,
        *,
        owner: QObject | None = None,
        lane: Lane = "read",
    ) -> None:
        """Run `work` on `lane`; then `done(result)` or `failed(error)` on the GUI thread,
        unless `owner` is gone by then."""
        owner = owner if owner is not None else _owner_of(done, failed)
        relay = _Relay(self)
        job = _Job(work, relay)
        self._running.add(job)

        def finished(result: T) -> None:
            self._forget(job)
            if done is not None and (owner is None or isValid(owner)):
                self._call(done, result)

        def went_wrong(error: BaseException) -> None:
            self._forget(job)
            if failed is not None and (owner is None or isValid(owner)):
                self._call(failed, error)
            else:
                self.report(error)

        relay.finished.connect(finished)
        relay.failed.connect(went_wrong)
        self._pools[lane].start(job)

    def write(
        self,
        work: Callable[[], T],
        done: Done[T] | None = None,
        failed: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """`run` on the write lane: archive writes, one at a time, in the order asked."""
        self.run(work, done, failed, owner=owner, lane="write")

    def _call(self, callback: Callable[[Any], object], value: object) -> None:
        try:
            callback(value)
        except Exception as error:  # a bug in a callback is reported like any other failure
            self.report(error)

    def report(self, error: BaseException) -> None:
        """A failure nobody handled: logged (a bug with its traceback), then shown."""
        if isinstance(error, Cancelled):
            return
        if isinstance(error, KnownError):
            log.warning("%s", error)
        else:
            log.error("A background task failed", exc_info=error)
        self.unhandled.emit(error)

    def _forget(self, job: _Job[Any]) -> None:
        self._running.discard(job)
        job.relay.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for every task to finish (at shutdown); True if they all did."""
        return all(pool.waitForDone(timeout_ms) for pool in self._pools.values())


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collection on the GUI thread only (calibre, TortoiseHg and
    others do the same): automatic collection is off while this lives, and a timer here
    collects each generation whose count passed its threshold."""

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(self.INTERVAL_MS)

    def collect(self) -> None:
        for generation, (count, threshold) in enumerate(
            zip(gc.get_count(), self._thresholds, strict=True)
        ):
            if count <= threshold:
                break
            gc.collect(generation)

    def stop(self) -> None:
        """Collect everything now, here, and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        gc.enable()


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
