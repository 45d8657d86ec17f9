"""Backups beside the archive, restoring one, and salvaging a damaged archive.

Backups are `NAME.db.LABEL-TIME.bak` files made with SQLite's online backup (a migration
makes one; the desktop app makes one a day). Nothing here deletes what the user had: a
damaged file is moved aside (`NAME.db.damaged-TIME`) before anything takes its place.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storyreader.archive.db import connect_read_only
from storyreader.archive.space import MIN_NEEDED, disk_full_error, is_disk_full
from storyreader.errors import ArchiveError
from storyreader.i18n import QT_TRANSLATE_NOOP

DAILY_KEPT = 3


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime  # when the file was written (local time)
    size: int


def backups(path: Path) -> list[Backup]:
    """The backups of the archive at `path`, newest first."""
    found = []
    for candidate in path.parent.glob(f"{path.name}.*.bak"):
        stat = candidate.stat()
        found.append(Backup(candidate, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S")


def make_backup(path: Path, *, label: str) -> Path:
    """Copy the archive at `path` to `NAME.db.LABEL-TIME.bak` beside it and return the copy:
    the one way every backup is made (daily, before a migration)."""
    target = path.with_name(f"{path.name}.{label}-{_stamp()}.bak")
    try:
        _copy_with_sqlite(path, target)
    except (OSError, sqlite3.DatabaseError) as error:
        if is_disk_full(error):
            raise disk_full_error(path.parent, 2 * path.stat().st_size + MIN_NEEDED) from None
        raise
    return target


def _copy_with_sqlite(source: Path, target: Path) -> None:
    """Copy a live archive consistently (WAL included) to `target`, atomically: a backup cut
    short by a crash or a full disk is never left looking like a whole one, and the archive
    itself is only read."""
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    origin = connect_read_only(source)
    try:
        copy = sqlite3.connect(temporary)
        try:
            origin.backup(copy)
        finally:
            copy.close()
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        origin.close()
    temporary.replace(target)


def daily_backup(path: Path) -> Path | None:
    """Make today's backup if there is none yet; keep the last few. Returns the new file."""
    today = datetime.now(UTC).strftime("%Y%m%d")
    daily = sorted(path.parent.glob(f"{path.name}.daily-*.bak"))
    if any(entry.name.startswith(f"{path.name}.daily-{today}") for entry in daily):
        return None
    target = make_backup(path, label="daily")
    for old in sorted(path.parent.glob(f"{path.name}.daily-*.bak"))[:-DAILY_KEPT]:
        old.unlink(missing_ok=True)
    return target


def _set_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    return aside


def restore_backup(path: Path, backup: Path) -> Path:
    """Put `backup` in the archive's place; the current file is kept aside. Returns where."""
    if not is_sound(backup):
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Archive", "The backup %1 is damaged too; choose another one."),
            backup.name,
        )
    staged = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, staged)
    aside = _set_aside(path) if path.exists() else path
    staged.replace(path)
    return aside


def is_sound(path: Path) -> bool:
    try:
        connection = connect_read_only(path)
        try:
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def repair_archive(path: Path) -> Path:
    """Salvage what SQLite can still read into a fresh file that replaces the damaged one
    (kept aside, whose path is returned). Raises ArchiveError when nothing can be saved."""
    if is_sound(path):
        return path
    salvaged = path.with_name(path.name + ".salvage")
    salvaged.unlink(missing_ok=True)
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("REINDEX")  # damaged indexes are the commonest, and fixable
            connection.commit()
            connection.execute("VACUUM INTO ?", (str(salvaged),))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        salvaged.unlink(missing_ok=True)
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "Archive",
                "The archive could not be repaired (SQLite says: %1); restore a backup.",
            ),
            error,
        ) from None
    if not is_sound(salvaged):
        salvaged.unlink(missing_ok=True)
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Archive", "The archive could not be repaired; restore a backup.")
        )
    aside = _set_aside(path)
    salvaged.replace(path)
    return aside
