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

import contextlib
import functools
import gc
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from shiboken6 import isValid

from storyreader.errors import Cancelled, KnownError
from storyreader.progress import CancelToken

log = logging.getLogger(__name__)

Lane = Literal["read", "write"]
T = TypeVar("T")
Done = Callable[[T], object]
Failed = Callable[[BaseException], object]


class _Outcomes(QObject):
    """The one object workers signal through, for as long as the runner lives. Only a job's
    number crosses the thread: a per-job relay deleted on the GUI thread while its worker was
    still inside `emit` let that worker free the job's callbacks (and with them the last
    reference to a dialog), destroying widgets off the GUI thread."""

    ready = Signal(int)


class _Mailbox:
    """What workers and the GUI thread share. Workers only read `works` and write `outcomes`;
    every reference to a callback or a result is dropped on the GUI thread."""

    def __init__(self, signal: _Outcomes) -> None:
        self.signal = signal
        self.works: dict[int, Callable[[], object]] = {}
        self.outcomes: dict[int, tuple[bool, object]] = {}


def _execute(mailbox: _Mailbox, job: int) -> None:
    """Runs on a worker: do the work, leave the outcome in the mailbox, say which job it was."""
    work = mailbox.works[job]
    outcome: tuple[bool, object]
    try:
        outcome = (True, work())
    except BaseException as error:  # delivered to the caller, never lost in the pool
        outcome = (False, error)
    del work
    mailbox.outcomes[job] = outcome
    del outcome  # the GUI thread may take it at once: it must hold the last reference
    with contextlib.suppress(RuntimeError):  # the runner is gone (closing): nobody waits
        mailbox.signal.ready.emit(job)


@dataclass(frozen=True)
class _Pending:
    done: Done[Any] | None
    failed: Failed | None
    owner: QObject | None


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
        outcomes = _Outcomes(self)  # made after the pools: destroyed after they have drained
        outcomes.ready.connect(self._deliver)
        self._mailbox = _Mailbox(outcomes)
        self._pending: dict[int, _Pending] = {}
        self._numbers = itertools.count(1)

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
        job = next(self._numbers)
        owner = owner if owner is not None else _owner_of(done, failed)
        self._pending[job] = _Pending(done, failed, owner)
        self._mailbox.works[job] = work
        self._pools[lane].start(functools.partial(_execute, self._mailbox, job))

    def _deliver(self, job: int) -> None:
        pending = self._pending.pop(job)
        del self._mailbox.works[job]
        succeeded, value = self._mailbox.outcomes.pop(job)
        alive = pending.owner is None or isValid(pending.owner)
        if succeeded:
            if pending.done is not None and alive:
                self._call(pending.done, value)
        elif pending.failed is not None and alive:
            self._call(pending.failed, value)
        else:
            assert isinstance(value, BaseException)
            self.report(value)

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

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for every task to finish (at shutdown); True if they all did."""
        return all(pool.waitForDone(timeout_ms) for pool in self._pools.values())


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collection on the GUI thread only (calibre, TortoiseHg and
    others do the same): automatic collection is off while this lives, and a timer here
    collects each generation whose count passed its threshold.

    A full collection walks every object the app holds (tens of milliseconds with a large
    list loaded, felt as a stalled keystroke), so, as CPython's own collector does, it runs
    only when enough has outlived the younger generations since the last one, here at most
    once a minute; and what the app built to start with is frozen out of it."""

    INTERVAL_MS = 1000
    FULL_EVERY_S = 60.0

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self._frozen = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(self.INTERVAL_MS)

    def collect(self) -> None:
        if not self._frozen:  # the first tick: the window and its list are built
            gc.collect()
            gc.freeze()
            self._frozen = True
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        if counts[1] <= self._thresholds[1]:
            gc.collect(0)
        elif time.monotonic() - self._last_full < self.FULL_EVERY_S:
            gc.collect(1)
        else:
            gc.collect(2)
            self._last_full = time.monotonic()

    def stop(self) -> None:
        """Collect everything now, here, and give collection back to Python."""
        self._timer.stop()
        gc.unfreeze()
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
