"""What comes in from the web is untrusted: text the archive cannot store, and addresses that
lead into this computer or its network."""

from __future__ import annotations

import json

from storyreader.archive.db import Archive
from storyreader.sync import add_source, sync_sources
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents
from tests.sync.server import FixtureServer

ARTICLE = (
    "<html><head>{head}</head><body><article><h1>{title}</h1>"
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
    json_ld = '<script type="application/ld+json">{"@type": "Article", "headline": "LD \\ud800"}'
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
