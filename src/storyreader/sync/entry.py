"""A document's content as sync found it: what the sources hand over and the extractor makes.

Its own module, below both: the sources (a feed item, a WordPress post) and the extractor
(an article found on a page) make the same thing, and neither imports the other for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Entry:
    """A document's content as a listing gave it (a feed item, a WordPress post), or as
    `extract.extract_page` found it on the document's own page."""

    title: str
    html: str
    base_url: str  # what relative links and images in `html` are relative to
    author: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    summary: str = ""
    language: str = ""
    tags: list[str] = field(default_factory=list)
