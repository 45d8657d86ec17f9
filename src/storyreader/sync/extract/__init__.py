"""The main content of a web page: title, date, author, and the article with its pictures.

The article is found by Mozilla Readability's rules (`article.py`, tidied by `tidy.py`),
which came closest to what readers call the article on Readability's own 130 test pages
(`bench/extract.py`). To them we add what readers of this archive need: the picture heading
the article (a hero image just outside its body) and every picture's caption are kept, and
every image ends with one absolute address (`page_pictures.py`). A source may also name its
article's container and what to drop (`PageRules`), for sites that rules cannot read.

The HTML is sanitized later, by `archive.writes.save_document`. lxml is only ever given text:
never a URL or a path, so it fetches nothing by itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from storyreader import storable
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.importing.parse import strip_tags
from storyreader.sync.entry import Entry
from storyreader.sync.extract import article, dom, meta, page_pictures, tidy
from storyreader.sync.extract.meta import language_code
from storyreader.sync.extract.selectors import PageRules, select

__all__ = [
    "NoArticle",
    "PageRules",
    "decode_html",
    "drop_images",
    "extract_page",
    "language_code",
    "parse_html",
    "plain_text",
    "prepare_fragment",
]

# Fewer characters than this outside links, and no picture: nothing worth keeping was found.
MIN_ARTICLE_CHARS = 10
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_FEED_FOOTER = re.compile(r"^\s*The post .{1,300} appeared first on .{1,200}$", re.DOTALL)


class NoArticle(KnownError):  # noqa: N818 - reads as the reason it carries
    """The page has no article text we can find; its sentence completes "Could not fetch
    URL: ..." in a sync report."""


_NO_TEXT = QT_TRANSLATE_NOOP("Sync", "no article text was found on the page")


@dataclass(frozen=True)
class _Found:
    content: HtmlElement
    lead: HtmlElement | None
    byline: str


def decode_html(body: bytes, content_type: str = "") -> str:
    """The page as text: the charset the server names, else the one the page names, else UTF-8.
    Cleaned (`storable.clean_markup`): a charset such as UTF-7 can decode to lone surrogates."""
    declared = re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE)
    sniffed = _CHARSET.search(body[:4096])
    for charset in (
        declared.group(1) if declared else None,
        sniffed.group(1).decode("ascii") if sniffed else None,
    ):
        if charset:
            try:
                return storable.clean_markup(body.decode(charset, "replace"))
            except LookupError:
                continue
    return storable.clean_markup(body.decode("utf-8", "replace"))


def _parser() -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    # One element class for every tag, chosen in C: lxml.html's own lookup runs Python code
    # for every element touched (to give forms their classes), a tenth of the extraction time.
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


def parse_html(text: str) -> HtmlElement:
    try:
        return lxml.html.document_fromstring(text, parser=_parser())
    except (lxml.etree.ParserError, ValueError) as error:
        raise NoArticle(
            QT_TRANSLATE_NOOP("Sync", "the page could not be read (%1)"), error
        ) from None


def extract_page(text: str, url: str, rules: PageRules | None = None) -> Entry:
    """The article on a page fetched from `url`, as a listing would have given it (unsanitized,
    with absolute image URLs); raises NoArticle when there is none."""
    document = parse_html(text)
    base = _base_url(document, url)
    rules = rules or PageRules()
    for element in select(document, rules.drop):
        dom.remove(element)
    page_pictures.unwrap_noscript_images(document)
    facts = meta.metadata(document, meta.json_ld(document))
    for element in list(document.iter("script", "noscript", "style", "template")):
        dom.remove(element)
    tidy.prepare_page(document)
    published = meta.published(document, facts)
    updated = meta.updated(document, facts)
    marked_author = "" if facts.byline else meta.microdata_author(document)
    found = _article(document, facts, rules)
    author = meta.clean_byline(facts.byline or found.byline or marked_author)
    body = _finish(found, base, author)
    return Entry(
        title=" ".join(facts.title.split()),  # the caller names a page without one
        html=body,
        base_url=base,
        author=author,
        published=published,
        updated=updated,
        summary=" ".join(facts.summary.split()),
        language=language_code(document.get("lang") or facts.extra.get("inLanguage")),
        tags=meta.tags(document),
    )


def _article(document: HtmlElement, facts: meta.Facts, rules: PageRules) -> _Found:
    if rules.container:
        chosen = select(document, (rules.container,))
        if not chosen:
            raise NoArticle(
                QT_TRANSLATE_NOOP("Sync", "nothing on the page matches the article selector %1"),
                rules.container,
            )
        content = chosen[0]
        tidy.clean_fragment(content)
        page_pictures.fix_lazy_images(content)
        return _Found(content, None, "")
    try:
        grabbed, byline = article.grab_article(document, facts.title, want_byline=not facts.byline)
    except LookupError:
        raise NoArticle(_NO_TEXT) from None
    return _Found(grabbed.content, grabbed.lead, byline)


def _finish(found: _Found, base: str, author: str) -> str:
    content = found.content
    page_pictures.drop_tracking_pixels(content)
    page_pictures.drop_portraits(content, author)
    page_pictures.absolutize(content, base)
    if _too_little(found):
        raise NoArticle(_NO_TEXT)
    body = _inner_html(content)
    lead = found.lead
    if lead is not None:
        page_pictures.absolutize(lead, base)
        if not page_pictures.sources(lead) & page_pictures.sources(content):
            body = lxml.html.tostring(lead, encoding="unicode", with_tail=False) + body
    return body


def _too_little(found: _Found) -> bool:
    """Whether the article holds no picture and next to no text outside links."""
    content = found.content
    if found.lead is not None or next(content.iter("img"), None) is not None:
        return False
    linked = sum(len(dom.text_of(link)) for link in content.iter("a"))
    return len(dom.text_of(content)) - linked < MIN_ARTICLE_CHARS


def prepare_fragment(html_text: str, base_url: str, rules: PageRules | None = None) -> str:
    """Content a feed or an API hands over as HTML: images and links made absolute, tracking
    pixels and feed footers dropped, as for a page's article, and what the source's own
    rules drop."""
    if not html_text.strip():
        return ""
    wrapper = _fragment(html_text)
    for element in select(wrapper, rules.drop if rules else ()):
        dom.remove(element)
    tidy.clean_fragment(wrapper)
    for paragraph in list(wrapper.iter("p")):
        if _FEED_FOOTER.match(paragraph.text_content()):
            dom.remove(paragraph)
    page_pictures.absolutize(wrapper, base_url)
    return _inner_html(wrapper)


def plain_text(markup: str) -> str:
    """A field that may hold tags or entities (a feed's title, an excerpt) as one line of text."""
    return " ".join(strip_tags(markup).split())


def drop_images(html_text: str, sources: set[str]) -> str:
    """`html_text` without the images whose `src` is in `sources` (gone, or not pictures)."""
    wrapper = _fragment(html_text)
    for image in list(wrapper.iter("img")):
        if image.get("src") in sources:
            dom.remove(image)
    return _inner_html(wrapper)


def _fragment(html_text: str) -> HtmlElement:
    """Markup handed over as a body (not a whole page), inside one <div>; NoArticle when lxml
    cannot make one of it (a bare `<html></html>` or doctype), so that the item is skipped
    with its reason rather than ending the sync."""
    try:
        return lxml.html.fragment_fromstring(
            storable.clean_markup(html_text), create_parent="div", parser=_parser()
        )
    except (lxml.etree.ParserError, ValueError, AssertionError):
        # (lxml's messages may quote the whole markup: not for a sync report)
        raise NoArticle(
            QT_TRANSLATE_NOOP("Sync", "its content could not be read as HTML")
        ) from None


def _inner_html(root: HtmlElement) -> str:
    """What `root` holds, as HTML, without `root`'s own tag."""
    return html.escape(root.text or "", quote=False) + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in root
    )


def _base_url(document: HtmlElement, url: str) -> str:
    base = document.find(".//base[@href]")
    if base is not None:
        joined = urljoin(url, base.get("href", "").strip())
        if urlsplit(joined).scheme in ("http", "https"):
            return joined
    return url
