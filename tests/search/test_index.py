"""The index on disk: tasks, withdrawals, versions, damage, foreign folders, drift, threads."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import pytest

from storyreader.archive.db import Archive
from storyreader.errors import Cancelled
from storyreader.progress import CancelToken
from storyreader.search import IndexBusyError, SearchIndex, schema
from storyreader.search import index as index_module
from storyreader.search.index import SENTINEL
from tests.search.conftest import fill, pending, put, remove, withdraw


def ids(index: SearchIndex, query: str) -> list[str]:
    return sorted(hit.id for hit in index.search(query).hits)


def is_ready(index: SearchIndex) -> bool:
    return index.ready  # a call: mypy would narrow the property across asserts


class RecordingProgress:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def start(self, label: str, total: int | None) -> None:
        self.calls.append(("start", total))

    def advance(self, steps: int = 1, detail: str = "") -> None:
        self.calls.append(("advance", steps))

    def message(self, text: str) -> None:
        self.calls.append(("message", text))


def test_open_builds_beside_the_archive_and_clears_tasks(archive: Archive) -> None:
    fill(archive)
    progress = RecordingProgress()
    with SearchIndex.open(archive, progress=progress) as index:
        assert index.path == archive.path.with_suffix(".index")
        assert (index.path / SENTINEL).is_file()
        assert index.ready
    assert pending(archive) == 0
    assert ("start", 5) in progress.calls
    assert sum(n for name, n in progress.calls if name == "advance") == 5  # type: ignore[misc]


def test_withdrawn_and_deleted_documents_never_appear(sample: SearchIndex) -> None:
    archive = sample.archive
    withdraw(archive, "d1")
    # Not yet replayed: the hit is dropped because SQLite says withdrawn.
    assert "d1" not in ids(sample, "flood")
    assert sample.catch_up() == 1
    assert sample.search("flood").total == 0
    remove(archive, "d3")
    assert sample.catch_up() == 1
    assert ids(sample, "medicine") == []
    assert pending(archive) == 0


def test_changes_are_replayed_and_replaying_twice_is_harmless(sample: SearchIndex) -> None:
    archive = sample.archive
    put(archive, "d2", "A letter about harvests", "The harvest was good this autumn.")
    put(archive, "d6", "New", "A brand new zebra story.")
    assert sample.catch_up() == 2
    assert ids(sample, "harvest") == ["d2"]
    assert ids(sample, "repatriation") == []
    put(archive, "d6", "New", "A brand new zebra story.")  # same again: a second task
    put(archive, "d6", "New", "A brand new zebra story.")
    assert sample.catch_up() == 1
    assert ids(sample, "zebra") == ["d6"]
    assert sample.search("zebra").total == 1
    assert sample.check() == []


def test_schema_change_rebuilds(sample: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    archive, path = sample.archive, sample.path
    sample.close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 999)
    reopened = SearchIndex.attach(archive)
    assert not reopened.ready
    reopened.close()
    with SearchIndex.open(archive) as index:
        assert json.loads((path / SENTINEL).read_text())["schema"] == 999
        assert ids(index, "medicine") == ["d3"]


def test_a_folder_from_elsewhere_is_set_aside_unopened(archive: Archive) -> None:
    fill(archive)
    foreign = archive.path.with_suffix(".index")
    foreign.mkdir()
    (foreign / "_MAIN_1.toc").write_bytes(b"cos\nsystem\n(S'echo pwned'\ntR.")
    with SearchIndex.open(archive) as index:
        assert ids(index, "medicine") == ["d3"]
    aside = list(archive.path.parent.glob("test.index.unknown-*"))
    assert len(aside) == 1
    assert (aside[0] / "_MAIN_1.toc").read_bytes().startswith(b"cos")


def _index_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir() if p.name != SENTINEL and "LOCK" not in p.name)


@pytest.mark.parametrize("damage", ["truncate", "zero", "empty"])
def test_a_damaged_index_file_is_rebuilt_without_asking(archive: Archive, damage: str) -> None:
    fill(archive)
    SearchIndex.open(archive).close()
    path = archive.path.with_suffix(".index")
    for position in range(len(_index_files(path)) + 1):
        name = [*_index_files(path), SENTINEL][position]
        data = (path / name).read_bytes()
        damaged = {
            "truncate": data[: len(data) // 2],
            "zero": bytes(len(data)),
            "empty": b"",
        }[damage]
        (path / name).write_bytes(damaged)
        with SearchIndex.open(archive) as index:
            assert ids(index, "medicine") == ["d3"], name
            assert index.check() == []


def test_damage_found_while_searching_falls_back_to_titles(
    sample: SearchIndex, monkeypatch: pytest.MonkeyPatch, logged_errors: list[logging.LogRecord]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError("torn file")

    assert sample._answers is not None
    monkeypatch.setattr(sample._answers.searcher, "search_with_collector", broken)
    results = sample.search("medicine")
    assert [hit.id for hit in results.hits] == ["d3"]  # its title says medicine
    assert results.message is not None and "titles" in results.message
    assert not is_ready(sample)
    assert sample.catch_up() == 0  # rebuilds
    assert is_ready(sample)
    assert ids(sample, "clinic") == ["d3"]
    assert [record.getMessage() for record in logged_errors] == [
        "The search index failed (TypeError('torn file')); it will be rebuilt"
    ]


def test_titles_are_searchable_before_the_index_exists(archive: Archive) -> None:
    fill(archive)
    with SearchIndex.attach(archive) as index:
        assert not index.ready
        results = index.search("letter repatriation")
        assert [hit.id for hit in results.hits] == ["d2"]
        assert results.message is not None
        index.rebuild()
        assert index.ready


def test_rebuild_can_be_cancelled_and_leaves_the_old_index(sample: SearchIndex) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        sample.rebuild(cancel=token)
    assert ids(sample, "medicine") == ["d3"]
    leftovers = list(sample.path.parent.glob("test.index.new-*"))
    assert leftovers == []


def test_check_reports_and_repairs_drift(sample: SearchIndex) -> None:
    archive = sample.archive
    withdraw(archive, "d1")
    with archive.write() as session:  # lose the task, as a bug elsewhere might
        from storyreader.archive.models import IndexTask

        session.query(IndexTask).delete()
    problems = sample.check()
    assert len(problems) == 1 and "withdrawn or deleted" in problems[0]
    assert sample.check(repair=True) == problems
    assert sample.check() == []
    assert ids(sample, "flood") == []


def test_searches_while_catching_up_from_another_thread(
    sample: SearchIndex, logged_errors: list[logging.LogRecord]
) -> None:
    archive = sample.archive
    errors: list[BaseException] = []
    stop = threading.Event()

    def searching() -> None:
        try:
            while not stop.is_set():
                results = sample.search("story OR letter OR medicine")
                assert results.total >= 0
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=searching) for _ in range(3)]
    for thread in threads:
        thread.start()
    for number in range(15):
        put(archive, f"n{number}", f"Story {number}", "another story about a letter")
        sample.catch_up()
    stop.set()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sample.search("another").total == 15
    assert sample.ready
    # KNOWN BUG, left to search/'s owners: a search racing catch_up can read a segment
    # being replaced ("seek out of range", "list index out of range"), take it for damage and
    # rebuild. Only that message may be logged here; delete this line once it is fixed.
    assert all("it will be rebuilt" in record.getMessage() for record in logged_errors)


def test_a_busy_index_leaves_tasks_for_later(
    sample: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = sample.archive
    put(archive, "d7", "Later", "a later otter")
    other = index_module.Maintainer(archive, sample.path)  # as another process would
    monkeypatch.setattr(index_module, "LOCK_TIMEOUT", 0.2)
    with other.locked():
        assert sample.catch_up() == 0
        with pytest.raises(IndexBusyError):
            sample.rebuild()
    assert pending(archive) == 1
    assert sample.catch_up() == 1
    assert ids(sample, "otter") == ["d7"]


def test_check_finds_a_flipped_byte_and_repair_rebuilds(
    sample: SearchIndex, logged_errors: list[logging.LogRecord]
) -> None:
    path = sample.path
    victim = max(_index_files(path), key=lambda name: (path / name).stat().st_size)
    data = bytearray((path / victim).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (path / victim).write_bytes(bytes(data))
    problems = sample.check(repair=True)
    assert problems == [f"The search index file {victim} is damaged."]
    assert sample.check() == []
    assert ids(sample, "medicine") == ["d3"]
    assert all("it will be rebuilt" in record.getMessage() for record in logged_errors)
