"""Each document's origin travels from the archive itself (schema 0007), so a document whose
id no importer's pattern explains still makes it into a bundle; a row from an older archive
whose origin the migration could not recover is left out and named, until its source saves
it again."""

from __future__ import annotations

import sqlite3

from storyreader.archive.db import Archive
from storyreader.archive.writes import (
    IncomingDocument,
    SaveOutcome,
    ensure_source,
    save_document,
    stable_id,
)
from storyreader.progress import NullProgress
from tests.bundle.conftest import World
from tests.conftest import RunCli

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


def _origins(archive: Archive, where: str = "1") -> dict[str, str | None]:
    connection = sqlite3.connect(archive.path)
    try:
        return dict(connection.execute(f"SELECT id, origin FROM documents WHERE {where}"))
    finally:
        connection.close()


class _Messages(NullProgress):
    def __init__(self) -> None:
        self.lines: list[str] = []

    def message(self, text: str) -> None:
        self.lines.append(text)


def test_a_document_no_guess_explains_travels_with_its_stored_origin(world: World) -> None:
    post_id, _ = _save_post(world.publisher)
    post = _wordpress_post()
    # Neither its key nor its link gives its id: only the stored origin can.
    assert post_id not in {stable_id(post.source_key), stable_id(post.url or "")}

    report = world.export()
    imported = world.import_(report.path)

    assert report.skipped == []
    assert post_id in imported.created
    arrived, sent = _origins(world.reader), _origins(world.publisher)
    assert arrived[post_id] == WORDPRESS_ORIGIN
    assert arrived == {document_id: sent[document_id] for document_id in arrived}


def test_a_row_whose_origin_was_never_recovered_is_left_out_by_name(world: World) -> None:
    post_id, _ = _save_post(world.publisher)
    _forget_origins(world.publisher, post_id)
    progress = _Messages()

    report = world.export("old.storybundle", progress=progress)
    imported = world.import_(report.path)

    assert report.skipped == [post_id]
    assert progress.lines == [
        f"Left out {post_id} (A letter from the border): its origin is not known."
    ]
    expected = _origins(world.publisher, "status = 'ACTIVE' AND origin IS NOT NULL")
    assert set(imported.created) == set(expected) and len(expected) == report.documents > 20
    assert _origins(world.reader) == expected


def test_saving_an_unchanged_old_row_stores_its_origin(world: World) -> None:
    post_id, _ = _save_post(world.publisher)
    _forget_origins(world.publisher, post_id)

    _, outcome = _save_post(world.publisher)  # the next sync hands over the same post
    report = world.export()

    assert outcome == SaveOutcome.UNCHANGED
    assert _origins(world.publisher)[post_id] == WORDPRESS_ORIGIN
    assert report.skipped == []


def test_the_command_counts_what_it_left_out(world: World, run_cli: RunCli) -> None:
    post_id, _ = _save_post(world.publisher)
    _forget_origins(world.publisher, post_id)
    secret = world.folder / "keys" / "events.key"

    done = run_cli(
        "--archive",
        world.publisher.path,
        "bundle",
        "export",
        world.folder / "cli.storybundle",
        "--sign",
        secret,
    )

    assert done.returncode == 0, done.stderr
    assert "Left out 1 document whose origin is not known." in done.stderr
