"""Every Qt model the app shows, checked by Qt's own model tester."""

from __future__ import annotations

from datetime import datetime

from pytestqt.modeltest import ModelTester

from storyreader.archive.browse import LibraryView
from storyreader.archive.reader_data import BookmarkInfo, NoteInfo
from storyreader.search import Hit
from storyreader.ui.item_models import HitListModel
from storyreader.ui.main_window import MainWindow
from storyreader.ui.notes_panel import NotesModel


def test_document_list_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    qtmodeltester.check(window.library.model)
    window.library.model.set_view(LibraryView(language="ko"))
    qtmodeltester.check(window.library.model)
    window.library.model.set_sort("title", descending=False)
    qtmodeltester.check(window.library.model)


def test_sidebar_model(qtmodeltester: ModelTester, window: MainWindow) -> None:
    qtmodeltester.check(window.library.shelf_model)


def test_hit_list_model(qtmodeltester: ModelTester) -> None:
    model = HitListModel()
    hit = Hit("a", "Title", "story", "Author", "en", datetime(2020, 1, 1), 1.0, "<b>x</b>")
    model.set_hits([hit, hit])
    qtmodeltester.check(model)


def test_notes_model(qtmodeltester: ModelTester) -> None:
    model = NotesModel()
    now = datetime(2024, 1, 1)
    model.set_entries(
        [BookmarkInfo(1, "a", 0.5, "here", now)],
        [NoteInfo(2, "a", "quote", 0, 5, "text", True, now, now)],
    )
    qtmodeltester.check(model)
