"""Exporting the reader's notes and bookmarks: the data from the archive, the Markdown and
HTML a reader opens elsewhere, and `storyreader notes export`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.archive.notes_export import export_text, to_html, to_markdown, write_export
from storyreader.errors import KnownError
from tests.conftest import RunCli

ON = date(2026, 12, 8)


def find(library: Library, title: str) -> str:
    return next(doc.id for doc in library.documents() if doc.title == title)


@pytest.fixture
def noted(tmp_path: Path, sample_template: Path) -> Iterator[tuple[Path, Library]]:
    """The sample with a bookmark and two notes on Chalk Dust, and a note on The Paper Boats."""
    path = tmp_path / "noted.db"
    shutil.copy(sample_template, path)
    archive = open_archive(path)
    library = Library(archive)
    chalk, boats = find(library, "Chalk Dust"), find(library, "The Paper Boats")
    library.add_bookmark(chalk, 0.42, "The board")
    body = library.document(chalk).body_text
    start = body.index("shipping container")
    library.add_note(chalk, "shipping container", start, start + 18, "Ask Yusuf for a *photo*")
    library.add_note(chalk, body[:12], 0, 12, "First line\n# not a heading\n<b>bold?</b>")
    library.add_note(boats, "paper boats", 10, 21, "Read this aloud at the vigil")
    yield path, library
    archive.close()


def test_the_archive_gives_each_noted_document_with_its_notes(
    noted: tuple[Path, Library],
) -> None:
    _path, library = noted
    documents = library.annotated_documents()
    assert [doc.title for doc in documents] == ["Chalk Dust", "The Paper Boats"]
    chalk = documents[0]
    assert [note.quote for note in chalk.notes][1] == "shipping container"  # text order
    assert [mark.label for mark in chalk.bookmarks] == ["The board"]
    only = library.annotated_documents(chalk.id)
    assert [doc.title for doc in only] == ["Chalk Dust"]
    assert library.annotated_documents(find(library, "Ten Years Alongside")) == []


def test_markdown_quotes_each_passage_over_its_note(noted: tuple[Path, Library]) -> None:
    _path, library = noted
    chalk = library.annotated_documents(find(library, "Chalk Dust"))
    text = to_markdown(chalk, ON)
    first_words = chalk[0].notes[0].quote
    assert text == (
        "# Notes and bookmarks\n\n"
        "Exported from Story Reader on 2026-12-08.\n\n"
        "## Chalk Dust\n\n"
        f"{chalk[0].author} · {chalk[0].published.date().isoformat()}\n\n"  # type: ignore[union-attr]
        "### Bookmarks\n\n"
        "- At 42% — The board\n\n"
        "### Notes\n\n"
        f"> {first_words}\n\n"
        "First line\n\\# not a heading\n\\<b\\>bold?\\</b\\>\n\n"
        "> shipping container\n\n"
        "Ask Yusuf for a \\*photo\\*\n"
    )


def test_html_escapes_everything_from_the_archive(noted: tuple[Path, Library]) -> None:
    _path, library = noted
    page = to_html(library.annotated_documents(), ON)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8"/>' in page
    assert "<b>bold?</b>" not in page and "&lt;b&gt;bold?&lt;/b&gt;" in page
    assert "<blockquote>shipping container</blockquote>" in page
    assert "<p>First line<br/># not a heading<br/>" in page
    assert page.index("<h2>Chalk Dust</h2>") < page.index("<h2>The Paper Boats</h2>")
    with pytest.raises(KnownError):
        export_text([], "pdf", ON)


def test_an_export_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("before", encoding="utf-8")
    with pytest.raises(KnownError, match="Cannot write"):
        write_export(tmp_path / "missing" / "notes.md", "text")
    write_export(target, "after\n")
    assert target.read_text(encoding="utf-8") == "after\n"
    assert [path.name for path in tmp_path.iterdir()] == ["notes.md"]  # nothing left over


def test_the_command_line_exports_one_document_or_all(
    noted: tuple[Path, Library], run_cli: RunCli, tmp_path: Path
) -> None:
    path, library = noted
    chalk = find(library, "Chalk Dust")
    shown = run_cli("notes", "export", "--archive", path, "--document", chalk[:8])
    assert shown.returncode == 0, shown.stderr
    assert "## Chalk Dust" in shown.stdout and "Paper Boats" not in shown.stdout
    out = tmp_path / "all.html"
    written = run_cli("notes", "export", "--archive", path, "-o", out)
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"Wrote 3 note(s) and 1 bookmark(s) to {out}."
    assert "<h2>The Paper Boats</h2>" in out.read_text(encoding="utf-8")
    missing = run_cli("notes", "export", "--archive", path, "-o", tmp_path / "no" / "x.md")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "Cannot write" in missing.stderr
