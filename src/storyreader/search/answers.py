"""Answering searches from one Whoosh searcher: ranked hits with snippets, facets, "did you
mean", "more like this", and the answer by title while there is no index.

`Answers` lives as long as its searcher: `engine.SearchIndex` makes a new one whenever it opens
a searcher on the index as it is now, so what it keeps (each facet's documents, the docnums of
the last shared set) never outlives the index it was read from. It reads SQLite only to show
hits (never what was withdrawn since it was indexed). Locking, retrying and noticing damage
are the engine's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from whoosh import query as whoosh_query
from whoosh.searching import Searcher

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.search import schema, source
from storyreader.search.build import Highlight, build
from storyreader.search.correct import WordLists, correct_query
from storyreader.search.docsets import matching_docs
from storyreader.search.hits import Hit, SearchResults
from storyreader.search.phrase import posting_ids
from storyreader.search.query import Filter, ParsedQuery, parse
from storyreader.search.ranking import TIE_SLACK, order_ties
from storyreader.search.results import make_snippet, top_counts

FACET_FIELDS = {
    "kind": schema.KIND,
    "tag": schema.TAG,
    "language": schema.LANG,
    "year": schema.YEAR,
}
MORE_LIKE_TERMS = 12


@dataclass(frozen=True)
class Paging:
    page: int  # from 1
    size: int

    @property
    def end(self) -> int:
        return self.page * self.size

    @property
    def start(self) -> int:
        return (self.page - 1) * self.size


@dataclass
class _Outcome:
    total: int
    ranked: list[tuple[str, float]]  # (document id, score) for the requested page
    facets: dict[str, list[tuple[str, int]]]


class Answers:
    """Searches of one searcher (see the module docstring); the caller holds its lock."""

    def __init__(self, searcher: Searcher, archive: Archive, word_lists: WordLists) -> None:
        self.searcher = searcher
        self._archive = archive
        self._word_lists = word_lists
        self._facet_sets: dict[str, dict[str, frozenset[int]]] | None = None
        self._within: tuple[frozenset[str], frozenset[int]] | None = None

    def search(
        self,
        parsed: ParsedQuery,
        extra: list[Filter],
        sort: str,
        paging: Paging,
        within: frozenset[str] | None,
        suggest: bool,
    ) -> SearchResults:
        """`parsed` answered, kept to the documents `within` (ids; None: all of them)."""
        allowed = None if within is None else self._docnums(within)
        reader = self.searcher.reader()
        built = build(parsed, reader, extra)
        messages = list(parsed.messages)
        if built.query is None:
            messages.append(_nothing_to_search(built.dropped))
            return SearchResults(
                parsed.text, 0, paging.page, paging.size, [], message=" ".join(messages)
            )
        outcome = self._run(built.query, sort, paging, allowed)
        suggestion = None
        if built.unknown_words and suggest:
            suggestion = correct_query(parsed, built.unknown_words, reader, self._word_lists)
        if suggestion and allowed is not None and outcome.total:
            # Offer only a correction that finds something among the allowed documents:
            # its words may otherwise come from documents that were not shared.
            again = build(parse(suggestion), reader, extra)
            if again.query is None or not matching_docs(self.searcher, again.query) & allowed:
                suggestion = None
        if suggestion and outcome.total == 0:
            built_again = build(parse(suggestion), reader, extra)
            if built_again.query is not None:
                retry = self._run(built_again.query, sort, paging, allowed)
                if not retry.total and allowed is not None:
                    suggestion = None
                if retry.total:
                    messages.append(
                        i18n.fill(
                            i18n.translate(
                                "Search", "Nothing matches “%1”; showing results for “%2”."
                            ),
                            parsed.text.strip(),
                            suggestion,
                        )
                    )
                    outcome, built = retry, built_again
        return SearchResults(
            parsed.text,
            outcome.total,
            paging.page,
            paging.size,
            hits(self._archive, outcome.ranked, built.highlight),
            suggestion,
            outcome.facets,
            " ".join(messages) or None,
        )

    def highlight(self, parsed: ParsedQuery) -> Highlight:
        """The words (in every form the index holds) that `parsed` would mark in a text."""
        return build(parsed, self.searcher.reader()).highlight

    def similar(
        self, document_id: str, text: str, limit: int
    ) -> tuple[list[tuple[str, float]], Highlight]:
        """The ids (with scores) of documents sharing the most distinctive words of `text`
        (the document's own), never the document itself; show them with `hits`."""
        query, highlight = _distinctive_query(self.searcher, text)
        if query is None:
            return [], highlight
        query = whoosh_query.AndNot(query, whoosh_query.Term(schema.ID, document_id))
        results = self.searcher.search(query, limit=max(1, limit))
        return [(hit[schema.ID], hit.score or 0.0) for hit in results], highlight

    def _docnums(self, ids: frozenset[str]) -> frozenset[int]:
        """The docnums of `ids` in this searcher (kept for the next search of the same ids)."""
        known = self._within
        if known is not None and known[0] == ids:
            return known[1]
        wanted = whoosh_query.Or([whoosh_query.Term(schema.ID, doc_id) for doc_id in ids])
        self._within = (ids, frozenset(matching_docs(self.searcher, wanted)))
        return self._within[1]

    def _run(
        self, query: Any, sort: str, paging: Paging, allowed: frozenset[int] | None
    ) -> _Outcome:
        searcher = self.searcher
        published = searcher.reader().column_reader(schema.PUBLISHED)
        only = None if allowed is None else set(allowed)
        if sort == "date":
            results = searcher.search(
                query, limit=paging.end, sortedby=schema.PUBLISHED, reverse=True, filter=only
            )
            ranked = [(hit.docnum, float(hit.score or 0.0)) for hit in results]
        else:
            results = searcher.search(query, limit=paging.end + TIE_SLACK, filter=only)
            ranked = order_ties(
                [(hit.docnum, float(hit.score or 0.0)) for hit in results], published
            )
        ids = [
            (searcher.stored_fields(docnum)[schema.ID], score)
            for docnum, score in ranked[paging.start : paging.end]
        ]
        # The total and the facets need every match; ids alone cost little next to scoring.
        matched = matching_docs(searcher, query)
        if allowed is not None:
            matched &= allowed
        return _Outcome(len(matched), ids, self._facets(matched))

    def _facets(self, matched: Any) -> dict[str, list[tuple[str, int]]]:
        sets = self._facet_sets
        if sets is None:
            sets = self._facet_sets = _facet_sets(self.searcher)
        facets = {}
        for name, by_value in sets.items():
            counts = {value: len(docs & matched) for value, docs in by_value.items()}
            facets[name] = top_counts(counts)
        facets["year"].sort(key=lambda item: item[0], reverse=True)
        return facets


def by_titles(
    archive: Archive,
    text: str,
    paging: Paging,
    within: frozenset[str] | None,
    reason: str | None,
) -> SearchResults:
    """Search titles in SQLite, for while there is no usable index; `reason` says why."""
    words = list("".join(c if c.isalnum() else " " for c in text).split())[:10]
    with archive.read() as session:
        total, ids = source.title_matches(session, words, paging.start, paging.size, within)
    found = hits(archive, [(doc_id, 0.0) for doc_id in ids], Highlight())
    message = reason or i18n.translate(
        "Search",
        "The search index is being built; until it is ready, only titles are searched.",
    )
    return SearchResults(text, total, paging.page, paging.size, found, None, {}, message)


def hits(archive: Archive, ranked: list[tuple[str, float]], highlight: Highlight) -> list[Hit]:
    """The documents of `ranked` as the reader sees them now, with snippets: one withdrawn or
    deleted since it was indexed is never shown."""
    if not ranked:
        return []
    with archive.read() as session:
        shown = source.shown_documents(session, [doc_id for doc_id, _score in ranked])
    found = []
    for doc_id, score in ranked:
        doc = shown.get(doc_id)
        if doc is None:
            continue
        snippet = make_snippet(doc.body_text or doc.summary, highlight)
        found.append(
            Hit(
                doc.id,
                doc.title,
                doc.kind,
                doc.author,
                doc.language,
                doc.published,
                float(score),
                snippet,
            )
        )
    return found


def _nothing_to_search(dropped: list[str]) -> str:
    if dropped:
        words = ", ".join(f"“{word}”" for word in dropped[:5])
        if len(dropped) == 1:
            return i18n.fill(
                i18n.translate("Search", "%1 is too common to search for; add a less common word."),
                words,
            )
        return i18n.fill(
            i18n.translate("Search", "%1 are too common to search for; add a less common word."),
            words,
        )
    return i18n.translate("Search", "Type a word to search for.")


def _facet_sets(searcher: Searcher) -> dict[str, dict[str, frozenset[int]]]:
    """For each facet, value -> the documents having it (built once per searcher; deleted
    documents may be included: counts only ever intersect these with live matches)."""
    sets: dict[str, dict[str, set[int]]] = {name: {} for name in FACET_FIELDS}
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        for name, fieldname in FACET_FIELDS.items():
            for btext in reader.expand_prefix(fieldname, ""):
                docs = posting_ids(reader.postings(fieldname, btext))
                value = sets[name].setdefault(btext.decode("utf-8"), set())
                value.update(docs if offset == 0 else {doc + offset for doc in docs})
    return {name: {v: frozenset(d) for v, d in by.items()} for name, by in sets.items()}


def _distinctive_query(searcher: Searcher, text: str) -> tuple[Any | None, Highlight]:
    """The document's terms with the best tf-idf, as an OR query."""
    positions = schema.index_terms(text)
    reader = searcher.reader()
    total = max(1, reader.doc_count())
    scored = []
    for term, poses in positions.items():
        if len(term) < 3 or term.isdigit():
            continue
        df = reader.doc_frequency(schema.CONTENT, term)
        if df <= 1:
            continue
        scored.append((len(poses) * math.log(1 + total / df), term))
    best = sorted(scored, reverse=True)[:MORE_LIKE_TERMS]
    if not best:
        return None, Highlight()
    query = whoosh_query.Or(
        [whoosh_query.Term(schema.CONTENT, term, boost=weight) for weight, term in best]
    )
    return query, Highlight(terms={term for _w, term in best})
