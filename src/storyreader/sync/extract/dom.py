"""Small facts about lxml elements that the extractor asks again and again.

lxml keeps text in `.text` and `.tail` rather than in text nodes, so "the text of an
element", "the next element in document order" and "is this phrasing content" are spelled
out here once, the way Readability (which walks a browser DOM) means them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Readability's class and id words (matched against lower case): what suggests an article,
# and what suggests the rest.
POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
)
NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
    r"sponsor|shopping|tags|widget"
)

# Children that make a <div> a container rather than a paragraph.
BLOCKS = frozenset({"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"})
PHRASING = frozenset(
    {
        "abbr",
        "audio",
        "b",
        "bdo",
        "br",
        "button",
        "cite",
        "code",
        "data",
        "datalist",
        "dfn",
        "em",
        "embed",
        "i",
        "img",
        "input",
        "kbd",
        "label",
        "mark",
        "math",
        "meter",
        "noscript",
        "object",
        "output",
        "progress",
        "q",
        "ruby",
        "samp",
        "script",
        "select",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "textarea",
        "time",
        "var",
        "wbr",
    }
)
VIDEOS = re.compile(
    r"//(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq|bilibili|"
    r"live.bilibili)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)",
    re.IGNORECASE,
)


def is_element(node: object) -> bool:
    return isinstance(node, HtmlElement) and isinstance(node.tag, str)


def text_of(element: HtmlElement) -> str:
    """An element's text, trimmed, with runs of white space made one space (as long as
    Readability's, which keeps single white space characters as they are)."""
    return " ".join(element.text_content().split())


def has_text(element: HtmlElement) -> bool:
    return any(part.strip() for part in element.itertext())


def marks(element: HtmlElement) -> str:
    """The class and id words Readability matches its patterns against, in lower case (the
    patterns are too: five times quicker than matching while ignoring case)."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def class_weight(element: HtmlElement) -> int:
    weight = 0
    for value in (element.get("class"), element.get("id")):
        if value:
            value = value.lower()
            weight -= 25 if NEGATIVE.search(value) else 0
            weight += 25 if POSITIVE.search(value) else 0
    return weight


def link_density(
    element: HtmlElement, length: int | None = None, known: dict[HtmlElement, float] | None = None
) -> float:
    """The share of an element's text that is link text (in-page links count a third).
    `known` keeps each link's weight for the next call over the same links."""
    total = len(text_of(element)) if length is None else length
    if not total:
        return 0.0
    linked = 0.0
    for link in element.iter("a"):
        weight = known.get(link) if known is not None else None
        if weight is None:
            href = link.get("href") or ""
            weight = len(text_of(link)) * (0.3 if href.startswith("#") and len(href) > 1 else 1)
            if known is not None:
                known[link] = weight
        linked += weight
    return linked / total


def is_probably_visible(element: HtmlElement) -> bool:
    if element.get("hidden") is not None:
        return False
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return False
    return element.get("aria-hidden") != "true" or "fallback-image" in (element.get("class") or "")


def is_phrasing(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in PHRASING:
        return True
    return tag in ("a", "del", "ins") and all(is_phrasing(child) for child in _elements(element))


def is_without_content(element: HtmlElement) -> bool:
    """No text, and nothing inside but line breaks and rules."""
    if has_text(element):
        return False
    return all(child.tag in ("br", "hr") for child in element.iterdescendants())


def has_single_child(element: HtmlElement, tag: str) -> bool:
    """Exactly one child element, a `tag`, and no text of its own around it."""
    children = list(_elements(element))
    if len(children) != 1 or children[0].tag != tag:
        return False
    return not ((element.text or "").strip() or (children[0].tail or "").strip())


def has_block_child(element: HtmlElement) -> bool:
    return next(element.iterdescendants(*BLOCKS), None) is not None


def has_ancestor(
    element: HtmlElement, tag: str, max_depth: int = 3, also: set[HtmlElement] | None = None
) -> bool:
    """Whether an ancestor (within `max_depth` levels; -1: any) is a `tag` (and in `also`)."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if 0 < max_depth < depth:
            return False
        if ancestor.tag == tag and (also is None or ancestor in also):
            return True
    return False


def next_node(element: HtmlElement, skip_children: bool = False) -> HtmlElement | None:
    """The next element in document order (past `element`'s own when `skip_children`)."""
    if not skip_children:
        for child in element:
            if isinstance(child.tag, str):
                return child
    node: HtmlElement | None = element
    while node is not None:
        sibling = node.getnext()
        while sibling is not None:
            if isinstance(sibling.tag, str):
                return sibling
            sibling = sibling.getnext()
        node = node.getparent()
    return None


def remove_and_next(element: HtmlElement) -> HtmlElement | None:
    following = next_node(element, skip_children=True)
    remove(element)
    return following


def remove(element: HtmlElement) -> None:
    """Take `element` out, keeping the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()


def _elements(element: HtmlElement) -> Iterable[HtmlElement]:
    return (child for child in element if isinstance(child.tag, str))


def children(element: HtmlElement) -> list[HtmlElement]:
    return list(_elements(element))


def similarity(text_a: str, text_b: str) -> float:
    """1 when text B's words are all in text A, falling to 0 as B has words of its own."""
    tokens_a = [t for t in re.split(r"\W+", text_a.lower()) if t]
    tokens_b = [t for t in re.split(r"\W+", text_b.lower()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    known = set(tokens_a)
    unique = [t for t in tokens_b if t not in known]
    return 1 - len(" ".join(unique)) / len(" ".join(tokens_b))
