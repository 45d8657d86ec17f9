"""The Sources dialog with real widgets, a real task runner, a real archive and a real
HTTP server on 127.0.0.1: adding a blog, syncing it with a progress bar, cancelling."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.sync import FetchPolicy, list_sources
from storyreader.ui.sync_dialog import SourcesDialog
from storyreader.ui.tasks import TaskRunner
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents
from tests.sync.server import FixtureServer


@pytest.fixture
def archive(archive_path: Path) -> Iterator[Archive]:
    with open_archive(archive_path) as opened:
        yield opened


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def open_dialog(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, policy: FetchPolicy = QUICK
) -> SourcesDialog:
    dialog = SourcesDialog(archive, runner, policy=policy)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def row(dialog: SourcesDialog, index: int = 0) -> QTreeWidgetItem:
    item = dialog.table.topLevelItem(index)
    assert item is not None
    return item


def test_add_a_blog_and_sync_it_now(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, blog: FixtureServer
) -> None:
    dialog = open_dialog(qtbot, archive, runner)
    assert not dialog.sync_button.isEnabled()  # nothing to sync yet
    qtbot.waitUntil(dialog.empty.isVisible)
    assert "No web sources yet" in dialog.empty.text()

    qtbot.keyClicks(dialog.url, blog.origin + "/blog")
    qtbot.keyClicks(dialog.name, "Open Doors")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    assert row(dialog).text(0) == "Open Doors"
    assert row(dialog).text(1) == "Web site"
    assert dialog.stage.text() == "Added Open Doors (Web site)."
    assert not dialog.empty.isVisible()

    with qtbot.waitSignal(dialog.synced, timeout=20_000) as synced:
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert dialog.bar.isVisible() and dialog.cancel_button.isVisible()

    [report] = synced.args[0]
    assert (report.created, report.outcome) == (3, "ok")
    assert (
        "Open Doors: 3 new, 0 updated, 0 withdrawn, 0 unchanged, 0 failed" in dialog.report.text()
    )
    assert not dialog.bar.isVisible() and dialog.sync_button.isEnabled()
    qtbot.waitUntil(lambda: row(dialog).text(2) == "3", timeout=5_000)
    assert len(documents(archive)) == 3


def test_failures_are_listed_by_address(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, blog: FixtureServer
) -> None:
    blog.remove("/blog/a-letter-from-our-director")
    dialog = open_dialog(qtbot, archive, runner)
    qtbot.keyClicks(dialog.url, blog.origin + "/blog")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)

    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)

    assert "1 failed" in dialog.report.text()
    assert (
        f"{blog.origin}/blog/a-letter-from-our-director: the page is gone (the server answered 404)"
        in dialog.report.text()
    )


def test_cancel_stops_the_sync_and_keeps_what_was_saved(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, blog: FixtureServer
) -> None:
    blog.put(
        "/blog/a-kitchen-in-gaziantep",
        blog.text("webflow/blog/a-kitchen-in-gaziantep.html"),
        drip=True,
    )
    dialog = open_dialog(qtbot, archive, runner, policy=replace(QUICK, deadline=3.0))
    qtbot.keyClicks(dialog.url, blog.origin + "/blog")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)

    with qtbot.waitSignal(dialog.synced, timeout=20_000) as synced:
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=10_000)  # one post is done
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.stage.text() == "Stopping after the current batch…"

    [report] = synced.args[0]
    assert report.outcome == "cancelled"
    assert "(Stopped before the end.)" in dialog.report.text()
    assert 1 <= len(documents(archive)) <= 2  # the dripping post never arrives
    assert list_sources(archive)[0].last_outcome == "cancelled"


def test_removing_a_source_keeps_its_documents(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, blog: FixtureServer
) -> None:
    dialog = open_dialog(qtbot, archive, runner)
    qtbot.keyClicks(dialog.url, blog.origin + "/blog")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)

    row(dialog).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 0, timeout=10_000)
    assert "its documents stay in the archive" in dialog.stage.text()
    assert len(documents(archive)) == 3


def test_a_sources_reading_rules_are_checked_and_kept(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, blog: FixtureServer
) -> None:
    dialog = open_dialog(qtbot, archive, runner)
    qtbot.keyClicks(dialog.url, blog.origin + "/blog")
    qtbot.keyClicks(dialog.article_selector, "div[")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is not a CSS selector" in dialog.stage.text(), timeout=10_000)
    assert dialog.stage.text().startswith("div[ is not a CSS selector that can be used here")
    assert dialog.table.topLevelItemCount() == 0 and dialog.url.text()  # nothing lost

    dialog.article_selector.setText("div.w-richtext")
    qtbot.keyClicks(dialog.drop_selector, ".share-block, .related")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)

    [info] = list_sources(archive)
    assert (info.article_selector, info.drop_selectors) == (
        "div.w-richtext",
        (".share-block, .related",),
    )
    assert row(dialog).toolTip(0).splitlines()[1:] == ["div.w-richtext", ".share-block, .related"]
    assert dialog.article_selector.text() == dialog.drop_selector.text() == ""
