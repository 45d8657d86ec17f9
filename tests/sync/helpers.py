"""Reading back what a sync left in the archive, as a reader's tools would see it."""

from __future__ import annotations

import hashlib
import socket

from sqlalchemy import func, select

from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.archive.models import Document, IndexTask
from storyreader.archive.queries import DocumentDetail, DocumentFilter
from storyreader.sync import FetchPolicy, SyncReport, sync_sources
from tests.sync.conftest import QUICK
from tests.sync.server import tiny_png


def sync(archive: Archive, *names: str, policy: FetchPolicy = QUICK) -> SyncReport:
    """Sync one source (or all, with none named) and return its report."""
    reports = sync_sources(archive, names, policy=policy)
    assert len(reports) == 1, reports
    return reports[0]


def documents(archive: Archive, *, withdrawn: bool = False) -> dict[str, DocumentDetail]:
    """Every document by title, in full."""
    library = Library(archive)
    found = library.documents(DocumentFilter(include_withdrawn=withdrawn))
    return {summary.title: library.document(summary.id) for summary in found}


def fingerprint(archive: Archive) -> tuple[object, ...]:
    """Everything a sync could change about documents: their rows and the index outbox."""
    with archive.read() as session:
        rows = session.execute(
            select(
                Document.id, Document.content_hash, Document.status, Document.modified_at
            ).order_by(Document.id)
        ).all()
        tasks = session.scalar(select(func.count()).select_from(IndexTask))
    return tuple(rows), tasks


def png_sha(path: str) -> str:
    return hashlib.sha256(tiny_png(path)).hexdigest()


def unused_port() -> int:
    """A port on 127.0.0.1 where nothing listens: a host that refuses connections."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
