"""Run by test_kill.py as a separate process: import a bundle and stop dead at a chosen
point (printing its name) until the test kills it with SIGKILL.

    python -m tests.bundle.crash_child ARCHIVE BUNDLE STAGE COUNT

stops when the stage whose label starts with STAGE has advanced COUNT times; the import's
`advance` after a document is saved runs inside that batch's open transaction.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from storyreader.archive import open_archive
from storyreader.bundle import import_bundle, open_bundle


class PausingProgress:
    def __init__(self, stage: str, count: int) -> None:
        self._stage, self._count = stage, count
        self._label, self._done = "", 0

    def start(self, label: str, total: int | None) -> None:
        self._label, self._done = label, 0

    def advance(self, steps: int = 1, detail: str = "") -> None:
        self._done += 1
        if self._label.startswith(self._stage) and self._done == self._count:
            print(f"{self._stage} {self._count}", flush=True)
            time.sleep(120)
            raise SystemExit("not killed")

    def message(self, text: str) -> None:
        pass


def main(archive_path: str, bundle_path: str, stage: str, count: str) -> None:
    progress = PausingProgress(stage, int(count))
    with (
        open_archive(Path(archive_path)) as archive,
        open_bundle(archive, Path(bundle_path), progress=progress) as bundle,
    ):
        import_bundle(archive, bundle, progress=progress)
    print("finished", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
