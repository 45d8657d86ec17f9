"""The web reader's own process (`storyreader serve --for-app`, see `serve/child.py`), driven
from the GUI thread through a QProcess: its stdout is read when Qt says it is ready, so
nothing here runs on another thread. Serving 100 phones in the app's own interpreter made
typing to results wait on the GIL; in a process of its own it does not.

The child dies with the app: `stop` (on Stop and when the app quits) asks it to and waits
until it has gone (its port free), and if the app is killed the child reads the end of its
stdin and stops by itself.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

from storyreader.errors import KnownError
from storyreader.serve.child import sentence_from_json

log = logging.getLogger(__name__)

START_MS = 10_000  # the process itself (not the server in it, which says when it listens)
STOP_MS = 10_000


@dataclass(frozen=True)
class Listening:
    """What the child serves, once it listens."""

    address: str
    remote_address: str
    pin: str
    shared: int


def child_command() -> tuple[str, list[str]]:
    """How to start the child: the frozen app's own executable runs the command line too
    (`packaging/entry.py`), the unfrozen one through `python -m storyreader`."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["serve", "--for-app"]
    return sys.executable, ["-m", "storyreader", "serve", "--for-app"]


class ShareProcess(QObject):
    listening = Signal(object)  # Listening
    refused = Signal(object)  # BaseException: it could not start (a KnownError says why)
    phones = Signal(int)
    clicker = Signal(str)
    died = Signal()  # it ended while serving, not asked to

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.finished.connect(self._finished)
        self._started = False  # it said it listens
        self._answered = False  # it said it listens, or why it cannot
        self._stopping = False

    def start(self, request: dict[str, Any]) -> None:
        program, arguments = child_command()
        self._process.start(program, arguments)
        if not self._process.waitForStarted(START_MS):
            self._stopping = True
            self.refused.emit(RuntimeError(f"{program}: {self._process.errorString()}"))
            return
        self.send(request)

    def send(self, message: dict[str, Any]) -> None:
        if self._process.state() == QProcess.ProcessState.Running and not self._stopping:
            self._process.write((json.dumps(message) + "\n").encode())

    def stop(self) -> None:
        """Stop the child; when this returns it has gone and its port is free."""
        if self._process.state() == QProcess.ProcessState.NotRunning:
            return
        self.send({"stop": True})
        self._stopping = True
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(STOP_MS):
            log.warning("The web reader's process did not stop; ending it")
            self._process.kill()
            self._process.waitForFinished(STOP_MS)

    def _read(self) -> None:
        while self._process.canReadLine():
            line = bytes(self._process.readLine().data()).decode("utf-8", "replace")
            try:
                message = json.loads(line)
                self._dispatch(message)
            except (ValueError, KeyError, TypeError):
                log.warning("Not a message from the web reader's process: %.80r", line)

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "listening" in message or "error" in message or "failed" in message:
            self._answered = True
        if "listening" in message:
            heard = message["listening"]
            self._started = True
            self.listening.emit(
                Listening(
                    str(heard["address"]),
                    str(heard["remote_address"]),
                    str(heard["pin"]),
                    int(heard["shared"]),
                )
            )
        elif "error" in message:
            self.refused.emit(KnownError(sentence_from_json(message["error"])))
        elif "failed" in message:
            self.refused.emit(RuntimeError(f"the web reader failed: {message['failed']}"))
        elif "phones" in message:
            self.phones.emit(int(message["phones"]))
        elif "clicker" in message:
            self.clicker.emit(str(message["clicker"]))

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()  # what it said last (an error) comes before the end
        if self._stopping:
            return
        self._stopping = True
        if self._started:
            log.error("The web reader's process ended by itself (exit code %s)", code)
            self.died.emit()
        elif not self._answered:
            self.refused.emit(
                RuntimeError(f"the web reader's process ended before it listened (exit {code})")
            )
