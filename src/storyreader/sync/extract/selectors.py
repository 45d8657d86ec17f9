"""A source's own rules for pages the general rules cannot read: a CSS selector for the
article's container, and selectors for what to drop (a "related posts" strip, a donate box).

Selectors come from people, so each is checked when it is stored (`check_selector` says in
one sentence what is wrong) and again when used (one stored by hand that no longer compiles
selects nothing rather than stopping a sync).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import cssselect
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

MAX_SELECTOR_CHARS = 500


@dataclass(frozen=True)
class PageRules:
    container: str = ""  # the article is the first element this selects
    drop: tuple[str, ...] = ()  # everything these select leaves the page first

    def __bool__(self) -> bool:
        return bool(self.container or self.drop)


class SelectorError(KnownError):
    """A selector cannot be used; `str(error)` is the sentence to show."""


def check_selector(text: str) -> str:
    """`text` trimmed, or SelectorError with a sentence saying what is wrong with it."""
    selector = text.strip()
    if not selector:
        raise SelectorError(QT_TRANSLATE_NOOP("Sync", "A CSS selector cannot be empty."))
    if len(selector) > MAX_SELECTOR_CHARS:
        raise SelectorError(
            QT_TRANSLATE_NOOP("Sync", "The CSS selector is longer than %1 characters."),
            MAX_SELECTOR_CHARS,
        )
    try:
        _compiled(selector)
    except cssselect.SelectorError as error:
        raise SelectorError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "%1 is not a CSS selector that can be used here (%2); try one like %3.",
            ),
            selector,
            str(error).rstrip("."),
            "div.post-body",
        ) from None
    return selector


def select(document: HtmlElement, selectors: Iterable[str]) -> list[HtmlElement]:
    """The elements `selectors` pick (each in document order), outermost only."""
    found: list[HtmlElement] = []
    for selector in selectors:
        try:
            compiled = _compiled(selector)
        except cssselect.SelectorError:
            continue
        found.extend(e for e in compiled(document) if isinstance(e, HtmlElement))
    chosen = set(found)
    return [e for e in dict.fromkeys(found) if not any(a in chosen for a in e.iterancestors())]


@lru_cache(maxsize=256)
def _compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")
