"""A WordPress site through its REST API: paging, names for ids, deltas, withdrawals."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.sync import add_source
from storyreader.sync.sources import wordpress as wordpress_source
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, fingerprint, sync
from tests.sync.server import FixtureServer, WordPressApi

FORTY = "Forty days in the detention centre"
COURT = "Why we go to court — and why it takes so long"
CLINIC = "The kitchen-table clinic"


@pytest.fixture
def site(wordpress: WordPressApi, server: FixtureServer, archive: Archive) -> FixtureServer:
    info = add_source(archive, server.origin + "/", name="Harbour Rights", policy=QUICK)
    assert (info.type, info.url) == ("wordpress", server.origin + "/wp-json/")
    return server


def post_queries(server: FixtureServer) -> list[dict[str, list[str]]]:
    return [parse_qs(urlsplit(r.path).query) for r in server.requests("/wp-json/wp/v2/posts")]


def test_posts_arrive_with_names_for_authors_categories_and_tags(
    archive: Archive, site: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wordpress_source, "PER_PAGE", 2)  # three posts: two pages

    report = sync(archive, "Harbour Rights")

    assert (report.created, report.failed) == (3, 0)  # the password-protected post is left out
    found = documents(archive)
    assert set(found) == {FORTY, COURT, CLINIC}
    forty = found[FORTY]
    assert forty.author == "Leila Haddad"
    assert set(forty.tags) == {"letters", "detention", "family reunion", "legal aid"}
    assert forty.published and forty.published.isoformat() == "2024-04-08T09:30:00"
    assert forty.url == site.origin + "/2024/04/forty-days/"
    assert "a man without shoelaces walks differently" in forty.body_text
    assert [a.url.rsplit("/", 1)[1] for a in forty.assets] == ["corridor-1536x1024.jpg"]
    court = found[COURT]
    assert court.author == "Tomás Ferreira"
    # A lazy-loaded picture (data-src over an SVG placeholder) is stored.
    assert [a.url.rsplit("/", 1)[1] for a in court.assets] == ["courthouse.jpg"]
    assert all(a.stored for a in court.assets)
    listed_pages = [
        q["page"]
        for q in post_queries(site)
        if "modified_after" not in q and q["_fields"] != ["id"]
    ]
    assert listed_pages == [["1"], ["2"]]


def test_the_next_sync_asks_only_for_posts_modified_since_and_changes_nothing(
    archive: Archive, site: FixtureServer
) -> None:
    sync(archive, "Harbour Rights")
    before = fingerprint(archive)
    site.clear_log()

    report = sync(archive, "Harbour Rights")

    assert (report.created, report.updated, report.withdrawn) == (0, 0, 0)
    assert fingerprint(archive) == before
    [delta, ids] = post_queries(site)
    assert delta["modified_after"] == ["2024-04-08T11:45:10"]
    assert ids["_fields"] == ["id"]
    assert not site.requests("/wp-content/")  # no pictures fetched again


def test_an_edited_post_is_updated_and_a_deleted_one_withdrawn(
    archive: Archive, site: FixtureServer, wordpress: WordPressApi
) -> None:
    sync(archive, "Harbour Rights")
    library = Library(archive)
    clinic_id = documents(archive)[CLINIC].id
    library.add_note(clinic_id, "214 people", 0, 10, "Numbers for the annual report")

    wordpress.edit(771, "214 people", "250 people", modified="2024-05-01T10:00:00")
    wordpress.delete(790)
    report = sync(archive, "Harbour Rights")

    assert (report.updated, report.withdrawn, report.created) == (1, 1, 0)
    found = documents(archive)
    assert "250 people" in found[CLINIC].body_text and COURT not in found
    assert found[CLINIC].id == clinic_id  # the post id is the identity, not the link
    [note] = library.notes(clinic_id)
    assert note.document_changed and note.text == "Numbers for the annual report"


def test_a_site_that_hides_its_users_still_syncs(
    archive: Archive, site: FixtureServer, wordpress: WordPressApi
) -> None:
    wordpress.users_hidden = True

    report = sync(archive, "Harbour Rights")

    assert (report.outcome, report.created) == ("ok", 3)
    assert documents(archive)[FORTY].author == ""
