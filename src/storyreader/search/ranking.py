"""Ranking: Whoosh's BM25F with title and tags boosted, and recency to break ties.

Whoosh's top-N collector skips posting blocks that cannot reach the top N, which is what
keeps a common word fast; the total and the facets then come from a second, unscored pass
over the matching ids (cheaper than scoring every match: that was measured, and lost).
A few more hits than the page are fetched, so that documents tied on score at the bottom of
the page are ordered newest first too.
"""

from __future__ import annotations

from typing import Any

TIE_SLACK = 10


def order_ties(ranked: list[tuple[int, float]], published: Any) -> list[tuple[int, float]]:
    """Highest score first; equal scores (to six places) newest first."""
    return sorted(ranked, key=lambda item: (round(item[1], 6), published[item[0]]), reverse=True)
