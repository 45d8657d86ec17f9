"""URLs as sync compares them: one identity per document however a site links to it.

`clean_url` is what we fetch: no fragment, no list-pagination or tracking parameters.
`canonical_url` is what a document is known by: `clean_url` with http and https, www and
no www, a default port and a trailing slash all folded into one form.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# `?4f2c1a_page=2` is Webflow's collection-list pagination; the rest are trackers.
_DROPPED_PARAMETER = re.compile(
    r"^(?:[0-9a-z]+_page|page|utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi)$", re.I
)


def clean_url(url: str) -> str:
    """`url` without its fragment and without parameters that only page or track."""
    parts = urlsplit(url.strip())
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _DROPPED_PARAMETER.match(name)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )


def canonical_url(url: str) -> str:
    """The one form of `url` that duplicates share (https, no www, no trailing slash)."""
    parts = urlsplit(clean_url(url))
    host = (parts.hostname or "").removeprefix("www.")
    port = parts.port
    if port is not None and not (
        (parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit(("https", host, path, query, ""))


def section_prefix(section_url: str) -> str:
    """The canonical prefix of the posts under a section: `.../blog` -> `https://host/blog/`."""
    canonical = canonical_url(section_url)
    parts = urlsplit(canonical)
    return urlunsplit(("https", parts.netloc, parts.path.rstrip("/") + "/", "", ""))


def is_under(url: str, prefix: str) -> bool:
    """True for a page below the section `prefix` (not the section page itself)."""
    canonical = canonical_url(url)
    return canonical.startswith(prefix) and len(canonical) > len(prefix)


def same_site(url: str, other: str) -> bool:
    return urlsplit(canonical_url(url)).netloc == urlsplit(canonical_url(other)).netloc


def wanted(url: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Whether the source's include/exclude patterns let `url` in. A pattern is a glob over
    the whole URL, or over its path when it starts with "/"."""

    def hit(pattern: str) -> bool:
        target = urlsplit(url).path if pattern.startswith("/") else url
        return fnmatch.fnmatchcase(target, pattern)

    if include and not any(hit(pattern) for pattern in include):
        return False
    return not any(hit(pattern) for pattern in exclude)
