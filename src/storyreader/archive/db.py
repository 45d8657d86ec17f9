"""Opening an archive: engines with the durability pragmas, migration on open, sessions.

Every connection runs in WAL mode with `synchronous=FULL` (no acknowledged commit is lost on
power loss) and foreign keys on. Reads and writes get separate engines so that a write
transaction starts with `BEGIN IMMEDIATE` and never deadlocks upgrading a read lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from storyreader.errors import ArchiveError, DamagedArchiveError

BUSY_TIMEOUT_MS = 10_000


def _make_engine(path: Path, begin_statement: str) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transactions into our own hands (pysqlite's implicit BEGIN skips DDL).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin_statement)

    return engine


class Archive:
    """An open archive. Use `read()` and `write()` for one unit of work each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_engine = _make_engine(path, "BEGIN")
        self.write_engine = _make_engine(path, "BEGIN IMMEDIATE")
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
        with self._guard(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            if isinstance(error.orig, sqlite3.DatabaseError) and _is_damage(error.orig):
                raise DamagedArchiveError(damaged_message(self.path, error.orig)) from error
            raise

    def close(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return any(sign in text for sign in ("not a database", "malformed", "disk i/o", "corrupt"))


def damaged_message(path: Path, error: BaseException) -> str:
    return (
        f"The archive {path} is damaged or is not a Story Reader archive "
        f"(SQLite says: {error}). Run `storyreader --archive {path} check` or restore a backup."
    )


def open_archive(path: Path, *, create: bool = True) -> Archive:
    """Open the archive at `path`, creating it or migrating it to the current schema."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise ArchiveError(
                f"There is no archive at {path}. "
                f"Create one with `storyreader --archive {path} import FILES`."
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ArchiveError(f"Cannot create the folder for {path}: {error.strerror}.") from None
    if path.is_dir():
        raise ArchiveError(f"{path} is a folder, not an archive file.")
    archive = Archive(path)
    try:
        if not _is_current(archive):
            from storyreader.archive.migrate import prepare_archive

            prepare_archive(archive)
    except BaseException:
        archive.close()
        raise
    return archive


def _is_current(archive: Archive) -> bool:
    """True if the archive is stamped with this version's schema: the common case, answered
    without importing Alembic (a tenth of a second at every start)."""
    from storyreader.archive.models import SCHEMA_REVISION

    try:
        with archive.read_engine.connect() as connection:
            stamped = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:
        return False  # a new file, or damage: prepare_archive says which
    return stamped == [(SCHEMA_REVISION,)]
