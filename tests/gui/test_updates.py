"""Sync and bundles from the main window, as a reader does it: File > Sync now against a real
blog on 127.0.0.1, and a bundle file dropped on the window; afterwards the new stories are in
the list, searchable, and the status line says when the archive was last synced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from storyreader import bundle
from storyreader.archive import open_archive
from storyreader.archive.writes import ensure_source
from storyreader.bundle import export_bundle
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.sync import add_source
from storyreader.ui import updates
from storyreader.ui.main_window import MainWindow
from tests.bundle.conftest import fill_web, web_document
from tests.gui.conftest import OpenWindow, ready
from tests.sync.server import FixtureServer


def titles(window: MainWindow) -> set[str]:
    model = window.library.model
    return {str(model.data(model.index(row, 0))) for row in range(model.rowCount())}


def search(qtbot: QtBot, window: MainWindow, query: str) -> list[str]:
    window.library.search_field.setText(query)
    qtbot.waitUntil(lambda: window.library.results.model.rowCount() > 0, timeout=10_000)
    hits = (
        window.library.results.model.hit(row)
        for row in range(window.library.results.model.rowCount())
    )
    return [hit.title for hit in hits if hit is not None]


def test_sync_now_brings_a_blog_in_and_says_when(
    qtbot: QtBot, open_window: OpenWindow, gui_archive: Path, blog: FixtureServer
) -> None:
    with open_archive(gui_archive) as archive:
        add_source(archive, f"{blog.origin}/blog", name="Open Doors", kind="story")
    window = open_window()
    assert "last synced" not in window.status.text()

    window.commands["sync_now"].trigger()
    dialog = window.updates.sources_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: "Open Doors: 3 new" in dialog.report.text(), timeout=30_000)
    qtbot.waitUntil(lambda: ready(window), timeout=30_000)

    assert "Crossing the river at night" in titles(window)
    assert "last synced today" in window.status.text()
    assert "Crossing the river at night" in search(qtbot, window, "farmhouse")


@pytest.mark.parametrize(("days", "said"), [(1, "last synced yesterday"), (3, "last synced 3 day")])
def test_the_status_line_counts_days_since_the_last_sync(
    open_window: OpenWindow, gui_archive: Path, days: int, said: str
) -> None:
    with open_archive(gui_archive) as archive, archive.write() as session:
        source = ensure_source(session, "Open Doors", "site", url="https://example.org/blog")
        # Noon where the reader is, `days` calendar days ago, stored as UTC like a sync does.
        local_noon = datetime.now().astimezone().replace(hour=12) - timedelta(days=days)
        source.last_synced_at = local_noon.astimezone(UTC).replace(tzinfo=None)
    window = open_window()
    assert said in window.status.text()


def test_a_bundle_dropped_on_the_window_is_shown_then_imported(
    qtbot: QtBot, open_window: OpenWindow, gui_archive: Path, tmp_path: Path
) -> None:
    key = SecretKey.generate()
    with open_archive(tmp_path / "publisher.db") as publisher:
        fill_web(publisher, range(1, 4))
        bundle = export_bundle(publisher, tmp_path / "events.storybundle", key=key).path
    with open_archive(gui_archive) as archive:
        trust_key(archive, key.public, "Events team")
    window = open_window()
    before = window.library.model.rowCount()

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    dialog = window.updates.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "Events team" in dialog.summary.text() and "adds 3" in dialog.summary.text()
    assert window.library.model.rowCount() == before, "nothing is imported before the reader agrees"

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: ready(window), timeout=30_000)
    assert window.library.model.rowCount() == before + 3
    carried = {web_document(number).title for number in range(1, 4)}
    assert carried <= titles(window)
    assert search(qtbot, window, "Story 2")[0] == web_document(2).title


def test_file_menu_offers_sync_and_bundles_with_shortcuts(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    names = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    for wanted in ("&Sources…", "S&ync now", "Import a &bundle…", "E&xport a bundle…"):
        assert wanted in names
    shortcuts = {
        name: window.commands[name].shortcut().toString()
        for name in ("sources", "sync_now", "import_bundle", "export_bundle")
    }
    assert all(shortcuts.values()), shortcuts
    assert len(set(shortcuts.values())) == 4


def test_the_window_knows_bundle_files_by_the_bundle_packages_suffix() -> None:
    assert updates.BUNDLE_SUFFIX == bundle.BUNDLE_SUFFIX
    assert updates.is_bundle(Path("/media/usb/Events.StoryBundle"))
