"""One walk, inside the app: `python -m tools.journeys.child JOURNEY TAG OUT ARCHIVE`.

Starts Story Reader exactly as the `storyreader` command does (settings, translations from
the system language, the archive opened with its checks, the window placed by the app),
then walks the journey once the window is up. Exits 0 when the journey finished.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from storyreader.app import make_app, run_app
from storyreader.ui.main_window import MainWindow
from tools.journeys import JOURNEYS
from tools.journeys.desktop import Desktop
from tools.journeys.walk import Driver, Walk


def main(journey_name: str, tag: str, out: Path, archive: Path) -> int:
    app = make_app()
    outcome: list[str | None] = []

    def finished(error: str | None) -> None:
        outcome.append(error)
        if error:
            print(error, file=sys.stderr, flush=True)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        app.quit()

    def begin() -> None:
        window = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None
        )
        if window is None or not window.isVisible():
            QTimer.singleShot(100, begin)
            return
        desktop = Desktop(os.environ["DISPLAY"], Path(os.environ["JOURNEY_SCRATCH"]))
        walk = Walk(window, desktop, out, tag)
        Driver(JOURNEYS[journey_name](walk), finished)

    QTimer.singleShot(0, begin)
    run_app(archive)
    return 0 if outcome == [None] else 1


if __name__ == "__main__":
    name, tag, out, archive = sys.argv[1:5]
    sys.exit(main(name, tag, Path(out), Path(archive)))
