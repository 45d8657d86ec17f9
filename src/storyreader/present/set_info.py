"""What a set list is, as the rest of the app sees it: frozen dataclasses of a set and its
stories (from `storyreader.present.sets`), the limits on what a set holds and the cleaning
of what a host types, and its error."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

MAX_NAME_CHARS = 200
MAX_NOTES_CHARS = 20_000
MAX_WARNING_CHARS = 500
MAX_ITEMS = 500
# A story's text size, in percent of the show's type size: what the set editor offers.
TEXT_SIZES = (70, 80, 90, 100, 115, 130)
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 50, 200


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
    text_size: int = 100  # percent of the show's type size
    rehearsed_seconds: int | None = None  # the last rehearsal's time; None: not rehearsed

    @property
    def text_scale(self) -> float:
        return self.text_size / 100


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

    @property
    def rehearsed_seconds(self) -> int | None:
        """The rehearsed stories' times added up (None: none rehearsed yet)."""
        times = [item.rehearsed_seconds for item in self.items]
        kept = [seconds for seconds in times if seconds is not None]
        return sum(kept) if kept else None

    @property
    def rehearsed_count(self) -> int:
        return sum(1 for item in self.items if item.rehearsed_seconds is not None)


def clamp_text_size(percent: int) -> int:
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(percent)))


@dataclass(frozen=True)
class MissingDocument:
    document_id: str
    title: str


@dataclass(frozen=True)
class ImportedSet:
    set: SetInfo
    missing: tuple[MissingDocument, ...]  # in the file, not in this archive: left out


def check_room(count: int) -> None:
    if count > MAX_ITEMS:
        raise SetError(QT_TRANSLATE_NOOP("Sets", "A set can hold at most %1 stories."), MAX_ITEMS)


def clean_name(name: str) -> str:
    cleaned = clean_line(name, MAX_NAME_CHARS)
    if not cleaned:
        raise SetError(QT_TRANSLATE_NOOP("Sets", "A set needs a name."))
    return cleaned


def clean_line(text: str, limit: int) -> str:
    return " ".join(str(text).split())[:limit]


def clean_notes(text: str) -> str:
    text = str(text).replace("\x00", "").strip()
    if len(text) > MAX_NOTES_CHARS:
        raise SetError(
            QT_TRANSLATE_NOOP("Sets", "Presenter notes can hold at most %1 characters."),
            f"{MAX_NOTES_CHARS:,}",
        )
    return text
