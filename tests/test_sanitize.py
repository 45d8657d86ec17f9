"""Untrusted HTML: what survives sanitizing is safe, readable, and cannot freeze the reader."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies

from storyreader.archive.sanitize import html_to_text, image_sources, sanitize_html
from storyreader.config import MAX_HTML_DEPTH


def _max_depth(html: str) -> int:
    depth = deepest = 0
    for closing, name in re.findall(r"<(/?)([a-z0-9]+)", html):
        if name in {"br", "hr", "img"}:
            continue
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "<style>body{display:none}</style>",
        '<iframe src="https://evil.example"></iframe>',
        '<form action="https://evil.example"><input name="card"></form>',
        '<img src="x.png" onerror="alert(1)">',
        '<p onclick="alert(1)">click</p>',
        '<a href="javascript:alert(1)">link</a>',
        '<a href="file:///etc/passwd">link</a>',
        '<img src="file:///etc/passwd">',
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
        '<p style="position:fixed">styled</p>',
    ],
)
def test_dangerous_markup_is_removed(hostile: str) -> None:
    cleaned = sanitize_html(f"<p>before</p>{hostile}<p>after</p>").lower()
    for forbidden in (
        "<script",
        "<style",
        "<iframe",
        "<form",
        "<input",
        "onerror",
        "onclick",
        "javascript:",
        "file:",
        "data:",
        "style=",
        "alert",
    ):
        assert forbidden not in cleaned
    assert "before" in cleaned and "after" in cleaned


def test_reading_structure_is_kept() -> None:
    source = (
        "<h2>Heading</h2><p><em>One</em> <strong>two</strong></p><blockquote>Quote</blockquote>"
        "<ul><li>a</li><li>b</li></ul><table><tr><th>k</th><td>v</td></tr></table>"
        '<p><a href="https://example.org/x">a link</a></p>'
    )
    cleaned = sanitize_html(source)
    for kept in ("<h2>", "<em>", "<strong>", "<blockquote>", "<li>", "<th>", "<td>"):
        assert kept in cleaned
    assert '<a href="https://example.org/x" rel="noopener noreferrer">' in cleaned


def test_typography_and_korean_survive_exactly() -> None:
    text = "“자유” — it’s the café’s 한국어 text"
    assert html_to_text(sanitize_html(f"<p>{text}</p>")) == text


def test_images_point_at_the_stored_copy() -> None:
    source = (
        '<figure><img src="images/boat.png" alt="A boat"><figcaption>Boat</figcaption></figure>'
        '<img src="missing.png">'
    )
    seen: list[str] = []

    def rewrite(src: str) -> str | None:
        seen.append(src)
        return "asset:abc123" if src == "images/boat.png" else None

    cleaned = sanitize_html(source, rewrite_image=rewrite)
    assert seen == ["images/boat.png", "missing.png"]
    assert '<img src="asset:abc123" alt="A boat">' in cleaned
    assert "missing.png" not in cleaned and "<figcaption>Boat</figcaption>" in cleaned


def test_lazy_and_responsive_images_use_the_real_picture() -> None:
    source = (
        '<img src="data:image/gif;base64,R0lGOD" data-src="https://x.org/real.jpg">'
        '<img srcset="https://x.org/s.jpg 320w, https://x.org/l.jpg 1280w, '
        'https://x.org/m.jpg 640w">'
    )
    assert image_sources(source) == ["https://x.org/real.jpg", "https://x.org/l.jpg"]
    cleaned = sanitize_html(source, rewrite_image=lambda src: f"asset:{src[-6:]}")
    assert 'src="asset:al.jpg"' in cleaned and 'src="asset:/l.jpg"' in cleaned


def test_images_are_dropped_without_a_stored_copy() -> None:
    assert "<img" not in sanitize_html('<img src="https://x.org/a.png">')
    assert '<img src="asset:ff00">' in sanitize_html('<img src="asset:ff00">')


@pytest.mark.timeout(10)
def test_twenty_two_nested_tables_are_flattened() -> None:
    nested = "<table><tr><td>" * 22 + "deep cell" + "</td></tr></table>" * 22
    cleaned = sanitize_html(nested)
    assert cleaned.count("<table") == 1
    assert "deep cell" in cleaned
    assert _max_depth(cleaned) <= MAX_HTML_DEPTH


@pytest.mark.timeout(10)
@pytest.mark.parametrize("tag", ["div", "b", "blockquote", "li"])
def test_a_hundred_thousand_unclosed_tags_are_capped(tag: str) -> None:
    cleaned = sanitize_html(f"<{tag}>" * 100_000 + "the text")
    assert "the text" in cleaned
    assert _max_depth(cleaned) <= MAX_HTML_DEPTH


def test_text_keeps_paragraphs_apart() -> None:
    html = "<h1>Title</h1><p>One  two\nthree</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p>"
    assert html_to_text(sanitize_html(html)) == "Title\n\nOne two three\n\na\n\nb\n\nx\ny"


@settings(max_examples=200, deadline=None)
@given(
    strategies.lists(
        strategies.one_of(
            strategies.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<table>",
                    "<td>",
                    "</td>",
                    "<b>",
                    "</i>",
                    "<img src=a>",
                    "<a href='https://x'>",
                    "</a>",
                    "<script>",
                    "<!--",
                    "&amp;",
                    "&lt;",
                    '"',
                    "<",
                    ">",
                    "<div>",
                    "</div>",
                ]
            ),
            strategies.text(max_size=8),
        ),
        max_size=40,
    ).map("".join)
)
def test_sanitizing_never_raises_and_is_stable(html: str) -> None:
    once = sanitize_html(html)
    assert sanitize_html(once) == once
    assert "<script" not in once.lower()
