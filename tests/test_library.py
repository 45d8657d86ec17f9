"""The library as the desktop app browses it, and the reader's own data, on the sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.browse import LibraryView
from storyreader.archive.library import Library
from storyreader.errors import DocumentNotFound, KnownError
from storyreader.importing import import_paths
from tests.conftest import SAMPLE_SOURCES


@pytest.fixture
def library(archive_path: Path) -> Iterator[Library]:
    archive = open_archive(archive_path)
    import_paths(archive, [SAMPLE_SOURCES])
    yield Library(archive)
    archive.close()


def titles(library: Library, ids: list[str]) -> list[str]:
    rows = library.list_rows(ids)
    return [rows[doc_id].title for doc_id in ids]


def test_views_list_the_right_documents_in_order(library: Library) -> None:
    everything = library.documents()
    newest_first = library.document_ids(LibraryView())
    assert newest_first == [document.id for document in everything]
    by_title = titles(library, library.document_ids(LibraryView(), "title", descending=False))
    assert by_title == sorted(by_title, key=str.lower) and len(by_title) == len(everything)
    letters = library.document_ids(LibraryView(kind="letter"))
    assert {document.id for document in everything if document.kind == "letter"} == set(letters)
    korean = library.document_ids(LibraryView(language="ko", year=2021))
    assert korean and all(
        document.language == "ko" and document.published and document.published.year == 2021
        for document in everything
        if document.id in korean
    )
    tagged = library.document_ids(LibraryView(tag="refugees"))
    assert {d.id for d in everything if "refugees" in d.tags} == set(tagged)
    assert library.document_ids(LibraryView(source="nowhere")) == []


def test_shelves_follow_the_readers_own_data(library: Library) -> None:
    first, second, third = library.document_ids(LibraryView())[:3]
    library.set_read(first, True)
    library.set_favourite(second, True)
    library.record_opened(third)
    library.record_opened(first)

    unread = library.document_ids(LibraryView(shelf="unread"))
    assert first not in unread and second in unread
    assert library.document_ids(LibraryView(shelf="favourites")) == [second]
    assert library.document_ids(LibraryView(shelf="recent"), "opened") == [first, third]
    rows = library.list_rows([first, second])
    assert rows[first].is_read and not rows[first].favourite and rows[second].favourite
    counts = library.sidebar_counts()
    total = len(library.documents())
    assert (counts.all, counts.unread, counts.favourites, counts.recent) == (total, total - 1, 1, 2)


def test_sidebar_counts_match_the_documents(library: Library) -> None:
    documents = library.documents()
    counts = library.sidebar_counts()
    assert sum(count for _kind, count in counts.kinds) == len(documents)
    assert dict(counts.languages) == {
        lang: sum(1 for d in documents if d.language == lang) for lang in {"en", "ko"}
    }
    assert counts.kinds[0][1] >= counts.kinds[-1][1]  # largest first
    assert [year for year, _n in counts.years] == sorted(
        (y for y, _n in counts.years), reverse=True
    )
    tag, tagged = counts.tags[0]
    assert tagged == sum(1 for d in documents if tag in d.tags)
    assert counts.sources == [("local", len(documents))]


def test_position_bookmarks_and_notes_round_trip_with_undo(library: Library) -> None:
    doc_id = library.document_ids(LibraryView())[0]
    library.save_position(doc_id, 1.7)
    assert library.reading_info(doc_id).position == 1.0

    mark = library.add_bookmark(doc_id, 0.4, "  the river  ")
    assert [(b.position, b.label) for b in library.bookmarks(doc_id)] == [(0.4, "the river")]
    removed = library.remove_bookmark(mark.id)
    assert removed == mark and library.bookmarks(doc_id) == []
    library.restore_bookmark(mark)
    assert library.bookmarks(doc_id) == [mark]

    note = library.add_note(doc_id, "a quote", 10, 17, "remember this")
    edited = library.update_note(note.id, "remember this, always")
    assert library.notes(doc_id) == [edited]
    deleted = library.delete_note(note.id)
    assert deleted == edited and library.notes(doc_id) == []
    library.restore_note(edited)
    assert library.notes() == [edited]


def test_reader_data_refuses_what_cannot_be(library: Library) -> None:
    with pytest.raises(DocumentNotFound):
        library.set_favourite("nosuchdocument", True)
    doc_id = library.document_ids(LibraryView())[0]
    with pytest.raises(KnownError, match="at most"):
        library.add_note(doc_id, "", 0, 0, "x" * 20_001)
    assert library.delete_note(12345) is None


def test_reimport_keeps_the_readers_data(library: Library) -> None:
    doc_id = library.document_ids(LibraryView())[0]
    library.set_favourite(doc_id, True)
    library.add_note(doc_id, "q", 0, 1, "mine")
    import_paths(library.archive, [SAMPLE_SOURCES])
    assert library.reading_info(doc_id).favourite
    assert [note.text for note in library.notes(doc_id)] == ["mine"]
