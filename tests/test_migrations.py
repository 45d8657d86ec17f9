"""Schema versions: old archives migrate with a backup, newer ones are refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from storyreader.archive import open_archive
from storyreader.archive.backup import backups, restore_backup
from storyreader.archive.library import Library
from storyreader.archive.migrate import current_revision, head_revision
from storyreader.archive.models import SCHEMA_REVISION, Base
from storyreader.archive.space import DiskFullError
from storyreader.archive.writes import IncomingDocument, ensure_source, save_document
from storyreader.errors import NewerArchiveError
from storyreader.present.sets import Sets
from tests.disks import fill, small_disk

RELEASED = sorted((Path(__file__).parent / "archives").glob("schema-*.db"))


def test_the_models_name_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_fresh_archive_matches_the_models(archive_path: Path) -> None:
    with open_archive(archive_path) as archive, archive.read_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.parametrize("released", RELEASED, ids=lambda path: path.stem)
def test_released_archive_opens_and_migrates(released: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(released, path)
    original = path.read_bytes()

    with open_archive(path) as archive:
        assert current_revision(archive) == head_revision()
        with archive.read_engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        library = Library(archive)
        titles = {document.title for document in library.documents()}
        first = library.document("fixture0")

    assert titles == {"A night crossing", "자유를 향한 길"}
    assert first.is_read and first.favourite  # the reader's own data survived
    assert first.assets[0].stored
    assert _table(path, "SELECT label FROM bookmarks") == [("the crossing",)]
    assert _table(path, "SELECT text FROM notes") == [("remember this",)]
    # The fixtures' ids were written by hand ("fixture0"), so no origin can be recovered for
    # them: they keep a NULL origin, and the library above still reads them.
    assert _table(path, "SELECT id, origin FROM documents ORDER BY id") == [
        ("fixture0", None),
        ("fixture1", None),
    ]
    backups = list(tmp_path.glob("old.db.schema-*.bak"))
    if released.stem[7:] == head_revision():  # the newest release opens as it is
        assert backups == []
        return
    assert len(backups) == 1
    assert _table(backups[0], "SELECT version_num FROM alembic_version") == [(released.stem[7:],)]
    assert path.read_bytes() != original


def test_migration_queues_existing_documents_for_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(RELEASED[0], path)
    open_archive(path).close()
    queued = {row[0] for row in _table(path, "SELECT document_id FROM index_tasks")}
    assert queued == {"fixture0", "fixture1"}


ORIGINS = {
    # (origin, source key, web address): one row for each guess the backfill makes (the key,
    # the address, a sample path, a local file), and one no guess finds
    "site page": ("https://a.example.org/1", "https://a.example.org/1", "https://a.example.org/1"),
    "page keyed otherwise": (
        "https://a.example.org/2",
        "tag:a.example.org,2020:2",
        "https://a.example.org/2",
    ),
    "sample file": ("sample:stories/river.md", "stories/river.md", None),
    "local file": (
        Path("/home/reader/letters/été 1.md").as_uri(),
        "/home/reader/letters/été 1.md",
        None,
    ),
    "wordpress post": ("https://a.example.org/?p=42", "42", "https://a.example.org/2021/05/x/"),
}


def test_migration_0007_recovers_the_origins_it_can(archive_path: Path) -> None:
    with open_archive(archive_path) as archive, archive.write() as session:
        source = ensure_source(session, "mixed", "site")
        for name, (origin, key, url) in ORIGINS.items():
            incoming = IncomingDocument(
                origin=origin, source_key=key, url=url, title=name, html="<p>x</p>"
            )
            save_document(session, source, incoming)
    connection = sqlite3.connect(archive_path)  # as schema 0006 left it: no origin column
    with connection:
        connection.execute("ALTER TABLE documents DROP COLUMN origin")
        for later in ("article_selector", "drop_selectors"):  # nor what 0008 added
            connection.execute(f"ALTER TABLE sources DROP COLUMN {later}")
        for later in ("bundle_publisher", "bundle_key_id"):  # nor what 0009 added
            connection.execute(f"ALTER TABLE documents DROP COLUMN {later}")
        for later in ("text_size", "rehearsed_seconds"):  # nor what 0010 added
            connection.execute(f"ALTER TABLE set_items DROP COLUMN {later}")
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    connection.close()

    open_archive(archive_path).close()

    rows = _table(archive_path, "SELECT title, origin FROM documents")
    recovered = {row[0]: row[1] for row in rows}
    expected = {name: origin for name, (origin, _, _) in ORIGINS.items()}
    assert recovered == expected | {"wordpress post": None}  # its origin is neither key nor url


def test_migration_0010_keeps_the_sets_as_they_were(
    archive_path: Path, sample_template: Path
) -> None:
    shutil.copy(sample_template, archive_path)
    with open_archive(archive_path) as archive:
        library = Library(archive)
        ids = [document.id for document in library.documents()][:2]
    connection = sqlite3.connect(archive_path)  # a set written by schema 0009
    with connection:
        for later in ("text_size", "rehearsed_seconds"):
            connection.execute(f"ALTER TABLE set_items DROP COLUMN {later}")
        connection.execute("UPDATE alembic_version SET version_num = '0009'")
        connection.execute(
            "INSERT INTO sets (id, name, venue, words_per_minute, created_at, updated_at) "
            "VALUES (1, 'Vigil', '', 130, '2026-12-01', '2026-12-01')"
        )
        for position, document_id in enumerate(ids):
            connection.execute(
                "INSERT INTO set_items (set_id, document_id, position, presenter_notes, "
                "content_warning) VALUES (1, ?, ?, 'notes', '')",
                (document_id, position),
            )
    connection.close()

    with open_archive(archive_path) as archive:
        info = Sets(archive).get(1)
    assert [(item.document_id, item.presenter_notes) for item in info.items] == [
        (document_id, "notes") for document_id in ids
    ]
    assert [(item.text_size, item.rehearsed_seconds) for item in info.items] == [(100, None)] * 2


def test_newer_archive_is_refused_untouched(archive_path: Path) -> None:
    open_archive(archive_path).close()
    connection = sqlite3.connect(archive_path)
    connection.execute("UPDATE alembic_version SET version_num = '9001'")
    connection.commit()
    connection.close()
    before = archive_path.read_bytes()

    with pytest.raises(NewerArchiveError, match="newer version of Story Reader"):
        open_archive(archive_path)
    assert archive_path.read_bytes() == before
    assert not list(archive_path.parent.glob("*.bak"))


def _table(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_a_migration_backs_up_as_every_backup_does(tmp_path: Path) -> None:
    """The backup before a migration is `backup.make_backup`'s: listed with the others,
    named as they are, whole, and restorable."""
    path = tmp_path / "archive #1 %41.db"  # characters an SQLite URI would misread
    shutil.copy(RELEASED[0], path)
    open_archive(path).close()
    (backup,) = backups(path)
    assert backup.path.name.startswith(f"{path.name}.schema-0001-")
    assert list(tmp_path.glob("*.part")) == []
    restore_backup(path, backup.path)
    assert _table(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _table(path, "SELECT id FROM documents ORDER BY id") == [("fixture0",), ("fixture1",)]


def test_a_migration_with_no_room_for_its_backup_changes_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", megabytes=2) as disk:
        path = disk / "old.db"
        shutil.copy(RELEASED[0], path)
        original = path.read_bytes()
        fill(disk, leave=len(original) // 2)
        with pytest.raises(DiskFullError, match=r"The disk holding .* is full"):
            open_archive(path)
        assert backups(path) == []  # no backup cut short, to be restored by mistake later
        assert sorted(entry.name for entry in disk.iterdir()) == ["filler", "old.db"]
        assert path.read_bytes() == original
