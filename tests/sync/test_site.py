"""A Webflow-like blog without a feed: discovered by sitemap (or by its links), extracted,
kept up to date with conditional requests; edits, removals and reader notes."""

from __future__ import annotations

import pytest

from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.config import MAX_IMAGES_PER_DOCUMENT
from storyreader.sync import add_source, list_sources
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, fingerprint, png_sha, sync
from tests.sync.server import FixtureServer, tiny_png

RIVER = "Crossing the river at night"
KITCHEN = "A kitchen in Gaziantep"
LETTER = "A letter from our director"
CHROME = (
    "Donate",
    "About us",
    "Subscribe",
    "Stories like this, once a month",
    "Thank you! Your submission",
    "More stories",
    "Registered charity",
    "We use cookies",
    "Share this story",
    "WebFont",
    "gtag",
    "winter appeal",
)


def add_blog(archive: Archive, server: FixtureServer) -> str:
    info = add_source(archive, server.origin + "/blog", name="Open Doors", policy=QUICK)
    assert info.type == "site"
    return info.name


def test_a_webflow_blog_arrives_complete_for_offline_reading(
    archive: Archive, webflow: FixtureServer
) -> None:
    report = sync(archive, add_blog(archive, webflow))

    assert (report.outcome, report.created, report.failed) == ("ok", 3, 0)
    found = documents(archive)
    assert set(found) == {RIVER, KITCHEN, LETTER}  # About and the section page are not posts
    river = found[RIVER]
    assert (river.author, river.published and river.published.date().isoformat()) == (
        "Amina Yusuf",
        "2024-03-04",
    )
    assert river.language == "en" and river.kind == "story"
    assert river.url == webflow.origin + "/blog/crossing-the-river-at-night"
    assert "Samir was fourteen" in river.body_text
    assert "They are busy with their own night." in river.body_text
    assert "The farmhouse where Samir and his mother waited" in river.body_text  # a caption
    assert "<figcaption>" in river.body_html
    assert not [chrome for chrome in CHROME if chrome in river.body_text]
    # The hero's largest srcset candidate, a figure, and a lazy data-src picture, all stored.
    assert [asset.url.rsplit("/", 1)[1] for asset in river.assets] == [
        "65e6-hero-river.jpg",
        "65e6-farmhouse.jpg",
        "65e6-boat.jpg",
    ]
    for asset in river.assets:
        assert asset.stored and asset.sha256 == png_sha(asset.url.removeprefix(webflow.origin))
        assert f'src="asset:{asset.sha256}"' in river.body_html
    assert "http" not in river.body_html.split("<img", 1)[1].split(">", 1)[0]  # offline images
    assert found[KITCHEN].author == "Daniel Okafor"
    assert found[LETTER].author == ""  # no byline on the page, so none invented
    letter_date = found[LETTER].published
    assert letter_date is not None and letter_date.year == 2023
    assert report.bytes_downloaded > 20_000


def test_a_second_sync_asks_conditionally_and_changes_nothing(
    archive: Archive, webflow: FixtureServer
) -> None:
    name = add_blog(archive, webflow)
    sync(archive, name)
    before = fingerprint(archive)
    webflow.clear_log()

    report = sync(archive, name)

    assert (report.created, report.updated, report.unchanged, report.failed) == (0, 0, 3, 0)
    assert fingerprint(archive) == before
    pages = [r for r in webflow.requests() if r.path != "/robots.txt"]
    assert pages and all(r.conditional and r.status == 304 for r in pages)
    assert not [r for r in webflow.requests() if r.path.startswith("/images/")]
    assert report.bytes_downloaded < 500  # headers aside, no bodies came again
    assert list_sources(archive)[0].last_outcome == "ok"


def test_without_a_sitemap_the_section_pages_links_are_followed_once_each(
    archive: Archive, webflow: FixtureServer
) -> None:
    for path in ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-blog.xml"):
        webflow.remove(path)

    report = sync(archive, add_blog(archive, webflow))

    # Page 2 of the list links the kitchen again, with ?4f2c1a_page=2; page 1 with a
    # fragment and a trailing slash: still one document.
    assert (report.created, report.failed) == (3, 0)
    assert set(documents(archive)) == {RIVER, KITCHEN, LETTER}
    assert [r.path for r in webflow.requests("/blog?")] == ["/blog?4f2c1a_page=2"]
    fetched_posts = [r.path for r in webflow.requests("/blog/")]
    assert sorted(fetched_posts) == sorted(set(fetched_posts))


def test_an_edited_post_is_updated_and_the_readers_note_is_kept_and_flagged(
    archive: Archive, webflow: FixtureServer
) -> None:
    name = add_blog(archive, webflow)
    sync(archive, name)
    library = Library(archive)
    kitchen = documents(archive)[KITCHEN]
    library.set_favourite(kitchen.id, True)
    note = library.add_note(kitchen.id, "a waiting list", 0, 14, "Quote this at the event")

    webflow.edit(
        "/blog/a-kitchen-in-gaziantep",
        "We are a business with a waiting list.",
        "We are a business with a waiting list of eleven schools.",
    )
    report = sync(archive, name)

    assert (report.updated, report.unchanged, report.created) == (1, 2, 0)
    kitchen = documents(archive)[KITCHEN]
    assert "waiting list of eleven schools" in kitchen.body_text
    assert all(asset.stored for asset in kitchen.assets)
    [kept] = library.notes(kitchen.id)
    assert (kept.id, kept.text, kept.document_changed) == (note.id, note.text, True)
    assert library.reading_info(kitchen.id).favourite


def test_a_removed_post_is_withdrawn_and_keeps_the_readers_data(
    archive: Archive, webflow: FixtureServer
) -> None:
    name = add_blog(archive, webflow)
    sync(archive, name)
    library = Library(archive)
    letter = documents(archive)[LETTER]
    library.add_bookmark(letter.id, 0.5, "the ask")
    library.add_note(letter.id, "Dear friends", 0, 12, "Read aloud")

    webflow.remove("/blog/a-letter-from-our-director")
    webflow.edit(
        "/sitemap-blog.xml",
        f"<url><loc>{webflow.origin}/blog/a-letter-from-our-director</loc><lastmod>2023-12-18</lastmod></url>",
        "",
    )
    report = sync(archive, name)

    assert (report.withdrawn, report.failed) == (1, 0)
    assert LETTER not in documents(archive)
    assert documents(archive, withdrawn=True)[LETTER].status == "withdrawn"
    assert [b.label for b in library.bookmarks(letter.id)] == ["the ask"]
    assert [n.text for n in library.notes(letter.id)] == ["Read aloud"]

    webflow.put(
        "/blog/a-letter-from-our-director",
        webflow.text("webflow/blog/a-letter-from-our-director.html"),
    )
    report = sync(archive, name)  # known posts are checked even when the sitemap forgot them
    assert (report.updated, report.unchanged, report.failed) == (1, 2, 0)
    assert documents(archive)[LETTER].status == "active"


@pytest.mark.parametrize(
    ("trouble", "reason"),
    [
        ({"fail_times": 10, "fail_status": 503}, "the server answered 503"),
        ({"drop_times": 10}, "the connection broke off"),  # never half a picture
    ],
    ids=["busy", "cut-off"],
)
def test_a_picture_that_fails_leaves_a_placeholder_and_is_fetched_next_time(
    archive: Archive, webflow: FixtureServer, trouble: dict[str, int], reason: str
) -> None:
    farmhouse = tiny_png("/images/65e6-farmhouse.jpg")
    webflow.put("/images/65e6-farmhouse.jpg", farmhouse, "image/png", **trouble)
    name = add_blog(archive, webflow)

    report = sync(archive, name)

    assert report.outcome == "partial" and report.created == 3
    assert [f.url.rsplit("/", 1)[1] for f in report.failures] == ["65e6-farmhouse.jpg"]
    assert str(report.failures[0].reason).startswith(f"a picture could not be fetched ({reason}")
    river = documents(archive)[RIVER]
    assert "waited three days in a farmhouse" in river.body_text  # readable all the same
    assert [a.stored for a in river.assets] == [True, False, True]
    assert "asset:missing/1" in river.body_html

    webflow.remove("/images/65e6-farmhouse.jpg")  # the generated picture is served again
    webflow.clear_log()
    report = sync(archive, name)

    assert (report.outcome, report.updated) == ("ok", 1)
    river = documents(archive)[RIVER]
    assert all(asset.stored for asset in river.assets) and "missing" not in river.body_html
    # Only the missing picture is downloaded; the stored ones come from the archive.
    assert [r.path for r in webflow.requests("/images/")] == ["/images/65e6-farmhouse.jpg"]


def test_include_and_exclude_patterns_choose_the_posts(
    archive: Archive, webflow: FixtureServer
) -> None:
    add_source(
        archive,
        webflow.origin + "/blog",
        name="Stories only",
        policy=QUICK,
        exclude=["*/a-letter-*"],
    )

    report = sync(archive, "Stories only")

    assert report.created == 2 and LETTER not in documents(archive)


def test_without_validators_a_content_hash_tells_that_nothing_changed(
    archive: Archive, webflow: FixtureServer
) -> None:
    for route in webflow.routes.values():
        route.etag = route.last_modified = False
    name = add_blog(archive, webflow)
    sync(archive, name)
    before = fingerprint(archive)
    webflow.clear_log()

    report = sync(archive, name)

    assert (report.unchanged, report.updated, report.created) == (3, 0, 0)
    assert fingerprint(archive) == before
    assert not webflow.requests("/images/")  # the same bytes: nothing extracted or fetched


def test_pictures_past_the_cap_leave_the_page_instead_of_being_missing_forever(
    archive: Archive, webflow: FixtureServer
) -> None:
    gallery = "".join(
        f'<p><img src="/images/gallery-{number}.png" alt="picture {number}"></p>'
        for number in range(MAX_IMAGES_PER_DOCUMENT + 5)
    )
    page = "/blog/crossing-the-river-at-night"
    webflow.edit(page, "<h2>The waiting</h2>", f"{gallery}<h2>The waiting</h2>")
    name = add_blog(archive, webflow)

    assert sync(archive, name).outcome == "ok"
    river = documents(archive)[RIVER]
    assert len(river.assets) == MAX_IMAGES_PER_DOCUMENT
    assert all(asset.stored for asset in river.assets) and "missing" not in river.body_html
    assert "picture 64" not in river.body_html  # the last five are not on the page

    webflow.clear_log()
    again = sync(archive, name)
    assert (again.created, again.updated, again.outcome) == (0, 0, "ok")
    assert webflow.requests("/images/") == []
