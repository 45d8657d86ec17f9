"""Turn a `ParsedQuery` into a Whoosh query against one searcher.

A plain word must match the `content` field (title, tags, author, summary, body), and a
match in `head` (title and tags) adds to its score: `AndMaybe(content, head)`. Prefixes
expand through the unstemmed `spell` field to at most `MAX_EXPANSIONS` of the most common
words, so "a*" costs what a short OR costs. Phrases are checked against positions here
(`phrase.py`). The builder also records what to highlight, so snippets mark the words the
user meant, and which plain words match nothing (for "Did you mean", `correct.py`).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from whoosh import query as whoosh_query

from storyreader.search import schema
from storyreader.search.korean import strip_particle
from storyreader.search.phrase import phrase_query
from storyreader.search.query import Clause, Filter, ParsedQuery, parse_date_span

MAX_EXPANSIONS = 10
MAX_PREFIX_SCAN = 3_000  # terms looked at to choose the most common expansions
EPOCH = datetime(1900, 1, 1)


def date_value(moment: datetime | None) -> int:
    """What the `published` field holds: seconds since 1900, plus one (0 means no date)."""
    if moment is None:
        return 0
    return max(1, int((moment - EPOCH).total_seconds()) + 1)


@dataclass
class Highlight:
    """What snippets should mark: index terms (stems, bigrams) and Korean strings."""

    terms: set[str] = field(default_factory=set)
    cjk: set[str] = field(default_factory=set)
    # Lower-case words of the archive whose term is in `terms`: snippets look for these
    # with one regular expression; a document where none is found is scanned word by word.
    surfaces: set[str] = field(default_factory=set)
    # Terms every hit contains (not alternatives): if a snippet's quick search misses one,
    # the snippet maker looks at every word of that document.
    required: set[str] = field(default_factory=set)


@dataclass
class Built:
    query: Any | None  # a whoosh Query, or None when nothing searchable is left
    highlight: Highlight
    unknown_words: list[Clause]  # plain words that match no document (typo candidates)
    dropped: list[str]  # words too common to search for


@dataclass
class _Context:
    reader: Any
    highlight: Highlight = field(default_factory=Highlight)
    unknown: list[Clause] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def build(parsed: ParsedQuery, reader: Any, extra_filters: Sequence[Filter] = ()) -> Built:
    """The Whoosh query for `parsed` (plus `extra_filters`, e.g. the API's kind=)."""
    context = _Context(reader)
    positives = []
    for group in parsed.groups:
        before = set(context.highlight.terms)
        alternatives = [q for q in (_clause_query(c, context) for c in group) if q is not None]
        if len(group) == 1 and group[0].kind != "prefix":
            context.highlight.required |= context.highlight.terms - before
        if alternatives:
            positives.append(
                alternatives[0] if len(alternatives) == 1 else whoosh_query.Or(alternatives)
            )
    negatives = [
        q for q in (_clause_query(c, _Context(reader)) for c in parsed.excluded) if q is not None
    ]
    filters = [*parsed.filters, *extra_filters]
    positives.extend(_filter_queries(filters))
    negatives.extend(_filter_queries(parsed.excluded_filters))
    if not positives and (negatives or filters):
        positives.append(whoosh_query.Every())
    if not positives:
        return Built(None, context.highlight, context.unknown, context.dropped)
    result: Any = positives[0] if len(positives) == 1 else whoosh_query.And(positives)
    if negatives:
        result = whoosh_query.AndNot(
            result, negatives[0] if len(negatives) == 1 else whoosh_query.Or(negatives)
        )
    _add_surfaces(context.highlight, reader)
    return Built(result, context.highlight, context.unknown, context.dropped)


MAX_SURFACES = 30


def _add_surfaces(highlight: Highlight, reader: Any) -> None:
    """The written forms of each highlighted term: words of the `spell` field starting with
    the stem ("rescu" -> rescue, rescued, rescuing) that analyse back to it. (A prefix's
    own words were added when it was expanded.)"""
    for term in highlight.terms - {schema.word_term(word) for word in highlight.surfaces}:
        highlight.surfaces.add(term)
        if not term.isalpha() or not term.isascii():
            continue
        for index, btext in enumerate(reader.expand_prefix(schema.SPELL, term)):
            if index >= MAX_SURFACES:
                break
            word = btext.decode("utf-8")
            if schema.word_term(word) == term:
                highlight.surfaces.add(word)


def _clause_query(clause: Clause, context: _Context) -> Any | None:
    if clause.kind == "prefix":
        return _prefix_query(clause.text, context)
    if clause.kind == "phrase":
        return _phrase_query(clause.text, context)
    return _word_query(clause, context)


def _analyze(text: str) -> list[tuple[int, str]]:
    """(position, term) for a query text, positions counting stop words like the index."""
    out = []
    pos = 0
    for _start, _end, _surface, terms in schema.iter_words(text):
        if not terms:
            pos += 1
        for term in terms:
            out.append((pos, term))
            pos += 1
    return out


def _phrase(context: _Context, terms: list[tuple[int, str]]) -> Any:
    if len(terms) == 1:
        return whoosh_query.Term(schema.CONTENT, terms[0][1])
    pairs = _common_pairs(context.reader, terms)
    if len(terms) == 2 and pairs:  # the pair's own posting list is the phrase, exactly
        return whoosh_query.Term(schema.PAIR, pairs[0])
    return phrase_query(context.reader, schema.CONTENT, terms, pairs)


def _common_pairs(reader: Any, terms: list[tuple[int, str]]) -> list[str]:
    """The `pair` terms of neighbouring common terms in the phrase (see `schema.PairText`)."""
    common: frozenset[str] = getattr(reader.schema[schema.PAIR], "common", frozenset())
    return [
        schema.pair_term(first, second)
        for (at, first), (next_at, second) in itertools.pairwise(terms)
        if next_at == at + 1 and first in common and second in common
    ]


def _word_query(clause: Clause, context: _Context) -> Any | None:
    """A typed word: one term, or the phrase of its parts ("U.N.", "well-being", Korean)."""
    runs = [(surface, terms) for _a, _b, surface, terms in schema.iter_words(clause.text)]
    if any(schema.is_cjk(surface) for surface, _terms in runs):
        return _korean_query(clause.text, context)
    terms = _analyze(clause.text)
    if not terms:
        if clause.text.lower() in schema.STOP_WORDS:
            context.dropped.append(clause.text)
        return None
    context.highlight.terms.update(term for _pos, term in terms)
    if len(terms) > 1:
        return _phrase(context, terms)
    term = terms[0][1]
    if context.reader.doc_frequency(schema.CONTENT, term) == 0:
        context.unknown.append(clause)
    return whoosh_query.AndMaybe(
        whoosh_query.Term(schema.CONTENT, term), whoosh_query.Term(schema.HEAD, term)
    )


def _korean_query(text: str, context: _Context) -> Any:
    """Each Hangul run as the phrase of its bigrams, or of its bigrams less a particle."""
    parts = []
    for _start, _end, surface, terms in schema.iter_words(text):
        if not schema.is_cjk(surface):
            if terms:
                context.highlight.terms.update(terms)
                parts.append(whoosh_query.Term(schema.CONTENT, terms[0]))
            continue
        stem = strip_particle(surface)
        context.highlight.cjk.add(stem)
        options = [_phrase(context, list(enumerate(schema.bigrams(stem))))]
        if stem != surface:
            options.append(_phrase(context, list(enumerate(schema.bigrams(surface)))))
        if len(stem) == 1:  # a one-syllable word: any bigram starting with it
            options = [whoosh_query.Prefix(schema.CONTENT, stem)]
        parts.append(options[0] if len(options) == 1 else whoosh_query.Or(options))
    return parts[0] if len(parts) == 1 else whoosh_query.And(parts)


def _phrase_query(text: str, context: _Context) -> Any | None:
    terms = _analyze(text)
    if not terms:
        return None
    context.highlight.terms.update(term for _pos, term in terms)
    context.highlight.cjk.update(
        surface for _a, _b, surface, _t in schema.iter_words(text) if schema.is_cjk(surface)
    )
    return _phrase(context, terms)


def _prefix_query(text: str, context: _Context) -> Any | None:
    words = [surface for _a, _b, surface, _t in schema.iter_words(text)]
    if not words:
        return None
    if len(words) > 1:  # "human righ*": the phrase's words, the last as a prefix
        head = _analyze(" ".join(words[:-1]))
        tail = _prefix_query(words[-1], context)
        parts = [whoosh_query.Term(schema.CONTENT, term) for _pos, term in head]
        context.highlight.terms.update(term for _pos, term in head)
        return (
            whoosh_query.And([*parts, tail])
            if tail is not None
            else (whoosh_query.And(parts) if parts else None)
        )
    word = words[0]
    if schema.is_cjk(word):
        context.highlight.cjk.add(word)
        return (
            whoosh_query.Prefix(schema.CONTENT, word[:2])
            if len(word) <= 2
            else _phrase(context, list(enumerate(schema.bigrams(word))))
        )
    folded = schema.fold(word)
    terms, words = expand_prefix(context.reader, folded)
    if not terms:
        return whoosh_query.NullQuery
    context.highlight.terms.update(terms)
    context.highlight.surfaces.update(words)
    expanded = whoosh_query.Or([whoosh_query.Term(schema.CONTENT, term) for term in terms])
    expanded.matcher_type = whoosh_query.Or.DEFAULT_MATCHER
    return expanded


def expand_prefix(reader: Any, folded: str) -> tuple[list[str], list[str]]:
    """Index terms and words of the most common words starting with `folded` (at most
    MAX_EXPANSIONS).

    Unstemmed words come from the `spell` field ("runni*" finds "running", whose term is
    "run"); numbers and one- or two-letter prefixes look at the `content` terms directly.
    """
    fieldname = schema.SPELL if len(folded) >= 3 and folded.isalpha() else schema.CONTENT
    counted = []
    for index, (btext, info) in enumerate(reader.iter_prefix(fieldname, folded)):
        if index >= MAX_PREFIX_SCAN:
            break
        counted.append((info.doc_frequency(), btext.decode("utf-8")))
    words = [word for _freq, word in heapq.nlargest(MAX_EXPANSIONS, counted)]
    if fieldname == schema.CONTENT:
        return sorted(words), words
    return sorted({term for word in words if (term := schema.word_term(word))}), words


def _filter_queries(filters: list[Filter]) -> list[Any]:
    """One query per filter field: values of the same field are alternatives."""
    by_field: dict[str, list[Any]] = {}
    for item in filters:
        query = _filter_query(item)
        if query is not None:
            by_field.setdefault(item.field, []).append(query)
    return [opts[0] if len(opts) == 1 else whoosh_query.Or(opts) for opts in by_field.values()]


def _filter_query(item: Filter) -> Any | None:
    value = item.value.strip()
    if item.field in ("kind", "lang"):
        return whoosh_query.Term(item.field, value.lower())
    if item.field == "tag":
        return whoosh_query.Term(schema.TAG, " ".join(value.lower().replace(",", " ").split()))
    if item.field == "author":
        terms = _analyze(value)
        if not terms:
            return None
        return whoosh_query.And([whoosh_query.Term(schema.AUTHOR, term) for _pos, term in terms])
    span = parse_date_span(item.field, value)
    if span is None:
        return None
    return whoosh_query.NumericRange(
        schema.PUBLISHED, date_value(span.start) if span.start else 1, date_value(span.end) or None
    )
