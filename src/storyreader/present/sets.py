"""Set lists for events: the host's own data, kept in the archive beside the reader's notes.

Every function takes the session of one unit of work and returns frozen dataclasses; `Sets`
wraps them so that each call is its own unit of work. A set travels to another archive as a
set file (`set_files`): `import_set` leaves out the documents that archive lacks and reports
them by title, so the host knows what to sync or import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.models import Document, PresentationSet, SetItem
from storyreader.archive.queries import resolve_id
from storyreader.archive.writes import utcnow
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.set_files import SetFile, read_set_file, write_set_file
from storyreader.present.set_info import (
    MAX_NAME_CHARS,
    MAX_NOTES_CHARS,
    MAX_WARNING_CHARS,
    UNCHANGED,
    ImportedSet,
    MissingDocument,
    SetError,
    SetInfo,
    SetItemInfo,
    Unchanged,
    check_room,
    clamp_text_size,
    clean_line,
    clean_name,
    clean_notes,
)
from storyreader.present.timing import DEFAULT_WORDS_PER_MINUTE, clamp_rate, speaking_seconds

# --- reading ---------------------------------------------------------------------------


def list_sets(session: Session) -> list[SetInfo]:
    """Every set, the next event first, then sets without a date (newest change first)."""
    rows = session.scalars(
        select(PresentationSet)
        .options(selectinload(PresentationSet.items).selectinload(SetItem.document))
        .order_by(
            PresentationSet.event_date.is_(None),
            PresentationSet.event_date,
            PresentationSet.updated_at.desc(),
            PresentationSet.id,
        )
    )
    return [_set_info(row) for row in rows]


def get_set(session: Session, set_id: int) -> SetInfo:
    return _set_info(_set(session, set_id))


def find_set(session: Session, reference: str) -> SetInfo:
    """The set a person names: its number, its name (any case), or the start of its name."""
    return _set_info(_set(session, _resolve(session, reference)))


def _resolve(session: Session, reference: str) -> int:
    wanted = reference.strip()
    if wanted.isdigit() and session.get(PresentationSet, int(wanted)) is not None:
        return int(wanted)
    named = session.execute(select(PresentationSet.id, PresentationSet.name)).all()
    for matches in (
        [row.id for row in named if row.name.casefold() == wanted.casefold()],
        [row.id for row in named if row.name.casefold().startswith(wanted.casefold())],
    ):
        if len(matches) == 1:
            return int(matches[0])
        if len(matches) > 1:
            raise SetError(
                QT_TRANSLATE_NOOP("Sets", "More than one set goes by %1; give its number instead."),
                f"“{reference}”",
            )
    raise SetError(QT_TRANSLATE_NOOP("Sets", "There is no set called %1."), f"“{reference}”")


def _set(session: Session, set_id: int) -> PresentationSet:
    found = session.get(
        PresentationSet,
        set_id,
        options=[selectinload(PresentationSet.items).selectinload(SetItem.document)],
    )
    if found is None:
        raise SetError(QT_TRANSLATE_NOOP("Sets", "That set no longer exists."))
    return found


def _set_info(row: PresentationSet) -> SetInfo:
    rate = clamp_rate(row.words_per_minute)
    items = tuple(_item_info(item, rate) for item in row.items)
    return SetInfo(
        id=row.id,
        name=row.name,
        event_date=row.event_date.date() if row.event_date else None,
        venue=row.venue,
        words_per_minute=rate,
        created_at=row.created_at,
        updated_at=row.updated_at,
        items=items,
    )


def _item_info(item: SetItem, rate: int) -> SetItemInfo:
    document = item.document
    return SetItemInfo(
        id=item.id,
        document_id=item.document_id,
        position=item.position,
        title=document.title,
        author=document.author,
        language=document.language,
        published=document.published,
        url=document.url,
        word_count=document.word_count,
        presenter_notes=item.presenter_notes,
        content_warning=item.content_warning,
        speaking_seconds=speaking_seconds(document.word_count, rate),
        text_size=clamp_text_size(item.text_size),
        rehearsed_seconds=item.rehearsed_seconds,
    )


# --- changing --------------------------------------------------------------------------


def create_set(
    session: Session,
    name: str,
    document_ids: Sequence[str] = (),
    *,
    event_date: date | None = None,
    venue: str = "",
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
) -> SetInfo:
    now = utcnow()
    row = PresentationSet(
        name=clean_name(name),
        event_date=_as_datetime(event_date),
        venue=clean_line(venue, MAX_NAME_CHARS),
        words_per_minute=clamp_rate(words_per_minute),
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    if document_ids:
        add_documents(session, row.id, document_ids)
    return get_set(session, row.id)


def update_set(
    session: Session,
    set_id: int,
    *,
    name: str | None = None,
    event_date: date | Unchanged | None = UNCHANGED,
    venue: str | None = None,
    words_per_minute: int | None = None,
) -> SetInfo:
    """Change a set's details; only the ones given."""
    row = _set(session, set_id)
    if name is not None:
        row.name = clean_name(name)
    if not isinstance(event_date, Unchanged):
        row.event_date = _as_datetime(event_date)
    if venue is not None:
        row.venue = clean_line(venue, MAX_NAME_CHARS)
    if words_per_minute is not None:
        row.words_per_minute = clamp_rate(words_per_minute)
    return _touched(session, row)


def duplicate_set(session: Session, set_id: int) -> SetInfo:
    """A copy of the set with its items, notes and warnings, named "… (copy)"."""
    original = _set(session, set_id)
    copy = create_set(
        session,
        i18n.fill(i18n.translate("Sets", "%1 (copy)"), original.name),
        event_date=original.event_date.date() if original.event_date else None,
        venue=original.venue,
        words_per_minute=original.words_per_minute,
    )
    for item in original.items:
        session.add(
            SetItem(
                set_id=copy.id,
                document_id=item.document_id,
                position=item.position,
                presenter_notes=item.presenter_notes,
                content_warning=item.content_warning,
                text_size=item.text_size,
                rehearsed_seconds=item.rehearsed_seconds,
            )
        )
    session.flush()
    return get_set(session, copy.id)


def delete_set(session: Session, set_id: int) -> SetInfo | None:
    """Delete a set; return what it was, or None if it was already gone."""
    row = session.get(PresentationSet, set_id)
    if row is None:
        return None
    info = _set_info(row)
    session.delete(row)
    session.flush()
    return info


def add_documents(
    session: Session, set_id: int, document_ids: Iterable[str], *, at: int | None = None
) -> list[SetItemInfo]:
    """Add documents (ids or unambiguous prefixes) at position `at` (default: the end).
    A document already in the set is not added twice. Returns the items added."""
    row = _set(session, set_id)
    present = {item.document_id for item in row.items}
    wanted: list[str] = []
    for reference in document_ids:
        document_id = resolve_id(session, reference)
        if document_id not in present and document_id not in wanted:
            wanted.append(document_id)
    check_room(len(row.items) + len(wanted))
    items = list(row.items)
    start = len(items) if at is None else max(0, min(at, len(items)))
    added = [SetItem(document_id=document_id) for document_id in wanted]
    items[start:start] = added
    row.items = items
    _renumber(row)
    _touched(session, row)
    rate = clamp_rate(row.words_per_minute)
    return [_item_info(item, rate) for item in added]


def remove_item(session: Session, item_id: int) -> SetItemInfo | None:
    item = session.get(SetItem, item_id)
    if item is None:
        return None
    row = item.set
    info = _item_info(item, clamp_rate(row.words_per_minute))
    row.items.remove(item)
    _renumber(row)
    _touched(session, row)
    return info


def move_item(session: Session, item_id: int, position: int) -> SetInfo:
    """Move one item to `position` (0 is first), the others keeping their order."""
    item = session.get(SetItem, item_id)
    if item is None:
        raise SetError(QT_TRANSLATE_NOOP("Sets", "That story is no longer in the set."))
    row = item.set
    items = [other for other in row.items if other.id != item_id]
    items.insert(max(0, min(position, len(items))), item)
    row.items = items
    _renumber(row)
    return _touched(session, row)


def update_item(
    session: Session,
    item_id: int,
    *,
    presenter_notes: str | None = None,
    content_warning: str | None = None,
    text_size: int | None = None,
) -> SetItemInfo:
    item = session.get(SetItem, item_id)
    if item is None:
        raise SetError(QT_TRANSLATE_NOOP("Sets", "That story is no longer in the set."))
    if presenter_notes is not None:
        item.presenter_notes = clean_notes(presenter_notes)
    if content_warning is not None:
        item.content_warning = clean_line(content_warning, MAX_WARNING_CHARS)
    if text_size is not None:
        item.text_size = clamp_text_size(text_size)
    _touched(session, item.set)
    return _item_info(item, clamp_rate(item.set.words_per_minute))


def record_rehearsal(session: Session, set_id: int, seconds: Mapping[int, int]) -> SetInfo:
    """Keep a rehearsal's times, by set item id; the stories not given keep their last
    time, and an item that left the set meanwhile is passed over."""
    row = _set(session, set_id)
    for item in row.items:
        if item.id in seconds:
            item.rehearsed_seconds = max(0, int(seconds[item.id]))
    return _touched(session, row)


def import_set(session: Session, contents: SetFile) -> ImportedSet:
    """Create a set from a set file's contents (`set_files.read_set_file`). Documents this
    archive lacks are left out and named; a file none of whose documents are here is refused."""
    check_room(len(contents.items))  # before looking up what a hostile file lists
    listed = [item.document_id for item in contents.items]
    here = set(session.scalars(select(Document.id).where(Document.id.in_(listed))))
    missing = tuple(
        MissingDocument(item.document_id, item.title[:MAX_NAME_CHARS])
        for item in contents.items
        if item.document_id not in here
    )
    if contents.items and len(missing) == len(contents.items):
        raise SetError(
            QT_TRANSLATE_NOOP(
                "Sets",
                "None of the %1 stories in this set are in your archive; sync or import them "
                "first.",
            ),
            len(contents.items),
        )
    created = create_set(
        session,
        contents.name,
        event_date=contents.event_date,
        venue=contents.venue,
        words_per_minute=contents.words_per_minute,
    )
    kept: dict[str, SetItem] = {}
    for item in contents.items:
        if item.document_id in here and item.document_id not in kept:
            kept[item.document_id] = SetItem(
                document_id=item.document_id,
                presenter_notes=clean_notes(item.presenter_notes[:MAX_NOTES_CHARS]),
                content_warning=clean_line(item.content_warning, MAX_WARNING_CHARS),
                text_size=clamp_text_size(item.text_size),
            )
    row = _set(session, created.id)
    row.items = list(kept.values())
    _renumber(row)
    return ImportedSet(_touched(session, row), missing)


def _renumber(row: PresentationSet) -> None:
    for position, item in enumerate(row.items):
        item.position = position


def _touched(session: Session, row: PresentationSet) -> SetInfo:
    row.updated_at = utcnow()
    session.flush()
    session.refresh(row)
    return get_set(session, row.id)


def _as_datetime(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day) if day is not None else None


# --- one unit of work per call -----------------------------------------------------------


class Sets:
    """The archive's sets as the app and the command line use them."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    def all(self) -> list[SetInfo]:
        with self.archive.read() as session:
            return list_sets(session)

    def get(self, set_id: int) -> SetInfo:
        with self.archive.read() as session:
            return get_set(session, set_id)

    def find(self, reference: str) -> SetInfo:
        with self.archive.read() as session:
            return find_set(session, reference)

    def create(
        self,
        name: str,
        document_ids: Sequence[str] = (),
        *,
        event_date: date | None = None,
        venue: str = "",
        words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    ) -> SetInfo:
        with self.archive.write() as session:
            return create_set(
                session,
                name,
                document_ids,
                event_date=event_date,
                venue=venue,
                words_per_minute=words_per_minute,
            )

    def update(
        self,
        set_id: int,
        *,
        name: str | None = None,
        event_date: date | Unchanged | None = UNCHANGED,
        venue: str | None = None,
        words_per_minute: int | None = None,
    ) -> SetInfo:
        with self.archive.write() as session:
            return update_set(
                session,
                set_id,
                name=name,
                event_date=event_date,
                venue=venue,
                words_per_minute=words_per_minute,
            )

    def duplicate(self, set_id: int) -> SetInfo:
        with self.archive.write() as session:
            return duplicate_set(session, set_id)

    def delete(self, set_id: int) -> SetInfo | None:
        with self.archive.write() as session:
            return delete_set(session, set_id)

    def add(
        self, set_id: int, document_ids: Iterable[str], *, at: int | None = None
    ) -> list[SetItemInfo]:
        with self.archive.write() as session:
            return add_documents(session, set_id, document_ids, at=at)

    def remove(self, item_id: int) -> SetItemInfo | None:
        with self.archive.write() as session:
            return remove_item(session, item_id)

    def move(self, item_id: int, position: int) -> SetInfo:
        with self.archive.write() as session:
            return move_item(session, item_id, position)

    def update_item(
        self,
        item_id: int,
        *,
        presenter_notes: str | None = None,
        content_warning: str | None = None,
        text_size: int | None = None,
    ) -> SetItemInfo:
        with self.archive.write() as session:
            return update_item(
                session,
                item_id,
                presenter_notes=presenter_notes,
                content_warning=content_warning,
                text_size=text_size,
            )

    def record_rehearsal(self, set_id: int, seconds: Mapping[int, int]) -> SetInfo:
        with self.archive.write() as session:
            return record_rehearsal(session, set_id, seconds)

    def export(self, set_id: int, path: Path) -> SetInfo:
        info = self.get(set_id)
        write_set_file(info, path)
        return info

    def import_file(self, path: Path) -> ImportedSet:
        contents = read_set_file(path)  # read and checked before the archive is written
        with self.archive.write() as session:
            return import_set(session, contents)
