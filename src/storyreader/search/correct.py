"""Typo tolerance: find the word a misspelling meant, and the query it would give.

Candidates are the words of the unstemmed `spell` field within one edit (two for words of
six letters or more), found by walking Whoosh's Levenshtein automaton over each segment's
word list. Whoosh walks it over the on-disk term table, a binary search of small reads per
step (about 200 ms a query at 10,000 documents); here each segment's words are read once
into a sorted list (segments never change) and the walk uses `bisect`. The best candidate
is the closest, then the most common in the archive.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from typing import Any

from whoosh.codec.base import Automata

from storyreader.search import schema
from storyreader.search.query import Clause, ParsedQuery

MAX_CANDIDATES = 200


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts as one edit)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


class _Cursor:
    """The cursor `Automata.find_matches` walks: `find` seeks, `text` reads."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.at = 0

    def find(self, text: str) -> None:
        self.at = bisect_left(self.words, text)

    def text(self) -> str | None:
        return self.words[self.at] if self.at < len(self.words) else None


class WordLists:
    """Each segment's `spell` words, sorted, read once and kept by segment id."""

    def __init__(self) -> None:
        self._lists: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def words(self, leaf: Any) -> list[str]:
        key = leaf.segment().segment_id()
        with self._lock:
            found = self._lists.get(key)
        if found is None:
            found = [btext.decode("utf-8") for btext in leaf.lexicon(schema.SPELL)]
            with self._lock:
                self._lists[key] = found
        return found


def best_correction(reader: Any, word: str, lists: WordLists) -> str | None:
    """The word `word` most likely meant, or None if nothing is close."""
    folded = schema.fold(word)
    if len(folded) < 3 or not folded.isalpha():
        return None
    maxdist = 1 if len(folded) < 6 else 2
    dfa = Automata.levenshtein_dfa(folded, maxdist, prefix=1)
    candidates: set[str] = set()
    for leaf in _leaves(reader):
        for candidate in Automata.find_matches(dfa, _Cursor(lists.words(leaf))):
            candidates.add(candidate)
            if len(candidates) >= MAX_CANDIDATES:
                break
    ranked = []
    for candidate in candidates:
        if candidate == folded:
            continue
        term = schema.word_term(candidate)
        frequency = reader.doc_frequency(schema.CONTENT, term) if term else 0
        if frequency:
            ranked.append((edit_distance(folded, candidate), -frequency, candidate))
    return min(ranked)[2] if ranked else None


def _leaves(reader: Any) -> list[Any]:
    return [leaf for leaf, _offset in reader.leaf_readers()]


def correct_query(
    parsed: ParsedQuery, unknown: list[Clause], reader: Any, lists: WordLists
) -> str | None:
    """The query text with each unknown word replaced by its best correction, if any."""
    text = parsed.text
    changed = False
    for clause in sorted(unknown, key=lambda c: c.start, reverse=True):
        fixed = best_correction(reader, clause.text, lists)
        if fixed is None:
            continue
        original = text[clause.start : clause.end]
        if original[:1].isupper():
            fixed = fixed.capitalize()
        text = text[: clause.start] + original.replace(clause.text, fixed, 1) + text[clause.end :]
        changed = True
    return " ".join(text.split()) if changed else None
