"""The phone as a clicker: what it drives (`ShowRemote`), what it shows (`RemoteState`),
and who may use it (`RemoteAccess`: a six-digit PIN shown only on the presenter console).

The show implements `ShowRemote`. The server calls it from its own thread, so a show that
lives on the GUI thread uses `RelayRemote`: commands go out through a callable the GUI
connects to a queued signal, and the state the phone sees is the last one the show published.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

Command = Literal["next", "previous", "black", "logo"]
COMMANDS: tuple[Command, ...] = ("next", "previous", "black", "logo")
Screen = Literal["slide", "black", "logo"]
PIN_DIGITS = 6
WRONG_PER_CLIENT = 5  # a client that gets the PIN wrong this often is refused from then on
WRONG_IN_ALL = 20  # after this many wrong PINs from anyone, only a new PIN opens the remote
MAX_SESSIONS = 8


@dataclass(frozen=True)
class RemoteState:
    """What the host's phone shows of the show."""

    running: bool = False
    number: int = 0  # the slide on screen, counting from 1 (0: none)
    count: int = 0
    title: str = ""  # the current story's title
    notes: str = ""  # the host's notes for the current story
    screen: Screen = "slide"


class ShowRemote(Protocol):
    """What a phone-as-clicker can do to the show. Called from the server's thread."""

    def next(self) -> None: ...

    def previous(self) -> None: ...

    def black(self) -> None:
        """Black screen, or back to the slide (like the B key)."""

    def logo(self) -> None:
        """The logo, or back to the slide (like the W key)."""

    def state(self) -> RemoteState: ...


def run_command(remote: ShowRemote, command: Command) -> None:
    {
        "next": remote.next,
        "previous": remote.previous,
        "black": remote.black,
        "logo": remote.logo,
    }[command]()


class RelayRemote:
    """A `ShowRemote` for a show on another thread: `send(command)` must hand the command
    to that thread (a queued signal); the show calls `publish` after every change."""

    def __init__(self, send: Callable[[Command], None]) -> None:
        self._send = send
        self._state = RemoteState()
        self._lock = threading.Lock()

    def publish(self, state: RemoteState) -> None:
        with self._lock:
            self._state = state

    def state(self) -> RemoteState:
        with self._lock:
            return self._state

    def next(self) -> None:
        self._send("next")

    def previous(self) -> None:
        self._send("previous")

    def black(self) -> None:
        self._send("black")

    def logo(self) -> None:
        self._send("logo")


Verdict = Literal["ok", "wrong", "locked"]


class RemoteAccess:
    """The PIN and the phones that gave it. Thread-safe: the console may ask for a new
    PIN while the server checks one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.pin = ""
        self.new_pin()

    def new_pin(self) -> str:
        """A fresh PIN; phones that gave the old one must give the new one."""
        with self._lock:
            self.pin = f"{secrets.randbelow(10**PIN_DIGITS):0{PIN_DIGITS}d}"
            self._sessions: dict[str, None] = {}
            self._wrong: dict[str, int] = {}
            self._wrong_in_all = 0
            return self.pin

    def try_pin(self, client: str, pin: str) -> tuple[Verdict, str]:
        """("ok", a session key for the cookie), ("wrong", ""), or ("locked", "")."""
        with self._lock:
            if self._wrong.get(client, 0) >= WRONG_PER_CLIENT or (
                self._wrong_in_all >= WRONG_IN_ALL
            ):
                return "locked", ""
            if not secrets.compare_digest(pin.strip().encode(), self.pin.encode()):
                self._wrong[client] = self._wrong.get(client, 0) + 1
                self._wrong_in_all += 1
                return "wrong", ""
            key = secrets.token_urlsafe(24)
            self._sessions[key] = None
            while len(self._sessions) > MAX_SESSIONS:
                self._sessions.pop(next(iter(self._sessions)))
            return "ok", key

    def allows(self, session: str | None) -> bool:
        if not session:
            return False
        with self._lock:
            given = session.encode()
            return any(secrets.compare_digest(given, key.encode()) for key in self._sessions)
