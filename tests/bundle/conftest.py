"""Archives for bundle tests: a publisher made of the real sample sources plus web-like
documents (images, a missing image, a plain-text document, a withdrawal), a key pair, and a
reader's empty archive that trusts the key. Helpers compare archives as a user would see them
and, for "unchanged", byte for byte (an SQL dump of every table)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from storyreader.archive import Archive, open_archive
from storyreader.archive.models import DocumentStatus
from storyreader.archive.writes import IncomingDocument, ensure_source, save_document, set_status
from storyreader.bundle import OpenedBundle, export_bundle, import_bundle, open_bundle
from storyreader.bundle.export import ExportReport
from storyreader.bundle.importer import ImportReport
from storyreader.bundle.sign import SecretKey, generate_key_files, load_public_key
from storyreader.bundle.trust import trust_key
from storyreader.importing import import_paths
from tests.conftest import SAMPLE_SOURCES
from tests.pictures import solid_png


def png(number: int) -> bytes:
    """A real, tiny, distinct PNG (one pixel of a colour made from `number`)."""
    return solid_png(bytes([number % 256, (number // 256) % 256, (number // 65536) % 256]))


WORDS = [
    "river",
    "harbour",
    "kestrel",
    "lantern",
    "orchard",
    "meadow",
    "border",
    "letter",
    "flood",
    "rescue",
]


def web_document(number: int, *, images: int = 0, image_base: int = 0) -> IncomingDocument:
    """A document as a web sync would hand it over, with `images` pictures."""
    url = f"https://stories.example.org/{number}"
    words = [WORDS[(number * 7 + i) % len(WORDS)] for i in range(40)]
    pictures = {
        f"https://stories.example.org/img/{image_base + i}.png": png(image_base + i)
        for i in range(images)
    }
    figures = "".join(f'<figure><img src="{src}" alt="a picture"></figure>' for src in pictures)
    return IncomingDocument(
        origin=url,
        source_key=url,
        url=url,
        title=f"Story {number}: {words[0]} and {words[1]}",
        html=f"<h2>Part {number}</h2><p>{' '.join(words)}</p>{figures}<p>The end.</p>",
        kind=("story", "letter", "update", "appeal")[number % 4],
        author=f"Author {number % 5}",
        language="en",
        published=datetime(2020, 1, 1 + number % 28),
        tags=[WORDS[number % len(WORDS)], "bundle"],
        images=pictures,
    )


def fill_web(archive: Archive, numbers: range, *, images_every: int = 3) -> None:
    """Save web-like documents in batches, every `images_every`-th with two pictures."""
    start = numbers.start
    for first in range(start, numbers.stop, 100):
        with archive.write() as session:
            source = ensure_source(
                session, "Stories site", "site", url="https://stories.example.org/"
            )
            for number in range(first, min(first + 100, numbers.stop)):
                images = 2 if number % images_every == 0 else 0
                save_document(
                    session, source, web_document(number, images=images, image_base=number * 2)
                )


def _build_publisher(path: Path) -> None:
    with open_archive(path) as archive:
        import_paths(archive, [SAMPLE_SOURCES], source_name="sample", key_root=SAMPLE_SOURCES)
        fill_web(archive, range(1, 13))
        with archive.write() as session:
            source = ensure_source(session, "notes", "local", default_kind="letter")
            # An image that could not be fetched, and a plain-text document.
            save_document(
                session,
                source,
                IncomingDocument(
                    origin="https://stories.example.org/missing",
                    source_key="https://stories.example.org/missing",
                    title="A picture that never arrived",
                    html='<p>Before</p><img src="https://gone.example.org/x.png"><p>After</p>',
                    kind="letter",
                ),
            )
            save_document(
                session,
                source,
                IncomingDocument(
                    origin="sample:plain/notes.txt",
                    source_key="plain/notes.txt",
                    title="Plain notes",
                    html="<p>Line one\nline two</p>",
                    text="Line one\nline two",
                    kind="update",
                ),
            )
            doomed, _ = save_document(session, source, web_document(99))
            set_status(session, doomed, DocumentStatus.WITHDRAWN)


@pytest.fixture(scope="session")
def publisher_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("publisher") / "publisher.db"
    _build_publisher(path)
    return path


@dataclass
class World:
    publisher: Archive
    reader: Archive
    key: SecretKey
    public_key: Path
    folder: Path

    def export(self, name: str = "out.storybundle", **options: Any) -> ExportReport:
        options.setdefault("key", self.key)
        return export_bundle(self.publisher, self.folder / name, **options)

    def open(self, path: Path, archive: Archive | None = None) -> OpenedBundle:
        return open_bundle(archive or self.reader, path)

    def import_(self, path: Path, **options: Any) -> ImportReport:
        with open_bundle(self.reader, path) as bundle:
            return import_bundle(self.reader, bundle, **options)


@pytest.fixture
def world(tmp_path: Path, publisher_template: Path) -> Iterator[World]:
    publisher_path = tmp_path / "publisher.db"
    shutil.copyfile(publisher_template, publisher_path)
    secret_path = tmp_path / "keys" / "events.key"
    key, public_path = generate_key_files(secret_path)
    (tmp_path / "reader").mkdir()
    publisher = open_archive(publisher_path)
    reader = open_archive(tmp_path / "reader" / "reader.db")
    trust_key(reader, load_public_key(public_path), "Events team")
    try:
        yield World(publisher, reader, key, public_path, tmp_path)
    finally:
        publisher.close()
        reader.close()


def dump(archive: Archive) -> list[str]:
    """Every row of every table, as SQL: equal dumps mean byte-for-byte equal content."""
    connection = sqlite3.connect(archive.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def visible(archive: Archive) -> dict[str, Any]:
    """What a reader of the archive sees: documents (every field a reader or search uses),
    their images, tags and sources, and the stored media; nothing internal to one archive."""
    connection = sqlite3.connect(archive.path)
    try:
        documents = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT d.id, s.name, d.source_key, d.kind, d.title, d.author, d.language, "
                "d.published, d.updated, d.summary, d.body_html, d.body_text, d.url, "
                "d.word_count, d.reading_minutes, d.status "
                "FROM documents d JOIN sources s ON s.id = d.source_id"
            )
        }
        return {
            "documents": documents,
            "assets": sorted(
                connection.execute(
                    "SELECT document_id, url, position, sha256, mime, size FROM assets"
                )
            ),
            "media": sorted(connection.execute("SELECT sha256, mime, size, data FROM media")),
            "tags": sorted(
                connection.execute(
                    "SELECT dt.document_id, t.name FROM document_tags dt "
                    "JOIN tags t ON t.id = dt.tag_id"
                )
            ),
            "sources": sorted(
                connection.execute("SELECT name, type, url, default_kind FROM sources")
            ),
        }
    finally:
        connection.close()


def active_only(seen: dict[str, Any]) -> dict[str, Any]:
    """`visible` without withdrawn documents (their text never travels) and their rows."""
    withdrawn = {key for key, row in seen["documents"].items() if row[-1] != "ACTIVE"}
    return {
        "documents": {k: v for k, v in seen["documents"].items() if k not in withdrawn},
        "assets": [row for row in seen["assets"] if row[0] not in withdrawn],
        "media": seen["media"],
        "tags": [row for row in seen["tags"] if row[0] not in withdrawn],
        "sources": seen["sources"],
    }
