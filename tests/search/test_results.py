"""Results: snippets, ranking, paging, sorting, facets, more like this."""

from __future__ import annotations

from datetime import datetime

from storyreader.archive.db import Archive
from storyreader.search import SearchIndex
from storyreader.search.build import Highlight
from storyreader.search.results import make_snippet
from tests.search.conftest import put


def test_snippet_marks_the_word_as_written_not_the_stem(sample: SearchIndex) -> None:
    hit = sample.search("rescue flood").hits[0]
    assert "<b>rescued</b>" in hit.snippet
    assert "<b>flood</b>" in hit.snippet
    assert "rescu<" not in hit.snippet
    assert "<b>Rescue</b>" in sample.search("rescuing medicine").hits[0].snippet


def test_snippet_marks_accented_and_korean_words(sample: SearchIndex) -> None:
    assert "<b>café</b>" in sample.search("cafe").hits[0].snippet
    assert "<b>한국어</b>를" in sample.search("한국어를").hits[0].snippet


def test_snippet_escapes_html_and_shows_the_best_window() -> None:
    text = ("Filler words here. " * 40) + "A <script> and the flood rescue & more. " + "End. " * 40
    highlight = Highlight(terms={"flood", "rescu"}, surfaces={"flood"}, required={"rescu"})
    snippet = make_snippet(text, highlight)
    assert "&lt;script&gt;" in snippet and "&amp;" in snippet
    assert "<b>flood</b> <b>rescue</b>" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 400


def test_title_and_tags_weigh_more_than_the_body(archive: Archive) -> None:
    put(archive, "body", "A day", "We spoke about the harvest and the drought for hours.")
    put(archive, "title", "Drought", "We spoke about the harvest for hours, and the weather.")
    put(archive, "tag", "A day", "We spoke about the harvest for hours.", tags=("drought",))
    with SearchIndex.open(archive) as index:
        assert [hit.id for hit in index.search("drought").hits][2] == "body"


def test_recency_breaks_ties_and_date_sort(archive: Archive) -> None:
    for number, year in enumerate((2001, 2021, 2011, None)):
        published = datetime(year, 1, 1) if year else None
        put(archive, f"t{number}", "Same title", "same words exactly", published=published)
    with SearchIndex.open(archive) as index:
        assert [hit.id for hit in index.search("same").hits] == ["t1", "t2", "t0", "t3"]
        assert [hit.id for hit in index.search("same", sort="date").hits][:3] == ["t1", "t2", "t0"]


def test_paging(archive: Archive) -> None:
    for number in range(7):
        put(
            archive,
            f"p{number}",
            f"Page {number}",
            "paged words",
            published=datetime(2000 + number, 1, 1),
        )
    with SearchIndex.open(archive) as index:
        pages = [index.search("paged", page=n, page_size=3) for n in (1, 2, 3, 4)]
        assert [len(p.hits) for p in pages] == [3, 3, 1, 0]
        assert {p.total for p in pages} == {7}
        assert pages[0].pages == 3
        seen = [hit.id for p in pages for hit in p.hits]
        assert sorted(seen) == [f"p{n}" for n in range(7)]


def test_facets_count_the_whole_result(sample: SearchIndex) -> None:
    facets = sample.search("refugees OR rescue").facets
    assert dict(facets["kind"]) == {"story": 1, "letter": 1, "appeal": 1, "update": 1}
    assert dict(facets["tag"]) == {
        "advocacy": 2,
        "floods": 1,
        "refugees": 1,
        "health": 1,
        "education": 1,
    }
    assert dict(facets["language"]) == {"en": 4}
    assert [year for year, _n in facets["year"]] == ["2023", "2021", "2020", "2019"]


def test_hit_fields(sample: SearchIndex) -> None:
    hit = sample.search("medicine").hits[0]
    assert (hit.id, hit.title, hit.kind, hit.author, hit.language) == (
        "d3",
        "Appeal for medicine",
        "appeal",
        "Jane Doe",
        "en",
    )
    assert hit.published == datetime(2021, 11, 2)
    assert hit.score > 0


def test_more_like_this(archive: Archive) -> None:
    put(archive, "a", "Winter fuel appeal", "The winter fuel appeal for the mountain clinic.")
    put(archive, "b", "Fuel for winter", "Mountain clinic needs winter fuel and blankets.")
    put(archive, "c", "Harvest", "A harvest festival with music in the valley.")
    with SearchIndex.open(archive) as index:
        similar = index.more_like_this("a")
        assert [hit.id for hit in similar] == ["b"]
        assert index.more_like_this("missing") == []


def test_the_words_a_search_matched_are_found_in_a_page_in_every_form(
    sample: SearchIndex,
) -> None:
    """What the reading page marks in a document opened from the results."""
    text = "Rescuers rescued three. The rescue went on; nobody was rescuing alone. Floods."
    marked = [text[a:b] for a, b in sample.matched_spans("rescue flood", text)]
    assert marked == ["rescued", "rescue", "rescuing", "Floods"]
    korean = "우리는 한국어를 배웠고 한국어로 말합니다."
    assert [korean[a:b] for a, b in sample.matched_spans("한국어를", korean)] == ["한국어"] * 2
    assert sample.matched_spans("kind:letter", text) == []  # a filter marks no word
