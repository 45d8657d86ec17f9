"""Schema versions: stamp a new archive, back up and migrate an older one, refuse a newer one.

Alembic runs in-process with the scripts in `migrations/`; SQLite tables are altered in batch
mode (copy and swap). Foreign keys are switched off while a migration runs, because
recreating a table with them on would cascade deletes into the reader's own data; they are
checked before the migration commits.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from storyreader.archive.backup import make_backup
from storyreader.archive.db import Archive, damaged_message
from storyreader.archive.models import ArchiveInfo
from storyreader.errors import ArchiveError, DamagedArchiveError, NewerArchiveError
from storyreader.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NEWER = QT_TRANSLATE_NOOP(
    "Archive",
    "The archive %1 was written by a newer version of Story Reader (schema %2); this version reads "
    "schemas up to %3. Update Story Reader to open it; the archive was left untouched.",
)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(archive: Archive) -> str | None:
    """The schema revision stamped in the archive, or None for an empty file."""
    with archive.read_engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def prepare_archive(archive: Archive) -> None:
    """Bring the archive to the current schema, or refuse it with a clear sentence."""
    try:
        current, table_names = _inspect(archive)
    except (DBAPIError, sqlite3.DatabaseError) as error:
        raise DamagedArchiveError(
            damaged_message(archive.path, getattr(error, "orig", error))
        ) from None
    head = head_revision()
    if current == head:
        return
    if current is None:
        if table_names:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "Archive",
                    "%1 is an SQLite file but not a Story Reader archive.",
                ),
                archive.path,
            )
        _upgrade(archive)
        _stamp_identity(archive)
        return
    if not _is_known(current):
        raise NewerArchiveError(NEWER, archive.path, current, head)
    backup = make_backup(archive.path, label=f"schema-{current}")
    log.info("Migrating %s from schema %s to %s (backup: %s)", archive.path, current, head, backup)
    _upgrade(archive)


def check_read_only(archive: Archive) -> None:
    """A read-only archive is read as it is: refuse one that would need a migration (or is
    not an archive), since neither can be done without writing."""
    try:
        current, _table_names = _inspect(archive)
    except (DBAPIError, sqlite3.DatabaseError) as error:
        raise DamagedArchiveError(
            damaged_message(archive.path, getattr(error, "orig", error))
        ) from None
    if current == head_revision():
        return
    if current is not None and not _is_known(current):
        raise NewerArchiveError(NEWER, archive.path, current, head_revision())
    raise ArchiveError(
        QT_TRANSLATE_NOOP(
            "Archive",
            "The archive %1 is read-only (%2) and was made by an older Story Reader: it must be "
            "upgraded before it can be read, which changes it. Copy it to a folder you can write "
            "to and open the copy.",
        ),
        archive.path,
        archive.read_only or "",
    )


def _inspect(archive: Archive) -> tuple[str | None, list[str]]:
    with archive.read_engine.connect() as connection:
        table_names = inspect(connection).get_table_names()
        revision = MigrationContext.configure(connection).get_current_revision()
    return revision, table_names


def _is_known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _upgrade(archive: Archive) -> None:
    config = _alembic_config()
    with archive.write_engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise ArchiveError(
                        QT_TRANSLATE_NOOP(
                            "Archive",
                            "Migrating %1 would break %2 references; the archive was left as it "
                            "was.",
                        ),
                        archive.path,
                        len(problems),
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _stamp_identity(archive: Archive) -> None:
    with archive.write() as session:
        session.add(ArchiveInfo(key="archive_id", value=str(uuid.uuid4())))
        session.add(ArchiveInfo(key="created_at", value=datetime.now(UTC).isoformat()))
