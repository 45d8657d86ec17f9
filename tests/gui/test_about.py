"""About names the version, the licence, and where the archive and the log file are; the log
rotates instead of growing without end."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from storyreader import __version__
from storyreader.app import LOG_BYTES, LOG_FILES_KEPT, setup_logging
from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.ui.dialogs import AboutDialog, AboutFacts
from storyreader.ui.main_window import MainWindow
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner
from tests.gui.conftest import answer_next_dialog


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:], root.level = handlers, level


def test_about_says_version_licence_and_where_things_are(qtbot: QtBot, tmp_path: Path) -> None:
    archive, log_file = tmp_path / "my archive.db", tmp_path / "logs" / "storyreader.log"
    dialog = AboutDialog(AboutFacts(archive, log_file))
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel)
    assert label is not None
    text = label.text()
    assert f"Story Reader {__version__}" in text
    assert "GNU General Public License" in text
    assert str(archive) in text and str(log_file) in text


def test_help_about_opens_from_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    with open_archive(tmp_path / "a.db") as archive:
        runner = TaskRunner()
        window = MainWindow(Library(archive), Settings(tmp_path / "s.ini"), runner, log_file=None)
        qtbot.addWidget(window)
        seen = answer_next_dialog()
        window.commands["about"].trigger()
        assert seen == ["About Story Reader"]
        window.close()
        runner.wait()
    assert not QApplication.activeModalWidget()


def test_the_log_rotates_and_keeps_a_few_files(tmp_path: Path, restore_root_logger: None) -> None:
    path = setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / "storyreader.log"
    log = logging.getLogger("storyreader.test")
    line = "x" * 1000
    for _ in range((LOG_FILES_KEPT + 2) * LOG_BYTES // 1000):
        log.info(line)
    files = sorted(path.parent.iterdir())
    assert len(files) == LOG_FILES_KEPT + 1  # the current file and the kept ones
    assert all(file.stat().st_size <= LOG_BYTES + 2000 for file in files)
