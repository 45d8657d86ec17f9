"""Writing a bundle: the whole archive, or what changed since an earlier bundle or a date.

The file is written aside (`.NAME.partial-PID`), flushed to disk and renamed into place, so a
bundle on the stick is either complete or absent. Its sequence number is taken, and the
`BundleExport` row written, in the same transaction that finishes the file: a failed export
leaves no row behind, and concurrent exports get different numbers.

"Changed since" compares each document's `modified_at` with the moment the earlier export
began. That moment is read while holding the archive's write lock, so every change committed
before it is in that export's snapshot, and every later one carries a later `modified_at`.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import os
import re
import stat
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.media import ASSET_SCHEME, sha256_hex
from storyreader.archive.models import (
    Asset,
    BundleExport,
    Document,
    DocumentStatus,
    Media,
    Source,
)
from storyreader.archive.queries import archive_id
from storyreader.archive.sanitize import html_to_text
from storyreader.archive.writes import utcnow
from storyreader.bundle.document_lines import DocumentLine, fingerprint
from storyreader.bundle.format import DOCUMENTS, MANIFEST, MEDIA_PREFIX, SIGNATURE
from storyreader.bundle.manifest import Manifest, MemberEntry, SourceEntry
from storyreader.bundle.sign import SecretKey
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.progress import CancelToken, NullProgress, Progress

_CHUNK = 500
_IMAGE_REFERENCE = re.compile(r'<img src="asset:(missing/(\d+)|[0-9a-f]{64})"')


@dataclass
class ExportReport:
    path: Path
    archive_id: str
    sequence: int
    created_at: datetime
    since_sequence: int | None
    since: datetime | None
    documents: int
    withdrawn: int
    media: int
    bytes: int
    signed_by: str | None  # the key id
    # Documents from before schema 0007 whose origin (what makes their id the same
    # everywhere) its migration could not recover; the next sync or import of their source
    # stores it (`save_document`), and then they travel.
    skipped: list[str] = field(default_factory=list)


def export_bundle(
    archive: Archive,
    out: Path,
    *,
    since: int | datetime | None = None,
    source: str | None = None,
    key: SecretKey | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write a bundle of the archive to `out`: everything, or (with `since`, an earlier
    bundle's sequence number or a moment) only documents changed since, withdrawals included."""
    progress = progress or NullProgress()
    out = Path(out)
    if out.is_dir():
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "%1 is a folder; give a file name such as events.storybundle.",
            ),
            out,
        )
    since_sequence, since_time = _resolve_since(archive, since)
    with archive.write() as session:  # a fence: see the module docstring
        identity = archive_id(session)
        created_at = utcnow()
        if (
            source is not None
            and session.scalar(select(Source).where(Source.name == source)) is None
        ):
            names = ", ".join(session.scalars(select(Source.name).order_by(Source.name)))
            raise KnownError(
                QT_TRANSLATE_NOOP("Bundles", "This archive has no source named %1 (it has: %2)."),
                repr(source),
                names,
            )
    if not identity:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "This archive has no identity; run `storyreader check` on it.",
            )
        )
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(partial, "w", allowZip64=True) as bundle:
            writer = _Writer(bundle, created_at, progress, cancel)
            with archive.read() as session:
                writer.write_documents(session, since_time, source)
                writer.write_media(session)
            with archive.write() as session:
                sequence = (session.scalar(select(func.max(BundleExport.sequence))) or 0) + 1
                manifest = Manifest(
                    archive_id=identity,
                    sequence=sequence,
                    created_at=created_at,
                    since_sequence=since_sequence,
                    since=since_time,
                    source_filter=source,
                    documents=writer.documents,
                    withdrawn=writer.withdrawn,
                    sources=tuple(writer.sources.values()),
                    members=writer.members,
                )
                writer.finish(manifest, key)
                bundle.close()
                _make_durable(partial, out)
                session.add(
                    BundleExport(
                        sequence=sequence,
                        created_at=created_at,
                        since_sequence=since_sequence,
                        documents=writer.documents + writer.withdrawn,
                        media=len(writer.media),
                    )
                )
    except OSError as error:
        raise KnownError(
            QT_TRANSLATE_NOOP("Bundles", "Cannot write the bundle %1: %2; nothing was exported."),
            out,
            error.strerror or error,
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return ExportReport(
        path=out,
        archive_id=identity,
        sequence=sequence,
        created_at=created_at,
        since_sequence=since_sequence,
        since=since_time,
        documents=writer.documents,
        withdrawn=writer.withdrawn,
        media=len(writer.media),
        bytes=out.stat().st_size,
        signed_by=key.public.id_text if key else None,
        skipped=writer.skipped,
    )


@dataclass(frozen=True)
class ExportChoices:
    """What an export can be narrowed to: the archive's sources and its bundles so far."""

    sources: list[str]
    last_sequence: int | None


def export_choices(archive: Archive) -> ExportChoices:
    with archive.read() as session:
        return ExportChoices(
            sources=list(session.scalars(select(Source.name).order_by(Source.name))),
            last_sequence=session.scalar(select(func.max(BundleExport.sequence))),
        )


def _resolve_since(
    archive: Archive, since: int | datetime | None
) -> tuple[int | None, datetime | None]:
    if since is None or isinstance(since, datetime):
        return None, since
    with archive.read() as session:
        earlier = session.get(BundleExport, since)
        if earlier is None:
            last = session.scalar(select(func.max(BundleExport.sequence)))
            if last:
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "Bundles",
                        "This archive never exported a bundle number %1 (its last was bundle %2).",
                    ),
                    since,
                    last,
                )
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "This archive never exported a bundle number %1 (it has made none yet).",
                ),
                since,
            )
        return since, earlier.created_at


def _make_durable(partial: Path, out: Path) -> None:
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(out)
    with contextlib.suppress(OSError):  # not every system can open a folder to sync it
        directory = os.open(out.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def _member(name: str, moment: datetime, *, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=max(moment, datetime(1980, 1, 1)).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3  # Unix, so that the mode below means "a plain file"
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


class _HashingWriter:
    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._stream.write(data)
        self.digest.update(data)
        self.size += len(data)


class _Writer:
    """Writes the members of one bundle and remembers what the manifest must say."""

    def __init__(
        self,
        bundle: zipfile.ZipFile,
        created_at: datetime,
        progress: Progress,
        cancel: CancelToken | None,
    ) -> None:
        self._bundle = bundle
        self._created_at = created_at
        self._progress = progress
        self._cancel = cancel
        self.members: dict[str, MemberEntry] = {}
        self.sources: dict[str, SourceEntry] = {}
        self.media: set[str] = set()
        self.documents = 0
        self.withdrawn = 0
        self.skipped: list[str] = []

    def _check_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()

    def write_documents(self, session: Session, since: datetime | None, source: str | None) -> None:
        ids = session.scalars(_selection(since, source).order_by(Document.id)).all()
        self._progress.start(i18n.translate("Bundles", "Writing documents"), len(ids))
        info = _member(DOCUMENTS, self._created_at, compress=True)
        with self._bundle.open(info, "w", force_zip64=True) as stream:
            out = _HashingWriter(stream)
            for chunk in _chunks(ids):
                self._check_cancel()
                for line in self._lines(session, chunk):
                    out.write(line.to_json().encode("utf-8") + b"\n")
                self._progress.advance(len(chunk))
        self.members[DOCUMENTS] = MemberEntry(out.digest.hexdigest(), out.size)

    def _lines(self, session: Session, ids: Sequence[str]) -> Iterator[DocumentLine]:
        documents = session.scalars(
            select(Document)
            .where(Document.id.in_(ids))
            .options(
                selectinload(Document.tags),
                selectinload(Document.assets),
                selectinload(Document.source),
            )
            .order_by(Document.id)
        )
        for document in documents:
            if document.status != DocumentStatus.ACTIVE:
                self.withdrawn += 1
                yield DocumentLine(id=document.id, status="withdrawn")
                continue
            if document.origin is None:
                self.skipped.append(document.id)
                self._progress.message(
                    i18n.fill(
                        i18n.translate("Bundles", "Left out %1 (%2): its origin is not known."),
                        document.id,
                        document.title,
                    )
                )
                continue
            self.documents += 1
            self._note_source(document.source)
            yield self._line(document, document.origin)

    def _note_source(self, source: Source) -> None:
        if source.name not in self.sources:
            self.sources[source.name] = SourceEntry(
                source.name, source.type, source.url, source.default_kind
            )

    def _line(self, document: Document, origin: str) -> DocumentLine:
        carried, images = carried_html(document.body_html, document.assets)
        self.media.update(images.values())
        tags = tuple(tag.name for tag in document.tags)
        return DocumentLine(
            id=document.id,
            status="active",
            origin=origin,
            source=document.source.name,
            source_key=document.source_key,
            kind=document.kind,
            title=document.title,
            author=document.author,
            language=document.language,
            published=document.published,
            updated=document.updated,
            summary=document.summary,
            url=document.url,
            tags=tags,
            html=carried,
            # Plain-text documents keep their exact text; otherwise the importer derives it.
            text=None
            if document.body_text == html_to_text(document.body_html)
            else document.body_text,
            images=images,
            fingerprint=fingerprint(document),
        )

    def write_media(self, session: Session) -> None:
        wanted = sorted(self.media)
        self._progress.start(i18n.translate("Bundles", "Writing images"), len(wanted))
        for chunk in _chunks(wanted):
            self._check_cancel()
            for media in session.scalars(select(Media).where(Media.sha256.in_(chunk))):
                if sha256_hex(media.data) != media.sha256:
                    raise KnownError(
                        QT_TRANSLATE_NOOP(
                            "Bundles",
                            "The stored image %1… is damaged; run `storyreader check --repair`, "
                            "then export again.",
                        ),
                        media.sha256[:12],
                    )
                name = MEDIA_PREFIX + media.sha256
                self._bundle.writestr(_member(name, self._created_at, compress=False), media.data)
                self.members[name] = MemberEntry(media.sha256, len(media.data))
            self._progress.advance(len(chunk))

    def finish(self, manifest: Manifest, key: SecretKey | None) -> None:
        raw = manifest.to_bytes()
        self._bundle.writestr(_member(MANIFEST, self._created_at, compress=True), raw)
        if key is not None:
            comment = (
                f"storyreader bundle {manifest.sequence} of archive {manifest.archive_id} "
                f"made {manifest.created_at.isoformat(timespec='seconds')}Z"
            )
            signature = key.sign(raw, comment).to_text().encode("utf-8")
            self._bundle.writestr(_member(SIGNATURE, self._created_at, compress=False), signature)


def _selection(since: datetime | None, source: str | None) -> Select[str]:
    statement = select(Document.id)
    if since is not None:
        statement = statement.where(Document.modified_at >= since)
    if source is not None:
        statement = statement.join(Source).where(Source.name == source)
    return statement


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def carried_html(body_html: str, assets: Sequence[Asset]) -> tuple[str, dict[str, str]]:
    """The body as it travels: each image points at its original address again (so that the
    importer's `save_document` stores it and rewrites it, like any importer's), with a map
    from that address to the image's SHA-256 (the media member that holds its bytes)."""
    by_sha: dict[str, str] = {}
    by_position: dict[int, str] = {}
    for asset in assets:
        by_position[asset.position] = asset.url
        if asset.sha256:
            by_sha.setdefault(asset.sha256, asset.url)
    images: dict[str, str] = {}

    def original(match: re.Match[str]) -> str:
        reference, position = match.group(1), match.group(2)
        url = by_position.get(int(position)) if position else by_sha.get(reference)
        if url is None or url.startswith(ASSET_SCHEME):
            return match.group(0)
        if not position:
            images[url] = reference
        return f'<img src="{html.escape(url, quote=True)}"'

    return _IMAGE_REFERENCE.sub(original, body_html), images
