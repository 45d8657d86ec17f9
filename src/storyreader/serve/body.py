"""A stored document's body made ready for a phone: pictures point at the share's own
addresses, pictures that are not stored become their description, links open nothing of
ours, and an appeal's template letters get an id (for the "copy" button) and a plain text.

The body was sanitized on its way into the archive (nh3, an allowlist); this only rewrites
attributes and wraps, and lxml escapes everything it writes back.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

import lxml.html
from lxml.html import HtmlElement

from storyreader.archive.media import ASSET_SCHEME

SHA256 = re.compile(r"[0-9a-f]{64}")
# A template letter leaves blanks for the sender: "[Your name]", "[의원 이름]".
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{2,80}\]")
LINK_SCHEMES = ("https://", "http://", "mailto:")


@dataclass(frozen=True)
class Body:
    html: str  # safe to put in a page as it is
    letters: tuple[str, ...]  # the template letters as plain text, in order


@dataclass(frozen=True)
class Rewrite:
    picture_url: Callable[[str], str]  # sha256 -> the address of the picture
    stored: frozenset[str]  # the sha256s that may be served
    missing_text: str  # said in place of a picture that is not stored
    letter_tools: Callable[[int], str]  # letter number -> the HTML of its buttons and link


def prepare(body_html: str, *, is_appeal: bool, rewrite: Rewrite) -> Body:
    root = lxml.html.fragment_fromstring(body_html or "<p></p>", create_parent="div")
    for image in list(root.iter("img")):
        _picture(image, rewrite)
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href.lower().startswith(LINK_SCHEMES):
            link.attrib.pop("href", None)
        else:
            link.set("rel", "noopener noreferrer")
    letters = _letters(root, rewrite) if is_appeal else ()
    inner = lxml.html.tostring(root, encoding="unicode", method="html")
    return Body(inner.removeprefix("<div>").removesuffix("</div>"), letters)


def _picture(image: HtmlElement, rewrite: Rewrite) -> None:
    source = image.get("src") or ""
    key = source.removeprefix(ASSET_SCHEME) if source.startswith(ASSET_SCHEME) else ""
    if SHA256.fullmatch(key) and key in rewrite.stored:
        alt = image.get("alt") or ""
        image.attrib.clear()
        image.set("src", rewrite.picture_url(key))
        image.set("alt", alt)
        image.set("loading", "lazy")
        return
    # Not stored (or not ours): say what it showed rather than draw a broken picture.
    stand_in = lxml.html.Element("span")
    stand_in.set("class", "missing-picture")
    stand_in.text = image.get("alt") or rewrite.missing_text
    stand_in.tail = image.tail
    parent = image.getparent()
    if parent is not None:
        parent.replace(image, stand_in)


def _letters(root: HtmlElement, rewrite: Rewrite) -> tuple[str, ...]:
    letters: list[str] = []
    for quote in list(root.iter("blockquote")):
        text = letter_text(quote)
        if not _PLACEHOLDER.search(text):
            continue
        letters.append(text)
        number = len(letters)
        quote.set("id", f"letter-{number}")
        quote.set("class", "letter")
        tools = lxml.html.fragment_fromstring(rewrite.letter_tools(number))
        quote.addnext(tools)
    return tuple(letters)


def letter_text(quote: HtmlElement) -> str:
    """The quote's text as someone would paste it: paragraphs apart, line breaks kept."""
    quote = copy.deepcopy(quote)
    for element in quote.iter():
        # Source line wraps are spaces; only <br> breaks a line.
        element.text = _spaces(element.text)
        element.tail = _spaces(element.tail)
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    blocks = [child for child in quote if child.tag in _BLOCKS] or [quote]
    paragraphs = []
    for block in blocks:
        lines = [line.strip() for line in block.text_content().split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n"


_BLOCKS = ("p", "div", "ul", "ol", "h2", "h3", "h4")
_WHITESPACE = re.compile(r"\s+")


def _spaces(text: str | None) -> str | None:
    return None if text is None else _WHITESPACE.sub(" ", text)
