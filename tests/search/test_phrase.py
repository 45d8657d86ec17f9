"""Phrases: the same documents whether a phrase is answered by a common-word pair or by
comparing positions, checked against the texts themselves."""

from __future__ import annotations

import itertools
import random
import re

import pytest
from whoosh import query as whoosh_query

from storyreader.archive.db import Archive
from storyreader.search import SearchIndex, schema
from storyreader.search.build import build
from storyreader.search.query import parse
from tests.search.conftest import put

# Common words (each in most documents) and rare ones (each in two documents of 30).
COMMON = ["river", "boat", "night", "mother", "school", "winter", "camp", "bread"]
RARE = ["lantern", "harbour", "violin"]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    rng = random.Random(7)
    docs = [rng.choices(COMMON, k=50) for _ in range(30)]
    for number, word in enumerate(RARE * 2):
        doc = docs[number * 4]
        for _ in range(3):
            doc[rng.randrange(len(doc))] = word
    return {f"p{n}": " ".join(words) for n, words in enumerate(docs)}


@pytest.fixture
def index(archive: Archive, texts: dict[str, str]) -> SearchIndex:
    for doc_id, text in texts.items():
        put(archive, doc_id, f"Text {doc_id}", text)
    return SearchIndex.open(archive)


def holding(texts: dict[str, str], phrase: str) -> list[str]:
    pattern = re.compile(rf"\b{phrase}\b")
    return sorted(doc_id for doc_id, text in texts.items() if pattern.search(text))


def found(index: SearchIndex, phrase: str) -> list[str]:
    results = index.search(f'"{phrase}"', page_size=100)
    assert results.total == len(results.hits)
    return sorted(hit.id for hit in results.hits)


def test_two_word_phrases_match_the_texts(index: SearchIndex, texts: dict[str, str]) -> None:
    for first, second in itertools.product(COMMON + RARE, repeat=2):
        phrase = f"{first} {second}"
        assert found(index, phrase) == holding(texts, phrase), phrase


def test_longer_phrases_match_the_texts(index: SearchIndex, texts: dict[str, str]) -> None:
    words = [text.split() for text in texts.values()]
    rng = random.Random(11)
    for _ in range(60):
        doc = rng.choice(words)
        at = rng.randrange(len(doc) - 4)
        phrase = " ".join(doc[at : at + rng.choice([3, 4])])
        assert found(index, phrase) == holding(texts, phrase), phrase
    assert found(index, "river river river river river") == holding(
        texts, "river river river river river"
    )


def test_a_phrase_of_common_words_is_one_posting_list(index: SearchIndex) -> None:
    with index._reading() as answers:
        assert answers is not None
        searcher = answers.searcher
        common = searcher.schema[schema.PAIR].common
        assert set(COMMON) <= common and not set(RARE) & common
        built = build(parse('"river boat"'), searcher.reader())
        checked = build(parse('"river lantern"'), searcher.reader())
    assert isinstance(built.query, whoosh_query.Term) and built.query.fieldname == schema.PAIR
    assert not isinstance(checked.query, whoosh_query.Term)


def test_common_words_are_chosen_again_when_the_archive_outgrows_them(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "REBUILD_AT_LEAST", 10)
    for number in range(5):
        put(archive, f"a{number}", "Before", "the river and the boat at night")
    with SearchIndex.open(archive) as index:
        for number in range(20):  # 25 documents: more than four times the first five
            put(archive, f"b{number}", "After", "a violin in the harbour at dawn")
        index.catch_up()
        with index._reading() as answers:
            assert answers is not None
            searcher = answers.searcher
            assert searcher.schema[schema.PAIR].built_for == 25
            assert {"violin", "harbour"} <= searcher.schema[schema.PAIR].common
        assert found(index, "violin in the harbour") == sorted(f"b{n}" for n in range(20))
