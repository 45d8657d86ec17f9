"""Background work: results come back typed to whoever asked, never to a closed dialog, and a
failure nobody handles is shown to the reader (and logged, which fails any other test)."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.ui.main_window import MainWindow
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import GuiThreadCollector, TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def test_a_result_reaches_its_owner_and_not_a_deleted_one(qtbot: QtBot, runner: TaskRunner) -> None:
    live, gone = QObject(), QObject()
    gate = threading.Event()
    received: list[tuple[str, int]] = []

    def work() -> int:
        gate.wait(5)
        return 42

    runner.run(work, lambda number: received.append(("live", number + 1)), owner=live)
    runner.write(work, lambda number: received.append(("gone", number)), owner=gone)
    shiboken6.delete(gone)  # a dialog closed while its work was running
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert received == [("live", 43)]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, runner: TaskRunner) -> Iterator[MainWindow]:
    with open_archive(tmp_path / "empty.db") as archive:
        main = MainWindow(Library(archive), Settings(tmp_path / "settings.ini"), runner)
        qtbot.addWidget(main)
        qtbot.waitUntil(main.is_idle)
        yield main
        main.close()
        runner.wait()


def crash() -> int:
    return 1 // 0


def test_a_failure_nobody_handles_is_shown_and_logged(
    qtbot: QtBot,
    window: MainWindow,
    runner: TaskRunner,
    logged_errors: list[logging.LogRecord],
) -> None:
    runner.run(crash)
    message = "Something went wrong (ZeroDivisionError). The details are in the log file."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    assert [record.exc_info[0] for record in logged_errors if record.exc_info] == [
        ZeroDivisionError
    ]


def test_a_known_error_nobody_handles_is_its_sentence(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner
) -> None:
    def refuse() -> None:
        raise KnownError(QT_TRANSLATE_NOOP("Tests", "The archive is busy; try again in a moment."))

    runner.write(refuse)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "The archive is busy; try again in a moment."
    )


def test_a_bug_in_a_callback_is_shown_and_logged(
    qtbot: QtBot,
    window: MainWindow,
    runner: TaskRunner,
    logged_errors: list[logging.LogRecord],
) -> None:
    runner.run(lambda: 1, lambda _one: crash(), owner=window)
    message = "Something went wrong (ZeroDivisionError). The details are in the log file."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    assert len(logged_errors) == 1


def test_a_full_collection_waits_for_a_minute_not_a_tick(qapp: QApplication) -> None:
    """A full collection walks everything the app holds and stalls a keystroke for tens of
    milliseconds: after the first (which freezes what the app built to start with), the
    collector runs it at most once a minute, however much short-lived garbage searches make."""
    collector = GuiThreadCollector(qapp)
    full: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    gc.callbacks.append(seen)
    try:
        for _ in range(300):  # five minutes of ticks' worth of garbage, in a moment
            garbage: list[list[object]] = [[] for _ in range(1_000)]
            for item in garbage:
                item.append(item)  # a cycle only the collector frees
            del garbage
            collector.collect()
    finally:
        gc.callbacks.remove(seen)
        collector.stop()
    assert len(full) == 1
    assert gc.get_freeze_count() == 0  # stopping gives every object back to the collector
