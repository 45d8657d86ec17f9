"""RSS 2.0 (and 1.0), Atom and JSON Feed sources.

An item's full content comes from `content:encoded`, Atom `content` or JSON `content_html`
when the feed has it; otherwise the candidate points at the linked page, which is fetched and
extracted like a site's post. Items that fall out of a feed's window are left alone.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, tostring

from storyreader import storable
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.sync.dates import parse_date
from storyreader.sync.entry import Entry
from storyreader.sync.extract import plain_text
from storyreader.sync.http import Fetched, FetchError
from storyreader.sync.safexml import BadXmlError, child, child_text, children, local_name, parse_xml
from storyreader.sync.sources import ACCEPT_FEED, Candidate, Context, Listing
from storyreader.sync.urls import canonical_url, clean_url, wanted

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
MAX_ITEMS = 1000


def discover(context: Context) -> Listing:
    fetched = context.fetch_listing(context.config.url, ACCEPT_FEED)
    if fetched is None:
        return Listing(not_modified=True)
    try:
        candidates = parse_feed(fetched)
    except BadXmlError as error:
        raise FetchError(
            context.config.url,
            QT_TRANSLATE_NOOP("Sync", "the feed cannot be read: %1"),
            error.sentence,
        ) from None
    config = context.config
    return Listing(
        candidates=[c for c in candidates if wanted(c.url, config.include, config.exclude)]
    )


def looks_like_feed(fetched: Fetched) -> bool:
    kind = fetched.content_type
    start = fetched.body[:512].lstrip().lower()
    if "json" in kind or start.startswith(b"{"):
        return b"jsonfeed.org" in fetched.body[:2048]
    return any(word in kind for word in ("rss", "atom")) or (
        start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))
        and any(tag in fetched.body[:4096] for tag in (b"<rss", b"<feed", b"<rdf:RDF"))
    )


def parse_feed(fetched: Fetched) -> list[Candidate]:
    """The items of an RSS, Atom or JSON feed, newest first as the feed lists them."""
    start = fetched.body[:64].lstrip()
    if start.startswith(b"{") or "json" in fetched.content_type:
        return _json_feed(fetched.body, fetched.url)
    root = parse_xml(fetched.body)
    name = local_name(root)
    if name == "feed":
        return _atom(root, fetched.url)
    if name in ("rss", "RDF"):
        return _rss(root, fetched.url)
    raise BadXmlError(
        QT_TRANSLATE_NOOP("Sync", "it is neither RSS nor Atom (its root is <%1>)"), name
    )


def _link(feed_url: str, href: str) -> str:
    """An item's link made absolute; "" when it has none (urljoin would give the feed's own
    address, and every item without a link would become one document)."""
    return urljoin(feed_url, href.strip()) if href.strip() else ""


def _candidate(link: str, entry: Entry | None) -> Candidate:
    url = clean_url(link)
    key = canonical_url(url)
    return Candidate(key=key, origin=key, url=url, entry=entry)


def _rss(root: Element, feed_url: str) -> list[Candidate]:
    channel = child(root, "channel")
    language = child_text(channel, "language") if channel is not None else ""
    items = children(channel, "item") if channel is not None else []
    items += children(root, "item")  # RSS 1.0 puts items beside the channel
    candidates = []
    for item in items[:MAX_ITEMS]:
        link = _link(feed_url, child_text(item, "link"))
        guid = child_text(item, "guid")
        if not link and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            continue
        content = child_text(item, "encoded", CONTENT_NS)
        entry = None
        if content:
            entry = Entry(
                title=plain_text(child_text(item, "title")),
                html=content,
                base_url=link,
                author=child_text(item, "creator", DC_NS)
                or _rss_author(child_text(item, "author")),
                published=parse_date(
                    child_text(item, "pubDate") or child_text(item, "date", DC_NS)
                ),
                summary=plain_text(child_text(item, "description")),
                language=language,
                tags=[plain_text("".join(c.itertext())) for c in children(item, "category")],
            )
        candidates.append(_candidate(link, entry))
    return candidates


def _rss_author(value: str) -> str:
    # RSS 2.0 <author> is "email (Name)"; show the name only.
    if "(" in value and value.endswith(")"):
        return value[value.index("(") + 1 : -1].strip()
    return "" if "@" in value else value


def _atom(root: Element, feed_url: str) -> list[Candidate]:
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang", "")
    feed_author = _atom_author(root)
    candidates = []
    for item in children(root, "entry")[:MAX_ITEMS]:
        link = _link(feed_url, _atom_link(item))
        if not link:
            continue
        content = child(item, "content")
        entry = None
        if content is not None and not content.get("src"):
            body = _atom_text(content)
            if body.strip():
                updated = parse_date(child_text(item, "updated"))
                entry = Entry(
                    title=_atom_title(child(item, "title")),
                    html=body,
                    base_url=link,
                    author=_atom_author(item) or feed_author,
                    published=parse_date(child_text(item, "published")) or updated,
                    updated=updated,
                    summary=plain_text(_atom_text(child(item, "summary"))),
                    language=item.get("{http://www.w3.org/XML/1998/namespace}lang", language),
                    tags=[
                        c.get("label") or c.get("term") or ""
                        for c in children(item, "category")
                        if c.get("label") or c.get("term")
                    ],
                )
        candidates.append(_candidate(link, entry))
    return candidates


def _atom_link(item: Element) -> str:
    for link in children(item, "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    return ""


def _atom_author(element: Element) -> str:
    author = child(element, "author")
    return child_text(author, "name") if author is not None else ""


def _atom_text(element: Element | None) -> str:
    """An Atom text construct as HTML: `html` is escaped HTML, `xhtml` is inline markup."""
    if element is None:
        return ""
    kind = element.get("type", "text")
    if kind == "xhtml":
        div = next(iter(element), None)
        if div is None:
            return ""
        for node in div.iter():
            node.tag = local_name(node)  # <strong>, not <html:strong xmlns:html="...">
        return html.escape(div.text or "") + "".join(
            tostring(part, encoding="unicode") for part in div
        )
    text = "".join(element.itertext())
    return text if kind in ("html", "text/html") else f"<p>{html.escape(text)}</p>"


def _atom_title(element: Element | None) -> str:
    if element is None:
        return ""
    text = "".join(element.itertext())
    return plain_text(text) if element.get("type") in ("html", "xhtml") else " ".join(text.split())


def _json_feed(body: bytes, feed_url: str) -> list[Candidate]:
    try:
        data = storable.load_json(body)
    except (ValueError, RecursionError) as error:
        raise BadXmlError(QT_TRANSLATE_NOOP("Sync", "it is not a JSON Feed (%1)"), error) from None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise BadXmlError(QT_TRANSLATE_NOOP("Sync", "it is not a JSON Feed"))
    items = data.get("items")
    language = str(data.get("language") or "")
    feed_authors = _json_authors(data)
    candidates = []
    for item in items[:MAX_ITEMS] if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = _link(feed_url, str(item.get("url") or ""))
        if not link:
            continue
        body_html = str(item.get("content_html") or "")
        if not body_html and item.get("content_text"):
            paragraphs = str(item["content_text"]).split("\n\n")
            body_html = "".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip())
        entry = None
        if body_html:
            entry = Entry(
                title=plain_text(str(item.get("title") or "")),
                html=body_html,
                base_url=link,
                author=_json_authors(item) or feed_authors,
                published=parse_date(_string(item.get("date_published"))),
                updated=parse_date(_string(item.get("date_modified"))),
                summary=plain_text(str(item.get("summary") or "")),
                language=str(item.get("language") or language),
                tags=[str(tag) for tag in item.get("tags") or [] if isinstance(tag, str)],
            )
        candidates.append(_candidate(link, entry))
    return candidates


def _json_authors(data: dict[str, Any]) -> str:
    authors = data.get("authors")
    if not isinstance(authors, list):
        author = data.get("author")
        authors = [author] if isinstance(author, dict) else []
    names = [str(a.get("name")) for a in authors if isinstance(a, dict) and a.get("name")]
    return ", ".join(names)


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None
