"""A source's own rules for pages the general rules cannot read: the article's container and
what to drop, as CSS selectors, set when the source is added and checked then."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyreader.archive.db import Archive
from storyreader.sync import SourceError, add_source, list_sources
from storyreader.sync.extract import PageRules, extract_page
from tests.conftest import RunCli
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, sync
from tests.sync.server import FixtureServer

# A page whose real article is a short note beside a long list of links and teasers: the
# general rules take the teasers, which have more text.
PORTAL = """<html><head><title>Notes</title>
<meta property="og:title" content="A note from the kitchen"></head><body><div class="layout">
<div class="teasers">{teasers}</div>
<div class="note"><p>The soup kitchen opens at six from Monday, an hour earlier than before, so
that people on early shifts can eat first.</p><div class="donate-box"><p>Give five pounds and
feed a family tonight, every little helps.</p></div>
<p>Bring your own bowl if you can; we are short of them.</p></div>
</div></body></html>"""
TEASERS = "".join(
    f"<div class='teaser'><p>Teaser {n}: a longer story about volunteers and the work they do,"
    f" with more words, commas, and detail than the note has, repeated.</p></div>"
    for n in range(8)
)
NOTE = PORTAL.format(teasers=TEASERS)


def test_the_article_selector_and_the_drops_decide_what_is_kept() -> None:
    plain = extract_page(NOTE, "https://x.example/notes/1")
    assert "Teaser 3" in plain.html  # what the general rules make of it

    ruled = extract_page(
        NOTE, "https://x.example/notes/1", PageRules(".note", (".donate-box", "nav"))
    )

    assert "The soup kitchen opens at six" in ruled.html and "short of them" in ruled.html
    assert "Teaser" not in ruled.html and "five pounds" not in ruled.html
    assert ruled.title == "A note from the kitchen"


def test_a_site_with_rules_syncs_only_its_articles(archive: Archive, server: FixtureServer) -> None:
    server.put("/notes", "<a href='/notes/kitchen'>The kitchen</a>")
    server.put("/notes/kitchen", NOTE)
    add_source(
        archive,
        server.origin + "/notes",
        name="Kitchen",
        type_="site",
        article_selector="  div.note ",
        drop_selectors=[".donate-box", " "],
        policy=QUICK,
    )
    assert (list_sources(archive)[0].article_selector, list_sources(archive)[0].drop_selectors) == (
        "div.note",
        (".donate-box",),
    )

    report = sync(archive, "Kitchen")

    assert (report.created, report.failed) == (1, 0)
    [note] = documents(archive).values()
    assert "short of them" in note.body_text
    assert "Teaser" not in note.body_text and "five pounds" not in note.body_text


def test_a_page_without_the_articles_container_fails_alone_and_says_why(
    archive: Archive, server: FixtureServer
) -> None:
    server.put("/notes", "<a href='/notes/kitchen'>1</a><a href='/notes/garden'>2</a>")
    server.put("/notes/kitchen", NOTE)
    server.put("/notes/garden", NOTE.replace('class="note"', 'class="other"'))
    add_source(
        archive, server.origin + "/notes", type_="site", article_selector=".note", policy=QUICK
    )

    report = sync(archive)

    assert (report.outcome, report.created, report.failed) == ("partial", 1, 1)
    assert report.failures[0].url.endswith("/notes/garden")
    reason = str(report.failures[0].reason)
    assert reason == "nothing on the page matches the article selector .note"


@pytest.mark.parametrize(
    ("article", "drop", "sentence"),
    [
        ("div[", (), "div[ is not a CSS selector that can be used here"),
        (None, ("p::before",), "p::before is not a CSS selector that can be used here"),
        ("x" * 501, (), "The CSS selector is longer than 500 characters."),
    ],
)
def test_a_selector_that_cannot_be_used_is_refused_in_a_sentence(
    archive: Archive, article: str | None, drop: tuple[str, ...], sentence: str
) -> None:
    with pytest.raises(SourceError, match=sentence.replace("[", r"\[")):
        add_source(
            archive,
            "https://x.example/feed",
            type_="feed",
            article_selector=article,
            drop_selectors=drop,
        )
    assert list_sources(archive) == []


def test_the_command_line_sets_shows_and_checks_the_rules(
    run_cli: RunCli, archive_path: Path
) -> None:
    added = run_cli(
        "--archive",
        archive_path,
        "sources",
        "add",
        "https://x.example/feed/",
        "--type",
        "feed",
        "--article",
        "article .post-body",
        "--drop",
        ".donate-box",
        "--drop",
        "aside.related",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    info = json.loads(added.stdout)
    assert (info["article_selector"], info["drop_selectors"]) == (
        "article .post-body",
        [".donate-box", "aside.related"],
    )
    listed = run_cli("--archive", archive_path, "sources", "list")
    assert "article: article .post-body" in listed.stdout
    assert "drop: .donate-box, aside.related" in listed.stdout

    refused = run_cli(
        "--archive", archive_path, "sources", "add", "https://y.example/feed/", "--drop", "a >"
    )
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("a > is not a CSS selector that can be used here (")
    assert refused.stderr.count("\n") == 1
