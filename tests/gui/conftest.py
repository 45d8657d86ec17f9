"""The desktop app on a real archive (the imported sample) with real widgets and settings."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.ui.main_window import MainWindow
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import GuiThreadCollector, TaskRunner
from storyreader.ui.theme import ui_font
from tests.sync.server import FixtureServer

OpenWindow = Callable[[], MainWindow]


@pytest.fixture(scope="session", autouse=True)
def app_font(qapp: QApplication) -> None:
    """The app's own font, as `storyreader.app.make_app` sets it (Hangul and Latin in one
    family): what the app lays out with is what the tests measure."""
    qapp.setFont(ui_font(qapp.font()))


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: no garbage collection on a background task's thread (Qt crashes)."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def blog(allow_loopback: None) -> Iterator[FixtureServer]:
    """A Webflow-like blog served on 127.0.0.1, for syncing from the app."""
    server = FixtureServer()
    server.load("webflow")
    yield server
    server.close()


@pytest.fixture
def gui_archive(tmp_path: Path, sample_template: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(sample_template, folder / "library.db")
    return folder / "library.db"


@pytest.fixture
def open_window(qtbot: QtBot, gui_archive: Path, tmp_path: Path) -> Iterator[OpenWindow]:
    """Start the app as it starts for a user (same settings file each time: a restart)."""
    archives: list[Archive] = []
    settings_file = tmp_path / "settings.ini"

    def make() -> MainWindow:
        archive = open_archive(gui_archive)
        archives.append(archive)
        window = MainWindow(Library(archive), Settings(settings_file), TaskRunner())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: ready(window), timeout=30_000)
        return window

    yield make
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
    for archive in archives:
        archive.close()


def ready(window: MainWindow) -> bool:
    """The search index is open and up to date, and no background work is under way."""
    return window.is_idle()


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window()


def answer_next_dialog(
    accept: bool = False, button: QMessageBox.StandardButton | None = None, text: str = ""
) -> list[str]:
    """Answer the next modal dialog when it opens; returns what it said (filled in later)."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(_dialog_text(dialog))
        if isinstance(dialog, QMessageBox) and button is not None:
            dialog.button(button).click()
        elif isinstance(dialog, QDialog):
            if text and hasattr(dialog, "setTextValue"):
                dialog.setTextValue(text)
            dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def _dialog_text(dialog: QWidget) -> str:
    if isinstance(dialog, QMessageBox):
        return f"{dialog.text()}\n{dialog.informativeText()}"
    return dialog.windowTitle()
