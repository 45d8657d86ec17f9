"""The main content of a web page: title, date, author, and the article with its pictures.

Our own rules over lxml (they did better than trafilatura on the pages in tests/sync/sites,
see the sync test notes): find the article's container (a CMS rich-text block, `<article>`,
`<main>`, else the densest block of paragraphs), keep the lead picture just before it, and
drop what is not the article (navigation, share and newsletter boxes, forms, scripts).
Every image ends with one absolute `src` (from `srcset` or lazy `data-src` when present), and
links become absolute. The HTML is sanitized later, by `archive.writes.save_document`.

lxml is only ever given text: never a URL or a path, so it fetches nothing by itself.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from storyreader.archive.sanitize import best_image_source
from storyreader.importing.parse import strip_tags
from storyreader.sync.dates import parse_date
from storyreader.sync.sources import Entry

MIN_ARTICLE_CHARS = 80

_JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "svg",
    "nav",
    "aside",
    "footer",
    "link",
    "meta",
)
# Class or id words that mark boxes around an article rather than the article itself.
_JUNK_WORDS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharedaddy|social|newsletter|subscribe|signup|sign-up|"
    r"related|relatedposts|comments?|respond|cookie|promo|advert|ads|sponsor|"
    r"screen-reader-text|sr-only|visually-hidden|breadcrumbs?|pagination|post-navigation|"
    r"author-bio|tags-links|cat-links|w-form-done|w-form-fail)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Containers that content management systems put an article's body in.
_BODY_CLASSES = re.compile(
    r"(?:^|\s)(?:w-richtext|entry-content|post-content|article-content|article-body|"
    r"post-body|story-body|content-body|single-content|rich-text|prose)(?:$|\s)",
    re.IGNORECASE,
)
_PICTURE_JUNK = re.compile(r"avatar|logo|icon|emoji|gravatar|badge|spinner", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[|–—·:-]\s+[^|–—·:-]{2,60}$")  # "Title | Site name"
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_FEED_FOOTER = re.compile(r"^\s*The post .{1,300} appeared first on .{1,200}$", re.DOTALL)
_ARTICLE_TYPES = {"article", "blogposting", "newsarticle", "report", "socialmediaposting"}


class NoArticle(Exception):  # noqa: N818 - reads as the reason it carries
    """The page has no article text we can find."""


def decode_html(body: bytes, content_type: str = "") -> str:
    """The page as text: the charset the server names, else the one the page names, else UTF-8."""
    declared = re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE)
    sniffed = _CHARSET.search(body[:4096])
    for charset in (
        declared.group(1) if declared else None,
        sniffed.group(1).decode("ascii") if sniffed else None,
    ):
        if charset:
            try:
                return body.decode(charset, "replace")
            except LookupError:
                continue
    return body.decode("utf-8", "replace")


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


def parse_html(text: str) -> HtmlElement:
    try:
        return lxml.html.document_fromstring(text, parser=_parser())
    except (lxml.etree.ParserError, ValueError) as error:
        raise NoArticle(f"the page could not be read ({error})") from None


def extract_page(text: str, url: str) -> Entry:
    """The article on a page fetched from `url`, as a listing would have given it (unsanitized,
    with absolute image URLs); raises NoArticle when there is none."""
    document = parse_html(text)
    base = _base_url(document, url)
    facts = _structured_data(document)
    root = _article_root(document)
    if root is None:
        raise NoArticle("no article text was found on the page")
    lead = _lead_picture(document, root)
    title = _title(document, facts)
    _clean(root, title)
    _absolutize(root, base)
    body = _inner_html(root)
    if lead is not None:
        _absolutize(lead, base)
        body = lxml.html.tostring(lead, encoding="unicode", with_tail=False) + body
    if len(root.text_content().strip()) < MIN_ARTICLE_CHARS:
        raise NoArticle("no article text was found on the page")
    return Entry(
        title=title or "Untitled",
        html=body,
        base_url=base,
        author=_author(document, facts),
        published=_first_date(
            _meta(document, "article:published_time", "datePublished", "date", "dc.date"),
            _text(facts.get("datePublished")),
            *_time_elements(document),
            *_dated_text(document),
        ),
        updated=_first_date(
            _meta(document, "article:modified_time", "dateModified", "og:updated_time"),
            _text(facts.get("dateModified")),
        ),
        summary=_meta(document, "description", "og:description") or "",
        language=language_code(document.get("lang") or _text(facts.get("inLanguage"))),
        tags=[
            tag
            for tag in (
                element.get("content", "").strip()
                for element in document.iter("meta")
                if element.get("property") == "article:tag"
            )
            if tag
        ],
    )


def prepare_fragment(html_text: str, base_url: str) -> str:
    """Content a feed or an API hands over as HTML: images and links made absolute, tracking
    pixels and feed footers dropped, as for a page's article."""
    if not html_text.strip():
        return ""
    wrapper = _fragment(html_text)
    _clean(wrapper, title="")
    for paragraph in list(wrapper.iter("p")):
        if _FEED_FOOTER.match(paragraph.text_content()):
            _drop(paragraph)
    _absolutize(wrapper, base_url)
    return _inner_html(wrapper)


def plain_text(markup: str) -> str:
    """A field that may hold tags or entities (a feed's title, an excerpt) as one line of text."""
    return " ".join(strip_tags(markup).split())


def _fragment(html_text: str) -> HtmlElement:
    """Markup handed over as a body (not a whole page), inside one <div>."""
    return lxml.html.fragment_fromstring(html_text, create_parent="div", parser=_parser())


def _inner_html(root: HtmlElement) -> str:
    """What `root` holds, as HTML, without `root`'s own tag."""
    return html.escape(root.text or "", quote=False) + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in root
    )


# --- finding the article -------------------------------------------------------------------


def _article_root(document: HtmlElement) -> HtmlElement | None:
    for finder in (_by_itemprop, _by_body_class, _by_tag("article"), _by_tag("main")):
        found = finder(document)
        if found is not None and _paragraph_chars(found) >= MIN_ARTICLE_CHARS:
            return found
    return _densest_block(document)


def _by_itemprop(document: HtmlElement) -> HtmlElement | None:
    return _longest(document.xpath('//*[@itemprop="articleBody"]'))


def _by_body_class(document: HtmlElement) -> HtmlElement | None:
    found = [
        element
        for element in document.iter()
        if isinstance(element.tag, str) and _BODY_CLASSES.search(element.get("class") or "")
    ]
    # A body nested in another (rich text inside entry-content) counts once, as the outer.
    outer = [e for e in found if not any(a in found for a in e.iterancestors())]
    return _longest(outer)


_Finder = Callable[[HtmlElement], HtmlElement | None]


def _by_tag(tag: str) -> _Finder:
    def find(document: HtmlElement) -> HtmlElement | None:
        return _longest([*document.iter(tag)])

    return find


def _longest(elements: list[HtmlElement]) -> HtmlElement | None:
    candidates = [e for e in elements if not _is_junk(e)]
    return max(candidates, key=_paragraph_chars, default=None)


def _paragraph_chars(element: HtmlElement) -> int:
    return sum(
        len(node.text_content().strip())
        for node in element.iter("p", "li", "blockquote", "pre", "h2", "h3", "figcaption")
        if not _inside_junk(node, element)
    )


def _densest_block(document: HtmlElement) -> HtmlElement | None:
    """The element holding the most paragraph text that is not links (readability's idea)."""
    scores: dict[HtmlElement, float] = {}
    for paragraph in document.iter("p"):
        text = paragraph.text_content().strip()
        if len(text) < 25 or _inside_junk(paragraph, None):
            continue
        linked = sum(len(a.text_content()) for a in paragraph.iter("a"))
        score = len(text) * (1 - linked / max(1, len(text)))
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] = scores.get(grandparent, 0) + score / 2
    best = max(scores, key=scores.__getitem__, default=None)
    return best if best is not None and scores[best] >= MIN_ARTICLE_CHARS else None


def _lead_picture(document: HtmlElement, root: HtmlElement) -> HtmlElement | None:
    """The picture heading the article just before its body (a hero image, a post
    thumbnail), with its caption: taken from the siblings before the body, two levels up."""
    level: HtmlElement | None = root
    for _ in range(2):
        if level is None:
            return None
        for sibling in _preceding(level, limit=3):
            picture = _picture_in(sibling)
            if picture is not None:
                return picture
        level = level.getparent()
    return None


def _preceding(element: HtmlElement, limit: int) -> Iterator[HtmlElement]:
    count = 0
    for sibling in element.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str) or _is_junk(sibling):
            continue
        yield sibling
        count += 1
        if count >= limit:
            return


def _picture_in(element: HtmlElement) -> HtmlElement | None:
    images = [element] if element.tag == "img" else list(element.iter("img"))
    for image in images:
        if _PICTURE_JUNK.search(" ".join(image.get(a, "") for a in ("class", "src", "alt"))):
            continue
        if any(a.tag == "a" for a in image.iterancestors()):
            continue  # a linked thumbnail points at another page
        figure = next((a for a in image.iterancestors() if a.tag == "figure"), None)
        return figure if figure is not None else image
    return None


# --- cleaning -------------------------------------------------------------------------------


def _clean(root: HtmlElement, title: str) -> None:
    for element in list(root.iter(*_JUNK_TAGS)):
        _drop(element)
    for element in list(root.iter()):
        if element is not root and isinstance(element.tag, str) and _is_junk(element):
            _drop(element)
    for heading in list(root.iter("h1")):
        if title and _same_words(heading.text_content(), title):
            _drop(heading)
    for image in list(root.iter("img")):
        if image.get("width") in ("0", "1") or image.get("height") in ("0", "1"):
            _drop(image)  # a tracking pixel


def _is_junk(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_JUNK_WORDS.search(marks)) or element.get("role") in ("navigation", "banner")


def _inside_junk(element: HtmlElement, stop: HtmlElement | None) -> bool:
    """Whether `element` sits in navigation, a page header or footer, a form or a junk box
    (looking no higher than `stop`)."""
    for node in (element, *element.iterancestors()):
        if node is stop:
            return False
        if node.tag in ("nav", "aside", "footer", "form") or _is_junk(node):
            return True
        if node.tag == "header" and not any(a.tag == "article" for a in node.iterancestors()):
            return True
    return False


def _drop(element: HtmlElement) -> None:
    """Remove `element` but keep the text that follows it (lxml's drop_tree), unless it is
    the top of what we hold."""
    if element.getparent() is not None:
        element.drop_tree()


def _absolutize(root: HtmlElement, base_url: str) -> None:
    for image in list(root.iter("img")):
        source = best_image_source({k: v or "" for k, v in image.attrib.items()})
        if source is None:
            _drop(image)
            continue
        kept = {name: image.get(name) for name in ("alt", "title", "width", "height")}
        image.attrib.clear()
        image.set("src", urljoin(base_url, source))
        for name, value in kept.items():
            if value is not None:
                image.set(name, value)
    for link in root.iter("a"):
        href = link.get("href")
        if href and not href.startswith(("#", "mailto:", "javascript:")):
            link.set("href", urljoin(base_url, href.strip()))


# --- metadata -------------------------------------------------------------------------------


def _base_url(document: HtmlElement, url: str) -> str:
    base = document.find(".//base[@href]")
    if base is not None:
        joined = urljoin(url, base.get("href", "").strip())
        if urlsplit(joined).scheme in ("http", "https"):
            return joined
    return url


def _meta(document: HtmlElement, *names: str) -> str | None:
    wanted = {name.lower() for name in names}
    for element in document.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        if key.lower() in wanted and element.get("content", "").strip():
            return element.get("content", "").strip()
    return None


def _structured_data(document: HtmlElement) -> dict[str, object]:
    """The Article object of the page's JSON-LD, if any."""
    for script in document.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            names = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(name, str) and name.lower() in _ARTICLE_TYPES for name in names):
                return item
    return {}


def _json_ld_items(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data[:50]:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _json_ld_items(graph)


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _title(document: HtmlElement, facts: dict[str, object]) -> str:
    found = _meta(document, "og:title", "twitter:title") or _text(facts.get("headline"))
    if not found:
        heading = next(document.iter("h1"), None)
        found = heading.text_content() if heading is not None else None
    if not found:
        title = document.find(".//title")
        found = _TITLE_SUFFIX.sub("", title.text_content()) if title is not None else ""
    return " ".join((found or "").split())


def _author(document: HtmlElement, facts: dict[str, object]) -> str:
    found = _meta(document, "author", "article:author", "dc.creator") or _text(facts.get("author"))
    if not found:
        linked = document.xpath('//a[@rel="author"]')
        found = linked[0].text_content() if linked else None
    if not found:
        found = _author_by_class(document)
    name = " ".join((found or "").split())
    return name if 0 < len(name) <= 80 and not name.startswith("http") else ""


def _author_by_class(document: HtmlElement) -> str | None:
    for element in document.xpath(
        '//*[contains(translate(@class, "AUTHOR", "author"), "author")'
        ' or contains(@class, "byline")]'
    ):
        if element.tag == "img" or _PICTURE_JUNK.search(element.get("class", "")):
            continue
        text = " ".join(element.text_content().split())
        text = re.sub(r"^(?:by|written by)\s+", "", text, flags=re.IGNORECASE)
        if text and len(text.split()) <= 5 and not any(ch.isdigit() for ch in text):
            return text
    return None


def _time_elements(document: HtmlElement) -> Iterator[str]:
    for element in document.iter("time"):
        value = element.get("datetime") or element.text_content()
        if value:
            yield value


def _dated_text(document: HtmlElement) -> Iterator[str]:
    """Text of elements whose class says they hold a date (Webflow and many themes)."""
    for element in document.xpath(
        '//*[contains(translate(@class, "DATE", "date"), "date")'
        ' or contains(@class, "published") or contains(@class, "posted-on")]'
    ):
        if not _inside_junk(element, None):
            yield element.text_content()


def _first_date(*values: str | None) -> datetime | None:
    for value in values:
        moment = parse_date(value)
        if moment is not None:
            return moment
    return None


def language_code(value: str | None) -> str:
    """The primary language of a tag such as "en-GB" or "ko_KR" ("en", "ko"); "" for anything
    that is not one."""
    if not value:
        return ""
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else ""


def _same_words(left: str, right: str) -> bool:
    return left.split() == right.split() or " ".join(left.split()).lower() == right.lower()


def drop_images(html_text: str, sources: set[str]) -> str:
    """`html_text` without the images whose `src` is in `sources` (gone, or not pictures)."""
    wrapper = _fragment(html_text)
    for image in list(wrapper.iter("img")):
        if image.get("src") in sources:
            _drop(image)
    return _inner_html(wrapper)
