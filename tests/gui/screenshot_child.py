"""Run by test_screenshots.py under Xvfb: the app on the sample archive, in a real X window,
photographed in the states a reader sees. Prints each file's name as it is written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from storyreader.app import make_app
from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.ui.main_window import MainWindow
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner


def settle(app: QApplication, until: Callable[[], bool], seconds: float = 20) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(int(seconds * 1000))
    while timer.isActive() and not until():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    for _ in range(10):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def open_titled(window: MainWindow, title: str) -> None:
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            window.table.selectRow(row)
            return
    raise SystemExit(f"no document titled {title!r}")


def main(archive_path: Path, settings_path: Path, out: Path) -> None:
    app = make_app()
    window = MainWindow(Library(open_archive(archive_path)), Settings(settings_path), TaskRunner())
    window.resize(1400, 860)
    window.show()
    settle(app, lambda: window.index is not None and window.index.ready and not window._runner.busy)

    def shot(name: str) -> None:
        settle(app, lambda: not window._runner.busy, 5)
        window.grab().save(str(out / name))
        print(name, flush=True)

    window.set_theme("light")
    open_titled(window, "The Paper Boats")
    shot("main-light.png")
    window.set_theme("dark")
    shot("main-dark.png")
    window.set_theme("light")
    open_titled(window, "한국 후원자 여러분께 드리는 편지")
    shot("korean-document.png")
    window.search_field.setText("freedom")
    settle(app, lambda: window.search_panel.model.rowCount() > 0)
    first = window.search_panel.model.index(0, 0)
    window.search_panel.list.setCurrentIndex(first)
    window.search_panel.list.activated.emit(first)
    shot("search-results.png")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
