"""Set files: a set written to a small JSON file that another host can import, and read back.

A set file names its documents by id, with their titles, so that a host whose archive lacks
one knows what it was. A file is read as hostile: anything malformed, too large or written by
a newer Story Reader is refused with one sentence. What is read comes back as plain values;
`sets.import_set` checks them against the archive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyreader import i18n, storable
from storyreader.errors import KnownError
from storyreader.present.timing import DEFAULT_WORDS_PER_MINUTE, clamp_rate

if TYPE_CHECKING:
    from storyreader.present.set_info import SetInfo

SET_FILE_FORMAT = "storyreader-set"
SET_FILE_VERSION = 1
MAX_SET_FILE_BYTES = 2 * 1024 * 1024
DOCUMENT_ID_CHARS = 16  # the width of a document's id in the archive


class SetFileError(KnownError):
    """A set file cannot be written, or is not one this Story Reader can read."""


@dataclass(frozen=True)
class SetFileItem:
    document_id: str
    title: str  # as the file says: only to name a document this archive lacks
    presenter_notes: str
    content_warning: str


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
            i18n.fill(
                i18n.translate("Sets", "Cannot write %1: %2."), str(path), error.strerror or error
            )
        ) from None


def read_set_file(path: Path) -> SetFile:
    """The set file's contents, checked: anything malformed is refused with one sentence."""
    data = _checked_data(path)
    return SetFile(
        name=data["name"].strip() or path.stem,
        event_date=_parse_date(data.get("event_date")),
        venue=_text(data.get("venue")),
        words_per_minute=_rate(data.get("words_per_minute")),
        items=tuple(
            SetFileItem(
                document_id=item["document_id"].strip().lower()[:DOCUMENT_ID_CHARS],
                title=_text(item.get("title")),
                presenter_notes=_text(item.get("presenter_notes")),
                content_warning=_text(item.get("content_warning")),
            )
            for item in data["items"]
        ),
    )


def _checked_data(path: Path) -> dict[str, Any]:
    """The file's JSON, if it has the shape of a set file of a version we can read."""
    not_a_set = i18n.fill(i18n.translate("Sets", "%1 is not a Story Reader set file."), str(path))
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_SET_FILE_BYTES + 1)
    except OSError as error:
        raise SetFileError(
            i18n.fill(
                i18n.translate("Sets", "Cannot read %1: %2."), str(path), error.strerror or error
            )
        ) from None
    if len(raw) > MAX_SET_FILE_BYTES:
        raise SetFileError(not_a_set)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SetFileError(not_a_set) from None
    if not isinstance(data, dict) or data.get("format") != SET_FILE_FORMAT:
        raise SetFileError(not_a_set)
    if storable.json_flaw(data):
        raise SetFileError(
            i18n.fill(
                i18n.translate(
                    "Sets",
                    "%1 holds a broken character (a lone surrogate), which Story Reader never "
                    "writes; the set was not imported.",
                ),
                str(path),
            )
        )
    if not isinstance(data.get("version"), int) or data["version"] > SET_FILE_VERSION:
        raise SetFileError(
            i18n.fill(
                i18n.translate(
                    "Sets", "%1 was written by a newer Story Reader; update to import it."
                ),
                str(path),
            )
        )
    items = data.get("items")
    if not isinstance(data.get("name"), str) or not isinstance(items, list):
        raise SetFileError(not_a_set)
    if not all(
        isinstance(item, dict) and isinstance(item.get("document_id"), str) for item in items
    ):
        raise SetFileError(not_a_set)
    return data


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _rate(value: object) -> int:
    return clamp_rate(value) if isinstance(value, int) else DEFAULT_WORDS_PER_MINUTE
