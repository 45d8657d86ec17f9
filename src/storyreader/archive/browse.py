"""What the desktop library shows: a view's document ids in order, its rows a page at a time,
and the sidebar's counts.

The list holds only ids (one cheap query, even for 50,000 documents) and asks for the rows
it is about to draw; rows are read with Core selects, not ORM objects.
"""

from __future__ import annotations

from collections import Counter
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
    position: float = 0.0  # how far the reader has scrolled: 0 to 1


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
    last_synced: datetime | None = None  # the newest sync of any web source (UTC)


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
    """Undated (or never opened) documents last either way; the id makes the order total.

    SQLite puts NULLs last in a descending order by itself, which lets the newest-first
    list come straight from `ix_documents_listing`.
    """
    column: Any = {
        "title": func.lower(Document.title),
        "kind": Document.kind,
        "author": func.lower(Document.author),
        "date": Document.published,
        "length": Document.word_count,
        "opened": ReadingState.last_opened_at,
    }[sort]
    if descending:
        return [column.desc(), Document.id]
    return [column.is_(None), column.asc(), Document.id]


def document_ids(
    session: Session, view: LibraryView, sort: SortKey = "date", descending: bool = True
) -> list[str]:
    """The ids of the documents in `view`, in the order the list shows them."""
    needs_state = view.shelf != "all" or sort == "opened"
    start = select(Document.id)
    statement = _in_view(_with_state(start) if needs_state else start, view)
    if view.shelf == "recent":
        statement = statement.order_by(*_order("opened", True)).limit(RECENT_LIMIT)
        ids = _column(session, statement)
        if sort == "opened":
            return ids
        statement = _with_state(select(Document.id)).where(Document.id.in_(ids))
    return _column(session, statement.order_by(*_order(sort, descending)))


def _column(session: Session, statement: AnySelect) -> list[str]:
    # Core, not the ORM: for 50,000 ids the ORM's result handling costs more than the query.
    return list(session.connection().execute(statement).scalars())


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
        func.coalesce(ReadingState.position, 0.0),
    )
    rows: dict[str, ListRow] = {}
    for start in range(0, len(ids), 500):
        statement = _with_state(select(*columns)).where(Document.id.in_(ids[start : start + 500]))
        for row in session.execute(statement):
            doc_id, title, kind, author, language, published, minutes, read, favourite, at = row
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
                float(at),
            )
    return rows


def _count(session: Session, view: LibraryView) -> int:
    return session.scalar(_in_view(_with_state(select(func.count(Document.id))), view)) or 0


def _largest_first(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))


def sidebar_counts(session: Session) -> SidebarCounts:
    """Counts for every shelf and facet value of the active documents (kinds, tags and
    sources largest first; languages by code; years newest first).

    One grouped pass over `ix_documents_facets` gives the facets; the shelves count the
    reader's own (small) tables.
    """
    year = func.strftime("%Y", Document.published)
    rows = session.execute(
        select(Document.kind, Document.language, year, Document.source_id, func.count())
        .where(_ACTIVE)
        .group_by(Document.kind, Document.language, year, Document.source_id)
    ).all()
    kinds: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    years: Counter[str] = Counter()
    sources: Counter[int] = Counter()
    for kind, language, published_year, source_id, count in rows:
        kinds[kind] += count
        languages[language] += count
        if published_year:
            years[published_year] += count
        sources[source_id] += count
    names = dict(session.execute(select(Source.id, Source.name)).all())
    active_ids = select(Document.id).where(_ACTIVE)
    tags = session.execute(
        select(Tag.name, func.count())
        .join(tags_table, tags_table.c.tag_id == Tag.id)
        .where(tags_table.c.document_id.in_(active_ids))
        .group_by(Tag.name)
    ).all()
    total = sum(kinds.values())
    return SidebarCounts(
        all=total,
        unread=_count(session, LibraryView(shelf="unread")),
        favourites=_count(session, LibraryView(shelf="favourites")),
        recent=min(RECENT_LIMIT, _count(session, LibraryView(shelf="recent"))),
        kinds=_largest_first(dict(kinds)),
        tags=_largest_first(dict(tags)),
        languages=sorted((code, n) for code, n in languages.items() if code),
        years=sorted(years.items(), reverse=True),
        sources=_largest_first({names.get(sid, "?"): n for sid, n in sources.items()}),
        last_synced=session.scalar(select(func.max(Source.last_synced_at))),
    )
