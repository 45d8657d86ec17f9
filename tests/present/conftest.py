"""Presenting on a real archive (the sample, imported) with two virtual screens when asked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.ui.tasks import GuiThreadCollector
from tests.present.screens import LAPTOP, PROJECTOR, OffscreenScreens

# Titles of sample documents the tests use.
PAPER_BOATS = "The Paper Boats"  # English, with a picture and headings
LANTERN = "창가의 등불"  # Korean, with a picture
KOREAN_LETTER = "한국 후원자 여러분께 드리는 편지"
LETTERS = "Forty-Three Letters"  # English, from HTML, with a picture


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: no garbage collection on a background task's thread (Qt crashes)."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def library(tmp_path: Path, sample_template: Path) -> Iterator[Library]:
    """The imported sample (tests/conftest.py), a copy of its own for each test."""
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(sample_template, folder / "sample.db")
    with open_archive(folder / "sample.db") as archive:
        yield Library(archive)


@pytest.fixture
def sets(library: Library) -> Sets:
    return Sets(library.archive)


def id_of(library: Library, title: str) -> str:
    return next(document.id for document in library.documents() if document.title == title)


@pytest.fixture
def evening(library: Library, sets: Sets) -> SetInfo:
    """A host's set of three stories, the Korean one flagged with a content warning."""
    info = sets.create(
        "Winter evening",
        [id_of(library, title) for title in (PAPER_BOATS, LANTERN, LETTERS)],
        venue="Community hall",
    )
    sets.update_item(info.items[0].id, presenter_notes="Pause after the boats.")
    sets.update_item(info.items[1].id, content_warning="Separation from family")
    return sets.get(info.id)


@pytest.fixture
def two_screens(qapp: QApplication) -> Iterator[OffscreenScreens]:
    """A laptop (the primary screen) and a projector beside it; put back as it was after."""
    screens = OffscreenScreens()
    before = screens.current()
    laptop = {**before[0], **{key: LAPTOP[key] for key in ("width", "height")}}
    screens.set_screens([laptop, PROJECTOR])
    qapp.processEvents()
    yield screens
    screens.set_screens(before)
    qapp.processEvents()
