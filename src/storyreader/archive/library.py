"""`Library`: the archive's read side as one object, each call its own unit of work.

The desktop app holds one and never sees a session or SQL; the command line uses it too.
"""

from __future__ import annotations

from storyreader.archive.db import Archive
from storyreader.archive.migrate import current_revision
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


class Library:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive

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
        schema = current_revision(self.archive) or ""
        with self.archive.read() as session:
            return archive_stats(session, schema)
