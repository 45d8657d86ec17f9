"""What a search returns, as plain data: hits and results. Imports nothing heavy, so the
desktop app can know these types before Whoosh is loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    kind: str
    author: str
    language: str
    published: datetime | None
    score: float
    snippet: str  # HTML: matched words in <b>...</b>, everything else escaped


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    page: int
    page_size: int
    hits: list[Hit]
    suggestion: str | None = None  # the corrected query, for "Did you mean ...?"
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    message: str | None = None  # a plain sentence when the query could not be used as typed

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))
