"""What a page says about its article: title, author, dates, summary, language and tags.

In the order Readability.js trusts them (see `article.py`): the page's JSON-LD Article,
then `<meta>` tags (Dublin Core, OpenGraph, Twitter, Parse.ly, Weibo), then the `<title>`
less the site's name. Dates also come from `<time>` elements and elements whose class says
they hold one, since small sites often declare none.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from storyreader import storable
from storyreader.sync.dates import parse_date
from storyreader.sync.extract import dom

_ARTICLE_TYPES = re.compile(
    r"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
    r"SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
    r"LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"
)
_SCHEMA_ORG = re.compile(r"^https?://schema\.org/?$")
_PROPERTY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*"
    r"(author|creator|description|published_time|title|site_name)\s*",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name)\s*$",
    re.IGNORECASE,
)
_SEPARATORS = r"\|\-–—\\\/>»"
_SEPARATOR = re.compile(rf"\s[{_SEPARATORS}]\s")
_HIERARCHICAL = re.compile(r"\s[\\\/>»]\s")
_SUFFIXED = re.compile(rf"^\s[{_SEPARATORS}·:]\s")
_BY = re.compile(r"^(?:by|written by|posted by|words by|author:)\s+", re.IGNORECASE)


@dataclass
class Facts:
    title: str = ""
    byline: str = ""
    summary: str = ""
    published: str = ""
    site_name: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def json_ld(document: HtmlElement) -> Facts:
    """The first schema.org Article in the page's JSON-LD (read before scripts go)."""
    for script in document.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", script.text or "")
        try:
            data = storable.load_json(text)
        except (ValueError, RecursionError):
            continue
        item = _article_item(data)
        if item is not None:
            return _facts_of(item, document)
    return Facts()


def _article_item(data: object) -> dict[str, object] | None:
    if isinstance(data, list):
        data = next((item for item in data[:50] if _is_article(item)), None)
    if not isinstance(data, dict):
        return None
    context = data.get("@context")
    vocab = context.get("@vocab") if isinstance(context, dict) else context
    if not (isinstance(vocab, str) and _SCHEMA_ORG.match(vocab)):
        return None
    graph = data.get("@graph")
    if "@type" not in data and isinstance(graph, list):
        data = next((item for item in graph[:50] if _is_article(item)), None)
    return data if isinstance(data, dict) and _is_article(data) else None


def _is_article(item: object) -> bool:
    if not isinstance(item, dict):
        return False
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(name, str) and _ARTICLE_TYPES.search(name) for name in names)


def _facts_of(item: dict[str, object], document: HtmlElement) -> Facts:
    facts = Facts()
    name, headline = item.get("name"), item.get("headline")
    if isinstance(name, str) and isinstance(headline, str) and name != headline:
        # Some sites put their own name in "name": take the one like the page's <title>.
        title = page_title(document)
        if dom.similarity(headline, title) > 0.75 and not dom.similarity(name, title) > 0.75:
            facts.title = headline
        else:
            facts.title = name
    elif isinstance(name, str):
        facts.title = name.strip()
    elif isinstance(headline, str):
        facts.title = headline.strip()
    facts.byline = _authors(item.get("author"))
    description, published = item.get("description"), item.get("datePublished")
    facts.summary = description.strip() if isinstance(description, str) else ""
    facts.published = published.strip() if isinstance(published, str) else ""
    publisher = item.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        facts.site_name = str(publisher["name"]).strip()
    for key in ("dateModified", "inLanguage"):
        value = item.get(key)
        if isinstance(value, str):
            facts.extra[key] = value
    return facts


def _authors(author: object) -> str:
    if isinstance(author, dict) and isinstance(author.get("name"), str):
        return str(author["name"]).strip()
    if isinstance(author, list) and author and isinstance(author[0], dict):
        names = [
            a["name"].strip()
            for a in author
            if isinstance(a, dict) and isinstance(a.get("name"), str)
        ]
        return ", ".join(names)
    return ""


def metadata(document: HtmlElement, ld: Facts) -> Facts:
    """Title, byline, summary and published date, from JSON-LD first, then `<meta>`."""
    values = meta_values(document)
    title = ld.title or _first(
        values,
        "dc:title",
        "dcterm:title",
        "og:title",
        "weibo:article:title",
        "weibo:webpage:title",
        "title",
        "twitter:title",
        "parsely-title",
    )
    author = values.get("article:author", "")
    byline = ld.byline or _first(values, "dc:creator", "dcterm:creator", "author", "parsely-author")
    if not byline and author and not urlsplit(author).scheme:
        byline = author
    summary = ld.summary or _first(
        values,
        "dc:description",
        "dcterm:description",
        "og:description",
        "weibo:article:description",
        "weibo:webpage:description",
        "description",
        "twitter:description",
    )
    og_title = values.get("og:title", "")
    if og_title and title.startswith(og_title) and _SUFFIXED.match(title[len(og_title) :]):
        title = og_title  # "Title - Publication - Medium" in JSON-LD, the title in og
    return Facts(
        title=html.unescape(title) if title else page_title(document),
        byline=html.unescape(byline),
        summary=html.unescape(summary),
        published=ld.published or _first(values, "article:published_time", "parsely-pub-date"),
        site_name=html.unescape(ld.site_name or values.get("og:site_name", "")),
        extra=ld.extra,
    )


def meta_values(document: HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in document.iter("meta"):
        content = element.get("content")
        if not content:
            continue
        found = _PROPERTY.search(element.get("property") or "")
        if found:
            values[found.group(0).lower().replace(" ", "").strip()] = content.strip()
            continue
        name = element.get("name") or ""
        if _NAME.match(name):
            key = re.sub(r"\s", "", name.lower()).replace(".", ":")
            values[key] = content.strip()
    return values


def _first(values: dict[str, str], *keys: str) -> str:
    return next((values[key] for key in keys if values.get(key)), "")


def page_title(document: HtmlElement) -> str:
    """The `<title>` without the site's name, as Readability cuts it."""
    element = document.find(".//title")
    original = " ".join(element.text_content().split()) if element is not None else ""
    title, hierarchical = original, False
    separators = list(_SEPARATOR.finditer(original))
    if separators:
        hierarchical = bool(_HIERARCHICAL.search(original))
        title = original[: separators[-1].start()]
        if _words(title) < 3:
            title = re.sub(rf"^[^{_SEPARATORS}]*[{_SEPARATORS}]", "", original)
    elif ": " in title:
        headings = (h.text_content().strip() for h in document.iter("h1", "h2"))
        if not any(heading == title.strip() for heading in headings):
            title = original[original.rfind(":") + 1 :]
            if _words(title) < 3:
                title = original[original.find(":") + 1 :]
            elif _words(original[: original.find(":")]) > 5:
                title = original
    elif len(title) > 150 or len(title) < 15:
        headings_1 = list(document.iter("h1"))
        if len(headings_1) == 1:
            title = dom.text_of(headings_1[0])
    title = " ".join(title.split())
    count = _words(title)
    if count <= 4 and (not hierarchical or count != _words(_SEPARATOR.sub("", original)) - 1):
        title = original  # a short title is kept whole rather than cut wrongly
    return title


def _words(text: str) -> int:
    return len(re.split(r"\s+", text))


def clean_byline(text: str) -> str:
    """A person's name as a byline writes it: no "By", no trailing punctuation."""
    name = _BY.sub("", " ".join(text.split())).strip(" ,;|·-–—")
    return name if 0 < len(name) <= 100 and not urlsplit(name).scheme else ""


# --- dates, language, tags ------------------------------------------------------------------


def published(document: HtmlElement, facts: Facts) -> datetime | None:
    """The first date found, looking further (and at greater cost) only when needed."""
    return first_date(
        itertools.chain(
            (facts.published, _meta(document, "datePublished", "dc.date", "dcterms.date", "date")),
            _microdata(document, "datePublished"),
            _time_elements(document),
            _dated_text(document),
        )
    )


def microdata_author(document: HtmlElement) -> str:
    """The name an `itemprop="author"` element gives (Blogger's byline), if any."""
    for name in _microdata(document, "author"):
        if name.strip() and not urlsplit(name.strip()).scheme:
            return name
    return ""


def _microdata(document: HtmlElement, prop: str) -> Iterator[str]:
    """The values of schema.org microdata properties: a name inside, an attribute, or text."""
    for element in document.xpath("//*[@itemprop]"):
        if prop not in (element.get("itemprop") or "").split():
            continue
        named = next((e for e in element.iterdescendants() if e.get("itemprop") == "name"), None)
        if named is not None:
            yield named.get("content") or named.text_content()
            continue
        for attribute in ("content", "datetime", "title"):
            if element.get(attribute):
                yield element.get(attribute, "")
                break
        else:
            yield element.text_content()


def updated(document: HtmlElement, facts: Facts) -> datetime | None:
    return first_date(
        (
            _meta(document, "article:modified_time", "dateModified", "og:updated_time"),
            facts.extra.get("dateModified"),
        )
    )


def _meta(document: HtmlElement, *names: str) -> str | None:
    wanted = {name.lower() for name in names}
    for element in document.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        if key.lower() in wanted and element.get("content", "").strip():
            return element.get("content", "").strip()
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
        if not any(a.tag in ("nav", "aside", "footer", "form") for a in element.iterancestors()):
            yield element.text_content()


def first_date(values: Iterable[str | None]) -> datetime | None:
    for value in values:
        moment = parse_date(value)
        if moment is not None:
            return moment
    return None


def tags(document: HtmlElement) -> list[str]:
    return [
        tag
        for tag in (
            element.get("content", "").strip()
            for element in document.iter("meta")
            if element.get("property") == "article:tag"
        )
        if tag
    ]


def language_code(value: str | None) -> str:
    """The primary language of a tag such as "en-GB" or "ko_KR" ("en", "ko"); "" for anything
    that is not one."""
    if not value:
        return ""
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else ""
