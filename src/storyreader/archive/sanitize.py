"""Sanitizing untrusted HTML on its way into the archive, and reading text and images out of it.

Three passes, each linear in the input:
1. `_cap_raw_nesting` drops start tags nested absurdly deep in the raw input, because the HTML
   parser inside nh3 slows down badly on them (100,000 unclosed <div> took 74 s).
2. nh3 (Ammonia) with an explicit allowlist removes everything unsafe.
3. `_Reshaper` walks nh3's well-formed output: it caps nesting at MAX_HTML_DEPTH, unwraps
   tables inside tables (QTextBrowser freezes on them), keeps only web and mail links, and
   points each image at the stored copy or drops it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

from storyreader import storable
from storyreader.config import MAX_HTML_CHARS, MAX_HTML_DEPTH

ImageRewriter = Callable[[str], str | None]

ALLOWED_TAGS = frozenset(
    [
        "p",
        "br",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "s",
        "sub",
        "sup",
        "small",
        "mark",
        "code",
        "pre",
        "blockquote",
        "q",
        "cite",
        "a",
        "img",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
        "span",
        "div",
        "abbr",
        "time",
    ]
)
_LAZY_IMAGE_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src")
_IMAGE_ATTRIBUTES = {"src", "srcset", "alt", "title", "width", "height", *_LAZY_IMAGE_ATTRIBUTES}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": _IMAGE_ATTRIBUTES,
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
    "time": {"datetime"},
    "abbr": {"title"},
}
# Dropped together with everything inside them.
DROPPED_WITH_CONTENT = frozenset(
    [
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "title",
        "nav",
        "footer",
        "button",
        "select",
        "textarea",
    ]
)
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_REFERENCE_PREFIX = "asset:"

_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "source",
        "wbr",
        "area",
        "base",
        "col",
        "embed",
        "param",
        "track",
    ]
)
_TABLE_PARTS = frozenset(["thead", "tbody", "tfoot", "tr", "th", "td", "caption"])
_SELF_CLOSING_SIBLINGS = frozenset(["p", "li", "dt", "dd", "tr", "td", "th", "option"])
_RAW_DEPTH_LIMIT = 64  # far above real pages, far below what slows the parser
_RAW_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")


def sanitize_html(html_text: str, *, rewrite_image: ImageRewriter | None = None) -> str:
    """Safe HTML for the reader. `rewrite_image(src)` gives each image's stored reference
    (e.g. "asset:<sha256>") or None to drop it; without it only "asset:" images stay."""
    text = _clean_characters(html_text[:MAX_HTML_CHARS])
    cleaned = nh3.clean(
        _cap_raw_nesting(text),
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={*LINK_SCHEMES, "asset"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    reshaper = _Reshaper(rewrite_image or _keep_stored_images)
    reshaper.feed(cleaned)
    reshaper.close()
    return "".join(reshaper.out)


def _keep_stored_images(src: str) -> str | None:
    return src if src.startswith(IMAGE_REFERENCE_PREFIX) else None


def _clean_characters(text: str) -> str:
    # nh3 needs valid UTF-8: lone surrogates (from bad decoding) become U+FFFD; NULs go.
    return storable.clean(text)


def _cap_raw_nesting(text: str) -> str:
    """Drop start tags (and their end tags) nested deeper than `_RAW_DEPTH_LIMIT`."""
    pieces: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    position = 0
    for match in _RAW_TAG.finditer(text):
        closing, name = match.group(1), match.group(2).lower()
        keep = True
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
            elif dropped.get(name):
                dropped[name] -= 1
                keep = False
        elif name not in _VOID and not match.group(3).rstrip().endswith("/"):
            if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
                stack.pop()
            if len(stack) >= _RAW_DEPTH_LIMIT:
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                stack.append(name)
        if not keep:
            pieces.append(text[position : match.start()])
            position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def best_image_source(attributes: dict[str, str]) -> str | None:
    """The URL an <img> really shows: a lazy-loading attribute, the largest srcset candidate,
    else src; never an inline data: URL."""
    for name in _LAZY_IMAGE_ATTRIBUTES:
        if _usable(attributes.get(name)):
            return attributes[name].strip()
    candidate = _largest_candidate(attributes.get("srcset", ""))
    if candidate:
        return candidate
    src = attributes.get("src") or ""
    return src.strip() if _usable(src) else None


def _usable(url: str | None) -> bool:
    return bool(url and url.strip() and not url.strip().lower().startswith("data:"))


def _largest_candidate(srcset: str) -> str | None:
    best: tuple[float, str] | None = None
    for url, descriptor in _srcset_candidates(srcset):
        if not _usable(url):
            continue
        size = 1.0
        if descriptor[-1:] in ("w", "x"):
            try:
                size = float(descriptor[:-1])
            except ValueError:
                continue
        if best is None or size > best[0]:
            best = (size, url)
    return best[1] if best else None


_SRCSET_URL = re.compile(r"[\s,]*([^\s]+)")


def _srcset_candidates(srcset: str) -> list[tuple[str, str]]:
    """(URL, first descriptor) pairs, parsed as browsers do: a URL runs to white space, so
    it may hold commas (image CDNs write `w_424,c_limit`); trailing commas end it."""
    found: list[tuple[str, str]] = []
    position = 0
    while (match := _SRCSET_URL.match(srcset, position)) is not None:
        url, position = match.group(1), match.end()
        if url.endswith(","):
            found.append((url.rstrip(","), ""))
            continue
        end = srcset.find(",", position)
        end = len(srcset) if end < 0 else end
        descriptors = srcset[position:end].split()
        found.append((url, descriptors[0] if descriptors else ""))
        position = end + 1
    return found


class _Reshaper(HTMLParser):
    """Re-serializes nh3's output with nesting capped, tables flat and images resolved."""

    def __init__(self, rewrite_image: ImageRewriter) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._rewrite_image = rewrite_image
        self._stack: list[tuple[str, str | None]] = []  # (tag, the tag written, or None)
        self._depth = 0
        self._tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "img":
            self._image(values)
            return
        if tag in _VOID:
            self.out.append(f"<{tag}>")
            return
        written = self._shape(tag, values)
        if tag == "table":
            self._tables += 1
        self._stack.append((tag, written))
        if written:
            self._depth += 1
            self.out.append(_start_tag(written, values if written == tag else {}))

    def _shape(self, tag: str, values: dict[str, str]) -> str | None:
        """The tag to write for `tag` here, or None to keep only its content."""
        if self._depth >= MAX_HTML_DEPTH:
            return None
        if self._tables and (tag == "table" or (self._tables > 1 and tag in _TABLE_PARTS)):
            return "div" if tag in ("td", "th", "caption") else None
        if tag == "a" and (
            self._inside("a")  # nested links are invalid and would re-parse differently
            or urlsplit(values.get("href", "")).scheme.lower() not in LINK_SCHEMES
        ):
            return None
        return tag

    def _inside(self, tag: str) -> bool:
        return any(opened == tag and written for opened, written in self._stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self._stack:
            return
        while self._stack:
            opened, written = self._stack.pop()
            if opened == "table":
                self._tables -= 1
            if written:
                self._depth -= 1
                self.out.append(f"</{written}>")
            if opened == tag:
                break

    def _image(self, values: dict[str, str]) -> None:
        source = best_image_source(values)
        reference = self._rewrite_image(source) if source else None
        if not reference:
            return
        kept = {"src": reference}
        kept.update(
            (name, values[name]) for name in ("alt", "title", "width", "height") if name in values
        )
        self.out.append(_start_tag("img", kept))

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def close(self) -> None:
        super().close()
        self.handle_endtag("")  # close whatever is still open
        while self._stack:
            self.handle_endtag(self._stack[-1][0])


def _start_tag(tag: str, attributes: dict[str, str]) -> str:
    rendered = "".join(
        f' {name}="{html.escape(value, quote=True)}"' for name, value in attributes.items()
    )
    return f"<{tag}{rendered}>"


_IMAGE_TAG = re.compile(r"""<(?:img|source)\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)


class _AttributeReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attributes: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes = {name: value or "" for name, value in attrs}


def image_sources(html_text: str) -> list[str]:
    """The images an unsanitized body refers to, in order, each once (as `sanitize_html` will
    pick them), so that importers can fetch or read them first. Only the image tags are
    parsed, so a page of 100,000 other tags costs no more than a regular expression."""
    sources: dict[str, None] = {}
    for match in _IMAGE_TAG.finditer(_clean_characters(html_text[:MAX_HTML_CHARS])):
        reader = _AttributeReader()
        reader.feed(match.group(0))
        reader.close()
        source = best_image_source(reader.attributes)
        if source:
            sources.setdefault(source, None)
    return list(sources)


_WHITESPACE = re.compile(r"\s+")
# The elements of sanitized HTML that begin and end a block of text (what the plain text and
# the slides break at; `td` and `th` only separate words within a row).
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "hr",
    ]
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self._preformatted += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._preformatted = max(0, self._preformatted - 1)
        if tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        # Outside <pre>, a line break in the source is just a space.
        self.parts.append(data if self._preformatted else _WHITESPACE.sub(" ", data))


def html_to_text(html_text: str) -> str:
    """Plain text of sanitized HTML: paragraphs separated by one blank line, spaces collapsed."""
    collector = _TextCollector()
    collector.feed(html_text)
    collector.close()
    paragraphs = []
    for block in re.split(r"\n\s*\n", "".join(collector.parts)):
        lines = (" ".join(line.split()) for line in block.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
