"""The desktop app's composition root: opens the archive, builds the window, runs Qt."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from storyreader import __version__
from storyreader.errors import KnownError


def run_app(archive_path: Path, argv: list[str] | None = None) -> int:
    from storyreader.archive import open_archive
    from storyreader.archive.library import Library
    from storyreader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Story Reader")
    app.setOrganizationName("storyreader")
    app.setApplicationVersion(__version__)
    try:
        archive = open_archive(archive_path)
    except KnownError as error:
        QMessageBox.critical(None, "Story Reader", str(error))
        return 1
    with archive:
        window = MainWindow(Library(archive))
        window.show()
        return app.exec()
