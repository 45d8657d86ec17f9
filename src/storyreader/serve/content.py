"""The shared documents as the web reader shows them, read from the archive with plain Core
selects over the documents, their tags and their stored pictures, nothing else: the reader's
data (read state, favourites, bookmarks, notes) and the host's (sets, keys, sources) are not
read here, so they cannot reach a page.

Thread-safety: the server calls these from its worker threads; the caches are guarded by a
lock and bounded (pages by count, pictures by bytes), so memory stays flat under load.
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from sqlalchemy import select

from storyreader.archive.db import Archive
from storyreader.archive.models import Asset, Document, DocumentStatus, Media, Tag, document_tags
from storyreader.serve.body import Body, Rewrite, prepare
from storyreader.serve.share import Shared

PAGE_CACHE = 256  # prepared bodies (a document in each language of the page around it)
PICTURE_CACHE_BYTES = 32 * 1024 * 1024
PICTURE_MAX_CACHED = 4 * 1024 * 1024  # a larger picture is read from SQLite each time


@dataclass(frozen=True)
class Entry:
    """One shared document in the list, and the head of its page."""

    id: str
    title: str
    kind: str
    author: str
    language: str
    published: datetime | None
    summary: str
    reading_minutes: int
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Picture:
    mime: str
    data: bytes


Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class Bounded(Generic[Key, Value]):
    """A least-recently-used cache bounded by a total weight (count, or bytes)."""

    def __init__(self, limit: int, weigh: Callable[[Value], int] = lambda _value: 1) -> None:
        self._items: OrderedDict[Key, Value] = OrderedDict()
        self._limit, self._weigh, self._weight = limit, weigh, 0
        self._lock = threading.Lock()

    def get(self, key: Key) -> Value | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Key, value: Value) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = value
            self._weight += self._weigh(value)
            while self._weight > self._limit and self._items:
                _old, dropped = self._items.popitem(last=False)
                self._weight -= self._weigh(dropped)


class Content:
    """What one share serves: the list, each document's page and its stored pictures."""

    def __init__(self, archive: Archive, shared: Shared) -> None:
        self.archive = archive
        self.shared = shared
        self.serial = next(_SERIALS)  # tells caches of an earlier share from this one
        self._entries = self._read_entries()
        self._by_id = {entry.id: entry for entry in self._entries}
        self._ids = frozenset(self._by_id)
        self._pictures_allowed = self._read_picture_keys()
        self._bodies: Bounded[tuple[str, str], Body] = Bounded(PAGE_CACHE)
        self._pictures: Bounded[str, Picture] = Bounded(
            PICTURE_CACHE_BYTES, lambda picture: len(picture.data)
        )

    @property
    def title(self) -> str:
        return self.shared.title

    def entries(self) -> list[Entry]:
        """The shared documents that are still in the archive, in the share's order."""
        return self._entries

    def entry(self, document_id: str) -> Entry | None:
        return self._by_id.get(document_id)

    def ids(self) -> frozenset[str]:
        return self._ids

    def body(self, entry: Entry, language: str, rewrite: Rewrite) -> Body:
        """The document's body made ready for the phone (kept for the next request)."""
        key = (entry.id, language)
        found = self._bodies.get(key)
        if found is not None:
            return found
        with self.archive.read() as session:
            html = session.scalar(
                select(Document.body_html).where(Document.id == entry.id, _ACTIVE)
            )
        body = prepare(html or "", is_appeal=entry.kind == "appeal", rewrite=rewrite)
        self._bodies.put(key, body)
        return body

    def picture_keys(self) -> frozenset[str]:
        return self._pictures_allowed

    def picture(self, sha256: str) -> Picture | None:
        """A stored picture of a shared document; None for anything else."""
        if sha256 not in self._pictures_allowed:
            return None
        found = self._pictures.get(sha256)
        if found is not None:
            return found
        with self.archive.read() as session:
            row = session.execute(
                select(Media.mime, Media.data).where(Media.sha256 == sha256)
            ).one_or_none()
        if row is None:
            return None
        picture = Picture(str(row.mime), bytes(row.data))
        if len(picture.data) <= PICTURE_MAX_CACHED:
            self._pictures.put(sha256, picture)
        return picture

    # --- reading once, when sharing starts ----------------------------------------------

    def _read_entries(self) -> list[Entry]:
        wanted = list(self.shared.ordered)
        rows: dict[str, Entry] = {}
        with self.archive.read() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                tags: dict[str, list[str]] = {}
                for document_id, name in session.execute(
                    select(document_tags.c.document_id, Tag.name)
                    .join(Tag, Tag.id == document_tags.c.tag_id)
                    .where(document_tags.c.document_id.in_(chunk))
                    .order_by(Tag.name)
                ):
                    tags.setdefault(document_id, []).append(name)
                for row in session.execute(
                    select(*_ENTRY_COLUMNS).where(Document.id.in_(chunk), _ACTIVE)
                ):
                    rows[row.id] = Entry(*row, tags=tuple(tags.get(row.id, ())))
        return [rows[document_id] for document_id in wanted if document_id in rows]

    def _read_picture_keys(self) -> frozenset[str]:
        ids = [entry.id for entry in self._entries]
        keys: set[str] = set()
        with self.archive.read() as session:
            for start in range(0, len(ids), 500):
                keys.update(
                    session.scalars(
                        select(Asset.sha256).where(
                            Asset.document_id.in_(ids[start : start + 500]),
                            Asset.sha256.is_not(None),
                        )
                    )
                )
        return frozenset(keys)


_SERIALS = itertools.count(1)
_ACTIVE = Document.status == DocumentStatus.ACTIVE
_ENTRY_COLUMNS = (
    Document.id,
    Document.title,
    Document.kind,
    Document.author,
    Document.language,
    Document.published,
    Document.summary,
    Document.reading_minutes,
)
