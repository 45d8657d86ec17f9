"""The app on an archive it cannot write: it opens, says so once, reads and searches, and a
change (here, a favourite) is refused with a sentence instead of failing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.search import SearchIndex
from storyreader.ui.main_window import MainWindow
from storyreader.ui.read_only import announce_read_only
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner
from tests.disks import read_only_folder
from tests.gui.conftest import ready
from tests.gui.test_reading import open_titled


@pytest.fixture
def read_only_app(
    qtbot: QtBot, gui_archive: Path, tmp_path: Path
) -> Iterator[tuple[MainWindow, Archive]]:
    with open_archive(gui_archive) as archive:
        SearchIndex.open(archive).close()
    with read_only_folder(gui_archive.parent), open_archive(gui_archive) as archive:
        window = MainWindow(Library(archive), Settings(tmp_path / "settings.ini"), TaskRunner())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: ready(window), timeout=30_000)
        yield window, archive
        window.close()


def test_a_read_only_archive_opens_with_a_notice(
    qtbot: QtBot, read_only_app: tuple[MainWindow, Archive]
) -> None:
    window, archive = read_only_app
    notice = announce_read_only(window, archive)
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert "is read-only" in notice.text() and "copy it to a folder" in notice.text()
    assert window.windowTitle().endswith("(read-only)")
    notice.accept()

    open_titled(qtbot, window, "The Paper Boats")
    assert "boats" in window.reading.view.toPlainText()
    assert window.statusBar().currentMessage() == ""  # reading leaves no error behind

    window.commands["favourite"].trigger()
    qtbot.waitUntil(lambda: "is read-only" in window.statusBar().currentMessage())
    window.library.search_field.setText("paper boats")
    qtbot.waitUntil(lambda: window.library.results.model.rowCount() > 0)
