"""The reader's own data: read state, favourites, reading position, bookmarks and notes.

Only the reader writes these tables (import, sync and bundles never do). Every function takes
the session of one unit of work and returns frozen dataclasses, so the desktop app can keep
what it shows and undo a change by writing the old value back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from storyreader.archive.models import Bookmark, Document, Note, ReadingState
from storyreader.archive.writes import utcnow
from storyreader.errors import NO_SUCH_DOCUMENT, DocumentNotFound, KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

MAX_NOTE_CHARS = 20_000
MAX_QUOTE_CHARS = 2_000


@dataclass(frozen=True)
class ReadingInfo:
    is_read: bool = False
    favourite: bool = False
    position: float = 0.0  # the fraction of the document scrolled past
    last_opened_at: datetime | None = None


@dataclass(frozen=True)
class BookmarkInfo:
    id: int
    document_id: str
    position: float
    label: str
    created_at: datetime


@dataclass(frozen=True)
class NoteInfo:
    id: int
    document_id: str
    quote: str  # the text the note is about
    start: int  # character offsets of the quote in the document's text
    end: int
    text: str
    document_changed: bool  # the document changed since: the quote may have moved
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AnnotatedDocument:
    """A document with the reader's bookmarks (by place) and notes (in text order)."""

    id: str
    title: str
    author: str
    published: datetime | None
    url: str | None
    language: str
    bookmarks: list[BookmarkInfo]
    notes: list[NoteInfo]


def _state(session: Session, document_id: str) -> ReadingState:
    state = session.get(ReadingState, document_id)
    if state is None:
        if session.get(Document, document_id) is None:
            raise DocumentNotFound(NO_SUCH_DOCUMENT, repr(document_id))
        state = ReadingState(document_id=document_id, is_read=False, favourite=False)
        session.add(state)
    return state


def reading_info(session: Session, document_id: str) -> ReadingInfo:
    state = session.get(ReadingState, document_id)
    if state is None:
        return ReadingInfo()
    return ReadingInfo(state.is_read, state.favourite, state.position, state.last_opened_at)


def set_read(session: Session, document_id: str, is_read: bool) -> None:
    _state(session, document_id).is_read = is_read


def set_favourite(session: Session, document_id: str, favourite: bool) -> None:
    _state(session, document_id).favourite = favourite


MANY_AT_ONCE = 500  # ids per statement (SQLite limits the parameters of one)


def set_read_many(session: Session, document_ids: Sequence[str], is_read: bool) -> dict[str, bool]:
    """Mark these documents read (or unread) at once; return what each was before, for an
    undo (`restore_read`). Ids of documents that no longer exist are left out."""
    before: dict[str, bool] = {}
    ids = list(dict.fromkeys(document_ids))
    for start in range(0, len(ids), MANY_AT_ONCE):
        chunk = ids[start : start + MANY_AT_ONCE]
        known = set(session.scalars(select(Document.id).where(Document.id.in_(chunk))))
        listed = select(ReadingState.document_id, ReadingState.is_read).where(
            ReadingState.document_id.in_(chunk)
        )
        states: dict[str, bool] = dict(session.execute(listed).all())
        missing = [doc_id for doc_id in chunk if doc_id in known and doc_id not in states]
        if missing:
            session.execute(
                insert(ReadingState),
                [{"document_id": doc_id, "is_read": False} for doc_id in missing],
            )
        before.update({doc_id: states.get(doc_id, False) for doc_id in chunk if doc_id in known})
        session.execute(
            update(ReadingState).where(ReadingState.document_id.in_(chunk)).values(is_read=is_read)
        )
    return before


def restore_read(session: Session, states: dict[str, bool]) -> None:
    """Put read states back as `set_read_many` found them."""
    for value in (True, False):
        ids = [doc_id for doc_id, was_read in states.items() if was_read is value]
        for start in range(0, len(ids), MANY_AT_ONCE):
            session.execute(
                update(ReadingState)
                .where(ReadingState.document_id.in_(ids[start : start + MANY_AT_ONCE]))
                .values(is_read=value)
            )


def record_opened(session: Session, document_id: str) -> ReadingInfo:
    """Note that the document was opened now; return its state as it was before."""
    before = reading_info(session, document_id)
    _state(session, document_id).last_opened_at = utcnow()
    return before


def save_position(session: Session, document_id: str, position: float) -> None:
    _state(session, document_id).position = min(1.0, max(0.0, float(position)))


def bookmarks(session: Session, document_id: str) -> list[BookmarkInfo]:
    rows = session.scalars(
        select(Bookmark).where(Bookmark.document_id == document_id).order_by(Bookmark.position)
    )
    return [_bookmark_info(row) for row in rows]


def add_bookmark(
    session: Session, document_id: str, position: float, label: str = ""
) -> BookmarkInfo:
    _state(session, document_id)  # the document must exist
    bookmark = Bookmark(
        document_id=document_id,
        position=min(1.0, max(0.0, float(position))),
        label=label.strip()[:200],
        created_at=utcnow(),
    )
    session.add(bookmark)
    session.flush()
    return _bookmark_info(bookmark)


def remove_bookmark(session: Session, bookmark_id: int) -> BookmarkInfo | None:
    """Delete a bookmark; return what it was (for undo), or None if it was already gone."""
    bookmark = session.get(Bookmark, bookmark_id)
    if bookmark is None:
        return None
    info = _bookmark_info(bookmark)
    session.delete(bookmark)
    return info


def restore_bookmark(session: Session, info: BookmarkInfo) -> BookmarkInfo:
    """Put back a removed bookmark (undo)."""
    session.add(
        Bookmark(
            id=info.id,
            document_id=info.document_id,
            position=info.position,
            label=info.label,
            created_at=info.created_at,
        )
    )
    session.flush()
    return info


def notes(session: Session, document_id: str | None = None) -> list[NoteInfo]:
    """The notes on one document (in text order), or every note (newest first)."""
    statement = select(Note)
    if document_id is None:
        statement = statement.order_by(Note.updated_at.desc())
    else:
        statement = statement.where(Note.document_id == document_id).order_by(Note.start)
    return [_note_info(row) for row in session.scalars(statement)]


def add_note(
    session: Session, document_id: str, quote: str, start: int, end: int, text: str
) -> NoteInfo:
    _state(session, document_id)
    _check_note(text)
    now = utcnow()
    note = Note(
        document_id=document_id,
        quote=quote[:MAX_QUOTE_CHARS],
        start=max(0, int(start)),
        end=max(int(start), int(end)),
        text=text,
        document_changed=False,
        created_at=now,
        updated_at=now,
    )
    session.add(note)
    session.flush()
    return _note_info(note)


def update_note(session: Session, note_id: int, text: str) -> NoteInfo:
    _check_note(text)
    note = session.get(Note, note_id)
    if note is None:
        raise KnownError(QT_TRANSLATE_NOOP("Archive", "That note no longer exists."))
    note.text = text
    note.document_changed = False  # the reader has looked at it again
    note.updated_at = utcnow()
    session.flush()
    return _note_info(note)


def delete_note(session: Session, note_id: int) -> NoteInfo | None:
    note = session.get(Note, note_id)
    if note is None:
        return None
    info = _note_info(note)
    session.delete(note)
    return info


def restore_note(session: Session, info: NoteInfo) -> NoteInfo:
    """Put back a deleted note (undo)."""
    session.add(
        Note(
            id=info.id,
            document_id=info.document_id,
            quote=info.quote,
            start=info.start,
            end=info.end,
            text=info.text,
            document_changed=info.document_changed,
            created_at=info.created_at,
            updated_at=info.updated_at,
        )
    )
    session.flush()
    return info


def _check_note(text: str) -> None:
    if len(text) > MAX_NOTE_CHARS:
        raise KnownError(
            QT_TRANSLATE_NOOP("Archive", "A note can hold at most %1 characters."),
            f"{MAX_NOTE_CHARS:,}",
        )


def _bookmark_info(bookmark: Bookmark) -> BookmarkInfo:
    return BookmarkInfo(
        bookmark.id, bookmark.document_id, bookmark.position, bookmark.label, bookmark.created_at
    )


def _note_info(note: Note) -> NoteInfo:
    return NoteInfo(
        note.id,
        note.document_id,
        note.quote,
        note.start,
        note.end,
        note.text,
        note.document_changed,
        note.created_at,
        note.updated_at,
    )


def annotated_documents(
    session: Session, document_id: str | None = None
) -> list[AnnotatedDocument]:
    """Every document with bookmarks or notes (by title), or just `document_id` (if it has
    any): what "export my notes" writes out."""
    ids = set(session.scalars(select(Bookmark.document_id).union(select(Note.document_id))))
    if document_id is not None:
        ids &= {document_id}
    documents = session.scalars(select(Document).where(Document.id.in_(ids))).all()
    return [
        AnnotatedDocument(
            doc.id,
            doc.title,
            doc.author or "",
            doc.published,
            doc.url,
            doc.language or "",
            bookmarks(session, doc.id),
            notes(session, doc.id),
        )
        for doc in sorted(documents, key=lambda doc: (doc.title.casefold(), doc.id))
    ]
