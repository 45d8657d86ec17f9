"""Set files: a set written to a small JSON file that another host can import, and read back.

A set file names its documents by id, with their titles, so that a host whose archive lacks
one knows what it was. A file is read as hostile, through `storyreader.untrusted_json` as
bundles are: anything malformed, too large or written by a newer Story Reader is refused with
one sentence that names the field. What is read comes back as plain values; `sets.import_set`
checks them against the archive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.set_info import clamp_text_size
from storyreader.present.timing import DEFAULT_WORDS_PER_MINUTE, clamp_rate
from storyreader.untrusted_json import Fields, Origin, Wording, load

if TYPE_CHECKING:
    from storyreader.present.set_info import SetInfo

SET_FILE_FORMAT = "storyreader-set"
SET_FILE_VERSION = 1
MAX_SET_FILE_BYTES = 2 * 1024 * 1024
DOCUMENT_ID_CHARS = 16  # the width of a document's id in the archive
MAX_TEXT = 100_000  # any one text; `sets.import_set` applies the set's own limits after
MAX_ITEMS_IN_FILE = 10_000  # far more than a set holds (`sets.MAX_ITEMS` says so in a sentence)


class SetFileError(KnownError):
    """A set file cannot be written, or is not one this Story Reader can read."""


@dataclass(frozen=True)
class SetFileItem:
    document_id: str
    title: str  # as the file says: only to name a document this archive lacks
    presenter_notes: str
    content_warning: str
    text_size: int = 100  # percent of the show's type size (files before it: 100)


@dataclass(frozen=True)
class SetFile:
    name: str
    event_date: date | None
    venue: str
    words_per_minute: int
    items: tuple[SetFileItem, ...]


def set_file_data(info: SetInfo) -> dict[str, Any]:
    """What a set file holds: the set's details and its documents by id (with titles, so a
    host whose archive lacks one knows what it was)."""
    return {
        "format": SET_FILE_FORMAT,
        "version": SET_FILE_VERSION,
        "name": info.name,
        "event_date": info.event_date.isoformat() if info.event_date else None,
        "venue": info.venue,
        "words_per_minute": info.words_per_minute,
        "items": [
            {
                "document_id": item.document_id,
                "title": item.title,
                "presenter_notes": item.presenter_notes,
                "content_warning": item.content_warning,
                "text_size": item.text_size,
            }
            for item in info.items
        ],
    }


def write_set_file(info: SetInfo, path: Path) -> None:
    text = json.dumps(set_file_data(info), ensure_ascii=False, indent=2) + "\n"
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise SetFileError(
            QT_TRANSLATE_NOOP("Sets", "Cannot write %1: %2."), path, error.strerror or error
        ) from None


# How a set file says what is wrong with it: %1 is the file, %2 where in it, %3 the field.
_SET_FILE_WORDING = Wording(
    SetFileError,
    not_json=QT_TRANSLATE_NOOP("Sets", "%1 is not a Story Reader set file."),
    too_big=QT_TRANSLATE_NOOP(
        "Sets",
        "%1 is not a Story Reader set file: it is larger or more deeply nested than a set file "
        "ever is.",
    ),
    not_object=QT_TRANSLATE_NOOP("Sets", "%1 is not a Story Reader set file: %2 is not an object."),
    unusable=QT_TRANSLATE_NOOP("Sets", "%1 is not a Story Reader set file: %2 has no usable `%3`."),
    unstorable=QT_TRANSLATE_NOOP(
        "Sets",
        "%1 holds a broken character (a lone surrogate), which Story Reader never writes; the set "
        "was not imported.",
    ),
)
_THE_SET = QT_TRANSLATE_NOOP("Sets", "the set")


def read_set_file(path: Path) -> SetFile:
    """The set file's contents, checked: anything malformed is refused with one sentence."""
    origin = Origin(_SET_FILE_WORDING, path)
    data = Fields(
        load(_read(path), _THE_SET, origin, max_bytes=MAX_SET_FILE_BYTES), _THE_SET, origin
    )
    if not data.has("format") or data.text("format", 64) != SET_FILE_FORMAT:
        raise SetFileError(_SET_FILE_WORDING.not_json, path)
    if data.integer("version") > SET_FILE_VERSION:
        raise SetFileError(
            QT_TRANSLATE_NOOP(
                "Sets",
                "%1 was written by a newer Story Reader; update to import it.",
            ),
            path,
        )
    items = data.array("items", MAX_ITEMS_IN_FILE)
    return SetFile(
        name=data.text("name", MAX_TEXT).strip() or path.stem,
        event_date=data.optional_parsed("event_date", 32, date.fromisoformat),
        venue=data.optional_text("venue", MAX_TEXT) or "",
        words_per_minute=_rate(data.optional_integer("words_per_minute")),
        items=tuple(_item(value, number, origin) for number, value in enumerate(items, start=1)),
    )


def _item(value: object, number: int, origin: Origin) -> SetFileItem:
    item = Fields(value, QT_TRANSLATE_NOOP("Sets", "item %1").with_values(number), origin)
    return SetFileItem(
        document_id=item.text("document_id", MAX_TEXT).strip().lower()[:DOCUMENT_ID_CHARS],
        title=item.optional_text("title", MAX_TEXT) or "",
        presenter_notes=item.optional_text("presenter_notes", MAX_TEXT) or "",
        content_warning=item.optional_text("content_warning", MAX_TEXT) or "",
        text_size=_size(item.optional_integer("text_size")),
    )


def _read(path: Path) -> bytes:
    """The file's bytes, at most one more than a set file may hold."""
    try:
        with path.open("rb") as stream:
            return stream.read(MAX_SET_FILE_BYTES + 1)
    except OSError as error:
        raise SetFileError(
            QT_TRANSLATE_NOOP("Sets", "Cannot read %1: %2."), path, error.strerror or error
        ) from None


def _size(value: int | None) -> int:
    return 100 if value is None else clamp_text_size(value)


def _rate(value: int | None) -> int:
    return DEFAULT_WORDS_PER_MINUTE if value is None else clamp_rate(value)
