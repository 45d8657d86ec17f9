"""Bytes flipped inside a page of the archive: SQLite keeps no checksum of a page's contents,
so its integrity check passes, but the text is no longer UTF-8. Every command says the
archive is damaged and offers `check --repair` (no traceback, from any process), `check`
finds the document, and `check --repair` mends it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.errors import DamagedArchiveError
from storyreader.progress import NullProgress
from storyreader.search import SearchIndex, schema
from storyreader.search.parallel import build_parallel
from tests.conftest import RunCli
from tests.search.conftest import put

MARKER = b"quetzalmarkerword"


def flip_marker(path: Path) -> int:
    """Flip every byte of every MARKER in the file (as a failing disk might); how many."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    count, start = 0, data.find(MARKER)
    while start >= 0:
        data[start : start + len(MARKER)] = bytes(b ^ 0xFF for b in MARKER)
        count, start = count + 1, data.find(MARKER, start + len(MARKER))
    path.write_bytes(bytes(data))
    return count


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.db"
    with open_archive(path) as archive:
        for number in range(30):
            put(archive, f"doc{number:02}", f"Letter {number}", f"A kestrel over the dam {number}.")
        put(archive, "hurt", "The hurt letter", f"A kestrel {MARKER.decode()} over the dam.")
    assert flip_marker(path) >= 1
    return path


def assert_says_damaged(result: subprocess.CompletedProcess[str], path: Path) -> None:
    stderr = result.stderr
    assert result.returncode == 1, stderr
    assert "is damaged" in stderr and f"--archive {path} check --repair" in stderr
    assert "Traceback" not in stderr and "unexpectedly" not in stderr
    assert len(stderr.strip().splitlines()) == 1  # one sentence


def test_commands_say_damaged_and_check_repair_mends_it(damaged: Path, run_cli: RunCli) -> None:
    assert_says_damaged(run_cli("--archive", damaged, "list", "--json"), damaged)
    assert_says_damaged(run_cli("--archive", damaged, "search", "kestrel"), damaged)

    checked = run_cli("--archive", damaged, "check")
    assert checked.returncode == 1
    assert "Document hurt has damaged text" in checked.stdout
    assert "check --repair" in checked.stdout

    repaired = run_cli("--archive", damaged, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Mended the text of Document hurt" in repaired.stdout

    listed = run_cli("--archive", damaged, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 31
    found = run_cli("--archive", damaged, "search", "kestrel", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 31


def test_an_indexing_process_reports_damage_to_its_parent(
    damaged: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    archive = Archive(damaged)
    folder = tmp_path / "index"
    folder.mkdir()
    try:
        ix = whoosh_index.create_in(str(folder), schema.build_schema(frozenset(), 31))
        ids = [
            "doc00",
            "hurt",
            *(f"doc{number:02}" for number in range(1, 30)),
        ]  # [1::2]: the worker's
        with pytest.raises(DamagedArchiveError, match="check --repair"):
            build_parallel(archive, ix, folder, ids, 2, NullProgress(), None)
    finally:
        archive.close()
    assert "Traceback" not in capfd.readouterr().err  # nothing from the worker either


def test_a_search_index_over_damaged_text_is_not_mistaken_for_a_broken_index(
    damaged: Path,
) -> None:
    with open_archive(damaged) as archive, pytest.raises(DamagedArchiveError):
        SearchIndex.open(archive)
