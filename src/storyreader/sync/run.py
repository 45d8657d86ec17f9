"""A sync from start to end: what the command line and the desktop app call.

`sync_sources` first checks, in a few seconds, that the sources' hosts can be reached at all
(offline, it says so and writes nothing). Then, source by source: read the listing, prepare
the candidates on a few threads (fetch the page unless the listing carried the content,
extract the article, fetch its pictures), and apply them in batches on this thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from urllib.parse import urlsplit

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.media import sniff_image_mime
from storyreader.archive.sanitize import image_sources
from storyreader.archive.writes import IncomingDocument
from storyreader.config import MAX_IMAGE_BYTES, MAX_IMAGES_PER_DOCUMENT
from storyreader.errors import Cancelled, KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence
from storyreader.importing.parse import detect_language, strip_tags
from storyreader.progress import CancelToken, NullProgress, Progress
from storyreader.sync import apply
from storyreader.sync.addresses import probe_hosts
from storyreader.sync.apply import Prepared, Snapshot
from storyreader.sync.entry import Entry
from storyreader.sync.extract import (
    NoArticle,
    PageRules,
    decode_html,
    drop_images,
    extract_page,
    language_code,
    prepare_fragment,
)
from storyreader.sync.http import FetchError, FetchPolicy, HttpClient
from storyreader.sync.registry import load_configs
from storyreader.sync.report import CANCELLED, FAILED, OK, PARTIAL, Failure, SyncReport
from storyreader.sync.sources import (
    ACCEPT_HTML,
    CacheRecord,
    Candidate,
    Context,
    Listing,
    Pacer,
    SourceConfig,
    feed,
    site,
    wordpress,
)

BATCH_SIZE = 20
FLUSH_SECONDS = 5.0
WORKERS = 4
SUMMARY_CHARS = 500
PROBE_TIMEOUT = 3.0

DISCOVER: dict[str, Callable[[Context], Listing]] = {
    "site": site.discover,
    "feed": feed.discover,
    "wordpress": wordpress.discover,
}


class OfflineError(KnownError):
    """None of the sources' hosts could be reached: most likely there is no connection."""


def sync_sources(
    archive: Archive,
    names: Sequence[str] = (),
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    *,
    policy: FetchPolicy | None = None,
) -> list[SyncReport]:
    """Sync the named web sources (all of them when none are named), one after another."""
    progress = progress or NullProgress()
    cancel = cancel or CancelToken()
    configs = load_configs(archive, names)
    policy = policy or FetchPolicy()
    reports: list[SyncReport] = []
    progress.start(i18n.translate("Sync", "Checking the connection"), None)
    with HttpClient(policy) as client:  # (for its proxies: the probe goes where requests go)
        unreachable = _unreachable(client, configs)
    if len(unreachable) == len(configs):
        reason = next(iter(unreachable.values()))
        raise OfflineError(
            QT_TRANSLATE_NOOP("Sync", "There is no connection (%1); nothing was synced."), reason
        )
    for config in configs:
        if cancel.cancelled:
            break
        if config.id in unreachable:
            reports.append(_not_reached(archive, config, unreachable[config.id]))
            continue
        # One client per source: it reaches only the public web and the source's own host.
        with HttpClient(policy, home=config.url) as client:
            reports.append(SourceSync(archive, client, config, progress, cancel).run())
    return reports


def _unreachable(client: HttpClient, configs: Sequence[SourceConfig]) -> dict[int, Sentence]:
    # Quick: a reader with no connection hears so within a few seconds. Behind a proxy,
    # the proxy is what must answer (it may be the only way out).
    first_hop = {c.url: client.proxy_for(c.url) or c.url for c in configs}
    answers = probe_hosts(
        set(first_hop.values()), min(client.policy.connect_timeout, PROBE_TIMEOUT)
    )
    return {c.id: reason for c in configs if (reason := answers[first_hop[c.url]]) is not None}


def _not_reached(archive: Archive, config: SourceConfig, reason: Sentence) -> SyncReport:
    message = QT_TRANSLATE_NOOP("Sync", "Could not reach %1: %2.").with_values(config.url, reason)
    report = SyncReport(config.name, outcome=FAILED, message=message)
    report.failures.append(Failure(config.url, reason))
    run_id = apply.start_run(archive, config)
    apply.finish_run(archive, config, run_id, report, listing=None, listing_cache={})
    return report


class SourceSync:
    """One source's sync; `run` returns its report."""

    def __init__(
        self,
        archive: Archive,
        client: HttpClient,
        config: SourceConfig,
        progress: Progress,
        cancel: CancelToken,
    ) -> None:
        self.archive = archive
        self.client = client
        self.config = config
        self.progress = progress
        self.cancel = cancel
        self.report = SyncReport(config.name)
        self.snapshot: Snapshot = Snapshot()
        self.rules = PageRules(config.article_selector, config.drop_selectors)
        self.pacer = Pacer(cancel)  # robots.txt's Crawl-delay, once the listing has read it

    def run(self) -> SyncReport:
        started, bytes_before = time.monotonic(), self.client.bytes_downloaded
        self.snapshot = apply.snapshot(self.archive, self.config.id)
        context = Context(
            self.client, self.config, self.snapshot.cache, self.snapshot.known, self.pacer
        )
        self.progress.start(
            i18n.fill(
                i18n.translate("Sync", "%1: reading the list of documents"), self.config.name
            ),
            None,
        )
        listing: Listing | None = None
        try:
            listing = DISCOVER[self.config.type](context)
        except FetchError as error:
            self.report.outcome = FAILED
            self.report.message = QT_TRANSLATE_NOOP("Sync", "Could not read %1: %2.").with_values(
                error.url, error.reason
            )
            self.report.failures.append(Failure(error.url, error.reason))
        run_id = apply.start_run(self.archive, self.config)
        try:
            if listing is not None:
                self._work(listing)
        except BaseException as error:  # a bug, or Ctrl+C twice: logged, then raised
            self.report.outcome = CANCELLED if isinstance(error, KeyboardInterrupt) else FAILED
            raise
        finally:
            if self.report.outcome not in (FAILED, CANCELLED):
                self.report.outcome = PARTIAL if self.report.failures else OK
            self.report.bytes_downloaded = self.client.bytes_downloaded - bytes_before
            self.report.duration = time.monotonic() - started
            apply.finish_run(
                self.archive,
                self.config,
                run_id,
                self.report,
                listing=listing,
                listing_cache=context.listing_cache,
            )
        return self.report

    def _work(self, listing: Listing) -> None:
        if listing.not_modified:
            self.report.unchanged += sum(1 for k in self.snapshot.known.values() if k.active)
        candidates = list({c.key: c for c in listing.candidates}.values())
        self.progress.start(
            i18n.fill(i18n.translate("Sync", "Syncing %1"), self.config.name), len(candidates)
        )
        batch: list[Prepared] = []
        flushed = time.monotonic()
        try:
            with ThreadPoolExecutor(WORKERS, thread_name_prefix="sync") as pool:
                futures = [pool.submit(self._prepare, c) for c in candidates]
                try:
                    for item in _completed(futures):
                        self.progress.advance(1, item.url)
                        self._record(item)
                        if item.writes:
                            batch.append(item)
                        # A slow sync commits as it goes, so a kill loses little.
                        if len(batch) >= BATCH_SIZE or (
                            batch and time.monotonic() - flushed >= FLUSH_SECONDS
                        ):
                            apply.apply_batch(self.archive, self.config, batch, self.report)
                            batch, flushed = [], time.monotonic()
                        self.cancel.raise_if_cancelled()
                finally:
                    for future in futures:
                        future.cancel()
        except Cancelled:
            self.report.outcome = CANCELLED
        if batch:
            apply.apply_batch(self.archive, self.config, batch, self.report)

    def _record(self, item: Prepared) -> None:
        self.report.unchanged += item.unchanged
        for failure in item.failures:
            self.report.failures.append(failure)
            self.progress.message(
                i18n.fill(
                    i18n.translate("Sync", "Could not fetch %1: %2."), failure.url, failure.reason
                )
            )

    # --- preparing one candidate (on a worker thread; no archive writes here) ---------------

    def _prepare(self, candidate: Candidate) -> Prepared:
        failures: list[Failure] = []
        if self.cancel.cancelled:
            return Prepared(candidate.key, candidate.url)
        try:
            if candidate.entry is not None:
                return self._from_entry(candidate, candidate.entry, failures)
            return self._from_page(candidate, failures)
        except FetchError as error:
            failures.append(Failure(error.url, error.reason))
        except NoArticle as error:
            failures.append(Failure(candidate.url, error.sentence))
        return Prepared(candidate.key, candidate.url, failures=failures)

    def _from_entry(self, candidate: Candidate, entry: Entry, failures: list[Failure]) -> Prepared:
        html = prepare_fragment(entry.html, entry.base_url, self.rules)
        incoming = self._incoming(candidate, entry, html, failures)
        return Prepared(candidate.key, candidate.url, incoming, failures=failures)

    def _from_page(self, candidate: Candidate, failures: list[Failure]) -> Prepared:
        known = self.snapshot.known.get(candidate.key)
        cached = self.snapshot.cache.get(candidate.url)
        trusted = cached if known and known.active and not known.missing_images else None
        self.pacer.wait(candidate.url)
        fetched = self.client.fetch(
            candidate.url, validators=trusted.validators if trusted else None, accept=ACCEPT_HTML
        )
        if fetched.not_modified:
            return Prepared(candidate.key, candidate.url, unchanged=True)
        if fetched.gone and known is None:
            raise FetchError(
                candidate.url,
                QT_TRANSLATE_NOOP("Sync", "the page is gone (the server answered %1)"),
                fetched.status,
            )
        if fetched.gone:
            return Prepared(candidate.key, candidate.url, gone=True)
        record = CacheRecord.of(fetched)
        if trusted is not None and trusted.content_sha256 == record.content_sha256:
            # No validators from the server, but the very same bytes as last time.
            return Prepared(candidate.key, candidate.url, unchanged=True)
        if "html" not in fetched.content_type and fetched.content_type:
            raise NoArticle(
                QT_TRANSLATE_NOOP("Sync", "it is not a web page but %1"), fetched.content_type
            )
        entry = extract_page(
            decode_html(fetched.body, fetched.headers.get("content-type", "")),
            fetched.url,
            self.rules,
        )
        incoming = self._incoming(candidate, entry, entry.html, failures)
        return Prepared(candidate.key, candidate.url, incoming, record, failures=failures)

    def _incoming(
        self, candidate: Candidate, entry: Entry, html: str, failures: list[Failure]
    ) -> IncomingDocument:
        html, images = self._images(html, failures)
        text = strip_tags(html)
        return IncomingDocument(
            origin=candidate.origin,
            source_key=candidate.key,
            title=entry.title or "Untitled",
            html=html,
            kind=self.config.kind,
            author=entry.author,
            language=language_code(entry.language) or detect_language(entry.title + "\n" + text),
            published=entry.published,
            updated=entry.updated,
            summary=entry.summary[:SUMMARY_CHARS],
            url=candidate.url,
            tags=entry.tags,
            images=images,
        )

    def _images(self, html: str, failures: list[Failure]) -> tuple[str, dict[str, bytes]]:
        """The pictures of a document: from the archive when stored before, else downloaded.
        Pictures that are gone, are not pictures or are past the cap are left out of the HTML;
        those that failed for now stay as placeholders, and the next sync tries them again."""
        every = image_sources(html)
        sources = every[:MAX_IMAGES_PER_DOCUMENT]
        known = {src: self.snapshot.stored_images.get(src, "") for src in sources}
        stored = apply.stored_images(self.archive, {sha for sha in known.values() if sha})
        images: dict[str, bytes] = {}
        # Pictures past the cap leave the page: kept as placeholders they would count as
        # missing, and every sync would fetch the document again for them.
        dropped: set[str] = set(every[MAX_IMAGES_PER_DOCUMENT:])
        for src in sources:
            data = stored.get(known[src]) or self._download_image(src, dropped, failures)
            if data is not None:
                images[src] = data
        return (drop_images(html, dropped) if dropped else html), images

    def _download_image(self, src: str, dropped: set[str], failures: list[Failure]) -> bytes | None:
        if urlsplit(src).scheme not in ("http", "https"):
            dropped.add(src)
            return None
        self.pacer.wait(src)  # the site's own pictures, not those on other hosts
        try:
            fetched = self.client.fetch(src, accept="image/*", max_bytes=MAX_IMAGE_BYTES)
        except FetchError as error:
            failures.append(
                Failure(
                    src,
                    QT_TRANSLATE_NOOP("Sync", "a picture could not be fetched (%1)").with_values(
                        error.reason
                    ),
                )
            )
            return None
        # A body cut short never gets here: the client refuses it as "the connection broke off".
        if fetched.gone or not fetched.ok or sniff_image_mime(fetched.body) is None:
            dropped.add(src)
            return None
        return fetched.body


def _completed(futures: Iterable[Future[Prepared]]) -> Iterable[Prepared]:
    for future in as_completed(list(futures)):
        yield future.result()
