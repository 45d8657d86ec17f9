"""The web reader's words in English and Korean, chosen per request from Accept-Language.

The desktop app translates through one installed translator (`storyreader.i18n`); a share
serves phones in both languages at once, so its words are looked up here instead. They are
written below as `translate("Web", ...)` calls, which Qt's lupdate collects into the same
`storyreader_ko.ts` as every other string, and their Korean is read from that file once.
A test checks that every `_("...")` in the templates is one of them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from typing import Literal

from storyreader.config import package_dir
from storyreader.i18n import fill

Language = Literal["en", "ko"]
LANGUAGES: tuple[Language, ...] = ("en", "ko")
CONTEXT = "Web"
Gettext = Callable[[str], str]


def translate(_context: str, text: str) -> str:
    """Marks `text` for lupdate; the language is chosen per request by `words_for`."""
    return text


SOURCES = frozenset(
    {
        translate("Web", "Stories to read"),
        translate("Web", "Search"),
        translate("Web", "Search the stories"),
        translate("Web", "Search for…"),
        translate("Web", "All stories"),
        translate("Web", "Story"),
        translate("Web", "Letter"),
        translate("Web", "Update"),
        translate("Web", "Appeal"),
        translate("Web", "%1 min read"),
        translate("Web", "One result"),
        translate("Web", "%1 results"),
        translate("Web", "All %1 results"),
        translate("Web", "Nothing matches “%1”."),
        translate("Web", "Did you mean %1?"),
        translate("Web", "Page %1 of %2"),
        translate("Web", "Previous page"),
        translate("Web", "Next page"),
        translate("Web", "Copy the letter"),
        translate("Web", "Copied"),
        translate("Web", "Select the letter and copy it."),
        translate("Web", "The letter as plain text"),
        translate("Web", "Template letter"),
        translate("Web", "Picture not available"),
        translate("Web", "Not found"),
        translate("Web", "This page is not part of what was shared."),
        translate("Web", "Back to the stories"),
        translate("Web", "Too many requests; wait a moment and try again."),
        translate("Web", "That request cannot be answered."),
        translate("Web", "Shared from Story Reader on this laptop; nothing leaves the room."),
        translate("Web", "Skip to the text"),
        translate("Web", "Nothing is shared yet."),
        translate("Web", "Presenter remote"),
        translate("Web", "Enter the PIN shown on the presenter console."),
        translate("Web", "PIN"),
        translate("Web", "Open the remote"),
        translate("Web", "That PIN is not right."),
        translate("Web", "Too many wrong PINs: ask for a new one on the console."),
        translate("Web", "Previous"),
        translate("Web", "Next"),
        translate("Web", "Black screen"),
        translate("Web", "Logo"),
        translate("Web", "Slide %1 of %2"),
        translate("Web", "No show is running."),
        translate("Web", "Notes"),
        translate("Web", "No notes for this slide."),
        translate("Web", "The audience sees a black screen."),
        translate("Web", "The audience sees the logo."),
    }
)
_ACCEPT = re.compile(
    r"\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]{1,5}))?\s*"
)


def choose_language(accept_language: str | None) -> Language:
    """The phone's preferred language among ours (RFC 9110 weights); English by default."""
    best: tuple[float, int, Language] | None = None
    for position, part in enumerate((accept_language or "")[:500].split(",")[:20]):
        match = _ACCEPT.fullmatch(part)
        if match is None:
            continue
        primary = match.group(1).lower()
        try:
            weight = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if primary not in LANGUAGES or weight <= 0:
            continue
        rank = (weight, -position, primary)
        if best is None or rank > best:
            best = rank
    return best[2] if best is not None else "en"


@cache
def korean() -> dict[str, str]:
    """The finished Korean translations of the `Web` context, from our own .ts file."""
    path = package_dir() / "resources" / "translations" / "storyreader_ko.ts"
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type") == "unfinished":
                continue
            if translation.text:
                found[source] = translation.text
    return found


def words_for(language: Language) -> Gettext:
    """`_(text)` for templates: the text in `language` (English when it has no translation)."""
    table = korean() if language == "ko" else {}

    def gettext(text: str) -> str:
        return table.get(text, text)

    return gettext


__all__ = ["LANGUAGES", "SOURCES", "Gettext", "Language", "choose_language", "fill", "words_for"]
