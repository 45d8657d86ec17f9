"""Opening an archive by its path: creating it, or bringing it to this version's schema.

`db.py` knows engines and sessions; this module decides what a path needs before it can be
used, and calls `migrate.py` (Alembic, imported only when a schema must change: a tenth of a
second at every start otherwise) for what `db.py` must not know about.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from storyreader.archive.db import Archive, on_read_only_disk, read_only_reason
from storyreader.errors import ArchiveError
from storyreader.i18n import QT_TRANSLATE_NOOP


def open_archive(path: Path, *, create: bool = True) -> Archive:
    """Open the archive at `path`, creating it or migrating it to the current schema."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "Archive",
                    "There is no archive at %1. Create one with `storyreader --archive %1 import "
                    "FILES`.",
                ),
                path,
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ArchiveError(
                QT_TRANSLATE_NOOP("Archive", "Cannot create the folder for %1: %2."),
                path,
                error.strerror,
            ) from None
        if on_read_only_disk(path.parent) or not os.access(path.parent, os.W_OK):
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "Archive",
                    "Cannot make an archive in %1: the folder cannot be written to.",
                ),
                path.parent,
            )
    if path.is_dir():
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Archive", "%1 is a folder, not an archive file."), path
        )
    read_only = read_only_reason(path) if path.exists() else None
    archive = Archive(path, read_only=read_only)
    try:
        if _is_current(archive):
            pass
        elif read_only is not None:
            from storyreader.archive.migrate import check_read_only

            check_read_only(archive)  # says why it cannot be opened
        else:
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
