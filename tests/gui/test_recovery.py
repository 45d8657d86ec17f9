"""A damaged archive at start: the app offers repair or the last backup, and loses nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storyreader.app import open_or_recover
from storyreader.archive.backup import daily_backup
from storyreader.archive.library import Library


def click_when_shown(label_start: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().startswith(label_start):
                button.click()
                return
        raise AssertionError(f"no button {label_start!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def test_a_damaged_archive_can_go_back_to_its_backup(qtbot: QtBot, gui_archive: Path) -> None:
    backup = daily_backup(gui_archive)
    assert backup is not None
    gui_archive.write_bytes(b"\x00" * 8192)
    seen: list[str] = []
    click_when_shown("Restore the backup", seen)
    archive = open_or_recover(gui_archive)
    assert archive is not None
    with archive:
        assert len(Library(archive).documents()) == 16
    assert seen == ["Story Reader cannot read its archive."]
    assert list(gui_archive.parent.glob("library.db.damaged-*"))  # kept, not deleted


def test_quitting_leaves_the_damaged_file_alone(qtbot: QtBot, gui_archive: Path) -> None:
    gui_archive.write_bytes(b"junk" * 2048)
    seen: list[str] = []
    click_when_shown("Quit", seen)
    assert open_or_recover(gui_archive) is None
    assert gui_archive.read_bytes() == b"junk" * 2048
