"""URLs, dates and articles, without a network: the pure parts of sync."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import httpx
import pytest

from storyreader.archive.db import Archive
from storyreader.sync import SourceError, add_source, list_sources
from storyreader.sync.dates import parse_date
from storyreader.sync.extract import (
    NoArticle,
    decode_html,
    extract_page,
    language_code,
    prepare_fragment,
)
from storyreader.sync.http import Fetched
from storyreader.sync.sources.feed import parse_feed
from storyreader.sync.urls import canonical_url, clean_url, is_under, section_prefix, wanted

SITES = Path(__file__).resolve().parent / "sites"


@pytest.mark.parametrize(
    "variant",
    [
        "https://opendoors.example/blog/crossing",
        "http://opendoors.example/blog/crossing",
        "https://www.opendoors.example/blog/crossing/",
        "https://WWW.OpenDoors.example:443/blog/crossing#comments",
        "https://opendoors.example/blog/crossing?4f2c1a_page=2",
        "https://opendoors.example/blog/crossing?utm_source=rss&utm_medium=rss",
    ],
)
def test_duplicates_of_a_post_share_one_identity(variant: str) -> None:
    assert canonical_url(variant) == "https://opendoors.example/blog/crossing"


def test_clean_url_keeps_what_identifies_a_page() -> None:
    assert clean_url("http://Example.org/?p=123&page=2#top") == "http://example.org/?p=123"
    assert (
        canonical_url("http://example.org:8080/a?b=2&a=1") == "https://example.org:8080/a?a=1&b=2"
    )


def test_the_posts_under_a_section() -> None:
    prefix = section_prefix("https://www.opendoors.example/blog")
    assert is_under("http://opendoors.example/blog/crossing", prefix)
    assert not is_under("https://opendoors.example/blog", prefix)
    assert not is_under("https://opendoors.example/blog?4f2c1a_page=2", prefix)
    assert not is_under("https://opendoors.example/blogroll", prefix)
    assert not is_under("https://elsewhere.example/blog/crossing", prefix)


def test_include_and_exclude_patterns() -> None:
    assert wanted("https://x.example/blog/a", ["/blog/*"], [])
    assert not wanted("https://x.example/news/a", ["/blog/*"], [])
    assert not wanted("https://x.example/blog/tag/a", [], ["*/tag/*"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon, 08 Apr 2024 09:30:00 +0000", datetime(2024, 4, 8, 9, 30)),
        ("2024-04-01T22:10:00+02:00", datetime(2024, 4, 1, 20, 10)),
        ("2024-03-29T10:30:00Z", datetime(2024, 3, 29, 10, 30)),
        ("March 4, 2024", datetime(2024, 3, 4)),
        ("Published 19 March 2024", datetime(2024, 3, 19)),
        ("Sept 3rd, 2023", datetime(2023, 9, 3)),
        ("6 min read", None),
        ("February 30, 2024", None),
    ],
)
def test_dates_as_the_web_writes_them(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en-GB", "en"), ("ko_KR", "ko"), ("FR", "fr"), ("English", ""), ("", ""), (None, "")],
)
def test_language_tags_as_feeds_and_pages_write_them(tag: str | None, code: str) -> None:
    assert language_code(tag) == code


def test_charset_from_the_server_or_the_page() -> None:
    latin = "<meta charset='iso-8859-1'><p>Caf\xe9</p>".encode("latin-1")
    assert "Café" in decode_html(latin)
    assert "Café" in decode_html("<p>Café</p>".encode(), "text/html; charset=utf-8")


def test_a_wordpress_theme_page_keeps_its_article_and_loses_its_chrome() -> None:
    page = (SITES / "feeds/posts/why-we-go-to-court.html").read_text()
    page = page.replace("{{origin}}", "https://harbour.example")

    article = extract_page(page, "https://harbour.example/posts/why-we-go-to-court")

    assert article.title == "Why we go to court"
    assert (article.author, article.language) == ("Tomás Ferreira", "en")
    assert article.published == datetime(2024, 3, 19, 14)
    assert article.updated == datetime(2024, 3, 20, 8, 12, 40)
    assert article.summary.startswith("Strategic litigation is slow")
    for chrome in (
        "Skip to content",
        "Leave a comment",
        "Share this",
        "Post navigation",
        "Join our mailing list",
        "Proudly powered",
        "Categorized as",
        "<script",
    ):
        assert chrome not in article.html
    assert "<figcaption" in article.html  # the post thumbnail and its caption lead the article
    assert (
        'src="https://harbour.example/wp-content/uploads/2024/03/courthouse-1568x882.jpg"'
        in article.html
    )


def test_a_page_with_no_article_is_refused() -> None:
    with pytest.raises(NoArticle):
        extract_page(
            "<html><body><nav><a href='/'>Home</a></nav><p>Hi</p></body></html>",
            "https://x.example/",
        )


def test_feed_content_loses_tracking_pixels_and_feed_footers() -> None:
    content = (
        '<p>Bilal mends coats.</p><img src="https://medium.example/_/stat?event=post.clientViewed"'
        ' width="1" height="1" alt="">'
        '<figure><img srcset="a-300.jpg 300w, a-1200.jpg 1200w" alt="Hands"></figure>'
        '<p>The post <a href="https://x.example/p">Coats</a> appeared first on <a>X</a>.</p>'
    )

    html = prepare_fragment(content, "https://x.example/voices/coats")

    assert "stat?event" not in html and "appeared first" not in html
    assert '<img src="https://x.example/voices/a-1200.jpg" alt="Hands">' in html


def test_feed_items_without_a_link_are_never_taken_for_the_feed_itself() -> None:
    feed = b"""<rss version="2.0"><channel><title>Letters</title>
      <item><title>One</title><guid>https://x.example/letters/one</guid></item>
      <item><title>Two</title><guid>https://x.example/letters/two</guid></item>
      <item><title>Three</title><guid isPermaLink="false">three-1</guid></item>
    </channel></rss>"""
    headers = httpx.Headers({"content-type": "application/rss+xml"})

    items = parse_feed(Fetched("https://x.example/feed.rss", 200, feed, headers))

    # A permalink guid stands in for the link; an item with neither is left out.
    assert [item.url for item in items] == [
        "https://x.example/letters/one",
        "https://x.example/letters/two",
    ]


def test_xhtml_in_an_atom_feed_keeps_its_markup_and_its_words() -> None:
    feed = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
      <entry><title>Kits</title><link href="/notes/kits"/><content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml">Packed: <p>See the html: <strong>1,200</strong>
        kits &amp; letters</p></div></content></entry></feed>"""
    headers = httpx.Headers({"content-type": "application/atom+xml"})

    [item] = parse_feed(Fetched("https://x.example/feed.atom", 200, feed, headers))

    assert item.entry is not None
    assert item.entry.html.startswith("Packed: <p>See the html: <strong>1,200</strong>")
    assert "kits &amp; letters</p>" in item.entry.html and "xmlns" not in item.entry.html


@pytest.mark.parametrize(
    ("url", "sentence"),
    [
        ("https://x.example:99999/feed", "has no valid port"),
        ("ftp://x.example/feed", "is not a web address"),
        ("https:///feed", "is not a web address"),
    ],
)
def test_a_source_address_that_cannot_be_fetched_is_refused_in_a_sentence(
    archive: Archive, url: str, sentence: str
) -> None:
    with pytest.raises(SourceError, match=sentence):
        add_source(archive, url, type_="feed")
    assert list_sources(archive) == []
