"""Languages: English stemming and accent folding, Korean particles, mixed text."""

from __future__ import annotations

from storyreader.search import SearchIndex
from storyreader.search.korean import strip_particle
from storyreader.search.schema import bigrams, fold, index_terms


def ids(index: SearchIndex, query: str) -> list[str]:
    return sorted(hit.id for hit in index.search(query).hits)


def test_stemming_finds_other_forms(sample: SearchIndex) -> None:
    assert ids(sample, "rescue") == ["d1", "d3"]  # "rescued" in d1, "Rescue" in d3
    assert ids(sample, "rescuing") == ["d1", "d3"]
    assert ids(sample, "letters") == ["d2", "d5"]


def test_accent_folding_both_ways(sample: SearchIndex) -> None:
    assert ids(sample, "cafe") == ["d1"]
    assert ids(sample, "CAFÉ") == ["d1"]
    assert fold("Crème Brûlée") == "creme brulee"


def test_korean_particles_do_not_block_a_match(sample: SearchIndex) -> None:
    assert ids(sample, "북한") == ["d4"]  # the document says 북한은
    assert ids(sample, "북한이") == ["d4"]
    assert ids(sample, "한국어를") == ["d4", "d5"]  # d5 says 한국어 with no particle
    assert ids(sample, "한국어") == ["d4", "d5"]
    assert ids(sample, "서울") == ["d4"]  # 서울에서


def test_mixed_korean_and_english(sample: SearchIndex) -> None:
    assert ids(sample, "한국어 class") == ["d5"]
    assert ids(sample, "refugees 한국어") == ["d5"]


def test_korean_analysis_units() -> None:
    assert strip_particle("한국어를") == "한국어"
    assert strip_particle("서울에서") == "서울"
    assert strip_particle("국가") == "국가"  # too short to strip
    assert bigrams("북한은") == ["북한", "한은"]
    assert set(index_terms("UN에서 북한")) == {"un", "에서", "북한"} - {"에서"} | {"에서"}
