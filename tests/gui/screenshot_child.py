"""Run by test_screenshots.py under Xvfb: the app on the sample archive, in a real X window,
photographed in the states a reader sees. Prints each file's name as it is written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from storyreader.app import install_translations, make_app
from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.sync import add_source
from storyreader.ui.main_window import MainWindow
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner
from tests.sync.server import FixtureServer


def settle(app: QApplication, until: Callable[[], bool], seconds: float = 20) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(int(seconds * 1000))
    while timer.isActive() and not until():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    for _ in range(10):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def open_titled(window: MainWindow, title: str) -> None:
    model = window.library.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            window.library.table.selectRow(row)
            return
    raise SystemExit(f"no document titled {title!r}")


def main(archive_path: Path, settings_path: Path, out: Path) -> None:
    app = make_app()
    install_translations(app, "en")  # as a reader's app does: "16 documents", not "(s)"
    archive = open_archive(archive_path)
    window = MainWindow(Library(archive), Settings(settings_path), TaskRunner())
    window.resize(1400, 860)
    window.show()
    settle(app, window.is_idle)

    def shot(name: str) -> None:
        settle(app, window.is_idle, 5)
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
    window.library.search_field.setText("freedom")
    settle(app, lambda: window.library.results.model.rowCount() > 0)
    first = window.library.results.model.index(0, 0)
    window.library.results.list.setCurrentIndex(first)
    window.library.results.list.activated.emit(first)
    shot("search-results.png")
    sync_shot(app, window, archive, out)
    window.close()


def sync_shot(app: QApplication, window: MainWindow, archive: Archive, out: Path) -> None:
    """The Sources dialog after syncing a blog served on 127.0.0.1."""
    blog = FixtureServer()
    blog.load("webflow")
    try:
        add_source(archive, f"{blog.origin}/blog", name="Open Doors")
        window.commands["sync_now"].trigger()
        dialog = window.updates.sources_dialog
        assert dialog is not None
        settle(app, lambda: bool(dialog.report.text()) and dialog.table.topLevelItemCount() > 0)
        settle(app, window.is_idle, 10)
        dialog.grab().save(str(out / "sync-dialog.png"))
        print("sync-dialog.png", flush=True)
        dialog.close()
    finally:
        blog.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
