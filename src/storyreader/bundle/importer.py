"""Importing a verified bundle: refuse what must be refused, then apply it in batches.

`import_bundle` judges the bundle again (`plan.inspect_bundle`, `plan.refusal`), then
applies the documents in batches of `verify.BATCH_SIZE`, each one transaction with its index
tasks, through `storyreader.archive.writes`, exactly as any other untrusted input. A crash or
kill part way leaves whole batches only; importing the bundle again completes it, and only
the last batch records the bundle (`BundleImport`), so a bundle half imported is never
counted as imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.models import BundleImport, DocumentStatus, Media, Source
from storyreader.archive.sanitize import image_sources
from storyreader.archive.writes import (
    IncomingDocument,
    SaveOutcome,
    StoredPicture,
    ensure_source,
    save_document,
    set_status,
    utcnow,
)
from storyreader.bundle.document_lines import DocumentLine
from storyreader.bundle.format import BundleError
from storyreader.bundle.ownership import (
    Change,
    Judge,
    OtherDocument,
    local_documents,
    other_document,
    publisher_lane,
)
from storyreader.bundle.plan import inspect_bundle, refusal
from storyreader.bundle.verify import OpenedBundle
from storyreader.config import MAX_IMAGES_PER_DOCUMENT
from storyreader.i18n import Sentence
from storyreader.progress import CancelToken, NullProgress, Progress


@dataclass
class ImportReport:
    publisher: str
    sequence: int
    key_id: str | None  # None: imported without a trusted signature
    already_imported: bool = False
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    warnings: list[Sentence] = field(default_factory=list)
    left_alone: list[OtherDocument] = field(default_factory=list)  # not the bundle's own
    taken_over: list[OtherDocument] = field(default_factory=list)  # not its own, but allowed

    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "withdrawn": len(self.withdrawn),
        }


def import_bundle(
    archive: Archive,
    bundle: OpenedBundle,
    *,
    allow_unsigned: bool = False,
    allow_takeover: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import a verified bundle; see the module docstring for what is refused and why.

    `allow_unsigned` also accepts a bundle signed by a key this archive does not trust (its
    signature cannot be checked, so it is no better than an unsigned one). `allow_takeover`
    lets the bundle also change the documents it did not bring (`ImportPlan.not_theirs`).
    """
    progress = progress or NullProgress()
    plan = inspect_bundle(archive, bundle, progress=progress)
    reason = refusal(plan, allow_unsigned=allow_unsigned)
    if reason:
        raise BundleError(reason)
    report = ImportReport(
        publisher=plan.publisher,
        sequence=plan.sequence,
        key_id=bundle.publisher.key_id,
        already_imported=plan.replay == "already imported",
        warnings=list(plan.warnings),
    )
    if report.already_imported:
        report.unchanged = plan.unchanged + plan.updated + plan.new
        return report
    judge = Judge(bundle)
    progress.start(i18n.translate("Bundles", "Importing"), plan.documents + plan.withdrawn)
    for batch, last in _marking_last(bundle.batches()):
        if cancel is not None:
            cancel.raise_if_cancelled()
        with archive.write() as session:
            # Judged again inside the write: the archive may have changed since `inspect`.
            _apply(session, batch, bundle, judge, report, progress, allow_takeover=allow_takeover)
            if last:  # in the same transaction: a bundle half imported is never recorded
                _record(session, bundle, report)
    return report


def _marking_last(
    batches: Iterator[list[DocumentLine]],
) -> Iterator[tuple[list[DocumentLine], bool]]:
    batch = next(batches)  # `batches` always yields a last batch, possibly empty
    for following in batches:
        yield batch, False
        batch = following
    yield batch, True


def _apply(
    session: Session,
    batch: Sequence[DocumentLine],
    bundle: OpenedBundle,
    judge: Judge,
    report: ImportReport,
    progress: Progress,
    *,
    allow_takeover: bool,
) -> None:
    local = local_documents(session, [line.id for line in batch])
    sources: dict[str, Source] = {}
    for line in batch:
        document = local.get(line.id)
        change = judge.change(line, document)
        if document is not None and judge.other(line, document, change):
            if not allow_takeover:
                report.left_alone.append(other_document(document, change))
                change = Change.NOTHING
            else:
                report.taken_over.append(other_document(document, change))
        if change == Change.WITHDRAW:
            set_status(session, line.id, DocumentStatus.WITHDRAWN)
            report.withdrawn.append(line.id)
        elif change == Change.UNCHANGED:
            report.unchanged.append(line.id)
        elif change in (Change.NEW, Change.UPDATE):
            if line.source not in sources:
                entry = judge.entries[line.source]
                sources[line.source] = ensure_source(
                    session, entry.name, entry.type, url=entry.url, default_kind=entry.default_kind
                )
            _save(session, sources[line.source], line, bundle, report)
        progress.advance(1)  # inside the batch's transaction (the kill tests stop here)


def _pictures(
    session: Session, line: DocumentLine, bundle: OpenedBundle
) -> dict[str, bytes | StoredPicture]:
    """The pictures `save_document` will keep (the first `MAX_IMAGES_PER_DOCUMENT` of the
    page): those stored already by their SHA-256, the others read from the bundle, each once.
    Reading a stored picture again for every document that shows it would let a small bundle
    cost gigabytes of reading."""
    if len(line.images) <= MAX_IMAGES_PER_DOCUMENT:
        wanted = dict(line.images)  # at most the cap: no need to find which come first
    else:
        wanted = {
            src: line.images[src]
            for src in image_sources(line.html)[:MAX_IMAGES_PER_DOCUMENT]
            if src in line.images
        }
    if not wanted:
        return {}
    stored: dict[str, bytes | StoredPicture] = {
        sha: StoredPicture(sha, mime, size)
        for sha, mime, size in session.execute(
            select(Media.sha256, Media.mime, Media.size).where(
                Media.sha256.in_(set(wanted.values()))
            )
        )
    }
    for sha in set(wanted.values()) - stored.keys():
        stored[sha] = bundle.media(sha)
    return {src: stored[sha] for src, sha in wanted.items()}


def _save(
    session: Session, source: Source, line: DocumentLine, bundle: OpenedBundle, report: ImportReport
) -> None:
    incoming = IncomingDocument(
        origin=line.origin,
        source_key=line.source_key,
        title=line.title,
        html=line.html,
        kind=line.kind,
        author=line.author,
        language=line.language,
        published=line.published,
        updated=line.updated,
        summary=line.summary,
        url=line.url if _is_web_address(line.url) else None,
        tags=line.tags,
        images=_pictures(session, line, bundle),
        text=line.text,
    )
    document_id, outcome = save_document(session, source, incoming, publisher=bundle.publisher)
    {
        SaveOutcome.CREATED: report.created,
        SaveOutcome.UPDATED: report.updated,
        SaveOutcome.UNCHANGED: report.unchanged,
    }[outcome].append(document_id)


def _is_web_address(url: str | None) -> bool:
    return url is not None and urlsplit(url).scheme.lower() in ("http", "https")


def _record(session: Session, bundle: OpenedBundle, report: ImportReport) -> None:
    manifest = bundle.manifest
    done = session.scalar(
        select(BundleImport.id).where(
            *publisher_lane(bundle.publisher),
            BundleImport.sequence == manifest.sequence,
            BundleImport.bundle_sha256 == bundle.sha256,
        )
    )
    if done is not None:  # another import of the same bundle finished first
        return
    session.add(
        BundleImport(
            publisher=manifest.archive_id,
            key_id=report.key_id,
            sequence=manifest.sequence,
            bundle_sha256=bundle.sha256,
            bundle_created_at=manifest.created_at,
            imported_at=utcnow(),
            report_json=json.dumps(report.counts()),
        )
    )
