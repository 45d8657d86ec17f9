"""A WordPress site through its REST API (`/wp-json/wp/v2/posts`).

Posts come in pages; after the first sync only those modified after the stored cursor are
asked for (`modified_after`). Authors, categories and tags are resolved to names. A cheap
listing of every post id tells which posts are gone from the site: those are withdrawn.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from storyreader import storable
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.sync.dates import parse_date
from storyreader.sync.entry import Entry
from storyreader.sync.extract import plain_text
from storyreader.sync.http import FetchError
from storyreader.sync.sources import ACCEPT_JSON, Candidate, Context, Listing
from storyreader.sync.urls import canonical_url, clean_url, wanted

PER_PAGE = 20
IDS_PER_PAGE = 100
MAX_PAGES = 200
_POST_FIELDS = "id,link,title,content,excerpt,date_gmt,modified,modified_gmt,author,categories,tags"


def api_root(url: str) -> str:
    """The REST API root for a site URL (or the root itself when given one)."""
    parts = urlsplit(url)
    if "/wp-json" in parts.path:
        path = parts.path[: parts.path.index("/wp-json")] + "/wp-json/"
    else:
        path = "/wp-json/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def discover(context: Context) -> Listing:
    root = api_root(context.config.url)
    cursor = context.config.cursor
    query: dict[str, str] = {"orderby": "modified", "order": "asc", "_fields": _POST_FIELDS}
    if cursor:
        query["modified_after"] = cursor
    posts = list(_pages(context, root + "wp/v2/posts", query, PER_PAGE))
    # Posts whose pictures could not be fetched last time are asked for again by id.
    retry = sorted(k for k, known in context.known.items() if known.missing_images and k.isdigit())
    if retry:
        by_id = {"include": ",".join(retry), "_fields": _POST_FIELDS}
        posts += _pages(context, root + "wp/v2/posts", by_id, PER_PAGE)
    names = _Names(context, root)
    listing = Listing()
    newest = cursor
    for post in posts:
        candidate = _candidate(post, root, names)
        if candidate is not None and wanted(
            candidate.url, context.config.include, context.config.exclude
        ):
            listing.candidates.append(candidate)
        modified = post.get("modified")
        if isinstance(modified, str) and (newest is None or modified > newest):
            newest = modified
    present = {
        str(post["id"])
        for post in _pages(context, root + "wp/v2/posts", {"_fields": "id"}, IDS_PER_PAGE)
    }
    listing.gone = {
        key for key, known in context.known.items() if known.active and key not in present
    }
    listing.cursor = newest
    return listing


def _pages(
    context: Context, endpoint: str, query: dict[str, str], per_page: int
) -> Iterator[dict[str, Any]]:
    for page in range(1, MAX_PAGES + 1):
        url = f"{endpoint}?{urlencode({**query, 'per_page': per_page, 'page': page})}"
        fetched = context.fetch(url, ACCEPT_JSON)
        if fetched.status == 400 and page > 1:
            return  # past the last page
        try:
            items = storable.load_json(fetched.body)
        except (ValueError, RecursionError):
            raise FetchError(
                url,
                QT_TRANSLATE_NOOP("Sync", "the WordPress API did not answer with JSON"),
            ) from None
        if not isinstance(items, list):
            raise FetchError(
                url,
                QT_TRANSLATE_NOOP("Sync", "the WordPress API answered something other than a list"),
            )
        yield from (item for item in items if isinstance(item, dict) and "id" in item)
        try:
            total_pages = int(fetched.headers.get("x-wp-totalpages", "1"))
        except ValueError:
            total_pages = 1
        if page >= total_pages or len(items) < per_page:
            return


class _Names:
    """Author, category and tag names by id, fetched once per sync for the ids needed."""

    def __init__(self, context: Context, root: str) -> None:
        self._context = context
        self._root = root
        self._names: dict[tuple[str, int], str] = {}

    def resolve(self, kind: str, ids: Iterable[object]) -> list[str]:
        wanted_ids = [i for i in ids if isinstance(i, int)]
        missing = [i for i in wanted_ids if (kind, i) not in self._names]
        if missing:
            self._fetch(kind, missing)
        return [self._names[(kind, i)] for i in wanted_ids if self._names.get((kind, i))]

    def _fetch(self, kind: str, ids: list[int]) -> None:
        for i in ids:
            self._names[(kind, i)] = ""  # asked once, even if the answer has no name
        query = {"include": ",".join(map(str, ids)), "_fields": "id,name"}
        try:
            for item in _pages(self._context, f"{self._root}wp/v2/{kind}", query, 100):
                if isinstance(item.get("id"), int) and isinstance(item.get("name"), str):
                    self._names[(kind, item["id"])] = html.unescape(item["name"]).strip()
        except FetchError:
            pass  # many sites hide /users; a post without its author's name is still a post


def _candidate(post: dict[str, Any], root: str, names: _Names) -> Candidate | None:
    content = post.get("content")
    if not isinstance(content, dict) or content.get("protected"):
        return None  # password-protected posts have no content for us
    link = post.get("link")
    if not isinstance(link, str) or not link:
        return None
    key = str(post["id"])
    site = canonical_url(root.removesuffix("wp-json/"))
    entry = Entry(
        title=_rendered(post.get("title")) or "Untitled",
        html=str(content.get("rendered") or ""),
        base_url=link,
        author=", ".join(names.resolve("users", [post.get("author")])),
        published=parse_date(_gmt(post.get("date_gmt"))),
        updated=parse_date(_gmt(post.get("modified_gmt"))),
        summary=_rendered(post.get("excerpt")),
        tags=names.resolve("categories", post.get("categories") or [])
        + names.resolve("tags", post.get("tags") or []),
    )
    # The post id, not its link, is its identity: a changed slug is the same post.
    return Candidate(
        key=key, origin=f"{site.rstrip('/')}/?p={key}", url=clean_url(link), entry=entry
    )


def _gmt(value: object) -> str | None:
    return f"{value}Z" if isinstance(value, str) and value else None


def _rendered(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("rendered")
    return plain_text(value) if isinstance(value, str) else ""
