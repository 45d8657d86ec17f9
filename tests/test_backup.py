"""Backups, restoring one, and repairing a damaged archive: nothing the user had is lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.backup import backups, daily_backup, repair_archive, restore_backup
from storyreader.archive.library import Library
from storyreader.errors import ArchiveError, DamagedArchiveError
from storyreader.importing import import_paths
from tests.conftest import SAMPLE_SOURCES, RunCli


@pytest.fixture
def sample(archive_path: Path) -> Path:
    with open_archive(archive_path) as archive:
        import_paths(archive, [SAMPLE_SOURCES])
    return archive_path


def titles(path: Path) -> set[str]:
    with open_archive(path) as archive:
        return {document.title for document in Library(archive).documents()}


def damage_index(path: Path, index_name: str) -> None:
    """Empty one index's root page (a valid page that has lost every entry), as a torn write
    can leave it; the tables stay readable."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (index_name,)
    ).fetchone()[0]
    connection.close()
    empty_leaf = b"\x0a\x00\x00\x00\x00" + page_size.to_bytes(2, "big") + b"\x00"
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(empty_leaf + bytes(page_size - len(empty_leaf)))


def test_one_backup_a_day_and_only_a_few_kept(sample: Path) -> None:
    first = daily_backup(sample)
    assert first is not None and titles(first) == titles(sample)
    assert daily_backup(sample) is None  # already made today
    for day in range(5):  # backups of earlier days
        (sample.parent / f"{sample.name}.daily-2020010{day}T000000.bak").write_bytes(b"")
    first.unlink()
    assert daily_backup(sample) is not None
    assert len(list(sample.parent.glob("*.daily-*.bak"))) == 3
    assert backups(sample)[0].path.stat().st_size > 0  # newest first


def test_a_backup_of_an_archive_named_with_uri_characters(tmp_path: Path) -> None:
    path = tmp_path / "events #2 %41.db"
    with open_archive(path) as archive:
        import_paths(archive, [SAMPLE_SOURCES])
    backup = daily_backup(path)
    assert backup is not None and titles(backup) == titles(path)


def test_restoring_a_backup_keeps_the_damaged_file_aside(sample: Path) -> None:
    backup = daily_backup(sample)
    assert backup is not None
    expected = titles(sample)
    sample.write_bytes(b"not a database at all" * 1000)
    with pytest.raises(DamagedArchiveError):
        open_archive(sample)
    aside = restore_backup(sample, backup)
    assert aside.read_bytes().startswith(b"not a database")
    assert titles(sample) == expected


def test_a_damaged_backup_is_refused(sample: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.bak"
    bad.write_bytes(b"junk" * 100)
    before = sample.read_bytes()
    with pytest.raises(ArchiveError, match="damaged too"):
        restore_backup(sample, bad)
    assert sample.read_bytes() == before


def test_repair_rebuilds_a_damaged_index(sample: Path) -> None:
    expected = titles(sample)
    damage_index(sample, "ix_documents_published")
    connection = sqlite3.connect(sample)
    assert connection.execute("PRAGMA integrity_check").fetchone() != ("ok",)
    connection.close()
    aside = repair_archive(sample)
    assert aside != sample and aside.exists()
    assert titles(sample) == expected
    connection = sqlite3.connect(sample)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_repair_says_so_when_nothing_can_be_saved(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"\x00garbage" * 4096)
    copy = tmp_path / "copy"
    shutil.copy(path, copy)
    with pytest.raises(ArchiveError, match="restore a backup"):
        repair_archive(path)
    assert path.read_bytes() == copy.read_bytes()


def test_check_repair_salvages_a_damaged_archive(sample: Path, run_cli: RunCli) -> None:
    damage_index(sample, "ix_documents_published")
    found = run_cli("--archive", sample, "check")
    repaired = run_cli("--archive", sample, "check", "--repair")
    after = run_cli("--archive", sample, "check")
    assert found.returncode == 1 and "damaged" in found.stdout
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Rebuilt the archive" in repaired.stdout
    assert after.returncode == 0 and "healthy" in after.stdout
    assert len(titles(sample)) == 16
