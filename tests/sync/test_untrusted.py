"""What comes in from the web is untrusted: text the archive cannot store, and addresses that
lead into this computer or its network."""

from __future__ import annotations

import ipaddress
import json
import socket
from typing import Any

import pytest

from storyreader.archive.db import Archive
from storyreader.errors import KnownError
from storyreader.sync import add_source, sync_sources
from storyreader.sync.addresses import is_public
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents
from tests.sync.server import FixtureServer

ARTICLE = (
    "<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
    + "<p>{text} The river rose in the night and the village walked to the hill.</p>" * 4
    + "</article></body></html>"
)


def _json_feed(server: FixtureServer) -> str:
    """A JSON Feed whose items carry `\\ud800`-style escapes: valid JSON, unstorable text."""
    items = [
        {"id": "0", "url": "{{origin}}/p/0", "title": "A clean post", "content_html": "<p>x</p>"},
        {
            "id": "1",
            "url": "{{origin}}/p/1BROKEN",
            "title": "A BROKEN title",
            "summary": "nul NUL here",
            "tags": ["tagBROKEN"],
            "authors": [{"name": "WriterBROKEN"}],
            "content_html": '<p>Body BROKEN text.</p><img src="{{origin}}/img/aBROKEN.png">',
        },
        # No content: its page is fetched, and its title comes from the page's JSON-LD.
        {"id": "2", "url": "{{origin}}/p/2", "title": "Page"},
    ]
    raw = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": items})
    return raw.replace("BROKEN", "\\ud800").replace("NUL", "\\u0000")


def test_unstorable_text_in_a_feed_costs_that_character_not_the_sync(
    archive: Archive, server: FixtureServer
) -> None:
    """A lone surrogate used to fail the database write: the run died with no report, the good
    items of the batch were lost, and no other source was ever synced."""
    server.put("/feed.json", _json_feed(server), "application/feed+json")
    json_ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Article", "headline": "LD \\ud800"}'
    )
    server.put("/p/2", ARTICLE.format(head=json_ld + "</script>", title="", text="Two."))
    server.put(
        "/other.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>o</title><item>'
        "<title>Another source's post</title><link>{{origin}}/o/1</link></item></channel></rss>",
        "application/rss+xml",
    )
    server.put("/o/1", ARTICLE.format(head="", title="Another source's post", text="Other."))
    add_source(archive, server.origin + "/feed.json", name="A feed", type_="feed", policy=QUICK)
    add_source(archive, server.origin + "/other.rss", name="B feed", type_="feed", policy=QUICK)

    reports = {report.source: report for report in sync_sources(archive, policy=QUICK)}

    assert (reports["A feed"].outcome, reports["A feed"].created) == ("ok", 3)
    assert (reports["B feed"].outcome, reports["B feed"].created) == ("ok", 1)
    found = documents(archive)
    assert set(found) == {"A clean post", "A \ufffd title", "LD \ufffd", "Another source's post"}
    broken = found["A \ufffd title"]
    assert (broken.author, broken.summary, broken.tags) == (
        "Writer\ufffd",
        "nul here",
        ("tag\ufffd",),
    )
    assert broken.url == server.origin + "/p/1\ufffd"
    assert "Body \ufffd text." in broken.body_text
    [picture] = broken.assets
    assert picture.url == server.origin + "/img/a%EF%BF%BD.png" and picture.stored


# --- addresses outside the web ------------------------------------------------------------------

FEED = (
    '<?xml version="1.0"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>f</title>{items}'
    "</channel></rss>"
)


def _item(title: str, link: str, content: str = "") -> str:
    encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return f"<item><title>{title}</title><link>{link}</link>{encoded}</item>"


def test_sync_never_follows_a_page_into_this_computer_or_the_cloud_metadata_service(
    archive: Archive, server: FixtureServer, no_network: list[str]
) -> None:
    """A public page redirecting to 169.254.169.254 (cloud metadata) or to another service on
    this computer was followed, and what answered was archived. The test server is on
    127.0.0.1, so 127.0.0.1 is the source's own; 127.0.0.2 is not."""
    server.put("/to-metadata", "", status=302, headers={"Location": "http://169.254.169.254/"})
    server.put("/to-inside", "", status=302, headers={"Location": "http://127.0.0.2:8080/admin"})
    server.put("/fine", ARTICLE.format(head="", title="Fine", text="A fine post."))
    picture = '<p>A picture from inside.</p><img src="http://127.0.0.2/secret.png">'
    items = [
        _item("Metadata", "{{origin}}/to-metadata"),
        _item("Inside", "{{origin}}/to-inside"),
        _item("Fine", "{{origin}}/fine"),
        _item("Pictured", "{{origin}}/pictured", picture),
    ]
    server.put("/feed.rss", FEED.format(items="".join(items)), "application/rss+xml")
    add_source(archive, server.origin + "/feed.rss", name="Feed", type_="feed", policy=QUICK)

    [report] = sync_sources(archive, policy=QUICK)

    reasons = {failure.url: str(failure.reason) for failure in report.failures}
    assert reasons == {
        server.origin + "/to-metadata": "it redirects to http://169.254.169.254/; "
        "169.254.169.254 is a link-local address, and not the source's own: refused",
        server.origin + "/to-inside": "it redirects to http://127.0.0.2:8080/admin; "
        "127.0.0.2 is an address on this computer, and not the source's own: refused",
        "http://127.0.0.2/secret.png": "a picture could not be fetched (127.0.0.2 is an "
        "address on this computer, and not the source's own: refused)",
    }
    assert set(documents(archive)) == {"Fine", "Pictured"}
    assert no_network == []  # not even a connection was tried


def test_a_name_that_resolves_into_a_private_network_counts_as_private(
    archive: Archive, server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = socket.getaddrinfo

    def resolver(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "intranet.example.org":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", 80))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    server.put(
        "/to-intranet", "", status=302, headers={"Location": "http://intranet.example.org/wiki"}
    )
    server.put(
        "/feed.rss",
        FEED.format(items=_item("Intranet", "{{origin}}/to-intranet")),
        "application/rss+xml",
    )
    add_source(archive, server.origin + "/feed.rss", name="Feed", type_="feed", policy=QUICK)

    [report] = sync_sources(archive, policy=QUICK)

    [failure] = report.failures
    assert str(failure.reason) == (
        "it redirects to http://intranet.example.org/wiki; intranet.example.org (10.1.2.3) is "
        "an address on a private network, and not the source's own: refused"
    )


def test_adding_a_source_that_redirects_to_the_metadata_service_is_refused(
    archive: Archive, server: FixtureServer
) -> None:
    server.put("/blog", "", status=301, headers={"Location": "http://169.254.169.254/latest/"})

    with pytest.raises(KnownError) as refused:
        add_source(archive, server.origin + "/blog", policy=QUICK)

    assert "169.254.169.254 is a link-local address, and not the source's own" in str(refused.value)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1::", True),
        ("127.0.0.2", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("169.254.169.254", False),
        ("fe80::1", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("fd00::1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_what_counts_as_the_public_internet(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


def test_a_feed_item_that_cannot_be_used_is_skipped_with_its_reason(
    archive: Archive, server: FixtureServer
) -> None:
    """Content lxml cannot parse used to raise out of the worker and end the whole sync, for
    this source and every one after it."""
    contents = {"bare": "<html></html>", "doctype": "<!DOCTYPE html>", "control": "<p>A\x01B</p>"}
    items = [
        {"id": name, "url": f"{{{{origin}}}}/p/{name}", "title": name, "content_html": html}
        for name, html in contents.items()
    ]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": items}
    server.put("/feed.json", json.dumps(feed), "application/feed+json")
    server.put(
        "/other.rss",
        FEED.format(items=_item("Other", "{{origin}}/o/1", "<p>Other text.</p>")),
        "application/rss+xml",
    )
    add_source(archive, server.origin + "/feed.json", name="A feed", type_="feed", policy=QUICK)
    add_source(archive, server.origin + "/other.rss", name="B feed", type_="feed", policy=QUICK)

    reports = {report.source: report for report in sync_sources(archive, policy=QUICK)}

    assert {failure.url: str(failure.reason) for failure in reports["A feed"].failures} == {
        server.origin + "/p/bare": "its content could not be read as HTML",
        server.origin + "/p/doctype": "its content could not be read as HTML",
    }
    assert (reports["A feed"].outcome, reports["A feed"].created) == ("partial", 1)
    assert (reports["B feed"].outcome, reports["B feed"].created) == ("ok", 1)
    assert documents(archive)["control"].body_text == "AB"
