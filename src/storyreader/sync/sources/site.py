"""A site without a feed (a Webflow blog, say): the posts under a section's URL.

`https://example.org/blog` means the pages under `/blog/`. They are found through the site's
sitemaps (those robots.txt names, else `/sitemap.xml`, following sitemap indexes; gzipped
ones too, inflated no further than the size cap), and when no sitemap lists any, through the
links on the section page and its next pages. Posts found before are checked again every sync
(with a conditional request) so that edits and removals are seen even when a post has left
the listings. robots.txt is honoured: what it disallows, and the Crawl-delay (or
Request-rate) it asks of us, which spaces every request this sync makes to the site.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from lxml.html import HtmlElement

from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.sync.extract import NoArticle, decode_html, parse_html
from storyreader.sync.http import FetchError
from storyreader.sync.inflate import NotGzipError, gunzip
from storyreader.sync.safexml import BadXmlError, child_text, children, local_name, parse_xml
from storyreader.sync.sources import ACCEPT_HTML, ACCEPT_XML, Candidate, Context, Listing
from storyreader.sync.urls import canonical_url, clean_url, is_under, section_prefix, wanted

MAX_SITEMAPS = 20
MAX_SECTION_PAGES = 10
MAX_URLS = 5000


def discover(context: Context) -> Listing:
    config = context.config
    state = _state(config.cursor)
    prefix = section_prefix(config.url)
    robots = _robots(context)
    if robots is not None:
        context.pacer.set_delay(config.url, _crawl_delay(robots, context.client.policy.user_agent))
    found: dict[str, str] = {}  # key -> URL to fetch
    listing = Listing()
    via = state.get("via")
    if via != "links":
        roots = (robots.site_maps() if robots else None) or [_origin(config.url) + "/sitemap.xml"]
        for url in _sitemap_pages(context, roots, state, listing):
            if is_under(url, prefix):
                found.setdefault(canonical_url(url), clean_url(url))
        via = "sitemap" if found or (via == "sitemap" and not context.force) else None
    if via != "sitemap":
        for url in _section_links(context, prefix):
            found.setdefault(canonical_url(url), clean_url(url))
        via = "links"
    for key, known in context.known.items():
        if known.url:
            found.setdefault(key, known.url)
    agent = context.client.policy.user_agent
    for key, url in list(found.items())[:MAX_URLS]:
        if not wanted(url, config.include, config.exclude):
            continue
        if robots is not None and not robots.can_fetch(agent, url):
            continue
        listing.candidates.append(Candidate(key=key, origin=key, url=url))
    state["via"] = via
    listing.cursor = json.dumps(state, sort_keys=True)
    return listing


def _state(cursor: str | None) -> dict[str, object]:
    try:
        state = json.loads(cursor or "{}")
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def _robots(context: Context) -> RobotFileParser | None:
    try:
        fetched = context.client.fetch(
            _origin(context.config.url) + "/robots.txt", accept="text/plain"
        )
    except FetchError:
        return None
    if not fetched.ok:
        return None
    robots = RobotFileParser()
    robots.parse(fetched.body.decode("utf-8", "replace").splitlines())
    return robots


def _crawl_delay(robots: RobotFileParser, agent: str) -> float:
    """The seconds robots.txt asks between requests: its Crawl-delay, or its Request-rate."""
    delay = float(robots.crawl_delay(agent) or 0)
    rate = robots.request_rate(agent)
    if rate is not None and rate.requests > 0:
        delay = max(delay, rate.seconds / rate.requests)
    return delay


def _sitemap_pages(
    context: Context, roots: list[str], state: dict[str, object], listing: Listing
) -> list[str]:
    """Every page URL the sitemaps list. A sitemap index that has not changed since the last
    sync still has its children read: `state` remembers them."""
    remembered = state.get("indexes")
    indexes: dict[str, list[str]] = remembered if isinstance(remembered, dict) else {}
    queue = list(dict.fromkeys(roots))
    seen: set[str] = set()
    pages: list[str] = []
    while queue and len(seen) < MAX_SITEMAPS:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        try:
            fetched = context.fetch_listing(url, ACCEPT_XML)
        except FetchError:
            if url in roots:
                continue  # no sitemap there: the section's links will do
            raise
        if fetched is None:
            queue.extend(indexes.get(url, []))
            continue
        try:
            root = parse_xml(gunzip(fetched.body, context.client.policy.max_bytes))
        except OverflowError:
            limit = context.client.policy.max_bytes // (1024 * 1024)
            raise FetchError(
                url,
                QT_TRANSLATE_NOOP("Sync", "the sitemap is larger than %1 MB inflated"),
                limit,
            ) from None
        except (BadXmlError, NotGzipError) as error:
            raise FetchError(
                url, QT_TRANSLATE_NOOP("Sync", "the sitemap cannot be read: %1"), error.sentence
            ) from None
        locations = [
            urljoin(url, child_text(entry, "loc"))
            for entry in children(root, "sitemap" if local_name(root) == "sitemapindex" else "url")
            if child_text(entry, "loc")
        ]
        if local_name(root) == "sitemapindex":
            indexes[url] = locations[:MAX_SITEMAPS]
            queue.extend(locations)
        else:
            pages.extend(locations[:MAX_URLS])
    state["indexes"] = indexes
    return pages


def _section_links(context: Context, prefix: str) -> list[str]:
    """Links to pages under the section, from the section page and the pages after it."""
    links: list[str] = []
    page_url: str | None = context.config.url
    seen: set[str] = set()
    for number in range(MAX_SECTION_PAGES):
        if page_url is None or page_url in seen:
            break
        seen.add(page_url)
        # Only the first page is asked "changed since?": when it has not, nothing has.
        fetched = context.fetch_listing(page_url, ACCEPT_HTML, conditional=number == 0)
        if fetched is None:
            break
        try:
            document = parse_html(
                decode_html(fetched.body, fetched.headers.get("content-type", ""))
            )
        except NoArticle:
            break
        next_page = None
        for anchor in document.iter("a"):
            href = (anchor.get("href") or "").strip()
            if not href or href.startswith(("#", "mailto:", "javascript:")):
                continue
            target = urljoin(fetched.url, href)
            if is_under(target, prefix) and urlsplit(target).scheme in ("http", "https"):
                links.append(target)
            if _is_next(anchor):
                next_page = target
        page_url = next_page
    return links


def _is_next(anchor: HtmlElement) -> bool:
    marks = " ".join(anchor.get(name, "") for name in ("rel", "class", "aria-label")).lower()
    return "next" in marks.split() or "w-pagination-next" in marks or "next page" in marks
