"""What a set list is, as the rest of the app sees it: frozen dataclasses of a set and its
stories (from `storyreader.present.sets`), the limits on what a set holds, and its error."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from storyreader.errors import KnownError

MAX_NAME_CHARS = 200
MAX_NOTES_CHARS = 20_000
MAX_WARNING_CHARS = 500
MAX_ITEMS = 500


class Unchanged(enum.Enum):
    """Says "leave this as it is" where None means "none"."""

    UNCHANGED = 0


UNCHANGED = Unchanged.UNCHANGED


class SetError(KnownError):
    """A set or a set file cannot be used as asked."""


@dataclass(frozen=True)
class SetItemInfo:
    id: int
    document_id: str
    position: int
    title: str
    author: str
    language: str
    published: datetime | None
    url: str | None
    word_count: int
    presenter_notes: str
    content_warning: str  # empty: none
    speaking_seconds: int


@dataclass(frozen=True)
class SetInfo:
    id: int
    name: str
    event_date: date | None
    venue: str
    words_per_minute: int
    created_at: datetime
    updated_at: datetime
    items: tuple[SetItemInfo, ...] = ()

    @property
    def total_words(self) -> int:
        return sum(item.word_count for item in self.items)

    @property
    def total_seconds(self) -> int:
        return sum(item.speaking_seconds for item in self.items)


@dataclass(frozen=True)
class MissingDocument:
    document_id: str
    title: str


@dataclass(frozen=True)
class ImportedSet:
    set: SetInfo
    missing: tuple[MissingDocument, ...]  # in the file, not in this archive: left out
