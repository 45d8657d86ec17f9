"""Opening archives: durability pragmas, creation, refusal of damaged and foreign files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.errors import ArchiveError


def test_every_connection_is_durable(archive_path: Path) -> None:
    with open_archive(archive_path) as archive:
        for engine in (archive.read_engine, archive.write_engine):
            with engine.connect() as connection:
                pragmas = {
                    name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "foreign_keys")
                }
                assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_new_archive_has_an_identity(archive_path: Path) -> None:
    open_archive(archive_path).close()
    rows = dict(sqlite3.connect(archive_path).execute("SELECT key, value FROM archive_info"))
    assert len(rows["archive_id"]) == 36


def test_missing_archive_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="There is no archive at"):
        open_archive(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()


def test_random_bytes_are_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    junk = bytes(range(256)) * 64
    path.write_bytes(junk)
    with pytest.raises(ArchiveError, match="damaged or is not a Story Reader archive"):
        open_archive(path)
    assert path.read_bytes() == junk


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="not a Story Reader archive"):
        open_archive(path)
