"""The query language: each form, filters, typos, and no input that raises."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies

from storyreader.search import SearchIndex
from storyreader.search.query import parse, parse_date_span


def ids(index: SearchIndex, query: str, **options: object) -> list[str]:
    return sorted(hit.id for hit in index.search(query, **options).hits)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("flood children", ["d1"]),  # plain words: all must match
        ("flood medicine", []),
        ('"food parcels"', ["d1"]),
        ('"parcels food"', []),
        ('"carried food parcels', ["d1"]),  # an unclosed quote runs to the end
        ("flood OR medicine", ["d1", "d3"]),
        ("flood | medicine", ["d1", "d3"]),
        ("rescue -flood", ["d3"]),
        ('rescue -"flood waters"', ["d3"]),
        ("repat*", ["d2"]),
        ("medic*", ["d3"]),
        ("kind:letter", ["d2"]),
        ("kind:letter kind:appeal", ["d2", "d3"]),
        ("author:jane", ["d1", "d3"]),
        ('author:"jane doe" medicine', ["d3"]),
        ("tag:advocacy", ["d1", "d3"]),
        ('tag:"north korea"', ["d4"]),
        ("-tag:advocacy letters", ["d2", "d5"]),
        ("lang:ko", ["d4"]),
        ("language:korean", ["d4"]),
        ("year:2019", ["d1"]),
        ("year:2019..2020", ["d1", "d2"]),
        ("date:2019-01..2020-06", ["d1", "d2"]),
        ("date:2020-06-20", ["d2"]),
        ("date:..2019-12", ["d1"]),
        ("date:2022..", ["d4", "d5"]),
        ("clinic: medicine", ["d3"]),  # an unknown field is plain words
        ("clinic:medicine", ["d3"]),
    ],
)
def test_each_form(sample: SearchIndex, query: str, expected: list[str]) -> None:
    assert ids(sample, query) == expected


def test_keyword_filters_from_the_api(sample: SearchIndex) -> None:
    assert ids(sample, "refugees", kind="letter") == ["d2"]
    assert ids(sample, "refugees", language="en") == ["d2", "d5"]


def test_typo_finds_what_was_meant_and_suggests(sample: SearchIndex) -> None:
    results = sample.search("repatrition")
    assert [hit.id for hit in results.hits] == ["d2"]
    assert results.suggestion == "repatriation"
    assert results.message is not None and "repatriation" in results.message


def test_typo_among_good_words_is_corrected_whole(sample: SearchIndex) -> None:
    results = sample.search("refugees repatriaton kind:letter")
    assert results.suggestion == "refugees repatriation kind:letter"
    assert [hit.id for hit in results.hits] == ["d2"]


def test_no_suggestion_for_known_words(sample: SearchIndex) -> None:
    assert sample.search("medicine").suggestion is None


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "*",
        "-",
        "OR",
        '"',
        '""',
        "the of and",
        "kind:",
        "\x00\x07",
        "-*",
        "date:2019-13",
        "year:soon",
        "OR OR flood OR",
        "(flood)",
        "a" * 10_000,
    ],
)
def test_awkward_queries_give_a_result_or_a_sentence(sample: SearchIndex, query: str) -> None:
    results = sample.search(query)
    assert results.total >= 0
    assert results.total > 0 or results.message is None or results.message.endswith(".")


def test_only_stop_words_says_so(sample: SearchIndex) -> None:
    results = sample.search("the of")
    assert results.total == 0
    assert results.message is not None and "too common" in results.message


def test_bad_date_is_left_out_with_a_sentence(sample: SearchIndex) -> None:
    results = sample.search("medicine date:2019-13")
    assert [hit.id for hit in results.hits] == ["d3"]
    assert results.message is not None and "date:2019-13" in results.message


def test_date_spans() -> None:
    span = parse_date_span("date", "2019-01..2020-06")
    assert span is not None
    assert (span.start, span.end) == (datetime(2019, 1, 1), datetime(2020, 6, 30, 23, 59, 59))
    assert parse_date_span("date", "2020-02") is not None
    assert parse_date_span("date", "2021-02-30") is None
    assert parse_date_span("year", "2019-05") is None


def test_parse_structure() -> None:
    parsed = parse('flood OR "food parcels" -sport rescu* kind:letter')
    assert [[c.kind for c in group] for group in parsed.groups] == [["word", "phrase"], ["prefix"]]
    assert [c.text for c in parsed.excluded] == ["sport"]
    assert [(f.field, f.value) for f in parsed.filters] == [("kind", "letter")]


PIECES = [
    '"',
    "-",
    "*",
    ":",
    "|",
    " ",
    "OR",
    "kind:",
    "date:",
    "year:",
    "tag:",
    "..",
    "2019",
    "한국어를",
    "flood",
    "rescu",
    "café",
    "the",
]
QUERY_TEXT = strategies.lists(
    strategies.one_of(strategies.text(max_size=6), strategies.sampled_from(PIECES)), max_size=12
).map("".join)


@given(QUERY_TEXT)
@settings(max_examples=300, deadline=None)
def test_parser_never_raises(text: str) -> None:
    parsed = parse(text)
    for group in parsed.groups:
        for clause in group:
            assert 0 <= clause.start <= clause.end <= len(parsed.text)


@given(QUERY_TEXT)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_search_never_raises(sample: SearchIndex, text: str) -> None:
    results = sample.search(text, sort="date")
    assert results.total >= len(results.hits)
