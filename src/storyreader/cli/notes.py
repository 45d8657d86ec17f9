"""Commands over the reader's own notes and bookmarks: export them as Markdown or HTML."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from storyreader.cli.common import Commands, open_for


def register(commands: Commands) -> None:
    notes = commands.group("notes", "your notes and bookmarks")
    sub = notes.add(
        "export", cmd_export, "write your notes and bookmarks, with the words they are about"
    )
    sub.add_argument(
        "--document", metavar="ID", help="only this document (an id or its first characters)"
    )
    sub.add_argument(
        "--format",
        choices=("markdown", "html"),
        help="default: html for a .html file, else markdown",
    )
    sub.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: print)"
    )


def cmd_export(args: argparse.Namespace) -> int:
    from storyreader.archive.library import Library
    from storyreader.archive.notes_export import export_text, write_export

    with open_for(args) as archive:
        library = Library(archive)
        only = library.document(args.document).id if args.document else None
        documents = library.annotated_documents(only)
    output: Path | None = args.output
    suffix = output.suffix.lower() if output is not None else ""
    kind = args.format or ("html" if suffix in (".html", ".htm") else "markdown")
    text = export_text(documents, kind, date.today())
    if output is None:
        sys.stdout.write(text)
        return 0
    write_export(output, text)
    notes = sum(len(document.notes) for document in documents)
    marks = sum(len(document.bookmarks) for document in documents)
    print(f"Wrote {notes} note(s) and {marks} bookmark(s) to {output}.")
    return 0
