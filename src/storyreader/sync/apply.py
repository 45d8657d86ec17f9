"""Writing a sync into the archive: batches of documents, each batch one transaction.

A batch saves its documents (with their index tasks, through `archive.writes`) together with
the validators of the pages they came from, so a sync killed at any moment leaves every
document either saved with its validators or not at all, and the next sync carries on. The
state of the listings (their validators, the source's cursor) is written last, and only
when nothing failed: until then the next sync reads the listings in full. Reader data is
never written here (`save_document` only flags notes on a changed text).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from storyreader.archive.db import Archive
from storyreader.archive.models import (
    Asset,
    Document,
    DocumentStatus,
    HttpCacheEntry,
    Media,
    Source,
    SyncRun,
)
from storyreader.archive.writes import (
    IncomingDocument,
    SaveOutcome,
    save_document,
    set_status,
    utcnow,
)
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.sync.http import Validators
from storyreader.sync.report import CANCELLED, FAILED, Failure, SyncReport
from storyreader.sync.sources import CacheRecord, Known, Listing, SourceConfig


@dataclass
class Prepared:
    """One candidate, ready to apply: a document to save, one that is gone, or nothing new."""

    key: str
    url: str
    incoming: IncomingDocument | None = None
    cache: CacheRecord | None = None  # the page's validators, stored with the document
    gone: bool = False
    unchanged: bool = False  # the page has not changed since the last sync
    failures: list[Failure] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return self.incoming is not None or self.gone


@dataclass
class Snapshot:
    """What the archive knows before a source's sync starts."""

    known: dict[str, Known] = field(default_factory=dict)
    cache: dict[str, CacheRecord] = field(default_factory=dict)
    stored_images: dict[str, str] = field(default_factory=dict)  # image URL -> sha256


def snapshot(archive: Archive, source_id: int) -> Snapshot:
    with archive.read() as session:
        rows = session.execute(
            select(Document.source_key, Document.id, Document.url, Document.status).where(
                Document.source_id == source_id
            )
        ).all()
        missing = set(
            session.scalars(
                select(Asset.document_id)
                .join(Document, Document.id == Asset.document_id)
                .where(Document.source_id == source_id, Asset.sha256.is_(None))
                .distinct()
            )
        )
        cache = {
            entry.url: CacheRecord(
                Validators(entry.etag, entry.last_modified), entry.content_sha256
            )
            for entry in session.scalars(select(HttpCacheEntry))
        }
        images = {
            url: sha256
            for url, sha256 in session.execute(
                select(Asset.url, Asset.sha256).where(Asset.sha256.is_not(None))
            )
            if sha256
        }
    known = {
        key: Known(id_, url, status == DocumentStatus.ACTIVE, id_ in missing)
        for key, id_, url, status in rows
    }
    return Snapshot(known, cache, images)


def stored_images(archive: Archive, sha256s: Collection[str]) -> dict[str, bytes]:
    """The stored bytes of some pictures, by SHA-256: one query for a document's pictures."""
    if not sha256s:
        return {}
    with archive.read() as session:
        rows = session.execute(
            select(Media.sha256, Media.data).where(Media.sha256.in_(sha256s))
        ).all()
    return {sha256: bytes(data) for sha256, data in rows}


def start_run(archive: Archive, config: SourceConfig) -> int:
    """Open this source's entry in the sync log (and close any left open by a killed sync)."""
    with archive.write() as session:
        session.execute(
            update(SyncRun)
            .where(SyncRun.source_id == config.id, SyncRun.outcome == "running")
            .values(outcome="interrupted")
        )
        run = SyncRun(source_id=config.id, source_name=config.name, started_at=utcnow())
        session.add(run)
        session.flush()
        return run.id


def apply_batch(
    archive: Archive, config: SourceConfig, batch: Iterable[Prepared], report: SyncReport
) -> None:
    """Save one batch in one transaction, counting what happened in `report`."""
    counts = {SaveOutcome.CREATED: 0, SaveOutcome.UPDATED: 0, SaveOutcome.UNCHANGED: 0}
    withdrawn = 0
    with archive.write() as session:
        source = _source(session, config)
        for item in batch:
            if item.gone:
                withdrawn += _withdraw(session, config.id, item.key)
                session.execute(delete(HttpCacheEntry).where(HttpCacheEntry.url == item.url))
            elif item.incoming is not None:
                _, outcome = save_document(session, source, item.incoming)
                counts[outcome] += 1
                if item.cache is not None:
                    _store_cache(session, item.url, item.cache)
    # Counted only once the transaction has committed.
    report.created += counts[SaveOutcome.CREATED]
    report.updated += counts[SaveOutcome.UPDATED]
    report.unchanged += counts[SaveOutcome.UNCHANGED]
    report.withdrawn += withdrawn


def finish_run(
    archive: Archive,
    config: SourceConfig,
    run_id: int,
    report: SyncReport,
    *,
    listing: Listing | None,
    listing_cache: Mapping[str, CacheRecord],
) -> None:
    """Withdraw what the listing says is gone, keep the listing's state when all went well,
    and close the sync log entry: one transaction."""
    complete = listing is not None and report.outcome not in (FAILED, CANCELLED)
    with archive.write() as session:
        source = _source(session, config)
        if complete and listing is not None:
            for key in sorted(listing.gone):
                report.withdrawn += _withdraw(session, config.id, key)
            if not report.failures:
                for url, record in listing_cache.items():
                    _store_cache(session, url, record)
                source.cursor = listing.cursor
            source.last_synced_at = utcnow()
        run = session.get(SyncRun, run_id)
        if run is not None:
            run.finished_at = utcnow()
            run.outcome = report.outcome
            run.created, run.updated = report.created, report.updated
            run.withdrawn, run.unchanged = report.withdrawn, report.unchanged
            run.failed = report.failed
            run.bytes_downloaded = report.bytes_downloaded
            run.report_json = json.dumps(report.to_json(), ensure_ascii=False)


def _source(session: Session, config: SourceConfig) -> Source:
    source = session.get(Source, config.id)
    if source is None:
        raise KnownError(
            QT_TRANSLATE_NOOP("Sources", "The source %1 was removed while it was syncing."),
            config.name,
        )
    return source


def _withdraw(session: Session, source_id: int, key: str) -> int:
    document_id = session.scalar(
        select(Document.id).where(Document.source_id == source_id, Document.source_key == key)
    )
    if document_id is None:
        return 0
    return int(set_status(session, document_id, DocumentStatus.WITHDRAWN))


def _store_cache(session: Session, url: str, record: CacheRecord) -> None:
    session.merge(
        HttpCacheEntry(
            url=url,
            etag=record.validators.etag,
            last_modified=record.validators.last_modified,
            content_sha256=record.content_sha256,
            status=200,
            fetched_at=utcnow(),
        )
    )
