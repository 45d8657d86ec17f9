"""Importing a bundle: copy it off the stick, verify the copy, say what it would change, apply.

`open_bundle` copies the file to a private temporary file beside the archive and verifies
that copy completely (the zip's directory against the limits, the signature, every member's
size and SHA-256, every document line, every text storable) before anything is written; the
import then reads the same copy, so a stick pulled out at any moment can only stop the copy.
Reading stops at the first line past the counts the manifest declares, and those counts are
limited, so a small file cannot make an import run for hours. `inspect_bundle` compares the
bundle with the archive. `import_bundle` refuses what must be refused (unsigned, unknown key,
older than a bundle already imported from the same publisher), then applies the documents in
batches, each one transaction with its index tasks, through `storyreader.archive.writes`,
exactly as any other untrusted input.

Replays and repeats: a publisher is the exporting archive's identity together with the key
that signed its bundle (`Publisher`; no key for an unsigned or untrusted one), so a bundle
that only claims a publisher's identity cannot move the numbers of its signed bundles. Its
bundles carry a sequence number that only grows. A bundle numbered below the highest already
imported from that publisher is refused. The same bundle again (same number, same bytes) is
not an error: it changes nothing. A crash or kill part way leaves whole batches only;
importing the bundle again completes it, and only the last batch records the bundle.

A bundle changes only what is its own: documents its publisher's bundles brought, and those
of a web source it shares (the same address). Anything else it names (a file the reader
imported, another source's page) is left alone and listed by title, unless the reader agrees
to let it take them (`allow_takeover`).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, func, select, tuple_
from sqlalchemy.orm import Session, selectinload

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.media import sha256_hex
from storyreader.archive.models import (
    BundleImport,
    Document,
    DocumentStatus,
    Media,
    Source,
)
from storyreader.archive.queries import archive_id
from storyreader.archive.sanitize import image_sources
from storyreader.archive.writes import (
    IncomingDocument,
    Publisher,
    SaveOutcome,
    StoredPicture,
    ensure_source,
    save_document,
    set_status,
    stable_id,
    utcnow,
)
from storyreader.bundle.format import (
    DOCUMENTS,
    MANIFEST,
    MEDIA_PREFIX,
    SIGNATURE,
    BundleError,
    DocumentLine,
    Limits,
    Manifest,
    SourceEntry,
    damaged,
    fingerprint,
    open_zip,
    parse_line,
    read_lines,
    read_small,
    verify_member,
)
from storyreader.bundle.sign import Signature, find_trusted
from storyreader.config import MAX_IMAGES_PER_DOCUMENT
from storyreader.progress import CancelToken, NullProgress, Progress

BATCH_SIZE = 200
_COPY_CHUNK = 1 << 20
_SPARE_DISK = 64 * 2**20


@dataclass(frozen=True)
class Signer:
    key_id: str
    trusted_as: str | None  # the name this archive trusts the key under; None: unknown key


class OpenedBundle:
    """A verified private copy of a bundle; close it (or use `with`) to delete the copy."""

    def __init__(
        self,
        original: Path,
        copy: Path,
        sha256: str,
        size: int,
        limits: Limits,
    ) -> None:
        self.original = original
        self.copy = copy
        self.sha256 = sha256
        self.size = size
        self.limits = limits
        self.signer: Signer | None = None
        self._zip: zipfile.ZipFile | None = None
        self._manifest: Manifest | None = None

    @property
    def manifest(self) -> Manifest:
        assert self._manifest is not None, "opened bundles have a manifest"
        return self._manifest

    @property
    def trusted(self) -> bool:
        return self.signer is not None and self.signer.trusted_as is not None

    @property
    def publisher(self) -> Publisher:
        """Who made the bundle, as far as can be shown: the archive it names, and the key
        only when this archive trusts it and its signature is valid."""
        key_id = self.signer.key_id if self.trusted and self.signer is not None else None
        return Publisher(self.manifest.archive_id, key_id)

    def _zipfile(self) -> zipfile.ZipFile:
        assert self._zip is not None, "the bundle is closed"
        return self._zip

    def lines(self) -> Iterator[DocumentLine]:
        for number, raw in enumerate(read_lines(self._zipfile(), self.limits), start=1):
            yield parse_line(raw, number)

    def media(self, sha256: str) -> bytes:
        name = MEDIA_PREFIX + sha256
        data = read_small(self._zipfile(), name)
        if sha256_hex(data) != sha256:
            raise damaged(name)
        return data

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        self.copy.unlink(missing_ok=True)

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_bundle(
    archive: Archive,
    path: Path,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> OpenedBundle:
    """Copy the bundle beside the archive and verify the copy; raise BundleError with the
    reason if it is damaged, unsafe or tampered with. Whether its signer is trusted is
    recorded, not enforced: `import_bundle` decides."""
    limits = limits or Limits()
    progress = progress or NullProgress()
    bundle = _copy_aside(Path(path), archive.path.parent, limits, progress, cancel)
    try:
        bundle._zip = open_zip(bundle.copy, limits)
        raw_manifest = read_small(bundle._zip, MANIFEST)
        bundle.signer = _check_signature(archive, bundle._zip, raw_manifest)
        bundle._manifest = Manifest.parse(raw_manifest)
        _check_declared(bundle._manifest, limits)
        _verify_members(bundle, progress, cancel)
        _check_lines(bundle, progress, cancel)
    except BaseException:
        bundle.close()
        raise
    return bundle


def _copy_aside(
    path: Path, folder: Path, limits: Limits, progress: Progress, cancel: CancelToken | None
) -> OpenedBundle:
    try:
        status = path.stat()
    except OSError as error:
        raise BundleError(f"Cannot read {path}: {error.strerror}.") from None
    if not stat.S_ISREG(status.st_mode):
        raise BundleError(f"{path} is not a bundle file.")
    if status.st_size > limits.max_bundle_bytes:
        raise BundleError(f"{path} is larger than a bundle may be; nothing was read.")
    if shutil.disk_usage(folder).free < status.st_size + _SPARE_DISK:
        raise BundleError(
            f"There is not enough free space beside the archive to copy {path.name} "
            f"({status.st_size / 2**20:,.0f} MB) before importing it."
        )
    _remove_leftovers(folder)
    descriptor, name = tempfile.mkstemp(prefix=f".bundle-{os.getpid()}-", suffix=".tmp", dir=folder)
    copy = Path(name)
    digest = hashlib.sha256()
    size = 0
    progress.start(i18n.fill(i18n.translate("Bundles", "Copying %1"), path.name), status.st_size)
    try:
        with path.open("rb") as source, os.fdopen(descriptor, "wb") as target:
            while block := source.read(_COPY_CHUNK):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                size += len(block)
                if size > limits.max_bundle_bytes:
                    raise BundleError(f"{path} is larger than a bundle may be; nothing was read.")
                digest.update(block)
                target.write(block)
                progress.advance(len(block))
    except OSError as error:
        copy.unlink(missing_ok=True)
        raise BundleError(
            f"Could not read {path} to the end ({error.strerror}); was the stick removed? "
            "Nothing was imported."
        ) from None
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return OpenedBundle(path, copy, digest.hexdigest(), size, limits)


def _remove_leftovers(folder: Path) -> None:
    """Delete private copies left by imports that were killed (their process is gone)."""
    for leftover in folder.glob(".bundle-*-*.tmp"):
        pid = leftover.name.split("-")[1]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        if sys.platform != "win32" and _is_running(int(pid)):
            continue
        with contextlib.suppress(OSError):  # on Windows, a copy still in use cannot be deleted
            leftover.unlink()


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists (POSIX)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _check_signature(archive: Archive, bundle: zipfile.ZipFile, manifest: bytes) -> Signer | None:
    if SIGNATURE not in bundle.namelist():
        return None
    signature = Signature.parse(read_small(bundle, SIGNATURE))
    trusted = find_trusted(archive, signature.key_id)
    if trusted is None:
        return Signer(signature.key_id_text, None)
    trusted.public_key.verify(manifest, signature)
    return Signer(signature.key_id_text, trusted.name)


def _check_declared(manifest: Manifest, limits: Limits) -> None:
    lines = manifest.documents + manifest.withdrawn
    if lines > limits.max_lines:
        raise BundleError(
            f"The bundle's manifest declares {lines:,} documents and withdrawals, more than "
            f"the {limits.max_lines:,} a bundle may hold; nothing was read from it."
        )


def _verify_members(bundle: OpenedBundle, progress: Progress, cancel: CancelToken | None) -> None:
    manifest, archive = bundle.manifest, bundle._zipfile()
    present = set(archive.namelist()) - {MANIFEST, SIGNATURE}
    listed = set(manifest.members)
    if present != listed:
        extra = sorted(present - listed) or sorted(listed - present)
        raise BundleError(
            f"The bundle's files do not match its manifest ({extra[0]}); it was changed or "
            "damaged after it was made. Nothing was imported."
        )
    if DOCUMENTS not in listed:
        raise BundleError("The bundle has no documents file; nothing was imported.")
    for name, entry in manifest.members.items():
        if name.startswith(MEDIA_PREFIX) and entry.sha256 != name[len(MEDIA_PREFIX) :]:
            raise damaged(name)
    progress.start(
        i18n.translate("Bundles", "Checking the bundle"),
        sum(entry.size for entry in manifest.members.values()),
    )
    for name, entry in sorted(manifest.members.items()):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for read in verify_member(archive, name, entry):
            progress.advance(read)


def _check_lines(bundle: OpenedBundle, progress: Progress, cancel: CancelToken | None) -> None:
    """Every line valid, ids matching their origins, images present, nothing twice."""
    manifest = bundle.manifest
    sources = {source.name for source in manifest.sources}
    ids: set[str] = set()
    keys: set[tuple[str, str]] = set()
    active = withdrawn = 0
    progress.start(
        i18n.translate("Bundles", "Reading documents"), manifest.documents + manifest.withdrawn
    )
    for number, line in enumerate(bundle.lines(), start=1):
        if cancel is not None and number % BATCH_SIZE == 0:
            cancel.raise_if_cancelled()
        where = f"The bundle's document line {number}"
        if number > manifest.documents + manifest.withdrawn:  # stop here, not at the end
            raise BundleError(_MISCOUNTED)
        if line.id in ids:
            raise BundleError(f"{where} repeats a document that is already in the bundle.")
        ids.add(line.id)
        if line.withdrawn:
            withdrawn += 1
        else:
            active += 1
            if stable_id(line.origin) != line.id:
                raise BundleError(f"{where} has an id that does not belong to its origin.")
            if line.source not in sources:
                raise BundleError(f"{where} names a source its manifest does not list.")
            if (line.source, line.source_key) in keys:
                raise BundleError(f"{where} repeats another document's key at its source.")
            keys.add((line.source, line.source_key))
            if any(MEDIA_PREFIX + sha not in manifest.members for sha in line.images.values()):
                raise BundleError(f"{where} uses an image the bundle does not hold.")
        progress.advance(1)
        if active > manifest.documents or withdrawn > manifest.withdrawn:
            raise BundleError(_MISCOUNTED)
    if (active, withdrawn) != (manifest.documents, manifest.withdrawn):
        raise BundleError(_MISCOUNTED)


_MISCOUNTED = (
    "The bundle holds a different number of documents than its manifest says; nothing was imported."
)


# --- what an import would change ---------------------------------------------------------------


class Change(enum.StrEnum):
    """What importing one line does to this archive's copy of its document."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    WITHDRAW = "withdraw"
    NOTHING = "nothing"  # the withdrawal of a document this archive lacks or withdrew


@dataclass(frozen=True)
class OtherDocument:
    """A document here that a bundle would change but did not bring: left alone unless the
    reader lets the bundle take it."""

    id: str
    title: str
    source: str  # the source it is in here
    change: str  # "update" or "withdraw"


class _Judge:
    """Decides line by line what importing does, and whether the bundle may: a publisher
    changes only what its own bundles brought, and what this archive's own sync brought from
    a web source the bundle shares (the same type and address). A local file has no address,
    so no bundle shares it; another publisher's documents are that publisher's."""

    def __init__(self, bundle: OpenedBundle) -> None:
        self.owner = bundle.publisher
        self.entries: dict[str, SourceEntry] = {e.name: e for e in bundle.manifest.sources}
        self.shared = {(e.type, e.url) for e in bundle.manifest.sources if e.url}

    @staticmethod
    def change(line: DocumentLine, document: Document | None) -> Change:
        active = document is not None and document.status == DocumentStatus.ACTIVE
        if line.withdrawn:
            return Change.WITHDRAW if active else Change.NOTHING
        if document is None:
            return Change.NEW
        if active and fingerprint(document) == line.fingerprint:
            return Change.UNCHANGED
        return Change.UPDATE

    def owns(self, line: DocumentLine, document: Document) -> bool:
        if (document.bundle_publisher, document.bundle_key_id) == (
            self.owner.archive_id,
            self.owner.key_id,
        ):
            return True
        if document.bundle_publisher is not None or document.source.url is None:
            return False  # another publisher's, or a local file (which has no address)
        here = (document.source.type, document.source.url)
        if line.withdrawn:  # a withdrawal names no source: any the bundle shares will do
            return here in self.shared
        entry = self.entries[line.source]
        return here == (entry.type, entry.url)

    def other(self, line: DocumentLine, document: Document | None, change: Change) -> bool:
        """Whether `change` would touch a document that is not the bundle's own."""
        return (
            change in (Change.UPDATE, Change.WITHDRAW)
            and document is not None
            and not self.owns(line, document)
        )


def _other_document(document: Document, change: Change) -> OtherDocument:
    return OtherDocument(document.id, document.title, document.source.name, change.value)


def _local_documents(session: Session, ids: Sequence[str]) -> dict[str, Document]:
    return {
        document.id: document
        for document in session.scalars(
            select(Document)
            .where(Document.id.in_(ids))
            .options(selectinload(Document.tags), selectinload(Document.source))
        )
    }


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
    problem: str | None = None  # why an import would be refused, other than trust
    warnings: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "delta" if self.since is not None else "full"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("created_at", "since"):
            value = data[key]
            data[key] = value.isoformat() + "Z" if value else None
        data["kind"] = self.kind
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
        judge = _Judge(bundle)
        for batch in _batches(bundle.lines()):
            _compare(session, batch, judge, plan)
            progress.advance(len(batch))
    return plan


def _judge_replay(session: Session, bundle: OpenedBundle, plan: ImportPlan) -> None:
    manifest = bundle.manifest
    if archive_id(session) == manifest.archive_id:
        plan.replay = "own archive"
        plan.problem = (
            "This bundle was exported from this very archive; there is nothing to import."
        )
        return
    publisher = bundle.publisher
    from_publisher = _lane(publisher)
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
        plan.problem = (
            f"A different bundle with the same number ({manifest.sequence}) was already "
            "imported from this publisher; this one was not made by the same archive history "
            "and was refused."
        )
    elif plan.last_imported is not None and manifest.sequence < plan.last_imported:
        plan.replay = "older"
        plan.problem = (
            f"This bundle (number {manifest.sequence}, made "
            f"{manifest.created_at:%Y-%m-%d %H:%M} UTC) is older than bundle "
            f"{plan.last_imported} already imported from the same publisher; importing it "
            "would bring back old versions, so it was refused."
        )
    _note_other_keys(session, publisher, plan)
    if manifest.since_sequence is not None and plan.replay == "new":
        if plan.last_imported is None:
            plan.warnings.append(
                f"This bundle holds only what changed since the publisher's bundle "
                f"{manifest.since_sequence}, and no bundle from this publisher was imported "
                "here before: documents that did not change are not in it."
            )
        elif plan.last_imported < manifest.since_sequence:
            plan.warnings.append(
                f"This bundle holds what changed since the publisher's bundle "
                f"{manifest.since_sequence}, but the last one imported here is "
                f"{plan.last_imported}: changes made in between are missing."
            )


def _lane(publisher: Publisher) -> tuple[ColumnElement[bool], ...]:
    """The bundles counted together: the same archive, signed by the same trusted key (or
    all unsigned and untrusted ones). An unsigned bundle claiming a signed publisher's
    identity thus never moves that publisher's numbers."""
    key = (
        BundleImport.key_id.is_(None)
        if publisher.key_id is None
        else BundleImport.key_id == publisher.key_id
    )
    return (BundleImport.publisher == publisher.archive_id, key)


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
            f"Bundles from this publisher were signed by key {', '.join(signed)} before; this "
            "one has no trusted signature, so it is counted apart from them: it cannot hold "
            "their later bundles back, and it changes none of the documents they brought."
        )
    else:
        plan.warnings.append(
            f"Bundles from this publisher were signed by another key ({', '.join(signed)}) "
            f"before; this one, signed by key {publisher.key_id}, is counted apart from them."
        )


def _compare(
    session: Session, batch: Sequence[DocumentLine], judge: _Judge, plan: ImportPlan
) -> None:
    local = _local_documents(session, [line.id for line in batch])
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
            plan.not_theirs.append(_other_document(document, change))
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
            plan.problem = (
                f"The bundle's document {line.id} ({line.title}) has the same key at source "
                f"{line.source!r} as document {owner} in this archive; nothing was imported."
            )
            return


def _batches(lines: Iterator[DocumentLine]) -> Iterator[list[DocumentLine]]:
    batch: list[DocumentLine] = []
    for line in lines:
        batch.append(line)
        if len(batch) == BATCH_SIZE:
            yield batch
            batch = []
    yield batch  # possibly empty: the last batch also records the import


# --- importing ------------------------------------------------------------------------------------


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
    warnings: list[str] = field(default_factory=list)
    left_alone: list[OtherDocument] = field(default_factory=list)  # not the bundle's own
    taken_over: list[OtherDocument] = field(default_factory=list)  # not its own, but allowed

    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "withdrawn": len(self.withdrawn),
        }


def refusal(plan: ImportPlan, *, allow_unsigned: bool) -> str | None:
    """The sentence an import of this bundle would be refused with, or None."""
    if plan.problem:
        return plan.problem
    if allow_unsigned:
        return None
    if plan.trust == "unsigned":
        return (
            "This bundle is not signed, so nothing shows who made it or that it is unchanged; "
            "it was refused (use --allow-unsigned only if you know where it came from)."
        )
    if plan.trust == "unknown key":
        return (
            f"This bundle is signed by key {plan.key_id}, which this archive does not trust; "
            "trust the publisher's public key first with `storyreader keys trust FILE`."
        )
    return None


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
    judge = _Judge(bundle)
    progress.start(i18n.translate("Bundles", "Importing"), plan.documents + plan.withdrawn)
    for batch, last in _marking_last(_batches(bundle.lines())):
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
    batch = next(batches)  # `_batches` always yields a last batch, possibly empty
    for following in batches:
        yield batch, False
        batch = following
    yield batch, True


def _apply(
    session: Session,
    batch: Sequence[DocumentLine],
    bundle: OpenedBundle,
    judge: _Judge,
    report: ImportReport,
    progress: Progress,
    *,
    allow_takeover: bool,
) -> None:
    local = _local_documents(session, [line.id for line in batch])
    sources: dict[str, Source] = {}
    for line in batch:
        document = local.get(line.id)
        change = judge.change(line, document)
        if document is not None and judge.other(line, document, change):
            if not allow_takeover:
                report.left_alone.append(_other_document(document, change))
                change = Change.NOTHING
            else:
                report.taken_over.append(_other_document(document, change))
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
            *_lane(bundle.publisher),
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
