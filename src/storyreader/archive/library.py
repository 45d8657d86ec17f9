"""`Library`: the archive as the desktop app and the command line use it, one object whose
every call is its own unit of work: reading documents, browsing the library, and the
reader's own data (read state, favourites, position, bookmarks, notes).

The desktop app holds one and never sees a session or SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyreader.archive import browse, reader_data
from storyreader.archive.browse import LibraryView, ListRow, SidebarCounts, SortKey
from storyreader.archive.db import Archive
from storyreader.archive.queries import (
    ArchiveStats,
    DocumentDetail,
    DocumentFilter,
    DocumentSummary,
    archive_stats,
    get_document,
    get_media,
    list_documents,
)
from storyreader.archive.reader_data import (
    AnnotatedDocument,
    BookmarkInfo,
    NoteInfo,
    ReadingInfo,
)


class Library:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    # --- documents -----------------------------------------------------------------------

    def documents(
        self, filters: DocumentFilter | None = None, *, sort: str = "date"
    ) -> list[DocumentSummary]:
        with self.archive.read() as session:
            return list_documents(session, filters, sort=sort)

    def document(self, id_or_prefix: str) -> DocumentDetail:
        with self.archive.read() as session:
            return get_document(session, id_or_prefix)

    def media(self, sha256: str) -> tuple[str, bytes] | None:
        with self.archive.read() as session:
            return get_media(session, sha256)

    def stats(self) -> ArchiveStats:
        from storyreader.archive.migrate import current_revision

        schema = current_revision(self.archive) or ""
        with self.archive.read() as session:
            return archive_stats(session, schema)

    # --- browsing ------------------------------------------------------------------------

    def document_ids(
        self, view: LibraryView, sort: SortKey = "date", descending: bool = True
    ) -> list[str]:
        with self.archive.read() as session:
            return browse.document_ids(session, view, sort, descending)

    def list_rows(self, ids: Sequence[str]) -> dict[str, ListRow]:
        with self.archive.read() as session:
            return browse.list_rows(session, ids)

    def sidebar_counts(self) -> SidebarCounts:
        with self.archive.read() as session:
            return browse.sidebar_counts(session)

    # --- the reader's own data -----------------------------------------------------------

    def reading_info(self, document_id: str) -> ReadingInfo:
        with self.archive.read() as session:
            return reader_data.reading_info(session, document_id)

    def set_read(self, document_id: str, is_read: bool) -> None:
        with self.archive.write() as session:
            reader_data.set_read(session, document_id, is_read)

    def set_favourite(self, document_id: str, favourite: bool) -> None:
        with self.archive.write() as session:
            reader_data.set_favourite(session, document_id, favourite)

    def set_read_many(self, document_ids: Sequence[str], is_read: bool) -> dict[str, bool]:
        with self.archive.write() as session:
            return reader_data.set_read_many(session, document_ids, is_read)

    def restore_read(self, states: dict[str, bool]) -> None:
        with self.archive.write() as session:
            reader_data.restore_read(session, states)

    # Reading leaves traces (when a document was opened, where the reader stopped) that a
    # read-only archive cannot keep; they are let go quietly, since nobody asked for them.

    def record_opened(self, document_id: str) -> ReadingInfo:
        if self.archive.read_only is not None:
            return self.reading_info(document_id)
        with self.archive.write() as session:
            return reader_data.record_opened(session, document_id)

    def save_position(self, document_id: str, position: float) -> None:
        if self.archive.read_only is not None:
            return
        with self.archive.write() as session:
            reader_data.save_position(session, document_id, position)

    def bookmarks(self, document_id: str) -> list[BookmarkInfo]:
        with self.archive.read() as session:
            return reader_data.bookmarks(session, document_id)

    def add_bookmark(self, document_id: str, position: float, label: str = "") -> BookmarkInfo:
        with self.archive.write() as session:
            return reader_data.add_bookmark(session, document_id, position, label)

    def remove_bookmark(self, bookmark_id: int) -> BookmarkInfo | None:
        with self.archive.write() as session:
            return reader_data.remove_bookmark(session, bookmark_id)

    def restore_bookmark(self, bookmark: BookmarkInfo) -> BookmarkInfo:
        with self.archive.write() as session:
            return reader_data.restore_bookmark(session, bookmark)

    def notes(self, document_id: str | None = None) -> list[NoteInfo]:
        with self.archive.read() as session:
            return reader_data.notes(session, document_id)

    def add_note(self, document_id: str, quote: str, start: int, end: int, text: str) -> NoteInfo:
        with self.archive.write() as session:
            return reader_data.add_note(session, document_id, quote, start, end, text)

    def update_note(self, note_id: int, text: str) -> NoteInfo:
        with self.archive.write() as session:
            return reader_data.update_note(session, note_id, text)

    def delete_note(self, note_id: int) -> NoteInfo | None:
        with self.archive.write() as session:
            return reader_data.delete_note(session, note_id)

    def restore_note(self, note: NoteInfo) -> NoteInfo:
        with self.archive.write() as session:
            return reader_data.restore_note(session, note)

    def annotated_documents(self, document_id: str | None = None) -> list[AnnotatedDocument]:
        """The documents with bookmarks or notes (or just this one), for exporting them."""
        with self.archive.read() as session:
            return reader_data.annotated_documents(session, document_id)
