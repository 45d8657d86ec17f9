"""What importing a bundle would change, and whether it may: `inspect_bundle` and `refusal`.

Replays and repeats: a publisher's bundles carry a sequence number that only grows (counted
per publisher lane: `ownership.publisher_lane`). A bundle numbered below the highest already
imported from that publisher is refused, and so is a different bundle with the same number.
The same bundle again (same number, same bytes) is not an error: it changes nothing. So is a
bundle made by this very archive, and one whose document would take another's key at its
source. Unsigned bundles and those signed by a key this archive does not trust are refused
unless the reader allows them (`refusal`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.models import BundleImport, Document, Source
from storyreader.archive.queries import archive_id
from storyreader.archive.writes import Publisher
from storyreader.bundle.document_lines import DocumentLine
from storyreader.bundle.ownership import (
    Change,
    Judge,
    OtherDocument,
    local_documents,
    other_document,
    publisher_lane,
)
from storyreader.bundle.verify import OpenedBundle
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence
from storyreader.progress import NullProgress, Progress


@dataclass
class ImportPlan:
    """What `inspect` says: who made the bundle, whether it is trusted, what it would change."""

    file: str
    bytes: int
    sha256: str
    publisher: str
    sequence: int
    created_at: datetime
    since_sequence: int | None
    since: datetime | None
    source_filter: str | None
    documents: int
    withdrawn: int
    media: int
    trust: str  # "trusted", "unknown key" or "unsigned"
    key_id: str | None
    trusted_as: str | None
    replay: str  # "new", "already imported", "older", "conflict" or "own archive"
    last_imported: int | None  # the highest sequence imported from this publisher
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    to_withdraw: list[str] = field(default_factory=list)
    # Documents here the bundle would change but did not bring: left alone unless allowed.
    not_theirs: list[OtherDocument] = field(default_factory=list)
    new_sources: list[str] = field(default_factory=list)
    problem: Sentence | None = None  # why an import would be refused, other than trust
    warnings: list[Sentence] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "delta" if self.since is not None else "full"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("created_at", "since"):
            value = data[key]
            data[key] = value.isoformat() + "Z" if value else None
        data["kind"] = self.kind
        data["problem"] = str(self.problem) if self.problem else None
        data["warnings"] = [str(warning) for warning in self.warnings]
        return data


def inspect_bundle(
    archive: Archive, bundle: OpenedBundle, *, progress: Progress | None = None
) -> ImportPlan:
    manifest = bundle.manifest
    signer = bundle.signer
    plan = ImportPlan(
        file=str(bundle.original),
        bytes=bundle.size,
        sha256=bundle.sha256,
        publisher=manifest.archive_id,
        sequence=manifest.sequence,
        created_at=manifest.created_at,
        since_sequence=manifest.since_sequence,
        since=manifest.since,
        source_filter=manifest.source_filter,
        documents=manifest.documents,
        withdrawn=manifest.withdrawn,
        media=manifest.media_count,
        trust="unsigned" if signer is None else "trusted" if signer.trusted_as else "unknown key",
        key_id=signer.key_id if signer else None,
        trusted_as=signer.trusted_as if signer else None,
        replay="new",
        last_imported=None,
    )
    progress = progress or NullProgress()
    with archive.read() as session:
        _judge_replay(session, bundle, plan)
        known_sources = set(session.scalars(select(Source.name)))
        plan.new_sources = sorted({s.name for s in manifest.sources} - known_sources)
        progress.start(
            i18n.translate("Bundles", "Comparing with the archive"),
            manifest.documents + manifest.withdrawn,
        )
        judge = Judge(bundle)
        for batch in bundle.batches():
            _compare(session, batch, judge, plan)
            progress.advance(len(batch))
    return plan


def _judge_replay(session: Session, bundle: OpenedBundle, plan: ImportPlan) -> None:
    manifest = bundle.manifest
    if archive_id(session) == manifest.archive_id:
        plan.replay = "own archive"
        plan.problem = QT_TRANSLATE_NOOP(
            "Bundles",
            "This bundle was exported from this very archive; there is nothing to import.",
        )
        return
    publisher = bundle.publisher
    from_publisher = publisher_lane(publisher)
    plan.last_imported = session.scalar(
        select(func.max(BundleImport.sequence)).where(*from_publisher)
    )
    same = session.scalars(
        select(BundleImport.bundle_sha256).where(
            *from_publisher, BundleImport.sequence == manifest.sequence
        )
    ).all()
    if bundle.sha256 in same:
        plan.replay = "already imported"
    elif same:
        plan.replay = "conflict"
        plan.problem = QT_TRANSLATE_NOOP(
            "Bundles",
            "A different bundle with the same number (%1) was already imported from this "
            "publisher; this one was not made by the same archive history and was refused.",
        ).with_values(manifest.sequence)
    elif plan.last_imported is not None and manifest.sequence < plan.last_imported:
        plan.replay = "older"
        plan.problem = QT_TRANSLATE_NOOP(
            "Bundles",
            "This bundle (number %1, made %2 UTC) is older than bundle %3 already imported from "
            "the same publisher; importing it would bring back old versions, so it was refused.",
        ).with_values(
            manifest.sequence, f"{manifest.created_at:%Y-%m-%d %H:%M}", plan.last_imported
        )
    _note_other_keys(session, publisher, plan)
    if manifest.since_sequence is not None and plan.replay == "new":
        if plan.last_imported is None:
            plan.warnings.append(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "This bundle holds only what changed since the publisher's bundle %1, and no "
                    "bundle from this publisher was imported here before: documents that did not "
                    "change are not in it.",
                ).with_values(manifest.since_sequence)
            )
        elif plan.last_imported < manifest.since_sequence:
            plan.warnings.append(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "This bundle holds what changed since the publisher's bundle %1, but the last "
                    "one imported here is %2: changes made in between are missing.",
                ).with_values(manifest.since_sequence, plan.last_imported)
            )


def _note_other_keys(session: Session, publisher: Publisher, plan: ImportPlan) -> None:
    keys = set(
        session.scalars(
            select(BundleImport.key_id)
            .where(BundleImport.publisher == publisher.archive_id)
            .distinct()
        )
    )
    signed = sorted(key for key in keys if key is not None and key != publisher.key_id)
    if not signed:
        return
    if publisher.key_id is None:
        plan.warnings.append(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "Bundles from this publisher were signed by key %1 before; this one has no trusted "
                "signature, so it is counted apart from them: it cannot hold their later bundles "
                "back, and it changes none of the documents they brought.",
            ).with_values(", ".join(signed))
        )
    else:
        plan.warnings.append(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "Bundles from this publisher were signed by another key (%1) before; this one, "
                "signed by key %2, is counted apart from them.",
            ).with_values(", ".join(signed), publisher.key_id)
        )


def _compare(
    session: Session, batch: Sequence[DocumentLine], judge: Judge, plan: ImportPlan
) -> None:
    local = local_documents(session, [line.id for line in batch])
    lists = {
        Change.NEW: plan.new,
        Change.UPDATE: plan.updated,
        Change.UNCHANGED: plan.unchanged,
        Change.WITHDRAW: plan.to_withdraw,
    }
    for line in batch:
        document = local.get(line.id)
        change = judge.change(line, document)
        if document is not None and judge.other(line, document, change):
            plan.not_theirs.append(other_document(document, change))
        elif change in lists:
            lists[change].append(line.id)
    _find_clashes(session, [line for line in batch if not line.withdrawn], plan)


def _find_clashes(session: Session, lines: Sequence[DocumentLine], plan: ImportPlan) -> None:
    """A different document here with the same key at the same source would break the
    archive's uniqueness rule mid-import: refuse the bundle before the first write."""
    if not lines or plan.problem:
        return
    pairs = [(line.source, line.source_key) for line in lines]
    rows = session.execute(
        select(Source.name, Document.source_key, Document.id)
        .join(Source, Document.source_id == Source.id)
        .where(tuple_(Source.name, Document.source_key).in_(pairs))
    )
    owners = {(name, key): document_id for name, key, document_id in rows}
    for line in lines:
        owner = owners.get((line.source, line.source_key))
        if owner is not None and owner != line.id:
            plan.problem = QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's document %1 (%2) has the same key at source %3 as document %4 in "
                "this archive; nothing was imported.",
            ).with_values(line.id, line.title, repr(line.source), owner)
            return


def refusal(plan: ImportPlan, *, allow_unsigned: bool) -> Sentence | None:
    """The sentence an import of this bundle would be refused with, or None."""
    if plan.problem:
        return plan.problem
    if allow_unsigned:
        return None
    if plan.trust == "unsigned":
        return QT_TRANSLATE_NOOP(
            "Bundles",
            "This bundle is not signed, so nothing shows who made it or that it is unchanged; it "
            "was refused (use --allow-unsigned only if you know where it came from).",
        )
    if plan.trust == "unknown key":
        return QT_TRANSLATE_NOOP(
            "Bundles",
            "This bundle is signed by key %1, which this archive does not trust; trust the "
            "publisher's public key first with `storyreader keys trust FILE`.",
        ).with_values(plan.key_id)
    return None
