"""Text from outside made storable: the one rule every way into the archive uses.

SQLite stores text as UTF-8, but a Python string can hold what UTF-8 cannot encode: a lone
surrogate (U+D800 to U+DFFF), which a JSON or YAML escape such as `\\ud800`, or a page in
UTF-7, makes out of a few harmless-looking bytes. Written as it is, one fails deep inside a
transaction, after the checks that should have caught it. NUL characters can be stored, but
cut text short in the C libraries that read it later (lxml, the HTML sanitizer).

- `clean` puts U+FFFD (the replacement character) in place of each lone surrogate and drops
  NULs. Web content and the reader's own files are cleaned: one broken character should cost
  that character, not the story (`archive.writes.save_document` cleans every field of every
  document, and sync cleans text as it decodes it, before it becomes addresses and reports).
- `flaw` says what is wrong instead, for our own file formats (bundles, set files): Story
  Reader never writes a lone surrogate, so a file holding one was made or changed by someone
  else, and is refused whole before anything is written.
"""

from __future__ import annotations

import json
import re

from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_OR_NUL = re.compile("[\ud800-\udfff\x00]")
_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f]")  # all but tab, newlines, form feed


def clean(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD and NUL characters removed."""
    if _SURROGATE_OR_NUL.search(text) is None:  # the common case costs one scan
        return text
    return _SURROGATE.sub(REPLACEMENT, text).replace("\x00", "")


def clean_markup(text: str) -> str:
    """`clean`, and the control characters HTML has no use for, which lxml refuses to parse:
    for web pages and feed content on their way to the HTML parser (not for plain text,
    whose form feeds and such are the author's)."""
    return _CONTROL.sub("", clean(text))


def clean_optional(text: str | None) -> str | None:
    return None if text is None else clean(text)


def flaw(text: str) -> Sentence | None:
    """Why `text` cannot be stored as it is (a lone surrogate, named), or None."""
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return QT_TRANSLATE_NOOP(
        "Untrusted", "a broken character (a lone surrogate, U+%1)"
    ).with_values(f"{ord(found.group()):04X}")


def clean_json(value: object) -> object:
    """Parsed JSON with `clean` applied to every string in it, keys included (in place).
    Iterative, so that JSON nested as deep as the parser allows cannot exhaust the stack."""
    if isinstance(value, str):
        return clean(value)
    pending: list[object] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            for index, entry in enumerate(item):
                if isinstance(entry, str):
                    item[index] = clean(entry)
                else:
                    pending.append(entry)
        elif isinstance(item, dict):
            if any(_SURROGATE_OR_NUL.search(name) for name in item):
                cleaned = {clean(name): entry for name, entry in item.items()}
                item.clear()
                item.update(cleaned)
            for name, entry in list(item.items()):
                if isinstance(entry, str):
                    item[name] = clean(entry)
                else:
                    pending.append(entry)
    return value


def json_flaw(value: object) -> Sentence | None:
    """`flaw` of the first string in parsed JSON (keys included) that has one, or None."""
    pending: list[object] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if problem := flaw(item):
                return problem
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            pending.extend(item)
            pending.extend(item.values())
    return None


def load_json(raw: str | bytes) -> object:
    """`json.loads`, cleaned: for JSON from the web (feeds, WordPress, a page's JSON-LD).
    Raises what `json.loads` raises (ValueError, RecursionError)."""
    return clean_json(json.loads(raw))
