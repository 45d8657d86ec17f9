"""Disk space: what is free, and a sentence that says how much more a change needs.

A full disk shows up as SQLite's "database or disk is full" or an OSError (ENOSPC) from a
file write; both become `DiskFullError`, which names the folder, what is free and what is
needed. Work with a known size (importing files, a bundle, building the search index) checks
before it starts; anything else asks for at least MIN_NEEDED, which covers SQLite's
write-ahead log and the search index's next commit.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

MIN_NEEDED = 50 * 1024 * 1024
# Bringing in N bytes of files costs up to about this many times N on disk: the documents and their
# text in the archive, SQLite's write-ahead log of them, and the search index of the text.
INTAKE_FACTOR = 3
INTAKE_MARGIN = 1024 * 1024


class DiskFullError(KnownError):
    """The disk holding the archive has too little space for what was asked."""


def free_bytes(folder: Path) -> int | None:
    """Free space on the disk holding `folder` (or its nearest existing parent)."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, sqlite3.DatabaseError):
        return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or (
            "database or disk is full" in str(error).lower()
        )
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def size_text(count: int) -> str:
    """A size people read: "820 KB", "12.5 MB", "3.1 GB"."""
    if count < 1024 * 1024:
        return f"{max(1, round(count / 1024))} KB"
    if count < 1024**3:
        return f"{count / 1024**2:.1f} MB"
    return f"{count / 1024**3:.1f} GB"


def disk_full_error(folder: Path, needed: int = MIN_NEEDED) -> DiskFullError:
    free = free_bytes(folder)
    return DiskFullError(
        QT_TRANSLATE_NOOP(
            "Archive",
            "The disk holding %1 is full: %2 free, and Story Reader needs about %3 free there for "
            "this. Free some space and try again.",
        ),
        folder,
        size_text(free or 0),
        size_text(needed),
    )


def require_space(folder: Path, needed: int) -> None:
    """Refuse, before it starts, work that would need `needed` bytes the disk does not have."""
    free = free_bytes(folder)
    if free is not None and free < needed:
        raise disk_full_error(folder, needed)


def require_space_for_intake(folder: Path, paths: list[Path]) -> None:
    """Refuse to import `paths` (files, folders, a bundle) when the disk holding `folder`
    clearly has too little space for them."""
    require_space(folder, INTAKE_FACTOR * sum(map(_tree_size, paths)) + INTAKE_MARGIN)


def _tree_size(path: Path) -> int:
    try:
        if path.is_file():
            return path.stat().st_size
        return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())
    except OSError:
        return 0  # what cannot be read is said by the import itself


def folder_size(folder: Path) -> int:
    """The bytes of the files directly in `folder` (0 if there is none)."""
    try:
        return sum(entry.stat().st_size for entry in folder.iterdir() if entry.is_file())
    except OSError:
        return 0
