"""Blogs on the six platforms people add most, with their pages, sitemaps and feeds shaped as
each platform shapes them (written for these tests, not copied from real sites): each syncs
with its title, author, date, text, pictures and captions, and nothing of its navigation,
share bars, newsletter boxes or comments. Each is found the way such a blog is: WordPress
through an excerpt-only feed (its pages read), Ghost, Substack and Blogger through sitemap
indexes, Squarespace through a flat sitemap, Medium through the publication page's links."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from storyreader.archive.db import Archive
from storyreader.sync import add_source
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, sync
from tests.sync.server import FixtureServer


@dataclass(frozen=True)
class Blog:
    site: str  # its folder in tests/sync/sites/platforms/
    address: str  # what the reader adds, after the server's origin
    type: str
    title: str
    author: str
    published: str  # the UTC date and hour, as ISO
    text: tuple[str, ...]  # from the first paragraph, the middle and the last
    pictures: tuple[str, ...]  # the stored pictures' file names, in the page's order
    captions: tuple[str, ...]
    chrome: tuple[str, ...]  # navigation, share bars, newsletter boxes, comments
    routes: dict[str, tuple[str, str]] = field(default_factory=dict)  # path: file, type


BLOGS = (
    Blog(
        site="wordpress",
        address="/feed/",
        type="feed",
        title="The night shift at the reception centre",
        author="Nadia Rahman",
        published="2024-05-12T19",
        text=(
            "Buses arrive at any hour. The one we remember best",
            "Between midnight and six",
            "waiting for the next bus.",
        ),
        pictures=(
            "night-bus.jpg",
            "camp-beds-1536x1024.jpg",
            "breakfast-1024x768.jpg",
            "drawings-1024x768.jpg",
        ),
        captions=(
            "Camp beds in the sports hall, ready before the first bus.",
            "Breakfast at six.",
            "Drawings left for the next group.",
        ),
        chrome=(
            "Donate now",
            "About us",
            "Subscribe to our stories",
            "Type your email",
            "Share this",
            "Facebook",
            "A letter to our volunteers",
            "I did my first night shift",
            "Mill Street",
            "Leave a Reply",
            "registered charity",
        ),
        routes={"/feed/": ("_feed.rss", "application/rss+xml; charset=UTF-8")},
    ),
    Blog(
        site="ghost",
        address="/stories",
        type="site",
        title="What the sea took",
        author="Ana Lima",
        published="2024-02-20T09",
        text=(
            "Of the thirty-two that had been pulled up on the beach",
            "The boats",
            "stone by stone, on Sunday afternoons.",
        ),
        pictures=("harbour-wall.jpg", "painted-bow.jpg", "carpenter.jpg", "new-hull.jpg"),
        captions=(
            "The harbour wall at Vila Nova, a week after the storm.",
            "one of the boats that came through.",
            "Work on the first new hull, in the boatyard behind the church.",
        ),
        chrome=(
            "About the project",
            "Sign in",
            "Subscribe",
            "Sign up for more like this",
            "Enter your email",
            "The salt pans",
            "Powered by Ghost",
        ),
        routes={"/rss/": ("_rss.xml", "application/rss+xml; charset=utf-8")},
    ),
    Blog(
        site="medium",
        address="/harbour-voices",
        type="site",
        title="The bakery that hires newcomers",
        author="Rosa Mendes",
        published="2024-01-09T08",
        text=(
            "nobody needs to speak to the dough",
            "Four in the morning",
            "It turned out we needed each other.",
        ),
        pictures=("1*Qk4aBakery.jpeg", "1*YoNasOvens.jpeg"),
        captions=("Miro’s at five in the morning. Photo by the author.", "Yonas at the ovens."),
        chrome=(
            "Sign up",
            "Sign in",
            "Follow",
            "Share",
            "Published in Harbour Voices",
            "Written by Rosa Mendes",
            "Responses",
            "Best boss I ever had",
            "More from Harbour Voices",
            "Learning to drive at fifty",
            "Recommended from Medium",
        ),
    ),
    Blog(
        site="substack",
        address="/p",
        type="site",
        title="A winter of letters",
        author="Tarik Osman",
        published="2024-03-02T09",
        text=(
            "In November we put a notice in the church newsletter",
            "What they wrote back",
            "we will send you a name.",
        ),
        pictures=("letters-table_1456x971.jpeg", "postcards_1200x900.jpeg"),
        captions=(
            "A Saturday of reading and sorting at the parish hall.",
            "Postcards from men who were released, pinned up in the visitors' room.",
        ),
        chrome=(
            "Subscribe",
            "Sign in",
            "Type your email",
            "reader-supported publication",
            "Share",
            "Ready for more?",
            "Discussion about this post",
            "first cup of proper coffee",
            "Start writing",
        ),
        routes={"/feed": ("_feed.rss", "application/rss+xml; charset=utf-8")},
    ),
    Blog(
        site="squarespace",
        address="/blog",
        type="site",
        title="Water for the camp school",
        author="Layla Haddad",
        published="2024-04-03T09",
        text=(
            "Until March, the children of the camp school carried their own water.",
            "The new water point",
            "We will tell you when that appeal opens.",
        ),
        pictures=("water-point.jpg",),
        captions=("The new taps on their first morning.",),
        chrome=(
            "Give now",
            "Stay in touch",
            "Sign up with your email address",
            "We respect your privacy",
            "Tweet",
            "We visited in February",
            "A library in a tent",
            "registered charity",
            "uses cookies",
        ),
        routes={"/blog?format=rss": ("_feed.rss", "application/rss+xml; charset=utf-8")},
    ),
    Blog(
        site="blogger",
        address="/",
        type="site",
        title="The library bus",
        author="Grace Mwangi",
        published="2024-03-12T16",
        text=(
            "Every Thursday a converted coach parks outside the hostel on Leeds Road.",
            "quite a few for the heater",  # paragraphs made of <br><br> runs
            "Jean will find them a reader.",
        ),
        pictures=("library-bus.jpg", "reading-corner.jpg"),
        captions=("The reading corner at the back of the bus, with cushions donated by a mosque",),
        chrome=(
            "Volunteer with us",
            "Email This",
            "BlogThis!",
            "Share to X",
            "Posted by",
            "Labels:",
            "My daughter borrowed",
            "Post a Comment",
            "Popular Posts",
            "Blog Archive",
            "Subscribe To",
            "Newer Post",
            "Powered by",
        ),
        routes={
            "/sitemap.xml?page=1": ("_sitemap-page-1.xml", "application/xml; charset=UTF-8"),
            "/2024/03/the-library-bus.html": ("_the-library-bus.html", "text/html; charset=UTF-8"),
            "/feeds/posts/default": ("_feed.atom", "application/atom+xml; charset=UTF-8"),
        },
    ),
)


@pytest.mark.parametrize("blog", BLOGS, ids=lambda blog: blog.site)
def test_a_blog_on_each_platform_syncs_whole_and_clean(
    archive: Archive, server: FixtureServer, blog: Blog
) -> None:
    server.load(f"platforms/{blog.site}")
    for path, (name, content_type) in blog.routes.items():
        server.put(path, server.text(f"platforms/{blog.site}/{name}"), content_type)
    add_source(archive, server.origin + blog.address, name=blog.site, type_=blog.type, policy=QUICK)

    report = sync(archive, blog.site)

    assert (report.outcome, report.created, report.failed) == ("ok", 1, 0), report.failures
    [post] = documents(archive).values()  # the about, tag and author pages are not posts
    assert (post.title, post.author) == (blog.title, blog.author)
    assert post.published is not None and post.published.isoformat()[:13] == blog.published
    assert post.language == "en" and post.kind == "story"
    missing = [text for text in blog.text + blog.captions if text not in post.body_text]
    assert not missing, post.body_text
    assert [asset.url.rsplit("/", 1)[1] for asset in post.assets] == list(blog.pictures)
    assert all(asset.stored for asset in post.assets)
    assert post.body_html.count("<img") == len(blog.pictures)
    assert not [chrome for chrome in blog.chrome if chrome in post.body_text], post.body_text
