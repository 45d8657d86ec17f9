"""The committed sample archive is what its sources in resources/sample/ build."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from tests.conftest import ROOT
from tools.build_sample_archive import build

COMMITTED = ROOT / "archive.db"


def _contents(path: Path) -> list[tuple[object, ...]]:
    with open_archive(path) as archive:
        library = Library(archive)
        return [
            (
                document.id,
                document.title,
                document.kind,
                document.author,
                document.language,
                document.published,
                document.tags,
                document.content_hash,
                tuple((asset.url, asset.sha256) for asset in document.assets),
            )
            for document in (library.document(summary.id) for summary in library.documents())
        ]


def test_committed_sample_matches_its_sources(tmp_path: Path) -> None:
    committed_copy = tmp_path / "committed.db"
    shutil.copy(COMMITTED, committed_copy)  # never open the repository's file itself
    rebuilt = tmp_path / "rebuilt.db"
    count = build(rebuilt)

    assert count >= 12
    assert _contents(committed_copy) == _contents(rebuilt), (
        "archive.db is out of date: run `.venv/bin/python tools/build_sample_archive.py`"
    )


def test_sample_is_complete_in_one_file() -> None:
    # immutable=1 reads the file alone, as a fresh clone has it, ignoring any local WAL.
    connection = sqlite3.connect(f"file:{COMMITTED}?immutable=1", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM media").fetchone()[0] >= 3
    finally:
        connection.close()
