"""Compressed sitemaps and bodies (never inflated past the size cap), and robots.txt's
Crawl-delay and Request-rate spacing the requests to a site."""

from __future__ import annotations

import gzip
import itertools
import time
import tracemalloc
import zlib
from dataclasses import replace
from urllib.robotparser import RobotFileParser

import pytest

from storyreader.archive.db import Archive
from storyreader.sync import add_source
from storyreader.sync.http import MIB, FetchError, HttpClient
from storyreader.sync.sources import MAX_CRAWL_DELAY, Pacer
from storyreader.sync.sources.site import _crawl_delay
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, sync
from tests.sync.server import FixtureServer

SMALL = replace(QUICK, max_bytes=MIB)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """64 MB of spaces, gzipped to about 64 KB on the wire."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    chunk = b" " * MIB
    return b"".join(packer.compress(chunk) for _ in range(64)) + packer.flush()


def test_gzipped_sitemap_indexes_and_sitemaps_are_read(
    archive: Archive, webflow: FixtureServer
) -> None:
    for name in ("sitemap", "sitemap-pages", "sitemap-blog"):
        xml = webflow.text(f"webflow/{name}.xml").replace(".xml</loc>", ".xml.gz</loc>")
        webflow.put(f"/{name}.xml.gz", gzip.compress(xml.encode()), "application/x-gzip")
        webflow.remove(f"/{name}.xml")
    webflow.put("/robots.txt", f"Sitemap: {webflow.origin}/sitemap.xml.gz\n", "text/plain")
    add_source(archive, webflow.origin + "/blog", name="Open Doors", policy=QUICK)

    report = sync(archive, "Open Doors")

    assert (report.created, report.failed) == (3, 0)
    assert len(documents(archive)) == 3
    assert [r.path for r in webflow.requests("/sitemap")] == [
        "/sitemap.xml.gz",
        "/sitemap-pages.xml.gz",
        "/sitemap-blog.xml.gz",
    ]
    assert not webflow.requests("/blog?")  # the sitemaps were enough: no listing pages


def test_a_gzip_bomb_of_a_sitemap_stops_at_the_size_cap(
    archive: Archive, webflow: FixtureServer, bomb: bytes
) -> None:
    webflow.put("/sitemap.xml", bomb, "application/x-gzip")
    add_source(archive, webflow.origin + "/blog", name="Open Doors", policy=SMALL)

    tracemalloc.start()
    try:
        report = sync(archive, "Open Doors", policy=SMALL)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert report.outcome == "failed" and report.created == 0
    assert str(report.failures[0].reason) == "the sitemap is larger than 1 MB inflated"
    assert peak < 16 * MIB  # never the 64 MB it would inflate to


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # without the zlib header
    ],
    ids=["gzip", "deflate", "raw-deflate"],
)
def test_compressed_bodies_are_inflated(
    server: FixtureServer, encoding: str, compress: object
) -> None:
    page = "<p>Café, crossed out and written again.</p>" * 200
    assert callable(compress)
    server.put("/page", compress(page.encode()), headers={"Content-Encoding": encoding})

    with HttpClient(SMALL) as client:
        fetched = client.fetch(server.origin + "/page")

    assert fetched.body.decode() == page
    assert server.requests("/page")[0].headers["accept-encoding"] == "gzip, deflate"


def test_a_compressed_bomb_of_a_page_stops_at_the_size_cap(
    server: FixtureServer, bomb: bytes
) -> None:
    server.put("/page", bomb, headers={"Content-Encoding": "gzip"})

    tracemalloc.start()
    try:
        with HttpClient(SMALL) as client, pytest.raises(FetchError) as refused:
            client.fetch(server.origin + "/page")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert str(refused.value.reason) == "it is larger than 1 MB"
    assert peak < 16 * MIB


def test_crawl_delay_spaces_every_request_to_the_site(
    archive: Archive, server: FixtureServer
) -> None:
    server.put("/robots.txt", "User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n", "text/plain")
    server.put("/notes", "<a href='/notes/a'>A</a> <a href='/notes/b'>B</a>")
    for name in ("a", "b"):
        server.put(f"/notes/{name}", f"<article><p>{'A note worth keeping. ' * 8}</p></article>")
    started: list[float] = []
    server.on_request = lambda _count, path: started.append(time.monotonic())
    add_source(archive, server.origin + "/notes", type_="site", policy=QUICK)
    started.clear()

    report = sync(archive)

    assert (report.created, report.failed) == (2, 0)
    paced = started[1:]  # robots.txt itself is read before the delay is known
    assert len(paced) == 4  # /sitemap.xml (none), /notes, and the two notes
    gaps = [later - earlier for earlier, later in itertools.pairwise(paced)]
    assert min(gaps) > 0.9, gaps


def test_request_rate_counts_too_and_a_huge_delay_is_capped() -> None:
    robots = RobotFileParser()
    robots.parse(["User-agent: *", "Request-rate: 5/1"])
    assert _crawl_delay(robots, QUICK.user_agent) == 0.2
    pacer = Pacer()
    pacer.set_delay("https://slow.example/blog", 3600)
    pacer.set_delay("https://other.example/", 0.2)
    assert pacer.delay("https://slow.example/anything") == MAX_CRAWL_DELAY
    assert pacer.delay("https://elsewhere.example/") == 0

    started = time.monotonic()
    for _ in range(3):
        pacer.wait("https://other.example/page")
    assert 0.35 < time.monotonic() - started < 2
