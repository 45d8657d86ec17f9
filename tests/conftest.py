"""Shared fixtures: a headless Qt platform, isolated user folders, the real command line, the
sample imported once, and killing a child process at a point it names."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Without a display pytest-qt aborts the whole run; offscreen is a real Qt platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SOURCES = ROOT / "resources" / "sample"
CLI = Path(sys.executable).with_name("storyreader")

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Keep every test away from the real user's archive, settings and proxy."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("STORYREADER_ARCHIVE", raising=False)
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):  # sync obeys them
        monkeypatch.delenv(proxy, raising=False)
        monkeypatch.delenv(proxy.lower(), raising=False)
    yield home


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[list[logging.LogRecord]]:
    """Fail a test in which anything logged an error (as qutebrowser's logfail does): a
    background failure nobody handled, a bug caught and logged. A test that expects errors
    asks for `logged_errors` and checks them itself."""
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)
    if handler.records and "logged_errors" not in request.fixturenames:
        lines = [f"{record.name}: {record.getMessage()}" for record in handler.records]
        pytest.fail("errors were logged:\n" + "\n".join(lines), pytrace=False)


@pytest.fixture
def logged_errors(fail_on_logged_errors: list[logging.LogRecord]) -> list[logging.LogRecord]:
    """The errors logged during this test, for a test that expects some (and checks them)."""
    return fail_on_logged_errors


@pytest.fixture
def run_cli() -> RunCli:
    """Run the installed `storyreader` command and capture what the user would see."""

    def run(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(CLI), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=os.environ.copy(),
            check=False,
        )

    return run


def kill_when_it_says(child: subprocess.Popen[str], expected_line: str) -> None:
    """Read the child's first line; if it is `expected_line` (the child has reached the point
    to test), kill it with SIGKILL, as a power cut or the OOM killer would, and reap it."""
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == expected_line, child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample sources imported once, as a reader's import would; copy it, never open it."""
    from storyreader.archive import open_archive
    from storyreader.importing import import_paths

    path = tmp_path_factory.mktemp("sample-template") / "sample.db"
    with open_archive(path) as archive:
        import_paths(archive, [SAMPLE_SOURCES])
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """A path for a new archive in an empty folder."""
    folder = tmp_path / "archive"
    folder.mkdir()
    return folder / "archive.db"


class NetworkUsedError(AssertionError):
    """The app opened a network connection where it must not (outside sync)."""


LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@pytest.fixture(autouse=True)
def no_network(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """Fail any test in which this process opens an internet connection.

    Tests of sync ask for `allow_loopback` and may then reach 127.0.0.1 only. Attempts are
    recorded as well as refused, so code that catches the error cannot hide one.
    """
    allowed = LOOPBACK if "allow_loopback" in request.fixturenames else set()
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0]) if isinstance(address, tuple) else str(address)
            if host not in allowed:
                attempts.append(host)
                raise NetworkUsedError(f"the app tried to connect to {address!r}")

    def connect(sock: socket.socket, address: object) -> None:
        check(sock, address)
        real_connect(sock, address)  # type: ignore[arg-type]

    def connect_ex(sock: socket.socket, address: object) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts
    assert not attempts, f"network connections were attempted: {attempts}"


@pytest.fixture
def allow_loopback() -> None:
    """Let this test (a sync test) connect to servers on 127.0.0.1."""
