"""One part of a walk, inside the app:
`python -m tools.journeys.child JOURNEY PART TAG OUT ARCHIVE FIRST`.

Starts Story Reader exactly as the `storyreader` command does (settings, translations from
the system language, the archive opened with its checks, the window placed by the app),
then walks the part once the window is up (or at once, for a part that begins with a
question before the window, at a damaged archive). Exits 0 when the part finished.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from storyreader.app import make_app, run_app
from tools.journeys import JOURNEYS
from tools.journeys.desktop import Desktop
from tools.journeys.walk import Driver, Walk


def main(name: str, number: int, tag: str, out: Path, archive: Path, first: int) -> int:
    app = make_app()
    part = JOURNEYS[name][number]
    outcome: list[str | None] = []
    walks: list[Walk] = []

    def finished(error: str | None) -> None:
        outcome.append(error)
        if error:
            print(error, file=sys.stderr, flush=True)
            if walks:  # what was on the screen when the step failed
                walks[0].shot("FAILED")
        for widget in QApplication.topLevelWidgets():
            widget.close()
        app.quit()

    def begin() -> None:
        window = Walk.main_window()
        if part.window and window is None:
            QTimer.singleShot(100, begin)
            return
        desktop = Desktop(os.environ["DISPLAY"], Path(os.environ["JOURNEY_SCRATCH"]))
        walk = Walk(window, desktop, out, tag, first)
        walks.append(walk)
        Driver(part.walk(walk), finished)

    QTimer.singleShot(0, begin)
    run_app(archive)
    return 0 if outcome == [None] else 1


if __name__ == "__main__":
    name, number, tag, out, archive, first = sys.argv[1:7]
    sys.exit(main(name, int(number), tag, Path(out), Path(archive), int(first)))
