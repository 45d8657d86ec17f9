"""RSS 2.0, Atom and JSON Feed sources, and feeds that try to hurt the reader's machine."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from storyreader.archive.db import Archive
from storyreader.sync import add_source
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, fingerprint, png_sha, sync
from tests.sync.server import FixtureServer


def test_an_rss_feed_with_full_content_and_one_item_read_from_its_page(
    archive: Archive, feeds: FixtureServer
) -> None:
    info = add_source(
        archive, feeds.origin + "/feed.rss", name="Letters", kind="letters", policy=QUICK
    )
    assert info.type == "feed" and info.kind == "letter"

    report = sync(archive, "Letters")

    assert (report.created, report.failed) == (2, 0)
    found = documents(archive)
    forty = found["Forty days in the detention centre"]
    assert (forty.author, forty.kind, forty.language) == ("Leila Haddad", "letter", "en")
    assert forty.published and forty.published.isoformat() == "2024-04-08T09:30:00"
    assert set(forty.tags) == {"letters", "detention"}
    assert "a man without shoelaces walks differently" in forty.body_text
    assert "The corridor of the visitors’ wing" in forty.body_text
    assert "appeared first on" not in forty.body_text  # WordPress's feed footer
    [picture] = forty.assets
    assert picture.url.endswith("/corridor-1536x1024.jpg") and picture.stored
    assert forty.url == feeds.origin + "/2024/04/forty-days/"
    # The item without content:encoded was read from its page, whose article was extracted;
    # its link's tracking parameters were dropped.
    court = found["Why we go to court"]
    assert court.url == feeds.origin + "/posts/why-we-go-to-court"
    assert court.author == "Tomás Ferreira"
    assert "Strategic litigation is slow and expensive" in court.body_text
    assert "Counsel for the applicants" in court.body_text
    assert not [
        junk
        for junk in (
            "Share this",
            "Leave a comment",
            "Join our mailing list",
            "Recent Posts",
            "Proudly powered",
        )
        if junk in court.body_text
    ]
    assert [asset.url.rsplit("/", 1)[1] for asset in court.assets] == ["courthouse-1568x882.jpg"]


def test_an_atom_feed(archive: Archive, feeds: FixtureServer) -> None:
    add_source(archive, feeds.origin + "/feed.atom", name="Field notes", policy=QUICK)

    report = sync(archive, "Field notes")

    assert (report.created, report.failed) == (2, 0)
    found = documents(archive)
    night = found["Night shift at the station & what we saw"]
    assert night.author == "Ines Brandt"
    assert night.published and night.published.isoformat() == "2024-04-01T20:10:00"  # UTC
    assert set(night.tags) == {"outreach", "field notes"}
    assert "We met 63 people between midnight and six" in night.body_text
    [picture] = night.assets
    assert picture.url == feeds.origin + "/notes/img/platform.jpg"  # relative to the entry
    assert picture.sha256 == png_sha("/notes/img/platform.jpg")
    kits = found["Winter kits packed"]  # xhtml content, no published date: updated stands in
    assert "packed 1,200 winter kits" in kits.body_text and "<strong>" in kits.body_html
    assert kits.published and kits.published.isoformat() == "2024-01-15T09:00:00"


def test_a_json_feed(archive: Archive, feeds: FixtureServer) -> None:
    feeds.edit("/feed.json", '"language": "en"', '"language": "en_GB"')  # as some CMSs write it
    add_source(archive, feeds.origin + "/feed.json", name="Voices", policy=QUICK)

    report = sync(archive, "Voices")

    assert (report.created, report.failed) == (2, 0)
    found = documents(archive)
    tailor = found["The tailor of Calais"]
    assert tailor.author == "Chloé Martin" and set(tailor.tags) == {"stories", "france"}
    assert tailor.language == "en"
    assert tailor.updated and tailor.updated.isoformat() == "2024-03-29T10:30:00"
    assert [a.url for a in tailor.assets] == [feeds.origin + "/voices/img/tailor.jpg"]
    song = found["A song for the bus"]  # plain text content, paragraphs kept
    assert "By the border, the driver was singing too." in song.body_text
    assert song.body_html.count("<p>") == 2


def test_a_second_sync_of_an_unchanged_feed_is_one_conditional_request(
    archive: Archive, feeds: FixtureServer
) -> None:
    add_source(archive, feeds.origin + "/feed.rss", name="Letters", policy=QUICK)
    sync(archive, "Letters")
    before = fingerprint(archive)
    feeds.clear_log()

    report = sync(archive, "Letters")

    assert (report.unchanged, report.created, report.updated) == (2, 0, 0)
    assert [(r.path, r.status, r.conditional) for r in feeds.requests()] == [
        ("/feed.rss", 304, True)
    ]
    assert fingerprint(archive) == before


def test_a_changed_feed_updates_only_what_changed_without_fetching_pictures_again(
    archive: Archive, feeds: FixtureServer
) -> None:
    add_source(archive, feeds.origin + "/feed.rss", name="Letters", policy=QUICK)
    sync(archive, "Letters")
    feeds.edit("/feed.rss", "studying for his driving test", "passed his driving test")
    feeds.clear_log()

    report = sync(archive, "Letters")

    assert (report.updated, report.unchanged, report.created) == (1, 1, 0)
    assert (
        "passed his driving test"
        in documents(archive)["Forty days in the detention centre"].body_text
    )
    assert [r.path for r in feeds.requests()] == ["/feed.rss", "/posts/why-we-go-to-court"]
    assert feeds.requests("/posts/")[0].status == 304


def test_an_item_gone_from_the_feed_window_is_not_withdrawn(
    archive: Archive, feeds: FixtureServer
) -> None:
    add_source(archive, feeds.origin + "/feed.json", name="Voices", policy=QUICK)
    sync(archive, "Voices")
    text = feeds.routes["/feed.json"].body.decode()
    feeds.put(
        "/feed.json",
        text[: text.index(',\n    {\n      "id": "voice-2"')] + "\n  ]\n}\n",
        "application/feed+json",
    )

    report = sync(archive, "Voices")

    assert report.withdrawn == 0 and "A song for the bus" in documents(archive)


BILLION_LAUGHS = "hostile/billion-laughs.rss"
XXE = "hostile/xxe.rss"


def quadratic_blowup() -> str:
    """One 50 kB entity referenced 50,000 times: 2.5 GB once expanded."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "' + "A" * 50_000 + '">]>\n'
        '<rss version="2.0"><channel><title>Q</title><link>{{origin}}/</link><item>'
        "<title>Q</title><link>{{origin}}/q</link><description>"
        + "&a;" * 50_000
        + "</description></item></channel></rss>\n"
    )


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, XXE, "quadratic"])
def test_hostile_feeds_are_refused_quickly_and_cheaply(
    archive: Archive, server: FixtureServer, hostile: str
) -> None:
    body = quadratic_blowup() if hostile == "quadratic" else server.text(hostile)
    server.put("/hostile.rss", body, "application/rss+xml")
    add_source(archive, server.origin + "/hostile.rss", name="Hostile", type_="feed", policy=QUICK)

    tracemalloc.start()
    started = time.monotonic()
    try:
        report = sync(archive, "Hostile")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert time.monotonic() - started < 1.0
    assert peak < 100 * 1024 * 1024
    assert report.outcome == "failed" and report.created == 0
    assert "declares a DTD or entities" in str(report.message)
    assert documents(archive, withdrawn=True) == {}
    assert "root:" not in str(report.message)  # nothing of /etc/passwd leaked anywhere
