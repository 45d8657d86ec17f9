"""What the index reads from the archive: documents to index, pending tasks, rows to show.

All reads are plain SQLAlchemy Core selects (no ORM objects are loaded: a rebuild reads
every document, and the ORM's identity map and relationship loading would cost more than
the indexing itself).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storyreader.archive.models import (
    Document,
    DocumentStatus,
    IndexTask,
    Tag,
    document_tags,
)
from storyreader.search import schema
from storyreader.search.build import date_value

BATCH = 400


@dataclass(frozen=True)
class IndexDoc:
    id: str
    kind: str
    title: str
    author: str
    language: str
    published: datetime | None
    summary: str
    body_text: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class ShownDoc:
    """What a hit shows, read from SQLite as it is now."""

    id: str
    kind: str
    title: str
    author: str
    language: str
    published: datetime | None
    summary: str
    body_text: str


_INDEX_COLUMNS = (
    Document.id,
    Document.kind,
    Document.title,
    Document.author,
    Document.language,
    Document.published,
    Document.summary,
    Document.body_text,
)
_ACTIVE = Document.status == DocumentStatus.ACTIVE


def _tags_for(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    rows = session.execute(
        select(document_tags.c.document_id, Tag.name)
        .join(Tag, Tag.id == document_tags.c.tag_id)
        .where(document_tags.c.document_id.in_(ids))
        .order_by(Tag.name)
    )
    tags: dict[str, list[str]] = {}
    for document_id, name in rows:
        tags.setdefault(document_id, []).append(name)
    return tags


def _index_docs(session: Session, rows: Sequence[Any]) -> list[IndexDoc]:
    tags = _tags_for(session, [row[0] for row in rows])
    return [
        IndexDoc(
            id=row[0],
            kind=row[1],
            title=row[2],
            author=row[3],
            language=row[4],
            published=row[5],
            summary=row[6],
            body_text=row[7],
            tags=tuple(tags.get(row[0], ())),
        )
        for row in rows
    ]


def active_documents(session: Session, ids: Sequence[str]) -> dict[str, IndexDoc]:
    """The active documents among `ids`; withdrawn or missing ones are left out."""
    found: dict[str, IndexDoc] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        rows = session.execute(select(*_INDEX_COLUMNS).where(Document.id.in_(chunk), _ACTIVE))
        found.update((doc.id, doc) for doc in _index_docs(session, rows.all()))
    return found


def iter_active(session: Session) -> Iterator[list[IndexDoc]]:
    """Every active document in id order, a batch at a time (keyset paging)."""
    last = ""
    while True:
        rows = session.execute(
            select(*_INDEX_COLUMNS)
            .where(_ACTIVE, Document.id > last)
            .order_by(Document.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        yield _index_docs(session, rows)


def count_active(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Document).where(_ACTIVE)) or 0


def active_ids(session: Session) -> set[str]:
    return set(session.scalars(select(Document.id).where(_ACTIVE)))


def pending_tasks(session: Session, limit: int) -> list[tuple[int, str]]:
    rows = session.execute(
        select(IndexTask.id, IndexTask.document_id).order_by(IndexTask.id).limit(limit)
    )
    return [(task_id, document_id) for task_id, document_id in rows]


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(IndexTask)) or 0


def text_bytes(session: Session) -> int:
    """About how many bytes of text the index is built from (for the space a build needs)."""
    total = session.scalar(
        select(func.sum(func.length(Document.body_text) + func.length(Document.title))).where(
            _ACTIVE
        )
    )
    return int(total or 0)


def max_task_id(session: Session) -> int:
    return session.scalar(select(func.max(IndexTask.id))) or 0


def delete_tasks(session: Session, up_to: int) -> None:
    """Forget tasks the index has durably applied (ids only grow while older ones remain)."""
    session.execute(delete(IndexTask).where(IndexTask.id <= up_to))


def shown_documents(session: Session, ids: Sequence[str]) -> dict[str, ShownDoc]:
    rows = session.execute(select(*_INDEX_COLUMNS).where(Document.id.in_(ids), _ACTIVE))
    return {row[0]: ShownDoc(*row) for row in rows}


def title_matches(
    session: Session,
    words: Sequence[str],
    offset: int,
    limit: int,
    within: frozenset[str] | None = None,
) -> tuple[int, list[str]]:
    """Active documents whose title contains every word: the fallback while rebuilding.
    With `within`, only those documents (checked here: a share may name thousands)."""
    condition = _ACTIVE
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        condition = condition & Document.title.ilike(f"%{escaped}%", escape="\\")
    ordered = select(Document.id).where(condition)
    ordered = ordered.order_by(Document.published.desc().nulls_last(), Document.id)
    if within is not None:
        kept = [doc_id for doc_id in session.scalars(ordered) if doc_id in within]
        return len(kept), kept[offset : offset + limit]
    total = session.scalar(select(func.count()).select_from(Document).where(condition)) or 0
    return total, list(session.scalars(ordered.offset(offset).limit(limit)))


def index_fields(doc: IndexDoc) -> dict[str, Any]:
    """The Whoosh fields for one document. `content`, `spell` and `pair` get the same string
    object, so the analyzer runs once for all three."""
    tags = [" ".join(tag.replace(",", " ").split()) for tag in doc.tags]
    head = "\n".join([doc.title, *tags])
    content = "\n".join([head, doc.author, doc.summary, doc.body_text])
    return {
        schema.ID: doc.id,
        schema.CONTENT: content,
        schema.SPELL: content,
        schema.PAIR: content,
        schema.HEAD: head,
        schema.AUTHOR: doc.author or None,
        schema.KIND: (doc.kind or "").lower() or None,
        schema.TAG: ",".join(tags) or None,
        schema.LANG: (doc.language or "").lower() or None,
        schema.YEAR: str(doc.published.year) if doc.published else None,
        schema.PUBLISHED: date_value(doc.published),
    }


def queue(session: Session, ids: Sequence[str]) -> None:
    """Ask the indexer to look at these documents again (used by `check --repair`)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    session.add_all(IndexTask(document_id=document_id, created_at=now) for document_id in ids)
