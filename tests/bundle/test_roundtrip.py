"""Bundles carry an archive faithfully: a full round trip, deltas with edits and withdrawals,
idempotent re-import, and the reader's own data left alone."""

from __future__ import annotations

import zipfile
from datetime import timedelta

import pytest

from storyreader.archive.models import Bookmark, DocumentStatus, Note, ReadingState
from storyreader.archive.writes import ensure_source, save_document, set_status, utcnow
from storyreader.bundle import BundleError, import_bundle, inspect_bundle
from storyreader.bundle.format import DOCUMENTS, MANIFEST, SIGNATURE
from storyreader.bundle.manifest import Manifest
from storyreader.errors import KnownError
from storyreader.search import SearchIndex
from tests.bundle.conftest import World, active_only, dump, visible, web_document

QUERIES = [
    "kestrel",
    "flood rescue",
    '"river harbour"',
    "kind:letter",
    "tag:bundle lantern",
    "refugee",
    "한국어",
    "orch*",
]


def _search(world: World, archive_name: str) -> dict[str, list[str]]:
    archive = world.publisher if archive_name == "publisher" else world.reader
    with SearchIndex.open(archive) as index:
        return {
            query: [hit.id for hit in index.search(query, page_size=50).hits] for query in QUERIES
        }


def test_round_trip_gives_the_same_documents_media_and_search_results(world: World) -> None:
    report = world.export()
    imported = world.import_(report.path)

    assert report.documents == len(imported.created) > 20
    assert report.withdrawn == 1 and report.skipped == []
    expected = active_only(visible(world.publisher))
    assert len(expected["documents"]) == report.documents
    assert active_only(visible(world.reader)) == expected
    seen = visible(world.reader)
    assert any(row[3] is None for row in seen["assets"]), "the missing image stays missing"
    assert len(seen["media"]) >= 8
    assert _search(world, "reader") == _search(world, "publisher")
    assert any(_search(world, "reader").values())


def test_the_bundle_holds_only_what_it_should(world: World) -> None:
    report = world.export()

    with zipfile.ZipFile(report.path) as bundle:
        names = set(bundle.namelist())
        manifest = Manifest.parse(bundle.read(MANIFEST))
    assert {MANIFEST, SIGNATURE, DOCUMENTS} <= names
    assert all(name.startswith("media/") for name in names - {MANIFEST, SIGNATURE, DOCUMENTS})
    assert not any(
        name.endswith((".db", ".pickle", ".pkl", "_WRITELOCK", ".toc")) for name in names
    )
    assert set(manifest.members) == names - {MANIFEST, SIGNATURE}
    assert manifest.sequence == report.sequence == 1
    assert manifest.documents == report.documents and manifest.withdrawn == 1
    sources = {source.name: source for source in manifest.sources}
    assert sources["notes"].default_kind == "letter" and sources["Stories site"].type == "site"


def test_sequence_numbers_only_grow(world: World) -> None:
    numbers = [world.export(f"b{i}.storybundle").sequence for i in range(3)]

    assert numbers == [1, 2, 3]


def test_a_delta_carries_edits_and_withdrawals(world: World) -> None:
    first = world.export("full.storybundle")
    world.import_(first.path)
    with world.publisher.write() as session:
        source = ensure_source(session, "Stories site", "site")
        edited = web_document(4, images=1, image_base=900)
        edited.title = "Story 4, corrected"
        edited_id, _ = save_document(session, source, edited)
        brand_new_id, _ = save_document(session, source, web_document(500))
        withdrawn_id, _ = save_document(session, source, web_document(5))
        set_status(session, withdrawn_id, DocumentStatus.WITHDRAWN)

    delta = world.export("delta.storybundle", since=first.sequence)
    report = world.import_(delta.path)

    assert (delta.documents, delta.withdrawn) == (2, 1)
    assert report.updated == [edited_id] and report.created == [brand_new_id]
    assert report.withdrawn == [withdrawn_id]
    assert active_only(visible(world.reader)) == active_only(visible(world.publisher))
    assert visible(world.reader)["documents"][withdrawn_id][-1] == "WITHDRAWN"
    assert "Story 4, corrected" in [row[3] for row in visible(world.reader)["documents"].values()]


def test_a_delta_since_a_date(world: World) -> None:
    before = utcnow()
    with world.publisher.write() as session:
        source = ensure_source(session, "Stories site", "site")
        save_document(session, source, web_document(700))

    since_date = world.export("since-date.storybundle", since=before - timedelta(seconds=1))
    nothing_older = world.export("tomorrow.storybundle", since=utcnow() + timedelta(days=1))

    assert (since_date.documents, since_date.withdrawn) == (1, 0)
    assert (nothing_older.documents, nothing_older.withdrawn) == (0, 0)


def test_since_an_unknown_bundle_is_one_sentence(world: World) -> None:
    with pytest.raises(KnownError, match="never exported a bundle number 7") as refused:
        world.export(since=7)

    assert "\n" not in str(refused.value) and str(refused.value).endswith(".")
    assert not (world.folder / "out.storybundle").exists()


def test_importing_the_same_bundle_twice_changes_nothing(world: World) -> None:
    report = world.export()
    world.import_(report.path)
    before = dump(world.reader)

    again = world.import_(report.path)

    assert again.already_imported and not again.created and not again.updated
    assert dump(world.reader) == before


def test_a_copy_of_the_same_bundle_is_the_same_bundle(world: World) -> None:
    report = world.export()
    world.import_(report.path)
    before = dump(world.reader)
    copy = world.folder / "copy-on-another-stick.storybundle"
    copy.write_bytes(report.path.read_bytes())

    assert world.import_(copy).already_imported
    assert dump(world.reader) == before


def test_an_unchanged_archive_imports_as_unchanged(world: World) -> None:
    """A newer bundle whose documents did not change rewrites nothing but its record."""
    world.import_(world.export("one.storybundle").path)
    documents_before = visible(world.reader)

    report = world.import_(world.export("two.storybundle").path)

    assert not report.created and not report.updated and not report.withdrawn
    assert len(report.unchanged) > 20
    assert visible(world.reader) == documents_before


def test_the_readers_own_data_is_never_touched(world: World) -> None:
    world.import_(world.export("one.storybundle").path)
    target = next(iter(visible(world.reader)["documents"]))
    now = utcnow()
    with world.reader.write() as session:
        session.add(ReadingState(document_id=target, is_read=True, favourite=True, position=0.4))
        session.add(Bookmark(document_id=target, position=0.3, label="here", created_at=now))
        session.add(
            Note(document_id=target, quote="q", text="mine", created_at=now, updated_at=now)
        )

    def readers_data() -> list[tuple[object, ...]]:
        with world.reader.read() as session:
            state = session.get_one(ReadingState, target)
            bookmark = session.query(Bookmark).one()
            note = session.query(Note).one()
            return [
                (state.is_read, state.favourite, state.position, state.last_opened_at),
                (bookmark.position, bookmark.label),
                (note.quote, note.text, note.document_changed),
            ]

    before = readers_data()
    with world.publisher.write() as session:
        set_status(session, target, DocumentStatus.WITHDRAWN)
    world.import_(world.export("two.storybundle", since=1).path)

    assert readers_data() == before
    assert visible(world.reader)["documents"][target][-1] == "WITHDRAWN"


def test_own_bundle_is_refused(world: World) -> None:
    report = world.export()
    with (
        world.open(report.path, world.publisher) as bundle,
        pytest.raises(BundleError, match="this very archive"),
    ):
        import_bundle(world.publisher, bundle)


def test_a_bundle_of_one_source(world: World) -> None:
    report = world.export("notes.storybundle", source="notes")
    imported = world.import_(report.path)

    assert report.documents == 2 and report.withdrawn == 1
    sources = {row[0] for row in visible(world.reader)["documents"].values()}
    assert sources == {"notes"} and len(imported.created) == 2
    with pytest.raises(KnownError, match="no source named 'nowhere'"):
        world.export("x.storybundle", source="nowhere")
    assert not (world.folder / "x.storybundle").exists()


def test_inspect_warns_about_a_delta_with_nothing_before_it(world: World) -> None:
    world.export("one.storybundle")
    delta = world.export("two.storybundle", since=1)

    with world.open(delta.path) as bundle:
        plan = inspect_bundle(world.reader, bundle)
    assert plan.kind == "delta" and plan.since_sequence == 1
    assert plan.warnings and "only what changed since" in str(plan.warnings[0])
