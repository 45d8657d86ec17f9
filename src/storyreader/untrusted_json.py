"""JSON from outside, checked one way: a bundle's manifest and document lines, a set file.

Story Reader writes these files, but one on a stick may have been made or changed by anyone,
so nothing in it is used before it is checked: the bytes are UTF-8 JSON of a bounded size and
nesting, each field read has the type and size it must have, and every text read (keys too)
can be stored as it is (`storable.flaw`: Story Reader never writes a lone surrogate, so a file
holding one is refused whole, before anything is written). Any surprise is one sentence that
names the field, worded for the kind of file (`Wording`) and raised as that file's own error.

    origin = Origin(SET_FILE_WORDING, path)
    data = Fields(load(raw, SET, origin, max_bytes=2 * 2**20), SET, origin)
    name = data.text("name", 200)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from storyreader import storable
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence

MAX_DEPTH = 8  # our formats nest three levels deep; the parser itself allows about a thousand
MAX_INTEGER = 2**62  # what SQLite stores as an integer, with room to add
T = TypeVar("T")


@dataclass(frozen=True)
class Wording:
    """How one kind of file says what is wrong with it. Every template is given the same
    values: %1 the file (as its sentences name it; a template may leave it out), %2 where in
    the file (`the manifest`, `document line 3`), then %3 the field and %4 what is wrong with
    its text, where they apply."""

    error: type[KnownError]
    not_json: Sentence
    too_big: Sentence  # larger or deeper than the format ever is
    not_object: Sentence
    unusable: Sentence  # missing, of the wrong type, too long or not of the right form
    unstorable: Sentence  # a text Story Reader never writes (%4 says what is in it)


@dataclass(frozen=True)
class Origin:
    """Which file the JSON came from, and how its refusals are worded."""

    wording: Wording
    file: object = ""

    def refuse(self, template: Sentence, where: object, *values: object) -> KnownError:
        return self.wording.error(template, self.file, where, *values)


def load(raw: bytes, where: object, origin: Origin, *, max_bytes: int) -> object:
    """Parsed JSON from `raw`, refused (`origin`'s error) unless it is UTF-8 JSON of at most
    `max_bytes` bytes and `MAX_DEPTH` levels."""
    if len(raw) > max_bytes:
        raise origin.refuse(origin.wording.too_big, where)
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise origin.refuse(origin.wording.not_json, where) from None
    if _deeper_than(value, MAX_DEPTH):
        raise origin.refuse(origin.wording.too_big, where)
    return value


def _deeper_than(value: object, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels (iteratively: no recursion)."""
    pending: list[tuple[object, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = list(item.values()) if isinstance(item, dict) else item
        for child in children if isinstance(children, list) else ():
            if isinstance(child, (list, dict)):
                if depth >= limit:
                    return True
                pending.append((child, depth + 1))
    return False


class Fields:
    """Typed, size-checked access to one JSON object; any surprise is `origin`'s error, naming
    `where` and the field."""

    def __init__(self, value: object, where: object, origin: Origin) -> None:
        if not isinstance(value, dict):
            raise origin.refuse(origin.wording.not_object, where)
        self._data: dict[str, object] = value
        self._where = where
        self._origin = origin

    def unusable(self, key: str) -> KnownError:
        """The error for a field that is there but cannot be used (for the caller's own
        checks of its form)."""
        return self._origin.refuse(self._origin.wording.unusable, self._where, key)

    def _checked_text(self, key: str, value: str) -> str:
        if problem := storable.flaw(value):
            raise self._origin.refuse(self._origin.wording.unstorable, self._where, key, problem)
        return value

    def has(self, key: str) -> bool:
        """Whether the field is there and not null."""
        return self._data.get(key) is not None

    def text(self, key: str, limit: int) -> str:
        value = self._data.get(key)
        if not isinstance(value, str) or len(value) > limit:
            raise self.unusable(key)
        return self._checked_text(key, value)

    def optional_text(self, key: str, limit: int) -> str | None:
        return self.text(key, limit) if self.has(key) else None

    def parsed(self, key: str, limit: int, parse: Callable[[str], T]) -> T:
        """The text of the field read by `parse`; a ValueError from it makes the field
        unusable."""
        try:
            return parse(self.text(key, limit))
        except ValueError:
            raise self.unusable(key) from None

    def optional_parsed(self, key: str, limit: int, parse: Callable[[str], T]) -> T | None:
        return self.parsed(key, limit, parse) if self.has(key) else None

    def integer(self, key: str) -> int:
        value = self._data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < MAX_INTEGER:
            raise self.unusable(key)
        return value

    def optional_integer(self, key: str) -> int | None:
        return self.integer(key) if self.has(key) else None

    def nested(self, key: str) -> Fields:
        where = QT_TRANSLATE_NOOP("Untrusted", "%1's `%2`").with_values(self._where, key)
        return Fields(self._data.get(key), where, self._origin)

    def mapping(self, key: str, limit: int) -> dict[str, object]:
        """A JSON object of at most `limit` entries, its keys checked as texts (its values
        are the caller's to check)."""
        value = self._data.get(key)
        if not isinstance(value, dict) or len(value) > limit:
            raise self.unusable(key)
        for name in value:
            self._checked_text(key, name)
        return value

    def array(self, key: str, limit: int) -> list[object]:
        """A JSON array of at most `limit` values (the caller's to check)."""
        value = self._data.get(key)
        if not isinstance(value, list) or len(value) > limit:
            raise self.unusable(key)
        return value

    def strings(self, key: str, count: int, limit: int) -> list[str]:
        values = self.array(key, count)
        texts = [value for value in values if isinstance(value, str) and len(value) <= limit]
        if len(texts) != len(values):
            raise self.unusable(key)
        return [self._checked_text(key, text) for text in texts]
