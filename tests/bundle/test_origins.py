"""Each document's origin travels from the archive itself (schema 0007), so a document whose
id no importer's pattern explains still makes it into a bundle; rows from older archives
with no origin stored are guessed at, and left out and named when no guess fits."""

from __future__ import annotations

import sqlite3

from storyreader.archive.db import Archive
from storyreader.archive.models import Document
from storyreader.archive.writes import (
    IncomingDocument,
    SaveOutcome,
    ensure_source,
    save_document,
    stable_id,
)
from storyreader.bundle.export import recover_origin
from tests.bundle.conftest import World, web_document

# As a WordPress sync makes it: the post's permanent address, neither its key nor its link.
WORDPRESS_ORIGIN = "https://news.example.org/?p=42"


def _wordpress_post() -> IncomingDocument:
    return IncomingDocument(
        origin=WORDPRESS_ORIGIN,
        source_key="42",
        url="https://news.example.org/2021/05/a-letter-from-the-border/",
        title="A letter from the border",
        html="<p>We crossed the river at night, and the lanterns went out one by one.</p>",
        kind="letter",
    )


def _save_post(archive: Archive) -> tuple[str, SaveOutcome]:
    with archive.write() as session:
        source = ensure_source(session, "News", "wordpress", url="https://news.example.org/")
        return save_document(session, source, _wordpress_post())


def _forget_origins(archive: Archive, *document_ids: str) -> None:
    """Make rows look as an archive from before schema 0007 left them."""
    connection = sqlite3.connect(archive.path)
    try:
        with connection:
            connection.executemany(
                "UPDATE documents SET origin = NULL WHERE id = ?", [(i,) for i in document_ids]
            )
    finally:
        connection.close()


def _origins(archive: Archive) -> dict[str, str | None]:
    connection = sqlite3.connect(archive.path)
    try:
        return dict(connection.execute("SELECT id, origin FROM documents"))
    finally:
        connection.close()


class _Messages:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def start(self, label: str, total: int | None) -> None:
        pass

    def advance(self, steps: int = 1, detail: str = "") -> None:
        pass

    def message(self, text: str) -> None:
        self.lines.append(text)


def test_a_document_no_guess_explains_travels_with_its_stored_origin(world: World) -> None:
    post_id, _ = _save_post(world.publisher)
    with world.publisher.read() as session:
        document = session.get(Document, post_id)
        assert document is not None
        assert recover_origin(document) is None  # before 0007, the export left it out

    report = world.export()
    imported = world.import_(report.path)

    assert report.skipped == []
    assert post_id in imported.created
    arrived, sent = _origins(world.reader), _origins(world.publisher)
    assert arrived[post_id] == WORDPRESS_ORIGIN
    assert arrived == {document_id: sent[document_id] for document_id in arrived}


def test_rows_from_before_0007_are_guessed_at_or_left_out_by_name(world: World) -> None:
    post_id, _ = _save_post(world.publisher)
    web_id = stable_id(web_document(1).origin)
    _forget_origins(world.publisher, post_id, web_id)
    progress = _Messages()

    report = world.export("old.storybundle", progress=progress)
    imported = world.import_(report.path)

    assert report.skipped == [post_id]
    assert progress.lines == [
        f"Left out {post_id} (A letter from the border): its origin is not known."
    ]
    assert web_id in imported.created and post_id not in _origins(world.reader)
    assert _origins(world.reader)[web_id] == web_document(1).origin


def test_saving_an_unchanged_old_row_stores_its_origin(world: World) -> None:
    post_id, _ = _save_post(world.publisher)
    _forget_origins(world.publisher, post_id)

    _, outcome = _save_post(world.publisher)  # the next sync hands over the same post
    report = world.export()

    assert outcome == SaveOutcome.UNCHANGED
    assert _origins(world.publisher)[post_id] == WORDPRESS_ORIGIN
    assert report.skipped == []
