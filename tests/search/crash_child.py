"""Run by test_crash.py as a separate process: change the archive, start catching up the
index, and stop dead at a chosen point (printing its name) until the test kills it."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from storyreader.archive import open_archive
from storyreader.search import SearchIndex, source
from storyreader.search import index as index_module
from storyreader.search.writer import FastSegmentWriter
from tests.search.conftest import put, withdraw


def pause(point: str) -> None:
    print(point, flush=True)
    time.sleep(120)
    raise SystemExit("not killed")


def wrap(owner: Any, name: str, point: str) -> None:
    original = getattr(owner, name)

    def paused(*args: Any, **kwargs: Any) -> Any:
        pause(point)
        return original(*args, **kwargs)

    setattr(owner, name, paused)


HOOKS = {
    "mid-add": (FastSegmentWriter, "commit"),  # documents added, nothing written
    "before-toc": (FastSegmentWriter, "_commit_toc"),  # segment files written, no TOC
    "before-seal": (index_module, "seal"),  # Whoosh committed, nothing fsynced or sealed
    "before-forget": (source, "delete_tasks"),  # sealed, tasks still pending
}


def main(db_path: str, point: str) -> None:
    archive = open_archive(Path(db_path))
    index = SearchIndex.open(archive)
    put(archive, "c1", "Crash one", "The kestrel flew over the dam.")
    put(archive, "c2", "Crash two", "A kestrel nest under the bridge.")
    withdraw(archive, "d1")
    if point == "after-db-commit":
        pause(point)
    owner, name = HOOKS[point]
    wrap(owner, name, point)
    index.catch_up()
    pause("finished")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
