"""What every kind of source hands the sync: candidate documents, and what it learned.

A source (`site`, `feed`, `wordpress`) reads its listings (sitemaps, a feed, API pages) through
`Context` and returns a `Listing`: the candidates to look at (each with its content when the
listing carried it, else the page to fetch), the keys it knows are gone, and the state to
keep for next time (listing validators, a cursor). That state is stored only when the whole
sync succeeded, so a sync that stopped early reads the listings in full again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.progress import CancelToken
from storyreader.sync.entry import Entry
from storyreader.sync.http import Fetched, FetchError, HttpClient, Validators

FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json, "
ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_XML = "application/xml, text/xml;q=0.9, */*;q=0.5"
ACCEPT_FEED = FEED_TYPES + "application/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
ACCEPT_JSON = "application/json, */*;q=0.5"
GONE = QT_TRANSLATE_NOOP("Sync", "it is gone (the server answered %1)")


@dataclass(frozen=True)
class SourceConfig:
    """A web source as the archive stores it."""

    id: int
    name: str
    type: str
    url: str
    kind: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    cursor: str | None = None
    synced_before: bool = False
    article_selector: str = ""  # the source's own rules for its pages (CSS selectors)
    drop_selectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class CacheRecord:
    """What we keep about a URL in `http_cache`."""

    validators: Validators
    content_sha256: str | None = None

    @classmethod
    def of(cls, fetched: Fetched) -> CacheRecord:
        return cls(fetched.validators, fetched.sha256)


@dataclass
class Candidate:
    """One document to look at: its identity, the page it lives at, and its content if the
    listing carried it (otherwise the page is fetched and its article extracted)."""

    key: str  # identity within the source: a canonical URL, or a WordPress post id
    origin: str  # identity everywhere (Document.id derives from it)
    url: str  # the page, as we fetch it and as the reader opens it
    entry: Entry | None = None


@dataclass(frozen=True)
class Known:
    """A document the archive already holds for this source."""

    id: str
    url: str | None
    active: bool
    missing_images: bool


@dataclass
class Listing:
    candidates: list[Candidate] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)  # keys the source says are no more
    # Nothing new to look at since the last sync (a 304 on the feed): every known one stands.
    not_modified: bool = False
    cursor: str | None = None  # the source's new high-water mark, kept when all went well


MAX_CRAWL_DELAY = 30.0  # seconds; a site asking for more is asked this often


class Pacer:
    """Spaces the requests to a host by the Crawl-delay its robots.txt asks for (at most
    `MAX_CRAWL_DELAY`), across the sync's worker threads; a cancelled sync stops waiting."""

    def __init__(self, cancel: CancelToken | None = None) -> None:
        self._cancel = cancel or CancelToken()
        self._delays: dict[str, float] = {}
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def set_delay(self, url: str, seconds: float) -> None:
        with self._lock:
            self._delays[_host(url)] = min(max(0.0, seconds), MAX_CRAWL_DELAY)

    def delay(self, url: str) -> float:
        return self._delays.get(_host(url), 0.0)

    def wait(self, url: str) -> None:
        host = _host(url)
        with self._lock:
            delay = self._delays.get(host, 0.0)
            if not delay:
                return
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + delay
        if start > now:
            self._cancel.sleep(start - now)


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


class Context:
    """Fetching for a source's listings: conditional when the source has been synced before,
    with the validators to store at the end in `listing_cache`, and paced as the site asks."""

    def __init__(
        self,
        client: HttpClient,
        config: SourceConfig,
        cache: Mapping[str, CacheRecord],
        known: Mapping[str, Known],
        pacer: Pacer | None = None,
    ) -> None:
        self.client = client
        self.config = config
        self.cache = cache
        self.known = known
        self.pacer = pacer or Pacer()
        self.listing_cache: dict[str, CacheRecord] = {}
        # Documents with pictures still to fetch need their listing read again in full.
        self.force = any(doc.missing_images for doc in known.values())

    def fetch_listing(self, url: str, accept: str, *, conditional: bool = True) -> Fetched | None:
        """A listing's body, or None when it has not changed since the last complete sync."""
        cached = self.cache.get(url) if conditional and self.config.synced_before else None
        if self.force:
            cached = None
        self.pacer.wait(url)
        fetched = self.client.fetch(
            url, validators=cached.validators if cached else None, accept=accept
        )
        if fetched.not_modified:
            return None
        if fetched.gone:
            raise FetchError(url, GONE, fetched.status)
        record = CacheRecord.of(fetched)
        self.listing_cache[url] = record
        if cached is not None and cached.content_sha256 == record.content_sha256:
            return None  # no validators from the server, but the same bytes as last time
        return fetched

    def fetch(self, url: str, accept: str) -> Fetched:
        self.pacer.wait(url)
        fetched = self.client.fetch(url, accept=accept)
        if fetched.gone:
            raise FetchError(url, GONE, fetched.status)
        return fetched
