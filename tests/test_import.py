"""Local import through the real `storyreader` command: exact text, skips, idempotence."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.archive.models import Note, ReadingState
from storyreader.archive.writes import utcnow
from storyreader.importing import import_paths
from tests.conftest import RunCli

PLAIN_TEXTS = {
    "quotes.txt": "“Home,” she said\n\n“It’s not a place — it’s the people.”\nShe meant it.\n",
    "dash.txt": "The crossing\n\nWe waited — for hours — at the border.\n\nThen we walked.\n",
    "korean.txt": (
        "새로운 시작\n\n우리는 2015년에 서울에 도착했습니다.\n\n"
        "희망은 “자유”라는 말로 시작되었습니다.\n"
    ),
}


@pytest.fixture
def text_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in PLAIN_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me\n\nna\xefve".encode("latin-1"))
    return folder


def _documents(run_cli: RunCli, archive: Path) -> list[dict[str, object]]:
    listing = run_cli("--archive", archive, "list", "--json")
    assert listing.returncode == 0, listing.stderr
    documents: list[dict[str, object]] = json.loads(listing.stdout)
    return documents


def test_plain_text_survives_byte_for_byte(
    run_cli: RunCli, text_folder: Path, archive_path: Path
) -> None:
    result = run_cli("--archive", archive_path, "import", text_folder)

    assert result.returncode == 1
    skip_lines = [line for line in result.stderr.splitlines() if line.startswith("Skipped")]
    assert len(skip_lines) == 1
    assert "latin1.txt" in skip_lines[0] and "not UTF-8" in skip_lines[0]
    assert "Traceback" not in result.stderr
    documents = _documents(run_cli, archive_path)
    assert len(documents) == 3
    for document in documents:
        shown = run_cli("--archive", archive_path, "show", document["id"], "--json")
        body = json.loads(shown.stdout)["body_text"]
        title = document["title"]
        source = next(text for text in PLAIN_TEXTS.values() if text.startswith(f"{title}\n"))
        assert body.encode() == source.split("\n", 1)[1].strip("\n").rstrip().encode()


def test_importing_again_changes_nothing(
    run_cli: RunCli, text_folder: Path, archive_path: Path
) -> None:
    run_cli("--archive", archive_path, "import", text_folder)
    before = _snapshot(archive_path)

    again = run_cli("--archive", archive_path, "import", text_folder)

    assert "0 new, 0 updated, 3 unchanged" in again.stdout
    assert _snapshot(archive_path) == before


def _snapshot(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return (
            connection.execute(
                "SELECT id, content_hash, modified_at, body_text FROM documents ORDER BY id"
            ).fetchall()
            + connection.execute("SELECT count(*) FROM index_tasks").fetchall()
        )
    finally:
        connection.close()


def test_hostile_html_is_imported_clean(
    run_cli: RunCli, tmp_path: Path, archive_path: Path
) -> None:
    nested = "<table><tr><td>" * 22 + "deep cell" + "</td></tr></table>" * 22
    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><head><title>Hostile page</title></head><body>"
        "<p>Before<script>alert('x')</script> after</p>"
        '<img src="images/none.png" onerror="alert(1)">'
        '<img src="file:///etc/passwd"><a href="javascript:alert(1)">link</a>'
        f"{nested}</body></html>",
        encoding="utf-8",
    )

    result = run_cli("--archive", archive_path, "import", page, timeout=20)

    assert result.returncode == 0, result.stderr
    document_id = _documents(run_cli, archive_path)[0]["id"]
    body = run_cli("--archive", archive_path, "show", document_id, "--html").stdout
    lowered = body.lower()
    for forbidden in ("<script", "alert", "onerror", "file:", "/etc/passwd", "javascript:"):
        assert forbidden not in lowered
    assert lowered.count("<table") <= 1
    assert "deep cell" in body


def test_markdown_front_matter(tmp_path: Path, archive_path: Path) -> None:
    (tmp_path / "letter.md").write_text(
        "---\ntitle: A letter to our friends\nauthor: Miriam\ndate: 2021-03-02\n"
        "kind: letter\ntags: [Thank-you, advocacy]\nsummary: Thanks.\n---\n\n"
        "Dear friends,\n\nThank *you*.\n",
        encoding="utf-8",
    )
    with open_archive(archive_path) as archive:
        report = import_paths(archive, [tmp_path / "letter.md"])
        document = Library(archive).document(report.created[0])
    assert (document.title, document.author, document.kind) == (
        "A letter to our friends",
        "Miriam",
        "letter",
    )
    assert (
        document.published is not None and document.published.isoformat() == "2021-03-02T00:00:00"
    )
    assert document.tags == ("advocacy", "thank-you")
    assert "<em>you</em>" in document.body_html
    assert document.body_text == "Dear friends,\n\nThank you."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("---\ntitle: [unclosed\n---\nbody", "front matter is not valid YAML"),
        ("---\ndate: next tuesday\n---\nbody", "is not a date"),
        ("   \n\n", "it is empty"),
        ("---\n- a\n- b\n---\nbody", "front matter is not a list of `key: value` lines"),
    ],
)
def test_unusable_markdown_is_skipped_with_a_reason(
    tmp_path: Path, archive_path: Path, content: str, reason: str
) -> None:
    (tmp_path / "bad.md").write_text(content, encoding="utf-8")
    (tmp_path / "good.md").write_text("# Fine\n\nA good one.", encoding="utf-8")
    with open_archive(archive_path) as archive:
        report = import_paths(archive, [tmp_path])
    assert [(path.name, reason in str(text)) for path, text in report.skipped] == [("bad.md", True)]
    assert len(report.created) == 1


def test_binary_and_oversized_files_are_skipped(tmp_path: Path, archive_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "huge.txt").write_bytes(b"a" * (9 * 1024 * 1024))
    with open_archive(archive_path) as archive:
        report = import_paths(archive, [tmp_path])
    reasons = {path.name: str(reason) for path, reason in report.skipped}
    assert "binary" in reasons["binary.txt"]
    assert "MB limit" in reasons["huge.txt"]


def test_reimport_keeps_reader_data_and_flags_notes(tmp_path: Path, archive_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("# Story\n\nFirst version.", encoding="utf-8")
    with open_archive(archive_path) as archive:
        document_id = import_paths(archive, [story]).created[0]
        with archive.write() as session:
            session.add(
                ReadingState(document_id=document_id, is_read=True, favourite=True, position=0.7)
            )
            session.add(
                Note(
                    document_id=document_id,
                    quote="First",
                    text="mine",
                    created_at=utcnow(),
                    updated_at=utcnow(),
                )
            )
        story.write_text("# Story\n\nSecond version, edited.", encoding="utf-8")
        report = import_paths(archive, [story])
        document = Library(archive).document(document_id)
        with archive.read() as session:
            note = session.query(Note).one()
            note_text, flagged = note.text, note.document_changed
    assert report.updated == [document_id]
    assert document.body_text == "Second version, edited."
    assert document.is_read and document.favourite
    assert note_text == "mine" and flagged


def test_images_beside_markdown_are_stored(tmp_path: Path, archive_path: Path) -> None:
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
        b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
        b"\x00\x00IEND\xaeB`\x82"
    )
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "dot.png").write_bytes(png)
    (tmp_path / "images" / "fake.png").write_text("not an image")
    (tmp_path / "story.md").write_text(
        "# Pictures\n\n![a dot](images/dot.png)\n\n![fake](images/fake.png)\n", encoding="utf-8"
    )
    with open_archive(archive_path) as archive:
        document = Library(archive).document(import_paths(archive, [tmp_path]).created[0])
        stored = Library(archive).media(document.assets[0].sha256 or "")
    assert [(asset.url, asset.stored) for asset in document.assets] == [
        ("images/dot.png", True),
        ("images/fake.png", False),
    ]
    assert stored == ("image/png", png)
    assert "images/dot.png" not in document.body_html  # rewritten to the stored copy


def test_a_broken_character_costs_that_character_not_the_import(
    tmp_path: Path, archive_path: Path, run_cli: RunCli
) -> None:
    """YAML's `\\ud800` escape makes a lone surrogate, which SQLite cannot store: the import
    used to fail half way. It is replaced by U+FFFD, in every field, and the rest imports."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a-good.md").write_text("---\ntitle: Good\n---\n\nFine.\n", encoding="utf-8")
    (folder / "b-broken.md").write_text(
        '---\ntitle: "Broken \\ud800 title"\nauthor: "A\\udfffB"\ntags: ["x\\ud83d"]\n'
        'summary: "nul\\0here"\n---\n\nText.\n',
        encoding="utf-8",
    )

    imported = run_cli("--archive", archive_path, "import", folder)

    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 new" in imported.stdout
    broken = next(d for d in _documents(run_cli, archive_path) if d["title"] != "Good")
    assert broken["title"] == "Broken \ufffd title"
    assert broken["author"] == "A\ufffdB"
    assert broken["tags"] == ["x\ufffd"]
    shown = run_cli("--archive", archive_path, "show", str(broken["id"]), "--json")
    assert json.loads(shown.stdout)["summary"] == "nulhere"


def _stored_pictures(archive_path: Path) -> int:
    connection = sqlite3.connect(archive_path)
    try:
        return int(connection.execute("SELECT count(*) FROM media").fetchone()[0])
    finally:
        connection.close()


def test_a_picture_no_document_uses_any_more_is_removed(
    tmp_path: Path, archive_path: Path, run_cli: RunCli
) -> None:
    from tests.pictures import solid_png

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "red.png").write_bytes(solid_png(b"\xff\x00\x00"))
    (folder / "blue.png").write_bytes(solid_png(b"\x00\x00\xff"))
    story = folder / "story.md"
    story.write_text("# Pictured\n\n![red](red.png) ![blue](blue.png)\n", encoding="utf-8")
    (folder / "other.md").write_text("# Other\n\n![blue again](blue.png)\n", encoding="utf-8")
    assert run_cli("--archive", archive_path, "import", folder).returncode == 0
    assert _stored_pictures(archive_path) == 2

    story.write_text("# Pictured\n\nNo pictures now.\n", encoding="utf-8")
    assert run_cli("--archive", archive_path, "import", folder).returncode == 0
    checked = run_cli("--archive", archive_path, "check")

    assert (checked.returncode, checked.stdout.strip()) == (0, "The archive is healthy.")
    assert _stored_pictures(archive_path) == 1  # blue stays: the other document shows it


def test_a_document_keeps_at_most_sixty_pictures(tmp_path: Path, archive_path: Path) -> None:
    """The cap sync keeps holds for every way in: a file with 70 pictures keeps the first 60,
    and the others leave the page rather than standing there as placeholders."""
    from storyreader.config import MAX_IMAGES_PER_DOCUMENT
    from tests.pictures import solid_png

    pictures = [f"p{number}.png" for number in range(MAX_IMAGES_PER_DOCUMENT + 10)]
    for number, name in enumerate(pictures):
        (tmp_path / name).write_bytes(solid_png(bytes([number, 1, 2])))
    (tmp_path / "album.md").write_text(
        "# Album\n\n" + "\n\n".join(f"![{name}]({name})" for name in pictures), encoding="utf-8"
    )
    with open_archive(archive_path) as archive:
        document = Library(archive).document(import_paths(archive, [tmp_path]).created[0])
    assert [asset.url for asset in document.assets] == pictures[:MAX_IMAGES_PER_DOCUMENT]
    assert all(asset.stored for asset in document.assets)
    assert document.body_html.count("<img") == MAX_IMAGES_PER_DOCUMENT
    assert _stored_pictures(archive_path) == MAX_IMAGES_PER_DOCUMENT


def test_file_names_that_are_not_utf8_are_told_apart(tmp_path: Path, archive_path: Path) -> None:
    """Linux file names are bytes: two that differ only in a byte that is not UTF-8 used to
    fail the import (UnicodeEncodeError, then the same key twice once cleaned)."""
    folder = tmp_path / "names"
    folder.mkdir()
    try:
        for byte, title in ((b"\xe9", "One"), (b"\xe8", "Two")):
            name = os.fsdecode(b"caf" + byte + b".md")
            (folder / name).write_text(f"# {title}\n\nText.\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take file names that are not UTF-8")

    with open_archive(archive_path) as archive:
        report = import_paths(archive, [folder])
        titles = {document.title for document in Library(archive).documents()}

    assert (len(report.created), report.skipped, titles) == (2, [], {"One", "Two"})
