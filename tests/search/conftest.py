"""Small archives for search tests, written through the ORM with an index task per change.

`put`/`withdraw`/`remove` stand in for `storyreader.archive.writes` (same rule: a change and
its index task in one transaction); switch them to `writes` once it lands.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from storyreader.archive import Archive, open_archive
from storyreader.archive.models import Document, DocumentStatus, IndexTask, Source, Tag
from storyreader.search import SearchIndex

NOW = datetime(2024, 1, 1)


def put(
    archive: Archive,
    doc_id: str,
    title: str,
    body: str,
    *,
    kind: str = "story",
    author: str = "",
    language: str = "en",
    published: datetime | None = None,
    tags: tuple[str, ...] = (),
    summary: str = "",
) -> None:
    """Insert or replace one active document, with its index task."""
    with archive.write() as session:
        source = session.query(Source).filter_by(name="test").one_or_none()
        if source is None:
            source = Source(name="test", type="local", created_at=NOW)
            session.add(source)
            session.flush()
        doc = session.get(Document, doc_id)
        if doc is None:
            doc = Document(id=doc_id, source_id=source.id, source_key=doc_id, created_at=NOW)
            session.add(doc)
        doc.kind, doc.title, doc.author, doc.language = kind, title, author, language
        doc.published, doc.updated, doc.summary = published, None, summary
        doc.body_html, doc.body_text, doc.url = f"<p>{body}</p>", body, None
        doc.content_hash, doc.word_count, doc.reading_minutes = "x", len(body.split()), 1
        doc.status, doc.modified_at = DocumentStatus.ACTIVE, NOW
        doc.tags = [_tag(session, name) for name in tags]
        session.add(IndexTask(document_id=doc_id, created_at=NOW))


def _tag(session: Session, name: str) -> Tag:
    tag: Tag | None = session.query(Tag).filter_by(name=name).one_or_none()
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
    return tag


def withdraw(archive: Archive, doc_id: str) -> None:
    with archive.write() as session:
        doc = session.get(Document, doc_id)
        assert doc is not None
        doc.status = DocumentStatus.WITHDRAWN
        session.add(IndexTask(document_id=doc_id, created_at=NOW))


def remove(archive: Archive, doc_id: str) -> None:
    with archive.write() as session:
        session.delete(session.get(Document, doc_id))
        session.add(IndexTask(document_id=doc_id, created_at=NOW))


def pending(archive: Archive) -> int:
    with archive.read() as session:
        return session.query(IndexTask).count()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    opened = open_archive(tmp_path / "test.db")
    yield opened
    opened.close()


SAMPLE: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "d1",
        "Rescued from the flood",
        "The villagers rescued forty children from the flood "
        "waters near the river. Volunteers carried food parcels to the café by the bridge.",
        {
            "kind": "story",
            "author": "Jane Doe",
            "published": datetime(2019, 3, 5),
            "tags": ("advocacy", "floods"),
        },
    ),
    (
        "d2",
        "A letter about repatriation",
        "Dear friends, the repatriation of refugees "
        "continues. We ask for your support and your letters to the ministry.",
        {
            "kind": "letter",
            "author": "Kim Min-jun",
            "published": datetime(2020, 6, 20),
            "tags": ("refugees",),
        },
    ),
    (
        "d3",
        "Appeal for medicine",
        "Our clinic needs medicine before winter. Every gift helps "
        "a family through the cold months. Rescue teams also need fuel.",
        {
            "kind": "appeal",
            "author": "Jane Doe",
            "published": datetime(2021, 11, 2),
            "tags": ("advocacy", "health"),
        },
    ),
    (
        "d4",
        "북한 인권 소식",
        "북한은 인권 문제로 국제 사회의 비판을 받고 있습니다. 한국어를 배우는 "
        "탈북민들이 서울에서 새 삶을 시작했습니다.",
        {
            "kind": "update",
            "author": "이영희",
            "language": "ko",
            "published": datetime(2022, 1, 15),
            "tags": ("north korea",),
        },
    ),
    (
        "d5",
        "Mixed update 한국어 class",
        "The 한국어 class for refugees met again in Seoul. "
        "Students practised letters to their families.",
        {
            "kind": "update",
            "author": "Park",
            "language": "en",
            "published": datetime(2023, 4, 1),
            "tags": ("education",),
        },
    ),
]


def fill(archive: Archive) -> None:
    for doc_id, title, body, extra in SAMPLE:
        put(archive, doc_id, title, body, **extra)


@pytest.fixture
def sample(archive: Archive) -> Iterator[SearchIndex]:
    fill(archive)
    index = SearchIndex.open(archive)
    yield index
    index.close()
