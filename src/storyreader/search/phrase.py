"""Phrases, checked against positions directly.

Whoosh's `Phrase` runs through its span machinery: building a span object per position of
every word in every candidate document, about a second per query on 10,000 documents when
the phrase has a common word. Here a phrase is the AND of its terms (fast, skipping through
posting blocks) narrowed to the documents where the terms sit at the right distances,
checked per segment with set arithmetic on their positions, and scored with BM25 on the
phrase's own frequency.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat
from operator import sub
from pickle import loads
from typing import Any

from whoosh import query as whoosh_query
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query.wrappers import WrappingQuery
from whoosh.system import _INT_SIZE

from storyreader.search.schema import PAIR

MAX_CANDIDATES = 50_000


class VerifiedPhrase(WrappingQuery):  # type: ignore[misc]
    """The phrase's documents and scores, per segment reader, found while building the query.

    The child (`And` of the terms) is kept for what Whoosh may ask of a query (its terms);
    matching never walks it: a `ListMatcher` hands out the checked documents with their
    BM25 score computed from the phrase's own frequency.
    """

    def __init__(self, child: Any, found: dict[int, tuple[list[int], list[float]]]) -> None:
        super().__init__(child)
        self.found = found  # id(segment reader) -> (sorted local docnums, their scores)

    def apply(self, fn: Any) -> VerifiedPhrase:
        return VerifiedPhrase(fn(self.child), self.found)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        docs, scores = self.found.get(id(searcher.reader()), ([], []))
        if not docs:
            return NullMatcher()
        return _ScoredList(docs, scores)


class _ScoredList(ListMatcher):  # type: ignore[misc]
    """A `ListMatcher` that knows the best score still ahead of it.

    Whoosh's asks `max(weights)` of the whole list each time the top-N threshold rises (for
    thousands of matches, a quadratic cost); this answers from suffix maxima computed once,
    which also lets the collector stop when nothing ahead can reach the top N.
    """

    def __init__(self, docs: list[int], scores: list[float], position: int = 0) -> None:
        super().__init__(docs, weights=scores, position=position)
        self._best_ahead = list(accumulate(reversed(scores), max))[::-1]

    def copy(self) -> _ScoredList:
        return _ScoredList(self._ids, self._weights, self._i)

    def block_max_weight(self) -> float:
        return float(self._best_ahead[self._i]) if self._i < len(self._ids) else 0.0


def phrase_query(
    reader: Any, fieldname: str, terms: list[tuple[int, str]], pairs: Sequence[str] = ()
) -> Any:
    """The phrase of `terms` ((query position, term) pairs, gaps for stop words).

    `pairs` are `pair` field terms the phrase contains: only documents holding them all are
    checked on positions.
    """
    child = whoosh_query.And([whoosh_query.Term(fieldname, term) for _pos, term in terms])
    leaves = [leaf for leaf, _offset in reader.leaf_readers()]
    counts = {id(leaf): _phrase_docs(leaf, fieldname, terms, pairs) for leaf in leaves}
    total_docs = max(1, reader.doc_count_all())
    matching = sum(len(found) for found in counts.values())
    idf = math.log(1 + (total_docs - matching + 0.5) / (matching + 0.5))
    found = {}
    for leaf in leaves:
        docs = sorted(counts[id(leaf)])
        found[id(leaf)] = (docs, _bm25(leaf, fieldname, docs, counts[id(leaf)], idf))
    return VerifiedPhrase(child, found)


def _bm25(
    leaf: Any, fieldname: str, docs: list[int], counts: dict[int, int], idf: float
) -> list[float]:
    """Whoosh's BM25F (B=0.75, K1=1.2) with the phrase count as the term frequency."""
    average = leaf.field_length(fieldname) / max(1, leaf.doc_count_all())
    scores = []
    for docnum in docs:
        length = leaf.doc_field_length(docnum, fieldname, 1)
        frequency = counts[docnum]
        norm = 1.2 * (0.25 + 0.75 * length / max(average, 1))
        scores.append(idf * frequency * 2.2 / (frequency + norm))
    return scores


def _phrase_docs(
    leaf: Any, fieldname: str, terms: list[tuple[int, str]], pairs: Sequence[str] = ()
) -> dict[int, int]:
    """{local docnum: how often the phrase occurs} for the documents of `leaf` holding it."""
    candidates: set[int] | None = None
    for pair in pairs:
        if (PAIR, pair) not in leaf:
            return {}
        found_pair = posting_ids(leaf.postings(PAIR, pair))
        candidates = found_pair if candidates is None else candidates & found_pair
    postings = []
    for pos, term in terms:
        if (fieldname, term) not in leaf:
            return {}
        postings.append((pos, _raw_postings(leaf.postings(fieldname, term))))
    postings.sort(key=lambda item: len(item[1]))
    if candidates is None:
        candidates = set(postings[0][1])
    for _pos, values in postings:
        candidates.intersection_update(values)
    return _count_phrases(leaf, sorted(candidates)[:MAX_CANDIDATES], postings)


def _count_phrases(
    leaf: Any, candidates: list[int], postings: list[tuple[int, dict[int, bytes]]]
) -> dict[int, int]:
    (first_pos, first), *rest = postings
    found = {}
    for docnum in candidates:
        # The raw value is what `encode_positions` wrote: a count, then pickled deltas.
        # Each term's positions, shifted to where the phrase would start, narrow the starts.
        starts = set(_shifted(first[docnum], first_pos))
        for pos, values in rest:
            starts.intersection_update(_shifted(values[docnum], pos))
            if not starts:
                break
        if starts and not leaf.is_deleted(docnum):
            found[docnum] = len(starts)
    return found


def _shifted(raw: bytes, pos: int) -> Iterator[int]:
    positions = accumulate(loads(raw[_INT_SIZE:]))
    return map(sub, positions, repeat(pos)) if pos else positions


def _raw_postings(matcher: Any) -> dict[int, bytes]:
    """{docnum: raw posting value} for one term, a block at a time (deleted documents
    included: the caller drops them).

    Reads `W3LeafMatcher`'s blocks directly (Whoosh-Reloaded is pinned): calling `id()`,
    `value()` and `next()` per posting costs ten times more.
    """
    if isinstance(matcher, FilterMatcher):  # the reader's wrapper hiding deleted documents
        matcher = matcher.child
    out: dict[int, bytes] = {}
    if not isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            out[matcher.id()] = matcher.value()
            matcher.next()
        return out
    while not matcher._atend:
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._values is None:
            matcher._read_values()
        out.update(zip(matcher._ids, matcher._values, strict=True))
        matcher._next_block()
    return out


def posting_ids(matcher: Any) -> set[int]:
    """All docnums of one posting list (deleted ones included), a block at a time."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):
        return set(matcher.all_ids())
    ids: set[int] = set()
    while not matcher._atend:
        if matcher._ids is None:
            matcher._read_ids()
        ids.update(matcher._ids)
        matcher._next_block()
    return ids
