"""The query language people type, parsed into clauses, then turned into a Whoosh query.

    flood rescue          both words (plain words must all match)
    "food parcels"        the exact phrase (an unclosed quote runs to the end)
    letter OR appeal      either word (OR in capitals, or |)
    -sport                not this word (or -"phrase", -tag:x)
    rescu*                words starting so (bounded: the most common expansions only)
    kind:letter author:jane tag:advocacy lang:ko year:2019 year:2018..2020
    date:2019-01..2020-06 date:2019 date:..2019-05 date:2020-03-01..

A filter given twice means either value (`kind:letter kind:appeal`). An unknown field
(`note:`) is read as plain words. Parsing never raises: control characters are dropped,
the text is cut at `MAX_QUERY_CHARS`, and what cannot be used becomes a plain sentence in
`ParsedQuery.messages`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from storyreader import i18n

MAX_QUERY_CHARS = 1_000
MAX_CLAUSES = 24

FILTER_FIELDS = {
    "kind": "kind",
    "type": "kind",
    "author": "author",
    "by": "author",
    "tag": "tag",
    "tags": "tag",
    "lang": "lang",
    "language": "lang",
    "year": "year",
    "date": "date",
}
LANGUAGE_NAMES = {"english": "en", "korean": "ko", "한국어": "ko", "영어": "en"}

_TOKEN = re.compile(
    r"""(?P<neg>-)?
        (?:(?P<field>[^\W\d_][\w]*):)?
        (?:"(?P<quoted>[^"]*)(?:"|$)|(?P<bare>[^\s"]+))""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Clause:
    """One thing the user asked for: a word, a phrase or a prefix, maybe negated.

    `start`/`end` locate it in `ParsedQuery.text`, so a correction can replace it there.
    """

    text: str
    kind: str  # "word", "phrase" or "prefix"
    negated: bool = False
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Filter:
    field: str  # kind, author, tag, lang, year, date
    value: str
    negated: bool = False


@dataclass(frozen=True)
class DateSpan:
    """Inclusive bounds as naive UTC datetimes; None means open."""

    start: datetime | None
    end: datetime | None


@dataclass
class ParsedQuery:
    text: str  # the query as used (cleaned of control characters, maybe shortened)
    # Groups of alternatives: every group must match, any clause within a group may.
    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    excluded_filters: list[Filter] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.excluded or self.filters or self.excluded_filters)


def clean(text: str) -> tuple[str, list[str]]:
    """Drop control characters and cut overlong text; say so when it was cut."""
    messages = []
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        messages.append(
            i18n.fill(
                i18n.translate("Search", "The search used only the first %1 characters."),
                f"{MAX_QUERY_CHARS:,}",
            )
        )
    cleaned = "".join(
        " " if unicodedata.category(char)[0] in "CZ" else char
        for char in text
        if unicodedata.category(char) not in ("Cf", "Co", "Cs", "Cn")
    )
    return cleaned, messages


def parse(text: str) -> ParsedQuery:
    """Read what the user typed; never raises."""
    cleaned, messages = clean(text)
    parsed = ParsedQuery(text=cleaned, messages=messages)
    pending_or = False
    for match in _TOKEN.finditer(cleaned):
        bare = match.group("bare")
        if match.group("field") is None and not match.group("neg") and bare in ("OR", "|"):
            pending_or = bool(parsed.groups)
            continue
        joined = _add_token(parsed, match, pending_or)
        pending_or = pending_or and not joined
    if len(parsed.groups) + len(parsed.excluded) > MAX_CLAUSES:
        parsed.groups = parsed.groups[:MAX_CLAUSES]
        parsed.excluded = parsed.excluded[:MAX_CLAUSES]
        parsed.messages.append(
            i18n.fill(
                i18n.translate("Search", "The search used only the first %1 words."), MAX_CLAUSES
            )
        )
    return parsed


def _add_token(parsed: ParsedQuery, match: re.Match[str], pending_or: bool) -> bool:
    """Add one token; True if it was joined to the previous group by OR."""
    negated = match.group("neg") is not None
    name = match.group("field")
    quoted = match.group("quoted")
    value = quoted if quoted is not None else (match.group("bare") or "")
    if name is not None and name.lower() in FILTER_FIELDS:
        _add_filter(parsed, FILTER_FIELDS[name.lower()], value.strip(), negated)
        return False
    clauses: list[Clause | None] = []
    if name is not None:  # not a field we know: its name is one more word
        start, end = match.start("field"), match.end("field")
        clauses.append(Clause(name, "word", negated, start, end))
    clauses.append(_clause(value, quoted is not None, negated, match))
    joined = False
    for clause in clauses:
        if clause is not None:
            joined = _add_clause(parsed, clause, pending_or and not joined) or joined
    return joined


def _add_clause(parsed: ParsedQuery, clause: Clause, pending_or: bool) -> bool:
    if clause.negated:
        parsed.excluded.append(clause)
        return False
    if pending_or and parsed.groups:
        parsed.groups[-1].append(clause)
        return True
    parsed.groups.append([clause])
    return False


def _clause(value: str, quoted: bool, negated: bool, match: re.Match[str]) -> Clause | None:
    start = match.start("quoted") if quoted else match.start("bare")
    end = match.end("quoted") if quoted else match.end()
    if quoted:
        return Clause(value, "phrase", negated, start, end) if value.strip() else None
    if value.endswith("*"):
        stripped = value.rstrip("*")
        if not any(char.isalnum() for char in stripped):
            return None
        return Clause(stripped, "prefix", negated, start, end)
    if not any(char.isalnum() for char in value):
        return None
    return Clause(value, "word", negated, start, end)


def _add_filter(parsed: ParsedQuery, name: str, value: str, negated: bool) -> None:
    if not value:
        return
    if name == "lang":
        value = LANGUAGE_NAMES.get(value.lower(), value)
    if name in ("year", "date") and parse_date_span(name, value) is None:
        example = "year:2019 or year:2018..2020" if name == "year" else "date:2019-01..2020-06"
        parsed.messages.append(
            i18n.fill(
                i18n.translate("Search", "“%1” was left out: write it like %2."),
                f"{name}:{value}",
                example,
            )
        )
        return
    target = parsed.excluded_filters if negated else parsed.filters
    target.append(Filter(name, value, negated))


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _date_bound(text: str, *, end: bool) -> datetime | None:
    """The first (or, with `end`, the last) moment of a year, month or day; None if invalid."""
    match = _DATE.match(text.strip())
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if not end:
            return datetime(year, month or 1, day or 1)
        last_month = month or 12
        last_day = day or calendar.monthrange(year, last_month)[1]
        return datetime(year, last_month, last_day, 23, 59, 59)
    except ValueError:
        return None


def parse_date_span(name: str, value: str) -> DateSpan | None:
    """`2019`, `2019-05`, `2019-05-04`, `a..b`, `..b`, `a..`: None if it is none of these."""
    if name == "year" and not re.fullmatch(r"\d{4}(\.\.(\d{4})?)?|\.\.\d{4}", value):
        return None
    low, sep, high = value.partition("..")
    if not sep:
        start, end = _date_bound(value, end=False), _date_bound(value, end=True)
        return DateSpan(start, end) if start and end else None
    start = _date_bound(low, end=False) if low else None
    end_ = _date_bound(high, end=True) if high else None
    if (low and start is None) or (high and end_ is None) or (start is None and end_ is None):
        return None
    if start and end_ and start > end_:
        start, end_ = _date_bound(high, end=False), _date_bound(low, end=True)
    return DateSpan(start, end_)
