"""Reading the archive: plain, frozen dataclasses out, never ORM objects.

The command line and the desktop app both read through these functions, each inside one
`archive.read()` session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session, selectinload

from storyreader.archive.models import (
    ArchiveInfo,
    Asset,
    Document,
    DocumentStatus,
    Media,
    ReadingState,
    Source,
    Tag,
)
from storyreader.errors import NO_SUCH_DOCUMENT, DocumentNotFound, KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class AssetInfo:
    url: str
    mime: str
    bytes: int
    sha256: str | None
    stored: bool


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str
    kind: str
    author: str
    language: str
    published: datetime | None
    url: str | None
    tags: tuple[str, ...]
    status: str
    word_count: int
    reading_minutes: int
    is_read: bool = False
    favourite: bool = False


@dataclass(frozen=True)
class DocumentDetail(DocumentSummary):
    summary: str = ""
    updated: datetime | None = None
    body_text: str = ""
    body_html: str = ""
    content_hash: str = ""
    source: str = ""
    assets: tuple[AssetInfo, ...] = ()


@dataclass(frozen=True)
class DocumentFilter:
    kind: str | None = None
    tag: str | None = None
    language: str | None = None
    author: str | None = None
    year: int | None = None
    include_withdrawn: bool = False


@dataclass(frozen=True)
class ArchiveStats:
    archive_id: str
    schema: str
    documents: int
    withdrawn: int
    words: int
    by_kind: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_year: dict[str, int] = field(default_factory=dict)
    tags: int = 0
    sources: int = 0
    media_files: int = 0
    media_bytes: int = 0
    missing_media: int = 0


SORTS = ("date", "title")


def _filtered(statement: Select[Any], filters: DocumentFilter) -> Select[Any]:
    if not filters.include_withdrawn:
        statement = statement.where(Document.status == DocumentStatus.ACTIVE)
    if filters.kind:
        statement = statement.where(Document.kind == filters.kind.lower())
    if filters.language:
        statement = statement.where(Document.language == filters.language.lower())
    if filters.author:
        statement = statement.where(Document.author.icontains(filters.author, autoescape=True))
    if filters.year:
        statement = statement.where(extract("year", Document.published) == filters.year)
    if filters.tag:
        statement = statement.where(Document.tags.any(Tag.name == filters.tag.lower()))
    return statement


def list_documents(
    session: Session, filters: DocumentFilter | None = None, *, sort: str = "date"
) -> list[DocumentSummary]:
    """Documents matching `filters`, newest first (`sort="date"`) or by title."""
    statement = _filtered(select(Document), filters or DocumentFilter())
    if sort == "title":
        statement = statement.order_by(func.lower(Document.title), Document.id)
    else:
        statement = statement.order_by(Document.published.desc().nulls_last(), Document.id)
    statement = statement.options(selectinload(Document.tags))
    documents = session.scalars(statement).all()
    states = _reading_states(session, [document.id for document in documents])
    return [_summary(document, states.get(document.id)) for document in documents]


def _reading_states(session: Session, ids: list[str]) -> dict[str, ReadingState]:
    states: dict[str, ReadingState] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.scalars(select(ReadingState).where(ReadingState.document_id.in_(chunk)))
        states.update((state.document_id, state) for state in rows)
    return states


def _summary(document: Document, state: ReadingState | None) -> DocumentSummary:
    return DocumentSummary(
        id=document.id,
        title=document.title,
        kind=document.kind,
        author=document.author,
        language=document.language,
        published=document.published,
        url=document.url,
        tags=tuple(tag.name for tag in document.tags),
        status=document.status.value,
        word_count=document.word_count,
        reading_minutes=document.reading_minutes,
        is_read=bool(state and state.is_read),
        favourite=bool(state and state.favourite),
    )


def resolve_id(session: Session, id_or_prefix: str) -> str:
    """The full id for an id or an unambiguous prefix of one (at least four characters)."""
    wanted = id_or_prefix.strip().lower()
    if session.get(Document, wanted) is not None:
        return wanted
    if len(wanted) >= 4:
        matches = session.scalars(
            select(Document.id).where(Document.id.startswith(wanted, autoescape=True)).limit(2)
        ).all()
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Archive",
                    "More than one document starts with %1; give more of the id.",
                ),
                repr(id_or_prefix),
            )
    raise DocumentNotFound(NO_SUCH_DOCUMENT, repr(id_or_prefix))


def get_document(session: Session, id_or_prefix: str) -> DocumentDetail:
    document_id = resolve_id(session, id_or_prefix)
    document = session.get_one(Document, document_id)
    state = session.get(ReadingState, document_id)
    summary = _summary(document, state)
    assets = tuple(
        AssetInfo(
            url=asset.url,
            mime=asset.mime,
            bytes=asset.size,
            sha256=asset.sha256,
            stored=asset.sha256 is not None,
        )
        for asset in document.assets
    )
    return DocumentDetail(
        **vars(summary),
        summary=document.summary,
        updated=document.updated,
        body_text=document.body_text,
        body_html=document.body_html,
        content_hash=document.content_hash,
        source=document.source.name,
        assets=assets,
    )


def get_media(session: Session, sha256: str) -> tuple[str, bytes] | None:
    """The stored bytes of one media file and its type, or None if not stored."""
    media = session.get(Media, sha256)
    return (media.mime, media.data) if media else None


def archive_stats(session: Session, schema: str) -> ArchiveStats:
    active = Document.status == DocumentStatus.ACTIVE

    def grouped(column: object) -> dict[str, int]:
        rows = session.execute(
            select(column, func.count()).where(active).group_by(column).order_by(column)  # type: ignore[call-overload]
        )
        return {str(key): count for key, count in rows if key is not None}

    return ArchiveStats(
        archive_id=archive_id(session),
        schema=schema,
        documents=session.scalar(select(func.count()).where(active)) or 0,
        withdrawn=session.scalar(select(func.count()).where(~active)) or 0,
        words=session.scalar(select(func.coalesce(func.sum(Document.word_count), 0)).where(active))
        or 0,
        by_kind=grouped(Document.kind),
        by_language=grouped(Document.language),
        by_year=grouped(func.strftime("%Y", Document.published)),
        tags=session.scalar(select(func.count(Tag.id))) or 0,
        sources=session.scalar(select(func.count(Source.id))) or 0,
        media_files=session.scalar(select(func.count(Media.sha256))) or 0,
        media_bytes=session.scalar(select(func.coalesce(func.sum(Media.size), 0))) or 0,
        missing_media=session.scalar(select(func.count(Asset.id)).where(Asset.sha256.is_(None)))
        or 0,
    )


def archive_id(session: Session) -> str:
    """The archive's own identity (a UUID made when it was created), or "" if it has none."""
    value = session.scalar(select(ArchiveInfo.value).where(ArchiveInfo.key == "archive_id"))
    return value or ""
