"""JSON from outside is checked one way: sizes, nesting, types, the storable text rule, each
refusal one sentence naming the field, in the wording of the file it came from."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storyreader.bundle.format import BundleError
from storyreader.bundle.manifest import Manifest
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.set_files import SET_FILE_FORMAT, SetFileError, read_set_file
from storyreader.untrusted_json import MAX_DEPTH, Fields, Origin, Wording, load


class NoteFileError(KnownError):
    pass


WORDING = Wording(
    NoteFileError,
    not_json=QT_TRANSLATE_NOOP("Tests", "%1: %2 is not JSON."),
    too_big=QT_TRANSLATE_NOOP("Tests", "%1: %2 is too big."),
    not_object=QT_TRANSLATE_NOOP("Tests", "%1: %2 is not an object."),
    unusable=QT_TRANSLATE_NOOP("Tests", "%1: %2 has no usable `%3`."),
    unstorable=QT_TRANSLATE_NOOP("Tests", "%1: %2 has %4 in `%3`."),
)
ORIGIN = Origin(WORDING, "notes.json")


def fields(value: object) -> Fields:
    return Fields(value, "the file", ORIGIN)


def refusal(raw: bytes, max_bytes: int = 1000) -> str:
    with pytest.raises(NoteFileError) as refused:
        load(raw, "the file", ORIGIN, max_bytes=max_bytes)
    return str(refused.value)


def test_bytes_that_are_not_json_too_large_or_too_deep_are_refused_before_use() -> None:
    assert refusal(b"\xff\xfe{}") == "notes.json: the file is not JSON."
    assert refusal(b'{"a": ') == "notes.json: the file is not JSON."
    nested = b"[" * 100_000 + b"]" * 100_000  # the parser's own recursion limit
    assert refusal(nested, max_bytes=len(nested)) == "notes.json: the file is not JSON."
    assert refusal(b"[]" * 600) == "notes.json: the file is too big."
    deep = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    assert refusal(deep) == "notes.json: the file is too big."
    exactly = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    assert load(exactly, "the file", ORIGIN, max_bytes=1000) == json.loads(exactly)


def test_each_field_is_read_by_type_and_size_and_named_when_it_cannot_be() -> None:
    data = fields(
        {
            "title": "Paper boats",
            "count": 3,
            "when": "2024-05-01",
            "tags": ["river", "night"],
            "inner": {"id": "x"},
            "none": None,
        }
    )
    assert data.text("title", 20) == "Paper boats"
    assert data.integer("count") == 3
    assert data.parsed("when", 10, date.fromisoformat) == date(2024, 5, 1)
    assert data.strings("tags", 2, 5) == ["river", "night"]
    assert data.optional_text("none", 5) is None and data.optional_integer("missing") is None
    assert data.nested("inner").text("id", 2) == "x"

    wrong = {
        "title": lambda: data.text("title", 5),  # too long
        "count": lambda: data.text("count", 5),  # not text
        "when": lambda: data.parsed("when", 10, lambda text: date.fromisoformat(text[:4])),
        "tags": lambda: data.strings("tags", 1, 5),  # too many
        "missing": lambda: data.integer("missing"),
        "none": lambda: data.text("none", 5),
    }
    for key, read in wrong.items():
        with pytest.raises(NoteFileError) as refused:
            read()
        assert str(refused.value) == f"notes.json: the file has no usable `{key}`."
    with pytest.raises(NoteFileError, match=r"^notes.json: the file's `inner` has no usable `n`"):
        data.nested("inner").integer("n")
    with pytest.raises(NoteFileError, match=r"^notes.json: the file's `none` is not an object\.$"):
        data.nested("none")


@pytest.mark.parametrize("value", [True, -1, 2**62, 1.5, "3"], ids=repr)
def test_an_integer_is_a_whole_number_sqlite_can_store(value: object) -> None:
    with pytest.raises(NoteFileError, match="no usable `count`"):
        fields({"count": value}).integer("count")


def test_a_text_story_reader_never_writes_is_refused_wherever_it_is_read() -> None:
    broken = json.loads('{"title": "a\\ud800", "tags": ["\\udfff"], "map": {"k\\ud83d": 1}}')
    data = fields(broken)
    reads = {
        "title": lambda: data.text("title", 10),
        "tags": lambda: data.strings("tags", 5, 5),
        "map": lambda: data.mapping("map", 5),
    }
    for key, read in reads.items():
        with pytest.raises(NoteFileError) as refused:
            read()
        assert str(refused.value).startswith(
            "notes.json: the file has a broken character (a lone surrogate, U+"
        ) and str(refused.value).endswith(f"in `{key}`.")


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"venue": 5}, "the set has no usable `venue`"),
        ({"event_date": "next Tuesday"}, "the set has no usable `event_date`"),
        ({"words_per_minute": "fast"}, "the set has no usable `words_per_minute`"),
        ({"items": [{"document_id": "abc", "title": ["x"]}]}, "item 1 has no usable `title`"),
        ({"items": ["abc"]}, "item 1 is not an object"),
    ],
    ids=["venue", "date", "rate", "title", "item"],
)
def test_a_set_file_is_read_as_strictly_as_a_bundle(
    tmp_path: Path, change: dict[str, object], sentence: str
) -> None:
    """Set files used to turn a field of the wrong type into nothing; now the file is refused
    with the field named, as a bundle's is."""
    path = tmp_path / "set.json"
    data = {"format": SET_FILE_FORMAT, "version": 1, "name": "Vigil", "items": [], **change}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SetFileError) as refused:
        read_set_file(path)
    assert str(refused.value) == f"{path} is not a Story Reader set file: {sentence}."


def test_a_bundle_manifest_names_its_unusable_field(tmp_path: Path) -> None:
    manifest = {"format": "storyreader-bundle", "version": "1", "archive_id": "a"}
    with pytest.raises(BundleError) as refused:
        Manifest.parse(json.dumps(manifest).encode())
    assert str(refused.value) == "In the bundle, the manifest has no usable `version`."
