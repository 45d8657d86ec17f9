"""An open archive: engines with the durability pragmas, and sessions (opening.py opens one).

Every connection runs in WAL mode with `synchronous=FULL` (no acknowledged commit is lost on
power loss) and foreign keys on. Reads and writes get separate engines so that a write
transaction starts with `BEGIN IMMEDIATE` and never deadlocks upgrading a read lock.

An archive that cannot be written (the file, its folder, or the disk is read-only) opens
read-only: reading and searching work, and any write says why it cannot be done.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from storyreader.archive.space import disk_full_error, is_disk_full
from storyreader.errors import ArchiveError, DamagedArchiveError
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence

BUSY_TIMEOUT_MS = 10_000


class ReadOnlyArchiveError(ArchiveError):
    """The archive can be read but not changed (its file, folder or disk is read-only)."""


def read_only_reason(path: Path) -> Sentence | None:
    """Why an existing archive cannot be written, as a phrase; None if it can be."""
    if on_read_only_disk(path.parent):
        return QT_TRANSLATE_NOOP("Archive", "it is on a read-only disk")
    if not os.access(path, os.W_OK):
        return QT_TRANSLATE_NOOP("Archive", "the file is read-only")
    if not os.access(path.parent, os.W_OK):
        return QT_TRANSLATE_NOOP("Archive", "its folder cannot be written to")
    return None


def on_read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection that only reads, even where nothing can be written."""
    return _read_only_connection(path)


def _read_only_connection(path: Path) -> sqlite3.Connection:
    # Without write access to the folder SQLite cannot make the WAL's shared-memory file,
    # and can only read the file as one nobody changes while it is open ("immutable").
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro{immutable}"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _make_engine(path: Path, begin_statement: str, *, read_only: bool = False) -> Engine:
    def connect() -> sqlite3.Connection:
        # Our own connections: a URL would read "%41" in a file name as "A", "?" as options.
        if read_only:
            return _read_only_connection(path)
        return sqlite3.connect(path, check_same_thread=False)

    # The URL only tells SQLAlchemy it is a file (pooled), not where it is.
    engine = create_engine("sqlite+pysqlite:///archive.db", creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transactions into our own hands (pysqlite's implicit BEGIN skips DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not read_only:  # choosing the journal is a write
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_statement)

    return engine


class Archive:
    """An open archive. Use `read()` and `write()` for one unit of work each.

    `read_only` is why the archive cannot be written (None when it can): then `write()`
    raises ReadOnlyArchiveError with a sentence that says so.
    """

    def __init__(self, path: Path, *, read_only: Sentence | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self.read_engine = _make_engine(path, "BEGIN", read_only=read_only is not None)
        self.write_engine = _make_engine(path, "BEGIN IMMEDIATE", read_only=read_only is not None)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def name(self) -> str:
        return self.path.stem

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it changes is rolled back."""
        with self._guard(), self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        self.check_writable()
        with self._guard(), self._write_sessions() as session, session.begin():
            yield session

    def check_writable(self) -> None:
        """Raise ReadOnlyArchiveError if the archive cannot be changed."""
        if self.read_only is not None:
            raise ReadOnlyArchiveError(read_only_message(self.path, self.read_only))

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            if isinstance(error.orig, sqlite3.DatabaseError):
                if is_disk_full(error.orig):
                    raise disk_full_error(self.path.parent) from error
                if _is_damage(error.orig):
                    raise DamagedArchiveError(damaged_message(self.path, error.orig)) from error
            raise

    def close(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


_DAMAGE_SIGNS = ("not a database", "malformed", "disk i/o", "corrupt", "could not decode")


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    # Text that is not UTF-8 was never written by Story Reader (it cleans text on the way
    # in): bytes changed on disk, in a page SQLite has no checksum for.
    text = str(error).lower()
    return any(sign in text for sign in _DAMAGE_SIGNS)


def _said(error: BaseException) -> str:
    """SQLite's words, without the damaged text it may quote."""
    text = str(error).split(" with text ")[0].splitlines()[0] if str(error) else ""
    return text if len(text) <= 120 else text[:119] + "…"


def damaged_message(path: Path, error: BaseException) -> Sentence:
    return QT_TRANSLATE_NOOP(
        "Archive",
        "The archive %1 is damaged or is not a Story Reader archive (SQLite says: %2). Run "
        "`storyreader --archive %1 check --repair` to repair it, or restore a backup.",
    ).with_values(path, _said(error))


def read_only_message(path: Path, reason: Sentence) -> Sentence:
    return QT_TRANSLATE_NOOP(
        "Archive",
        "The archive %1 is read-only (%2), so nothing in it can be changed: reading and searching "
        "work. To change it, copy it to a folder you can write to.",
    ).with_values(path, reason)
