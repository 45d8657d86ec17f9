"""Who a bundle comes from decides what it may do: its numbers are counted per publisher and
signing key, and it changes only the documents its publisher brought (or those of a web
source it shares). Everything else it names is left alone and listed by title."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from storyreader.archive.models import Document, Note
from storyreader.archive.writes import IncomingDocument, ensure_source, save_document, utcnow
from storyreader.bundle import BundleError, inspect_bundle
from storyreader.bundle.ownership import OtherDocument
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.importing import import_paths
from tests.bundle.conftest import World
from tests.bundle.hostile import document_line, encode, withdrawal_line, write_bundle

PUBLISHER = "events-team-archive"


def _story(number: int, title: str = "") -> dict[str, object]:
    return document_line(f"https://stories.example.org/{number}", title or f"Story {number}")


def _bundle(world: World, name: str, lines: list[dict[str, object]], **options: object) -> Path:
    options.setdefault("archive_id", PUBLISHER)
    options.setdefault("key", world.key)
    return write_bundle(world.folder / name, encode(lines), **options)  # type: ignore[arg-type]


def _document(world: World, document_id: str) -> tuple[str, str, str]:
    with world.reader.read() as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document.title, document.status.value, document.source.name


# --- replay state per publisher and key ------------------------------------------------------


def test_an_unsigned_bundle_claiming_a_publisher_cannot_hold_back_its_signed_bundles(
    world: World,
) -> None:
    """The attack: after a publisher's signed bundle 1, an unsigned bundle claiming the same
    archive with number 2^62-1 was imported with allow_unsigned, and the genuine bundle 2 was
    then refused as "older" for ever."""
    world.import_(_bundle(world, "one.storybundle", [_story(1)]))
    claim = _bundle(world, "claim.storybundle", [_story(1, "Forged")], key=None, sequence=2**62 - 1)

    forged = world.import_(claim, allow_unsigned=True)
    genuine = world.import_(_bundle(world, "two.storybundle", [_story(1, "Two")], sequence=2))

    assert genuine.sequence == 2 and genuine.key_id == world.key.public.id_text
    assert [str(warning) for warning in forged.warnings] == [
        f"Bundles from this publisher were signed by key {world.key.public.id_text} before; "
        "this one has no trusted signature, so it is counted apart from them: it cannot hold "
        "their later bundles back, and it changes none of the documents they brought."
    ]
    # Nor did the forged bundle change the signed publisher's document.
    assert forged.left_alone == [
        OtherDocument(_story(1)["id"], "Story 1", "Stories site", "update")  # type: ignore[arg-type]
    ]
    assert _document(world, str(_story(1)["id"]))[0] == "Two"


def test_a_bundle_signed_by_another_trusted_key_is_counted_apart(world: World) -> None:
    other = SecretKey.generate()
    trust_key(world.reader, other.public, "Someone else")
    world.import_(_bundle(world, "one.storybundle", [_story(1)]))

    claim = world.import_(
        _bundle(world, "claim.storybundle", [_story(2)], key=other, sequence=2**62 - 1)
    )
    world.import_(_bundle(world, "two.storybundle", [_story(1, "Two")], sequence=2))

    assert [str(warning) for warning in claim.warnings] == [
        f"Bundles from this publisher were signed by another key ({world.key.public.id_text}) "
        f"before; this one, signed by key {other.public.id_text}, is counted apart from them."
    ]
    assert _document(world, str(_story(1)["id"]))[0] == "Two"


def test_older_bundles_are_still_refused_within_each_count(world: World) -> None:
    world.import_(_bundle(world, "five.storybundle", [_story(1)], sequence=5))
    with pytest.raises(BundleError, match="older than bundle 5"):
        world.import_(_bundle(world, "three.storybundle", [_story(1)], sequence=3))

    world.import_(
        _bundle(world, "u5.storybundle", [_story(9)], key=None, sequence=5), allow_unsigned=True
    )
    with pytest.raises(BundleError, match="older than bundle 5"):
        world.import_(
            _bundle(world, "u3.storybundle", [_story(9)], key=None, sequence=3), allow_unsigned=True
        )


# --- a bundle owns only what it brought --------------------------------------------------------


@pytest.fixture
def my_letter(world: World, tmp_path: Path) -> str:
    """A file the reader imported, with a note on it: the bundle's target."""
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "letter.md").write_text("---\ntitle: My own letter\n---\n\nWe are safe.\n")
    [document_id] = import_paths(world.reader, [folder]).created
    with world.reader.write() as session:
        now = utcnow()
        session.add(Note(document_id=document_id, text="mine", created_at=now, updated_at=now))
    return document_id


def _letter_line(world: World, document_id: str) -> dict[str, object]:
    with world.reader.read() as session:
        origin = session.scalar(select(Document.origin).where(Document.id == document_id))
    assert origin is not None and origin.startswith("file://")
    return document_line(origin, "Rewritten by the bundle", html="<p>Send money.</p>")


def test_a_bundle_leaves_a_locally_imported_file_alone_and_names_it(
    world: World, my_letter: str
) -> None:
    """The attack: a trusted bundle naming a local file's origin rewrote its text, moved it to
    the bundle's source and flagged the reader's notes on it; a later bundle withdrew it."""
    rewrite = _bundle(world, "one.storybundle", [_letter_line(world, my_letter), _story(1)])
    withdraw = _bundle(
        world, "two.storybundle", [withdrawal_line(my_letter), _story(1)], sequence=2
    )
    mine = OtherDocument(my_letter, "My own letter", "local", "update")

    with world.open(rewrite) as bundle:
        plan = inspect_bundle(world.reader, bundle)
    first = world.import_(rewrite)
    second = world.import_(withdraw)

    assert (plan.not_theirs, plan.updated, plan.new) == ([mine], [], [_story(1)["id"]])
    assert (first.left_alone, first.updated, first.created) == ([mine], [], [_story(1)["id"]])
    assert second.left_alone == [OtherDocument(my_letter, "My own letter", "local", "withdraw")]
    assert second.withdrawn == []
    assert _document(world, my_letter) == ("My own letter", "active", "local")
    with world.reader.read() as session:
        assert session.scalar(select(Note.document_changed)) is False


def test_the_reader_can_let_a_bundle_take_what_it_did_not_bring(
    world: World, my_letter: str
) -> None:
    rewrite = _bundle(world, "one.storybundle", [_letter_line(world, my_letter)])

    report = world.import_(rewrite, allow_takeover=True)
    later = world.import_(
        _bundle(world, "two.storybundle", [withdrawal_line(my_letter)], sequence=2)
    )

    assert report.taken_over == [OtherDocument(my_letter, "My own letter", "local", "update")]
    assert report.updated == [my_letter] and report.left_alone == []
    # Now it is the publisher's: its next bundle may withdraw it without asking.
    assert later.withdrawn == [my_letter] and later.left_alone == []
    assert _document(world, my_letter) == ("Rewritten by the bundle", "withdrawn", "Stories site")


def test_a_publisher_updates_and_withdraws_what_its_bundles_brought(world: World) -> None:
    world.import_(_bundle(world, "one.storybundle", [_story(1), _story(2)]))

    report = world.import_(
        _bundle(
            world,
            "two.storybundle",
            [_story(1, "Story 1, corrected"), withdrawal_line(str(_story(2)["id"]))],
            sequence=2,
        )
    )

    assert (report.updated, report.withdrawn, report.left_alone) == (
        [_story(1)["id"]],
        [_story(2)["id"]],
        [],
    )


def test_another_publishers_documents_are_not_this_ones(world: World) -> None:
    world.import_(_bundle(world, "theirs.storybundle", [_story(1)], archive_id="another-archive"))

    report = world.import_(_bundle(world, "mine.storybundle", [_story(1, "Mine now")]))

    assert report.left_alone == [
        OtherDocument(str(_story(1)["id"]), "Story 1", "Stories site", "update")
    ]
    assert _document(world, str(_story(1)["id"]))[0] == "Story 1"


def test_a_web_source_both_archives_sync_is_shared(world: World) -> None:
    """The reader syncs the same site the publisher does: the publisher's copy may update it."""
    with world.reader.write() as session:
        source = ensure_source(session, "Stories", "site", url="https://stories.example.org/")
        save_document(
            session,
            source,
            IncomingDocument(
                origin="https://stories.example.org/1",
                source_key="https://stories.example.org/1",
                title="Story 1, as synced here",
                html="<p>Old text.</p>",
            ),
        )
    elsewhere = [
        {
            "name": "Stories site",
            "type": "site",
            "url": "https://elsewhere.example.org/",
            "default_kind": "story",
        }
    ]

    other_address = world.import_(
        _bundle(world, "other.storybundle", [_story(1)], archive_id="elsewhere", sources=elsewhere)
    )
    same_address = world.import_(_bundle(world, "same.storybundle", [_story(1, "Corrected")]))

    assert [other.title for other in other_address.left_alone] == ["Story 1, as synced here"]
    assert same_address.updated == [_story(1)["id"]] and same_address.left_alone == []
    assert _document(world, str(_story(1)["id"]))[:2] == ("Corrected", "active")


def test_withdrawals_of_documents_this_archive_lacks_change_nothing(world: World) -> None:
    report = world.import_(
        _bundle(world, "w.storybundle", [withdrawal_line("a" * 12), withdrawal_line("b" * 12)])
    )

    assert (report.withdrawn, report.left_alone) == ([], [])
    with world.reader.read() as session:
        assert session.scalars(select(Document.id)).all() == []
