"""Which documents match a query, without scoring: for the total and the facets.

Whoosh's `docs_for_query` walks the query's matcher tree one document at a time (method
calls per document per node: a quarter of a prefix query's time). For the shapes our builder
makes (terms combined with And, Or, AndNot, AndMaybe, and checked phrases) the same sets come
from set arithmetic on whole posting lists, read a block at a time; anything else (ranges,
Every, Prefix) goes to Whoosh.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as whoosh_query

from storyreader.search.phrase import VerifiedPhrase, posting_ids


def matching_docs(searcher: Any, q: Any) -> set[int]:
    """Global docnums of the live documents matching `q`."""
    found: set[int] = set()
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        local = _docs(leaf, reader, q)
        if reader.has_deletions():
            local.difference_update(reader.deleted_docs_set)
        found.update(local if offset == 0 else {doc + offset for doc in local})
    return found


def _docs(searcher: Any, reader: Any, q: Any) -> set[int]:
    if isinstance(q, whoosh_query.Term):
        if (q.fieldname, q.text) not in reader:
            return set()
        return posting_ids(reader.postings(q.fieldname, q.text))
    if isinstance(q, VerifiedPhrase):
        return set(q.found.get(id(reader), ([], []))[0])
    if isinstance(q, whoosh_query.AndMaybe):
        return _docs(searcher, reader, q.a)
    if isinstance(q, whoosh_query.AndNot):
        return _docs(searcher, reader, q.a) - _docs(searcher, reader, q.b)
    if isinstance(q, whoosh_query.And):
        parts = [_docs(searcher, reader, child) for child in q.subqueries]
        parts.sort(key=len)
        return set.intersection(*parts) if parts else set()
    if isinstance(q, whoosh_query.Or):
        return set().union(*(_docs(searcher, reader, child) for child in q.subqueries))
    return set(q.docs(searcher))
