"""What the index holds and how text becomes terms: the schema version, analyzers and fields.

One analyzer serves English, Korean and anything else, in a single pass with a regular
expression and cached lookups (Whoosh's chain of token filters costs several times more):

- Latin and other alphabetic words are lower-cased, folded to plain letters ("café" ->
  "cafe"), dropped if they are very common function words, and Porter-stemmed ("rescued" ->
  "rescu"). Numbers are kept.
- Hangul (and other CJK) runs become overlapping character bigrams ("북한은" -> 북한, 한은).
  A query word is searched as the phrase of its bigrams, so "북한" finds "북한은"; the query
  side also strips a trailing particle or ending ("한국어를" -> 한국어), so particles never
  block a match. Why bigrams rather than Kiwi: see `korean.py`.

The `spell` field keeps the unstemmed (folded) words, without positions, for typo
tolerance: a misspelling of a stemmed term has nothing to match against (the index holds
"repatri"), so corrections are looked up among real words.

The `pair` field holds "common grams": each two neighbouring terms that are both among the
archive's most common terms (`PairText.common`, chosen from a sample at every rebuild and
kept in the index's own schema). A phrase of two common words is otherwise the slowest query
there is (thousands of candidate documents whose positions must be compared in Python);
with its pair it is one posting list, like a single word. Phrases with a rarer word have
few candidates and are checked on positions (`phrase.py`).

Bump `SCHEMA_VERSION` whenever anything here changes what is indexed: an index stamped with
another version is rebuilt on open.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pickle import dumps
from typing import Any

from whoosh import fields, formats
from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter import stem
from whoosh.system import pack_uint

SCHEMA_VERSION = 2

_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
_HANGUL_RE = re.compile(f"[{_CJK}]")
# One match per run of CJK characters (group 1) or of other letters and digits (group 2).
_RUNS = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")

MAX_WORD_LENGTH = 40  # longer "words" are base64, URLs or hashes: not worth indexing

# Function words that only make an index bigger and slower; a query of nothing but these
# gets a sentence instead of every document.
_STOP_TEXT = (
    "a an and are as at be been but by for from had has have he her his i if in into is it "
    "its of on or our she so such than that the their them then there these they this "
    "those to was were which who will with would s t"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())

_term_cache: dict[str, str] = {}
_spell_cache: dict[str, str] = {}
_CACHE_LIMIT = 300_000
_WORDS = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """Lower-case and strip accents: "Café" -> "cafe"."""
    word = word.lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _make_term(lowered: str) -> str:
    """The index term for one lower-cased non-CJK word; "" for a stop word or junk."""
    if lowered in STOP_WORDS or len(lowered) > MAX_WORD_LENGTH:
        return ""
    folded = fold(lowered)
    if folded.isascii() and folded.isalpha():
        return str(stem(folded))
    return folded


def word_term(lowered: str) -> str:
    """Cached `_make_term`: a document repeats its words, and the vocabulary is small."""
    term = _term_cache.get(lowered)
    if term is None:
        if len(_term_cache) >= _CACHE_LIMIT:
            _term_cache.clear()
        term = _term_cache[lowered] = _make_term(lowered)
    return term


def spell_word(lowered: str) -> str:
    """The word as the `spell` field keeps it (folded, unstemmed), or "" if it keeps none."""
    word = _spell_cache.get(lowered)
    if word is None:
        if len(_spell_cache) >= _CACHE_LIMIT:
            _spell_cache.clear()
        word = ""
        if 3 <= len(lowered) <= MAX_WORD_LENGTH and lowered not in STOP_WORDS:
            folded = fold(lowered)
            word = folded if folded.isalpha() else ""
        _spell_cache[lowered] = word
    return word


def bigrams(run: str) -> list[str]:
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def is_cjk(text: str) -> bool:
    return _HANGUL_RE.search(text) is not None


def index_terms(text: str) -> dict[str, list[int]]:
    """Every term of `text` with its positions: the indexing fast path (no Token objects)."""
    return _analyze(text)[0]


def spell_words(text: str) -> set[str]:
    """The words a typo may have meant: unstemmed, folded, not CJK, three letters or more."""
    return _analyze(text)[1]


# The last few texts analysed, by identity: `content` and `spell` are given the same string
# (with `head` and `author` in between), so `spell` reuses the work done for `content`.
_recent: list[tuple[str, tuple[dict[str, list[int]], set[str]]]] = []


def _analyze(text: str) -> tuple[dict[str, list[int]], set[str]]:
    for seen, result in list(_recent):
        if seen is text:
            return result
    lowered = text.lower()
    if _HANGUL_RE.search(lowered) is None:
        result = _analyze_words(_WORDS.findall(lowered))
    else:
        result = _analyze_mixed(lowered)
    _recent[:] = [*_recent[-3:], (text, result)]
    return result


def _analyze_words(words: list[str]) -> tuple[dict[str, list[int]], set[str]]:
    positions: dict[str, list[int]] = {}
    cache = _term_cache
    for pos, word in enumerate(words):
        term = cache.get(word)
        if term is None:
            term = word_term(word)
        if term:
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
    spell = {spell_word(word) for word in set(words)}
    spell.discard("")
    return positions, spell


def _analyze_mixed(lowered: str) -> tuple[dict[str, list[int]], set[str]]:
    positions: dict[str, list[int]] = {}
    words = set()
    pos = 0
    for cjk, word in _RUNS.findall(lowered):
        if word:
            words.add(word)
            term = word_term(word)
            if term:
                positions.setdefault(term, []).append(pos)
            pos += 1
        else:
            for gram in bigrams(cjk):
                positions.setdefault(gram, []).append(pos)
                pos += 1
    spell = {spell_word(word) for word in words}
    spell.discard("")
    return positions, spell


_single_positions: dict[int, bytes] = {}
_pack_count: Callable[[int], bytes] = pack_uint


def encode_positions(poslist: list[int]) -> bytes:
    """What `whoosh.formats.Positions.encode` writes; a lone position (most postings) is
    looked up, not pickled."""
    if len(poslist) == 1:
        pos = poslist[0]
        encoded = _single_positions.get(pos)
        if encoded is None:
            encoded = _pack_count(1) + dumps(poslist, 2)
            if pos < 100_000:
                _single_positions[pos] = encoded
        return encoded
    deltas = [poslist[0]] + [b - a for a, b in itertools.pairwise(poslist)]
    return _pack_count(len(deltas)) + dumps(deltas, 2)


def iter_words(text: str) -> Iterator[tuple[int, int, str, list[str]]]:
    """(start, end, surface, terms) for every word of `text`, for highlighting.

    A CJK run yields its bigrams as its terms; other words yield their one term (or none
    for a stop word).
    """
    for match in _RUNS.finditer(text):
        cjk, word = match.group(1), match.group(2)
        if word:
            term = word_term(word.lower())
            yield match.start(), match.end(), word, [term] if term else []
        else:
            yield match.start(), match.end(), cjk, bigrams(cjk)


class StoryTokenizer(Tokenizer):  # type: ignore[misc]
    """The same analysis as `index_terms`, as a Whoosh tokenizer, for Whoosh's own uses."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoryTokenizer)

    def __hash__(self) -> int:
        return hash(StoryTokenizer)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for start, end, _surface, terms in iter_words(value):
            for term in terms:
                token.text = term
                token.boost = 1.0
                token.stopped = False
                if positions:
                    token.pos = pos
                if chars:
                    token.startchar, token.endchar = start_char + start, start_char + end
                pos += 1
                yield token
            if not terms:
                pos += 1


class SpellTokenizer(Tokenizer):  # type: ignore[misc]
    """Unstemmed words, for the `spell` field."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpellTokenizer)

    def __hash__(self) -> int:
        return hash(SpellTokenizer)

    def __call__(self, value: str, **kwargs: Any) -> Iterator[Token]:
        token = Token(**{k: v for k, v in kwargs.items() if k in ("positions", "chars", "mode")})
        for pos, word in enumerate(sorted(spell_words(value))):
            token.text, token.pos, token.boost, token.stopped = word, pos, 1.0, False
            yield token


class StoryText(fields.TEXT):  # type: ignore[misc]
    """A text field indexed through `index_terms` directly (about 4x Whoosh's token chain)."""

    def __init__(self, *, phrase: bool = True, field_boost: float = 1.0) -> None:
        super().__init__(analyzer=StoryTokenizer(), phrase=phrase, field_boost=field_boost)

    def index(self, value: str, **_kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        boost = self.format.field_boost
        items = index_terms(value).items()
        if isinstance(self.format, formats.Positions):
            for term, poslist in items:
                freq = len(poslist)
                yield term.encode("utf-8"), freq, freq * boost, encode_positions(poslist)
        else:
            for term, poslist in items:
                freq = len(poslist)
                yield term.encode("utf-8"), freq, freq * boost, pack_uint(freq)

    def add_postings(self, terms: dict[bytes, Any], new: Any, value: str, docnum: int) -> int:
        """Append this document's postings to `terms` (the fast writer's pool); return the
        field length. The same as `index`, without a tuple per term."""
        boost = self.format.field_boost
        length = 0
        positional = isinstance(self.format, formats.Positions)
        for term, poslist in index_terms(value).items():
            tbytes = term.encode("utf-8")
            postings = terms.get(tbytes)
            if postings is None:
                postings = terms[tbytes] = new()
            freq = len(poslist)
            length += freq
            postings.docs.append(docnum)
            postings.weights.append(freq * boost)
            postings.values.append(encode_positions(poslist) if positional else pack_uint(freq))
        return length


class SpellText(fields.TEXT):  # type: ignore[misc]
    """Unstemmed words with no positions or frequencies: only "which words exist"."""

    def __init__(self) -> None:
        super().__init__(analyzer=SpellTokenizer(), phrase=False)
        self.format = formats.Existence()

    def index(self, value: str, **_kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for word in spell_words(value):
            yield word.encode("utf-8"), 1, 1.0, b""

    def add_postings(self, terms: dict[bytes, Any], new: Any, value: str, docnum: int) -> int:
        words = spell_words(value)
        for word in words:
            tbytes = word.encode("utf-8")
            postings = terms.get(tbytes)
            if postings is None:
                postings = terms[tbytes] = new()
            postings.docs.append(docnum)
            postings.weights.append(1.0)
        return len(words)


class PairText(fields.TEXT):  # type: ignore[misc]
    """Neighbouring pairs of common terms ("a b"), with their frequency, no positions.

    `common` is part of the schema Whoosh stores with the index, so every writer of this
    index (a rebuild's workers, later catch-ups) and every reader agrees on it.
    """

    def __init__(self, common: frozenset[str] = frozenset(), built_for: int = 0) -> None:
        super().__init__(analyzer=StoryTokenizer(), phrase=False)
        self.format = formats.Frequency()
        self.common = common
        self.built_for = built_for  # documents in the archive when `common` was chosen

    def pair_counts(self, value: str) -> dict[str, int]:
        common = self.common
        at = {
            pos: term
            for term, poslist in index_terms(value).items()
            if term in common
            for pos in poslist
        }
        counts: dict[str, int] = {}
        for pos, term in at.items():
            following = at.get(pos + 1)
            if following is not None:
                pair = pair_term(term, following)
                counts[pair] = counts.get(pair, 0) + 1
        return counts

    def index(self, value: str, **_kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for pair, freq in self.pair_counts(value).items():
            yield pair.encode("utf-8"), freq, float(freq), pack_uint(freq)

    def add_postings(self, terms: dict[bytes, Any], new: Any, value: str, docnum: int) -> int:
        length = 0
        for pair, freq in self.pair_counts(value).items():
            tbytes = pair.encode("utf-8")
            postings = terms.get(tbytes)
            if postings is None:
                postings = terms[tbytes] = new()
            length += freq
            postings.docs.append(docnum)
            postings.weights.append(float(freq))
            postings.values.append(pack_uint(freq))
        return length


def pair_term(first: str, second: str) -> str:
    return f"{first} {second}"


COMMON_TERMS = 200  # at most; their pairs add about a third to the postings
COMMON_SHARE = 0.1  # a term in fewer than this share of the documents is not common
# Catching up rebuilds (choosing the common terms afresh) once the index holds this many
# times the documents it was built for, and at least REBUILD_AT_LEAST.
REBUILD_GROWTH = 4
REBUILD_AT_LEAST = 1_000


def choose_common_terms(texts: Iterable[str]) -> frozenset[str]:
    """The terms in the most documents of a sample (each in at least a tenth, and two)."""
    frequency: Counter[str] = Counter()
    sampled = 0
    for text in texts:
        frequency.update(index_terms(text).keys())
        sampled += 1
    least = max(2, math.ceil(COMMON_SHARE * sampled))
    return frozenset(term for term, count in frequency.most_common(COMMON_TERMS) if count >= least)


# Field names, used by the query builder and the indexer.
ID, CONTENT, HEAD, AUTHOR, SPELL, PAIR = "id", "content", "head", "author", "spell", "pair"
KIND, TAG, LANG, YEAR, PUBLISHED = "kind", "tag", "lang", "year", "published"
HEAD_BOOST = 3.0  # a word in the title or the tags weighs this much more than in the body


def _scorable(field: Any) -> Any:
    """Give a field a length column. Whoosh's indexer looks up a length for every posting,
    and for a field without the column it asks the file system each time (a `stat` per
    posting: half the build time)."""
    field.scorable = True
    return field


def build_schema(common: frozenset[str] = frozenset(), built_for: int = 0) -> fields.Schema:
    """Lean on purpose: only the id is stored; hits and snippets are read from SQLite.

    `common`: the terms whose neighbouring pairs the `pair` field holds, chosen when the
    archive had `built_for` documents.
    """
    return fields.Schema(
        id=_scorable(fields.ID(stored=True, unique=True)),
        # Everything a plain word may match: title, tags, author, summary, body.
        content=StoryText(),
        # Title and tags again, only to rank their matches higher.
        head=StoryText(phrase=False, field_boost=HEAD_BOOST),
        author=StoryText(phrase=False),
        spell=SpellText(),
        pair=PairText(common, built_for),
        kind=_scorable(fields.ID()),
        tag=fields.KEYWORD(commas=True, lowercase=True, scorable=True),
        lang=_scorable(fields.ID()),
        year=_scorable(fields.ID()),
        # Seconds since 1900 (0 when unknown, so undated documents sort last by date). Signed:
        # Whoosh 2.7.5 ignores the upper bound of a range on an unsigned 64-bit field.
        published=fields.NUMERIC(int, bits=64, signed=True, sortable=True),
    )
