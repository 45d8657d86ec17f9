"""What the desktop library shows: a view's document ids in order, its rows a page at a time,
and the sidebar's counts.

The list holds only ids (one cheap query, even for 50,000 documents) and asks for the rows
it is about to draw; rows are read with Core selects, not ORM objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from storyreader.archive.models import Document, DocumentStatus, ReadingState, Source, Tag
from storyreader.archive.models import document_tags as tags_table

AnySelect = Select[*tuple[Any, ...]]
Shelf = Literal["all", "unread", "favourites", "recent"]
SortKey = Literal["title", "kind", "author", "date", "length", "opened"]
SORT_KEYS: tuple[SortKey, ...] = ("title", "kind", "author", "date", "length", "opened")
RECENT_LIMIT = 50  # "Recently read" holds the last this many documents opened


@dataclass(frozen=True)
class LibraryView:
    """Which documents the list shows: a shelf, narrowed by any of the facets."""

    shelf: Shelf = "all"
    kind: str | None = None
    tag: str | None = None
    language: str | None = None
    year: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class ListRow:
    """One row of the document list."""

    id: str
    title: str
    kind: str
    author: str
    language: str
    published: datetime | None
    reading_minutes: int
    is_read: bool
    favourite: bool


@dataclass(frozen=True)
class SidebarCounts:
    all: int
    unread: int
    favourites: int
    recent: int
    kinds: list[tuple[str, int]]
    tags: list[tuple[str, int]]
    languages: list[tuple[str, int]]
    years: list[tuple[str, int]]
    sources: list[tuple[str, int]]


_ACTIVE = Document.status == DocumentStatus.ACTIVE
_READ = func.coalesce(ReadingState.is_read, False)
_FAVOURITE = func.coalesce(ReadingState.favourite, False)


def _in_view(statement: AnySelect, view: LibraryView) -> AnySelect:
    statement = statement.where(_ACTIVE)
    if view.shelf == "unread":
        statement = statement.where(_READ.is_(False))
    elif view.shelf == "favourites":
        statement = statement.where(_FAVOURITE.is_(True))
    elif view.shelf == "recent":
        statement = statement.where(ReadingState.last_opened_at.is_not(None))
    if view.kind:
        statement = statement.where(Document.kind == view.kind)
    if view.language:
        statement = statement.where(Document.language == view.language)
    if view.year:
        statement = statement.where(func.strftime("%Y", Document.published) == f"{view.year:04d}")
    if view.tag:
        tagged = (
            select(tags_table.c.document_id)
            .join(Tag, Tag.id == tags_table.c.tag_id)
            .where(Tag.name == view.tag)
        )
        statement = statement.where(Document.id.in_(tagged))
    if view.source:
        statement = statement.where(
            Document.source_id.in_(select(Source.id).where(Source.name == view.source))
        )
    return statement


def _with_state(statement: AnySelect) -> AnySelect:
    return statement.select_from(Document).outerjoin(
        ReadingState, ReadingState.document_id == Document.id
    )


def _order(sort: SortKey, descending: bool) -> list[Any]:
    column: Any = {
        "title": func.lower(Document.title),
        "kind": Document.kind,
        "author": func.lower(Document.author),
        "date": Document.published,
        "length": Document.word_count,
        "opened": ReadingState.last_opened_at,
    }[sort]
    ordered = column.desc() if descending else column.asc()
    # Undated (or never opened) documents go last either way; the id makes the order total.
    return [ordered.nulls_last(), Document.id]


def document_ids(
    session: Session, view: LibraryView, sort: SortKey = "date", descending: bool = True
) -> list[str]:
    """The ids of the documents in `view`, in the order the list shows them."""
    statement = _in_view(_with_state(select(Document.id)), view)
    if view.shelf == "recent":
        statement = statement.order_by(*_order("opened", True)).limit(RECENT_LIMIT)
        ids = list(session.scalars(statement))
        if sort == "opened":
            return ids
        statement = _with_state(select(Document.id)).where(Document.id.in_(ids))
    return list(session.scalars(statement.order_by(*_order(sort, descending))))


def list_rows(session: Session, ids: Sequence[str]) -> dict[str, ListRow]:
    """The rows for these ids (any that no longer exist are left out)."""
    columns = (
        Document.id,
        Document.title,
        Document.kind,
        Document.author,
        Document.language,
        Document.published,
        Document.reading_minutes,
        _READ,
        _FAVOURITE,
    )
    rows: dict[str, ListRow] = {}
    for start in range(0, len(ids), 500):
        statement = _with_state(select(*columns)).where(Document.id.in_(ids[start : start + 500]))
        for row in session.execute(statement):
            doc_id, title, kind, author, language, published, minutes, read, favourite = row
            rows[doc_id] = ListRow(
                doc_id,
                title,
                kind,
                author,
                language,
                published,
                minutes,
                bool(read),
                bool(favourite),
            )
    return rows


def _grouped(session: Session, column: Any, *joins: Any) -> list[tuple[str, int]]:
    statement = select(column, func.count()).select_from(Document)
    for target, condition in joins:
        statement = statement.join(target, condition)
    rows = session.execute(statement.where(_ACTIVE, column.is_not(None)).group_by(column))
    return [(str(value), count) for value, count in rows if value != ""]


def _count(session: Session, view: LibraryView) -> int:
    return session.scalar(_in_view(_with_state(select(func.count(Document.id))), view)) or 0


def sidebar_counts(session: Session) -> SidebarCounts:
    """Counts for every shelf and facet value of the active documents (kinds, tags and
    sources largest first; languages by code; years newest first)."""

    def largest_first(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
        return sorted(items, key=lambda item: (-item[1], item[0].lower()))

    recent = min(RECENT_LIMIT, _count(session, LibraryView(shelf="recent")))
    tag_join = (tags_table, tags_table.c.document_id == Document.id)
    return SidebarCounts(
        all=_count(session, LibraryView()),
        unread=_count(session, LibraryView(shelf="unread")),
        favourites=_count(session, LibraryView(shelf="favourites")),
        recent=recent,
        kinds=largest_first(_grouped(session, Document.kind)),
        tags=largest_first(
            _grouped(session, Tag.name, tag_join, (Tag, Tag.id == tags_table.c.tag_id))
        ),
        languages=sorted(_grouped(session, Document.language)),
        years=sorted(_grouped(session, func.strftime("%Y", Document.published)), reverse=True),
        sources=largest_first(
            _grouped(session, Source.name, (Source, Source.id == Document.source_id))
        ),
    )
