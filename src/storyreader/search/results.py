"""Snippets and facet counts for what a search returns (the `Hit`s of `hits.py`).

Snippets are cut from the document's plain text as SQLite holds it now, not from the index:
the index stores only ids. Whoosh's highlighter re-analyses every hit and, on fuzzy or
multi-segment queries, re-runs the query per hit (seconds); this one finds the few distinct
words of the text whose index term the query asked for, marks them with one regular
expression, and keeps the window with the most different matches. The marked word is the
word as written in the document ("rescued" for the query "rescue"), never a stem.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from storyreader.search import schema
from storyreader.search.build import Highlight

SNIPPET_CHARS = 220
_CANDIDATE_WORDS = re.compile(r"[^\W_]+")


def _word_pattern(words: set[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    needles = [re.escape(word) for word in sorted(words, key=len, reverse=True)]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(needles) + r")(?![^\W_])")


def match_spans(text: str, highlight: Highlight) -> list[tuple[int, int]]:
    """Character spans of the words in `text` that the query matched, in order."""
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    pattern = _word_pattern(highlight.surfaces)
    if pattern is not None:  # the quick way: the written forms known from the index
        spans = [(m.start(), m.end()) for m in pattern.finditer(lowered)]
    found = {schema.word_term(lowered[a:b]) for a, b in spans}
    if not spans or highlight.required - found:  # irregular forms, accents: every word
        wanted = highlight.terms
        term_of = schema.word_term
        words = {w for w in set(_CANDIDATE_WORDS.findall(lowered)) if term_of(w) in wanted}
        pattern = _word_pattern(words)
        if pattern is not None:
            spans = [(m.start(), m.end()) for m in pattern.finditer(lowered)]
    for korean in highlight.cjk:
        start = lowered.find(korean)
        while start >= 0 and len(spans) < 10_000:
            spans.append((start, start + len(korean)))
            start = lowered.find(korean, start + len(korean))
    # `lower()` can change lengths (rarely: "İ"); fall back to no highlight then.
    if len(lowered) != len(text):
        return []
    return _merge(sorted(spans))


def every_match(text: str, highlight: Highlight) -> list[tuple[int, int]]:
    """`match_spans` over a whole page: every word is looked at, so that each form of a
    word is found ("rescuing" too, when the archive's known forms were "rescue, rescued")."""
    return match_spans(text, replace(highlight, surfaces=set()))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _best_window(text: str, spans: list[tuple[int, int]], width: int) -> int:
    """Start of the `width`-character window holding the most different matched words
    (then the most matches). Spans are sorted and disjoint, so their ends are sorted too."""
    ends = [end for _start, end in spans]
    best_start, best_score = spans[0][0], -1
    for index, (start, _end) in enumerate(spans[:200]):  # long texts: enough to choose
        last = bisect_right(ends, start + width, lo=index)
        inside = {text[a:b].lower() for a, b in spans[index:last]}
        score = len(inside) * 100 + (last - index)
        if score > best_score:
            best_start, best_score = start, score
    return best_start


def make_snippet(text: str, highlight: Highlight, width: int = SNIPPET_CHARS) -> str:
    """A short extract of `text` around the best matches, HTML-escaped, matches in <b>."""
    text = " ".join(text.split())
    if not text:
        return ""
    spans = match_spans(text, highlight)
    if not spans:
        return _cut(text, 0, width, [])
    first = _best_window(text, spans, width)
    start = max(0, first - width // 4)
    space = text.rfind(" ", 0, start)
    start = 0 if start == 0 or space < 0 else space + 1
    return _cut(text, start, width, spans)


def _cut(text: str, start: int, width: int, spans: Iterable[tuple[int, int]]) -> str:
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out = ["…"] if start > 0 else []
    pos = start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out.append(html.escape(text[pos:a]))
        out.append(f"<b>{html.escape(text[a:b])}</b>")
        pos = b
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)


FACET_LIMIT = 20


def top_counts(counts: dict[str, int], limit: int = FACET_LIMIT) -> list[tuple[str, int]]:
    """Largest counts first, then by name; only non-zero."""
    ranked = sorted(((name, n) for name, n in counts.items() if n), key=lambda x: (-x[1], x[0]))
    return ranked[:limit]
