"""An archive that cannot be written (its folder or disk is read-only) opens read-only:
reading and search work as before, and anything that would change it says why it cannot,
never that the archive is damaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.db import ReadOnlyArchiveError
from storyreader.archive.library import Library
from storyreader.search import SearchIndex
from tests.conftest import SAMPLE_SOURCES, RunCli
from tests.disks import read_only_folder


@pytest.fixture
def archive_folder(tmp_path: Path, sample_template: Path) -> Path:
    folder = tmp_path / "shelf"
    folder.mkdir()
    shutil.copy(sample_template, folder / "stories.db")
    return folder


def test_the_command_line_reads_and_searches_and_refuses_changes(
    archive_folder: Path, run_cli: RunCli
) -> None:
    path = archive_folder / "stories.db"
    assert run_cli("--archive", path, "search", "boats").returncode == 0  # index built
    before = path.read_bytes()
    with read_only_folder(archive_folder):
        for command in (["stats"], ["check"]):
            shown = run_cli("--archive", path, *command)
            assert shown.returncode == 0, shown.stderr
            assert "damaged" not in shown.stdout + shown.stderr
        found = run_cli("--archive", path, "search", "paper boats", "--json")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["hits"][0]["title"] == "The Paper Boats"
        refused = run_cli("--archive", path, "import", SAMPLE_SOURCES)
        assert refused.returncode == 1
        assert "is read-only" in refused.stderr and "copy it to a folder" in refused.stderr
        assert "damaged" not in refused.stderr and "unexpectedly" not in refused.stderr
    assert path.read_bytes() == before


def test_reading_works_and_every_write_says_why_not(archive_folder: Path) -> None:
    path = archive_folder / "stories.db"
    with open_archive(path) as archive:
        SearchIndex.open(archive).close()
    with read_only_folder(archive_folder), open_archive(path) as archive:
        assert archive.read_only is not None
        library = Library(archive)
        paper_boats = next(doc for doc in library.documents() if doc.title == "The Paper Boats")
        assert "boats" in library.document(paper_boats.id).body_text
        library.record_opened(paper_boats.id)  # reading leaves no trace, and no error
        library.save_position(paper_boats.id, 0.5)
        with pytest.raises(ReadOnlyArchiveError, match="is read-only"):
            library.set_favourite(paper_boats.id, True)
        with SearchIndex.open(archive) as index:
            assert index.ready
            assert index.search("paper boats").hits[0].title == "The Paper Boats"
            assert index.catch_up() == 0
            with pytest.raises(ReadOnlyArchiveError):
                index.rebuild()


def test_without_an_index_a_read_only_archive_is_searched_by_title(archive_folder: Path) -> None:
    path = archive_folder / "stories.db"
    with read_only_folder(archive_folder), open_archive(path) as archive:
        with SearchIndex.open(archive) as index:
            results = index.search("boats")
        assert not index.path.exists()
        assert [hit.title for hit in results.hits] == ["The Paper Boats"]
        assert results.message and "only titles" in results.message
