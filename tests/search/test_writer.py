"""The fast segment writer writes what Whoosh's own writer writes; parallel rebuilds agree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index

from storyreader.archive.db import Archive
from storyreader.search import SearchIndex, parallel
from storyreader.search.schema import build_schema
from storyreader.search.writer import FastSegmentWriter
from tests.search.conftest import SAMPLE, fill, put

FIELDS = [
    {
        "id": doc_id,
        "content": f"{title}\n{body}",
        "spell": f"{title}\n{body}",
        "head": title,
        "author": extra.get("author") or None,
        "kind": extra["kind"],
        "tag": ",".join(extra["tags"]),
        "lang": extra.get("language", "en"),
        "year": "2020",
        "published": 100 + n,
    }
    for n, (doc_id, title, body, extra) in enumerate(SAMPLE)
]


def _dump(folder: Path, writer_class: Any) -> dict[str, Any]:
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = writer_class(ix)
    for fields in FIELDS:
        writer.add_document(**{k: v for k, v in fields.items() if v is not None})
    writer.commit()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        postings = {
            (fieldname, btext): list(reader.postings(fieldname, btext).items_as("weight"))
            for fieldname, btext in reader.all_terms()
        }
        lengths = {
            (doc, name): reader.doc_field_length(doc, name)
            for doc in range(len(FIELDS))
            for name in ("content", "head", "author", "spell")
        }
        stored = list(reader.all_stored_fields())
        positions = {
            key: list(reader.postings(*key).items_as("positions"))
            for key in postings
            if key[0] == "content"
        }
    return {"postings": postings, "lengths": lengths, "stored": stored, "positions": positions}


def test_fast_writer_matches_whoosh(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    ours = _dump(tmp_path / "a", FastSegmentWriter)
    theirs = _dump(tmp_path / "b", lambda ix: ix.writer())
    assert ours == theirs


def test_parallel_rebuild_gives_the_same_index(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(archive)
    for number in range(40):
        put(archive, f"x{number}", f"Extra {number}", f"parallel words number{number}")
    with SearchIndex.open(archive) as single:
        expected = {q: single.search(q).total for q in ("parallel", "medicine", "북한", "number7")}
    monkeypatch.setattr(parallel, "PARALLEL_MIN_DOCS", 10)
    monkeypatch.setattr(parallel, "ID_BATCH", 7)
    with SearchIndex.attach(archive) as index:
        index.rebuild()
        assert {q: index.search(q).total for q in expected} == expected
        assert index.check() == []
        segments = index._ix._read_toc().segments
        assert len(segments) >= 2


def test_matching_docs_agrees_with_whoosh(archive: Archive) -> None:
    from storyreader.search.build import build
    from storyreader.search.docsets import matching_docs
    from storyreader.search.query import parse
    from tests.search.conftest import withdraw

    fill(archive)
    with SearchIndex.open(archive) as index:
        put(archive, "d9", "Late flood", "Another flood, another rescue.")
        withdraw(archive, "d2")
        index.catch_up()  # a second segment, and deletions in the first
        assert index._answers is not None
        searcher = index._answers.searcher
        for text in [
            "flood",
            "flood rescue",
            "flood OR medicine",
            '"flood waters"',
            "rescu*",
            "-flood rescue",
            "kind:letter",
            "year:2019..2021 rescue",
            "한국어를",
            "refugees -tag:advocacy",
            "lang:ko OR flood",
        ]:
            q = build(parse(text), searcher.reader()).query
            assert matching_docs(searcher, q) == set(searcher.docs_for_query(q)), text
