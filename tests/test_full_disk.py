"""A full disk (a small tmpfs, filled up): importing says how much space it needs and changes
nothing; searching still answers, from the index as it is, or by title when there is none."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.archive.space import DiskFullError
from storyreader.importing import import_paths
from tests.conftest import RunCli
from tests.disks import fill, small_disk


@pytest.fixture
def full_disk(tmp_path: Path, sample_template: Path, run_cli: RunCli) -> Iterator[Path]:
    """The sample archive, with its search index, on a disk with 40 KB left."""
    with small_disk(tmp_path / "disk", megabytes=8) as disk:
        path = disk / "stories.db"
        shutil.copy(sample_template, path)
        assert run_cli("--archive", path, "search", "boats").returncode == 0
        fill(disk, leave=40_000)
        yield path


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    for number in range(12):
        body = " ".join(f"quetzal{number} word{n}" for n in range(2_000))
        (folder / f"letter-{number}.md").write_text(f"---\ntitle: Letter {number}\n---\n\n{body}\n")
    return folder


def titles(path: Path) -> list[str]:
    with open_archive(path) as archive:
        return sorted(document.title for document in Library(archive).documents())


def test_importing_says_how_much_space_it_needs(
    full_disk: Path, letters: Path, run_cli: RunCli
) -> None:
    before = titles(full_disk)
    refused = run_cli("--archive", full_disk, "import", letters)
    assert refused.returncode == 1
    assert "is full" in refused.stderr and "KB free" in refused.stderr
    assert "needs about" in refused.stderr and "MB free there" in refused.stderr
    assert "unexpectedly" not in refused.stderr and "Traceback" not in refused.stderr
    assert titles(full_disk) == before


def test_a_write_that_meets_the_full_disk_says_so(full_disk: Path, letters: Path) -> None:
    before = titles(full_disk)
    with open_archive(full_disk) as archive, pytest.raises(DiskFullError, match="needs about"):
        import_paths(archive, [letters])  # past the command line's check: SQLite finds it full
    assert titles(full_disk) == before


def test_searching_a_full_disk_answers_from_the_index_or_by_title(
    full_disk: Path, run_cli: RunCli
) -> None:
    found = run_cli("--archive", full_disk, "search", "paper boats", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["hits"][0]["title"] == "The Paper Boats"

    shutil.rmtree(full_disk.with_suffix(".index"))  # no index, and no room to build one
    found = run_cli("--archive", full_disk, "search", "boats", "--json")
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert [hit["title"] for hit in results["hits"]] == ["The Paper Boats"]
    assert "Only titles are searched" in results["message"] and "is full" in results["message"]
