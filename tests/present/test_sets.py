"""Set lists in the archive: making, changing, timing, and sharing them as files."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.errors import DocumentNotFound
from storyreader.present.set_files import SetFileError, set_file_data
from storyreader.present.set_info import MAX_ITEMS, SetError, SetInfo
from storyreader.present.sets import Sets
from storyreader.present.timing import format_duration, speaking_seconds
from tests.present.conftest import KOREAN_LETTER, LANTERN, LETTERS, PAPER_BOATS, id_of


def titles(info: SetInfo) -> list[str]:
    return [item.title for item in info.items]


def test_a_set_is_made_in_the_order_given_and_kept(library: Library, sets: Sets) -> None:
    ids = [id_of(library, LETTERS), id_of(library, PAPER_BOATS)[:6]]  # a prefix will do
    made = sets.create("  Vigil  ", ids, event_date=date(2026, 12, 5), venue="Town square")
    assert made.name == "Vigil"
    assert titles(made) == [LETTERS, PAPER_BOATS]
    again = sets.find("vigil")
    assert again == made and again.event_date == date(2026, 12, 5)
    assert sets.find(str(made.id)) == made


def test_speaking_time_follows_the_rate(library: Library, sets: Sets, evening: SetInfo) -> None:
    words = [item.word_count for item in evening.items]
    assert [item.speaking_seconds for item in evening.items] == [
        round(count * 60 / 130) for count in words
    ]
    assert evening.total_seconds == sum(round(count * 60 / 130) for count in words) > 0
    slower = sets.update(evening.id, words_per_minute=100)
    assert slower.total_seconds == sum(round(count * 60 / 100) for count in words)
    assert speaking_seconds(130) == 60 and speaking_seconds(65) == 30
    assert speaking_seconds(1000, 5) == speaking_seconds(1000, 60)  # absurd rates are clamped
    assert format_duration(59) == "0:59" and format_duration(3725) == "1:02:05"


def test_reorder_remove_and_notes(library: Library, sets: Sets, evening: SetInfo) -> None:
    moved = sets.move(evening.items[2].id, 0)
    assert titles(moved) == [LETTERS, PAPER_BOATS, LANTERN]
    assert [item.position for item in moved.items] == [0, 1, 2]
    back = sets.move(evening.items[2].id, 5)  # past the end: last
    assert titles(back) == titles(evening)
    removed = sets.remove(evening.items[0].id)
    assert removed is not None and removed.title == PAPER_BOATS
    assert titles(sets.get(evening.id)) == [LANTERN, LETTERS]
    assert sets.remove(evening.items[0].id) is None  # already gone
    with pytest.raises(SetError, match="no longer in the set"):
        sets.move(evening.items[0].id, 1)
    item = sets.update_item(evening.items[1].id, presenter_notes="  Slow down.\n ")
    assert item.presenter_notes == "Slow down."
    assert item.content_warning == "Separation from family"


def test_adding_skips_what_is_there_and_inserts_where_dropped(
    library: Library, sets: Sets, evening: SetInfo
) -> None:
    letter = id_of(library, KOREAN_LETTER)
    added = sets.add(evening.id, [id_of(library, PAPER_BOATS), letter, letter], at=1)
    assert [item.title for item in added] == [KOREAN_LETTER]
    assert titles(sets.get(evening.id)) == [PAPER_BOATS, KOREAN_LETTER, LANTERN, LETTERS]
    with pytest.raises(DocumentNotFound):
        sets.add(evening.id, ["nosuchdocument"])


def test_rename_duplicate_and_delete(sets: Sets, evening: SetInfo) -> None:
    assert sets.update(evening.id, name="Winter vigil").name == "Winter vigil"
    with pytest.raises(SetError, match="needs a name"):
        sets.update(evening.id, name="   ")
    copy = sets.duplicate(evening.id)
    assert copy.name == "Winter vigil (copy)" and copy.id != evening.id
    assert [(i.document_id, i.presenter_notes, i.content_warning) for i in copy.items] == [
        (i.document_id, i.presenter_notes, i.content_warning) for i in evening.items
    ]
    assert {info.id for info in sets.all()} == {evening.id, copy.id}
    with pytest.raises(SetError, match="More than one"):
        sets.find("winter")
    assert sets.delete(copy.id) is not None
    assert sets.delete(copy.id) is None
    assert [info.id for info in sets.all()] == [evening.id]
    with pytest.raises(SetError, match="no set called"):
        sets.find("harvest")


def test_a_deleted_document_leaves_its_sets(library: Library, sets: Sets, evening: SetInfo) -> None:
    with library.archive.write() as session:
        from storyreader.archive.models import Document

        session.delete(session.get_one(Document, evening.items[0].document_id))
    assert titles(sets.get(evening.id)) == [LANTERN, LETTERS]


def test_a_set_file_carries_a_set_to_another_archive(
    library: Library, sets: Sets, evening: SetInfo, tmp_path: Path, sample_template: Path
) -> None:
    exported = tmp_path / "evening.json"
    sets.export(evening.id, exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "storyreader-set" and data["name"] == "Winter evening"
    assert [item["title"] for item in data["items"]] == titles(evening)

    other = tmp_path / "other.db"
    shutil.copy(sample_template, other)
    with open_archive(other) as archive:
        imported = Sets(archive).import_file(exported)
    assert imported.missing == ()
    assert titles(imported.set) == titles(evening)
    assert [i.presenter_notes for i in imported.set.items] == [
        i.presenter_notes for i in evening.items
    ]
    assert [i.content_warning for i in imported.set.items] == [
        i.content_warning for i in evening.items
    ]
    assert imported.set.venue == "Community hall"


def test_documents_missing_here_are_left_out_and_named(
    sets: Sets, evening: SetInfo, tmp_path: Path
) -> None:
    data = json.loads(json.dumps(evening_file(evening)))
    data["items"].insert(1, {"document_id": "zzzzzzzzzzzz", "title": "A story from elsewhere"})
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    imported = sets.import_file(path)
    assert [(m.document_id, m.title) for m in imported.missing] == [
        ("zzzzzzzzzzzz", "A story from elsewhere")
    ]
    assert titles(imported.set) == titles(evening)

    data["items"] = [{"document_id": "zzzzzzzzzzzz", "title": "Elsewhere"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SetError, match="None of the 1 stories"):
        sets.import_file(path)


def evening_file(info: SetInfo) -> dict[str, object]:
    return set_file_data(info)


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe not text",
        b"[1, 2, 3]",
        b'{"format": "something-else"}',
        b'{"format": "storyreader-set", "version": 1, "name": 3, "items": []}',
        b'{"format": "storyreader-set", "version": 1, "name": "x", "items": [{"id": 1}]}',
        b'{"format": "storyreader-set", "version": 1, "name": "x", "items": 5}',
        b" " * (3 * 1024 * 1024),
        b'{"format": "storyreader-set", "version": 1, "name": "x", "items": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
    ],
    ids=["not text", "a list", "other format", "name", "item", "items", "too large", "deep"],
)
def test_a_hostile_set_file_is_refused_in_a_sentence(
    sets: Sets, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SetFileError, match="is not a Story Reader set file"):
        sets.import_file(path)
    assert sets.all() == []


@pytest.mark.parametrize("field", ["name", "title", "presenter_notes"])
def test_a_set_file_with_a_lone_surrogate_is_refused_in_a_sentence(
    sets: Sets, evening: SetInfo, tmp_path: Path, field: str
) -> None:
    """A `\\ud800` escape is valid JSON but no text the archive can store; Story Reader never
    writes one, so the file is refused whole rather than failing half way in the database."""
    data = set_file_data(evening)
    if field == "name":
        data["name"] = "Vigil BROKEN"
    else:
        data["items"][1][field] = "Paper boats BROKEN"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data).replace("BROKEN", "\\ud800"), encoding="utf-8")
    before = sets.all()

    with pytest.raises(SetFileError) as refused:
        sets.import_file(path)

    assert str(refused.value) == (
        f"{path} holds a broken character (a lone surrogate), which Story Reader never "
        "writes; the set was not imported."
    )
    assert sets.all() == before


def test_a_newer_set_file_asks_for_an_update(sets: Sets, tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text('{"format": "storyreader-set", "version": 9, "name": "x", "items": []}')
    with pytest.raises(SetFileError, match="newer Story Reader"):
        sets.import_file(path)


def test_a_set_file_listing_more_than_a_set_holds_is_refused(
    library: Library, sets: Sets, tmp_path: Path
) -> None:
    items = [{"document_id": id_of(library, PAPER_BOATS)}] * (MAX_ITEMS + 1)
    path = tmp_path / "long.json"
    path.write_text(
        json.dumps({"format": "storyreader-set", "version": 1, "name": "x", "items": items})
    )
    with pytest.raises(SetError, match=f"at most {MAX_ITEMS} stories"):
        sets.import_file(path)
    assert sets.all() == []


def test_a_story_listed_twice_is_imported_once(
    library: Library, sets: Sets, evening: SetInfo, tmp_path: Path
) -> None:
    data = set_file_data(evening)
    data["items"].append({**data["items"][0], "presenter_notes": "A second copy"})
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    imported = sets.import_file(path)
    assert titles(imported.set) == titles(evening)
    assert imported.set.items[0].presenter_notes == "Pause after the boats."


def test_a_story_keeps_its_text_size_and_its_rehearsed_time(
    library: Library, sets: Sets, evening: SetInfo, tmp_path: Path
) -> None:
    first, second, third = evening.items
    assert (first.text_size, first.rehearsed_seconds) == (100, None)
    assert evening.rehearsed_seconds is None and evening.rehearsed_count == 0
    assert sets.update_item(second.id, text_size=80).text_size == 80
    assert sets.update_item(third.id, text_size=5000).text_size == 200  # clamped
    rehearsed = sets.record_rehearsal(evening.id, {first.id: 250, second.id: 301, 99_999: 7})
    assert [item.rehearsed_seconds for item in rehearsed.items] == [250, 301, None]
    assert rehearsed.rehearsed_seconds == 551 and rehearsed.rehearsed_count == 2
    again = sets.record_rehearsal(evening.id, {second.id: 280})  # the last rehearsal counts
    assert [item.rehearsed_seconds for item in again.items] == [250, 280, None]
    assert [item.text_size for item in again.items] == [100, 80, 200]
    # A copy keeps both; a set file carries the sizes (another host rehearses for themself).
    copy = sets.duplicate(evening.id)
    assert [(i.text_size, i.rehearsed_seconds) for i in copy.items] == [
        (100, 250),
        (80, 280),
        (200, None),
    ]
    shared = tmp_path / "sizes.json"
    sets.export(evening.id, shared)
    imported = sets.import_file(shared).set
    assert [(i.text_size, i.rehearsed_seconds) for i in imported.items] == [
        (100, None),
        (80, None),
        (200, None),
    ]
    data = json.loads(shared.read_text(encoding="utf-8"))
    for item in data["items"]:
        del item["text_size"]  # a file from before sizes
    shared.write_text(json.dumps(data), encoding="utf-8")
    assert {i.text_size for i in sets.import_file(shared).set.items} == {100}
    data["items"][0]["text_size"] = True  # set files are read strictly, naming the field
    shared.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SetFileError, match="item 1 has no usable `text_size`"):
        sets.import_file(shared)
