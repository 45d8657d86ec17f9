"""Killing the process (SIGKILL) between the database commit and the index commit, at several
points: the next open must leave an index that agrees with the archive."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storyreader.archive.db import Archive
from storyreader.search import SearchIndex
from tests.conftest import kill_when_it_says
from tests.search.conftest import fill, pending

ROOT = Path(__file__).resolve().parents[2]
POINTS = ["after-db-commit", "mid-add", "before-toc", "before-seal", "before-forget"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("point", POINTS)
def test_kill_between_database_and_index_commit(archive: Archive, point: str) -> None:
    fill(archive)
    SearchIndex.open(archive).close()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.search.crash_child", str(archive.path), point],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    kill_when_it_says(child, point)
    with SearchIndex.open(archive) as index:
        assert index.check() == []
        assert sorted(hit.id for hit in index.search("kestrel").hits) == ["c1", "c2"]
        assert index.search("flood").total == 0
    assert pending(archive) == 0
