"""Units of work that change documents: every importer, sync and bundle goes through here.

`save_document` makes every text field storable (`storyreader.storable.clean`), sanitizes the
incoming HTML, stores its first `MAX_IMAGES_PER_DOCUMENT` images (the rest leave the page),
removes pictures no document uses any more, and upserts the document by its identity at the
source, writing an index task in the same transaction. A document whose
content hash has not changed is left alone, so importing the same thing twice changes nothing
(except that an old row whose origin was not known learns it, which no reader or search sees).
The reader's own tables are never written here, except that notes on a document whose text
changed are flagged for the reader to look at.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from storyreader.archive.media import (
    asset_reference,
    missing_asset_reference,
    sha256_hex,
    sniff_image_mime,
)
from storyreader.archive.models import (
    Asset,
    Document,
    DocumentStatus,
    IndexTask,
    Media,
    Note,
    Source,
    Tag,
)
from storyreader.archive.sanitize import html_to_text, image_sources, sanitize_html
from storyreader.config import MAX_IMAGES_PER_DOCUMENT, WORDS_PER_MINUTE
from storyreader.storable import clean, clean_optional

_WORD = re.compile(r"\w+")


@dataclass
class IncomingDocument:
    """A document as a source hands it over: untrusted HTML and the image bytes it could get."""

    origin: str  # what makes the document the same everywhere: a canonical URL, "sample:path"
    source_key: str  # its identity within its source
    title: str
    html: str
    kind: str = "story"
    author: str = ""
    language: str = "en"
    published: datetime | None = None
    updated: datetime | None = None
    summary: str = ""
    url: str | None = None
    tags: Sequence[str] = ()
    # image src in `html` -> its bytes, or a picture this archive already stores
    images: Mapping[str, bytes | StoredPicture] = field(default_factory=dict)
    text: str | None = None  # the exact plain text, when the source is plain text


@dataclass(frozen=True)
class StoredPicture:
    """A picture already stored in the archive, handed over by its SHA-256 instead of its
    bytes (a bundle names the same picture in many documents: it is read once)."""

    sha256: str
    mime: str
    size: int


@dataclass(frozen=True)
class Publisher:
    """Whose bundle wrote a document: the exporting archive's identity, and the key that
    signed the bundle (None: unsigned, or signed by a key this archive does not trust)."""

    archive_id: str
    key_id: str | None


class SaveOutcome(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def stable_id(origin: str) -> str:
    """A short id that is the same for the same origin in every archive."""
    digest = hashlib.sha256(origin.encode("utf-8", "surrogatepass")).digest()
    return base64.b32encode(digest).decode("ascii")[:12].lower()


def ensure_source(
    session: Session, name: str, type_: str, *, url: str | None = None, default_kind: str = "story"
) -> Source:
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        source = Source(
            name=name, type=type_, url=url, default_kind=default_kind, created_at=utcnow()
        )
        session.add(source)
        session.flush()
    return source


@dataclass
class _StoredImage:
    url: str
    sha256: str | None
    mime: str
    size: int
    data: bytes | None = None  # None: not stored, or already stored (a StoredPicture)


def _collect_images(incoming: IncomingDocument) -> list[_StoredImage]:
    images = []
    for src in image_sources(incoming.html)[:MAX_IMAGES_PER_DOCUMENT]:
        data = incoming.images.get(src)
        if isinstance(data, StoredPicture):
            images.append(_StoredImage(src, data.sha256, data.mime, data.size))
            continue
        mime = sniff_image_mime(data) if data else None
        if data and mime:
            images.append(_StoredImage(src, sha256_hex(data), mime, len(data), data))
        else:
            images.append(_StoredImage(src, None, "", 0))
    return images


def _content_hash(incoming: IncomingDocument, body_html: str, tags: list[str]) -> str:
    fields = {
        "kind": incoming.kind,
        "title": incoming.title,
        "author": incoming.author,
        "language": incoming.language,
        "published": incoming.published.isoformat() if incoming.published else None,
        "updated": incoming.updated.isoformat() if incoming.updated else None,
        "summary": incoming.summary,
        "url": incoming.url,
        "tags": tags,
        "body_html": body_html,
        "text": incoming.text,
    }
    encoded = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8", "replace")
    return hashlib.sha256(encoded).hexdigest()


def normalize_tags(tags: Sequence[str]) -> list[str]:
    cleaned = {" ".join(tag.split()).lower() for tag in tags}
    return sorted(tag[:200] for tag in cleaned if tag)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def storable(incoming: IncomingDocument) -> IncomingDocument:
    """`incoming` with every text field cleaned by `storyreader.storable.clean`, so that no
    field can fail the write (the image addresses as the HTML's, which is cleaned the same)."""
    return replace(
        incoming,
        origin=clean(incoming.origin),
        source_key=clean(incoming.source_key),
        title=clean(incoming.title),
        html=clean(incoming.html),
        kind=clean(incoming.kind),
        author=clean(incoming.author),
        language=clean(incoming.language),
        summary=clean(incoming.summary),
        url=clean_optional(incoming.url),
        tags=[clean(tag) for tag in incoming.tags],
        images={clean(src): data for src, data in incoming.images.items()},
        text=clean_optional(incoming.text),
    )


def save_document(
    session: Session,
    source: Source,
    incoming: IncomingDocument,
    *,
    now: datetime | None = None,
    publisher: Publisher | None = None,
) -> tuple[str, SaveOutcome]:
    """Insert or update one document; return its id and what happened. `publisher` is
    whose bundle brings it; None for this archive's own import or sync."""
    now = now or utcnow()
    incoming = storable(incoming)
    images = _collect_images(incoming)
    references = {
        image.url: asset_reference(image.sha256)
        if image.sha256
        else missing_asset_reference(position)
        for position, image in enumerate(images)
    }
    body_html = sanitize_html(incoming.html, rewrite_image=references.get)
    tags = normalize_tags(incoming.tags)
    content_hash = _content_hash(incoming, body_html, tags)
    document_id = stable_id(incoming.origin)

    document = session.get(Document, document_id)
    if (
        document is not None
        and document.content_hash == content_hash
        and document.status == DocumentStatus.ACTIVE
        and document.source_id == source.id
    ):
        if document.origin is None:  # a row from before schema 0007 learns its origin
            document.origin = incoming.origin
        return document_id, SaveOutcome.UNCHANGED

    outcome = SaveOutcome.CREATED if document is None else SaveOutcome.UPDATED
    body_text = incoming.text if incoming.text is not None else html_to_text(body_html)
    if document is None:
        document = Document(id=document_id, created_at=now)
        session.add(document)
    elif document.body_text != body_text:
        session.execute(
            update(Note).where(Note.document_id == document_id).values(document_changed=True)
        )
    words = count_words(body_text)
    document.origin = incoming.origin
    document.source_id = source.id
    document.source_key = incoming.source_key
    document.kind = incoming.kind
    document.title = incoming.title
    document.author = incoming.author
    document.language = incoming.language
    document.published = incoming.published
    document.updated = incoming.updated
    document.summary = incoming.summary
    document.body_html = body_html
    document.body_text = body_text
    document.url = incoming.url
    document.content_hash = content_hash
    document.word_count = words
    document.reading_minutes = max(1, round(words / WORDS_PER_MINUTE))
    document.status = DocumentStatus.ACTIVE
    document.modified_at = now
    document.tags = [_tag(session, name) for name in tags]
    document.bundle_publisher = publisher.archive_id if publisher else None
    document.bundle_key_id = publisher.key_id if publisher else None
    session.flush()
    _replace_assets(session, document, images, new=outcome == SaveOutcome.CREATED)
    session.add(IndexTask(document_id=document_id, created_at=now))
    session.flush()
    return document_id, outcome


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def _replace_assets(
    session: Session, document: Document, images: list[_StoredImage], *, new: bool
) -> None:
    for image in images:
        # A StoredPicture (no data) names a stored picture: the foreign key holds it to that.
        if image.sha256 and image.data is not None and session.get(Media, image.sha256) is None:
            session.add(
                Media(sha256=image.sha256, mime=image.mime, size=image.size, data=image.data)
            )
    # The pictures first: Asset has no relationship to Media, so the unit of work would not
    # know to insert them before the assets that refer to them.
    session.flush()
    before: set[str | None] = set()
    if not new:  # (a new document has no pictures to replace)
        before = set(session.scalars(select(Asset.sha256).where(Asset.document_id == document.id)))
        # Delete before insert: the unit of work would otherwise insert first and trip the
        # (document, url) unique constraint.
        session.execute(delete(Asset).where(Asset.document_id == document.id))
        session.expire(document, ["assets"])
    for position, image in enumerate(images):
        session.add(
            Asset(
                document_id=document.id,
                url=image.url,
                position=position,
                sha256=image.sha256,
                mime=image.mime,
                size=image.size,
            )
        )
    dropped = before - {image.sha256 for image in images} - {None}
    if dropped:
        session.flush()
        remove_unused_media(session, dropped)


def remove_unused_media(session: Session, candidates: set[str | None]) -> None:
    """Delete those of `candidates` (stored pictures) that no document refers to any more:
    a picture dropped from its only document would otherwise stay in the archive for ever,
    and `check` would report it."""
    used = exists().where(Asset.sha256 == Media.sha256)
    session.execute(
        delete(Media)
        .where(Media.sha256.in_([sha for sha in candidates if sha]), ~used)
        .execution_options(synchronize_session="fetch")
    )


def set_status(session: Session, document_id: str, status: DocumentStatus) -> bool:
    """Withdraw or restore a document; returns False when it already had that status."""
    document = session.get(Document, document_id)
    if document is None or document.status == status:
        return False
    document.status = status
    document.modified_at = utcnow()
    session.add(IndexTask(document_id=document_id, created_at=document.modified_at))
    return True
