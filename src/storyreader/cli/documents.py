"""Commands over the archive itself: import files, list, show, stats, check and repair."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyreader.cli.common import (
    Commands,
    archive_path,
    iso,
    open_for,
    print_json,
    print_list,
    update_index,
)

if TYPE_CHECKING:
    from storyreader.archive.check import CheckReport
    from storyreader.archive.db import Archive
    from storyreader.archive.queries import DocumentSummary


def register(commands: Commands) -> None:
    sub = commands.add("import", cmd_import, "import Markdown, HTML and text files or folders")
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    sub.add_argument("--kind", help="kind for documents that do not say (default: story)")

    sub = commands.add("list", cmd_list, "list documents")
    sub.add_argument("--kind")
    sub.add_argument("--tag")
    sub.add_argument("--lang", dest="language", metavar="LANG")
    sub.add_argument("--author")
    sub.add_argument("--year", type=int)
    sub.add_argument("--sort", choices=("date", "title"), default="date")
    sub.add_argument("--withdrawn", action="store_true", help="include withdrawn documents")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = commands.add("show", cmd_show, "print one document")
    sub.add_argument("id", metavar="ID", help="a document id (or its first characters)")
    shape = sub.add_mutually_exclusive_group()
    shape.add_argument("--html", action="store_true", help="print the sanitized HTML body")
    shape.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = commands.add("stats", cmd_stats, "counts of what the archive holds")
    sub.add_argument("--json", action="store_true")

    sub = commands.add(
        "check", cmd_check, "check the archive's integrity, stored media and search index"
    )
    sub.add_argument("--repair", action="store_true", help="fix what can be fixed")


def cmd_import(args: argparse.Namespace) -> int:
    from storyreader.archive.space import require_space_for_intake
    from storyreader.importing import import_paths
    from storyreader.progress import TerminalProgress

    kind = args.kind.lower() if args.kind else None
    with open_for(args, create=True) as archive:
        archive.check_writable()
        require_space_for_intake(archive.path.parent, list(args.paths))
        report = import_paths(archive, args.paths, kind=kind, progress=TerminalProgress())
        # New documents are searchable as soon as the command ends.
        update_index(archive, TerminalProgress())
    print(
        f"Imported {len(report.created)} new, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged; skipped {len(report.skipped)}."
    )
    return 1 if report.skipped else 0


def cmd_list(args: argparse.Namespace) -> int:
    from storyreader.archive.library import Library
    from storyreader.archive.queries import DocumentFilter

    filters = DocumentFilter(
        kind=args.kind,
        tag=args.tag,
        language=args.language,
        author=args.author,
        year=args.year,
        include_withdrawn=args.withdrawn,
    )
    with open_for(args) as archive:
        documents = Library(archive).documents(filters, sort=args.sort)
    return print_list(
        documents,
        as_json=args.json,
        json_of=document_json,
        text_of=_document_text,
        if_none="No documents match.",
    )


def _document_text(document: DocumentSummary) -> str:
    date = document.published.date().isoformat() if document.published else "          "
    author = f" — {document.author}" if document.author else ""
    withdrawn = " (withdrawn)" if document.status != "active" else ""
    return f"{document.id}  {date}  {document.kind:<7} {document.title}{author}{withdrawn}"


def cmd_show(args: argparse.Namespace) -> int:
    from storyreader.archive.library import Library

    with open_for(args) as archive:
        document = Library(archive).document(args.id)
    if args.json:
        data = document_json(document)
        data.update(
            summary=document.summary,
            updated=iso(document.updated),
            source=document.source,
            word_count=document.word_count,
            reading_minutes=document.reading_minutes,
            body_text=document.body_text,
            body_html=document.body_html,
            assets=[asdict(asset) for asset in document.assets],
        )
        print_json(data)
    elif args.html:
        print(document.body_html)
    else:
        print(document.title)
        details = [document.kind, document.author, iso(document.published, date_only=True)]
        details.append(f"{document.reading_minutes} min read")
        print(" · ".join(part for part in details if part))
        print()
        print(document.body_text)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from storyreader.archive.library import Library

    with open_for(args) as archive:
        stats = Library(archive).stats()
        path = archive.path
    if args.json:
        print_json({"archive": str(path), **asdict(stats)})
        return 0
    print(f"Archive     {path} (schema {stats.schema})")
    print(f"Documents   {stats.documents:,} active, {stats.withdrawn:,} withdrawn")
    print(f"Words       {stats.words:,}")
    for label, counts in (
        ("Kinds", stats.by_kind),
        ("Languages", stats.by_language),
        ("Years", stats.by_year),
    ):
        print(f"{label:<11} " + ", ".join(f"{key} {count}" for key, count in counts.items()))
    print(f"Tags        {stats.tags}")
    print(f"Media       {stats.media_files} files, {stats.media_bytes / 1_048_576:.1f} MB", end="")
    print(f", {stats.missing_media} not stored" if stats.missing_media else "")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from storyreader.archive.backup import is_sound, repair_archive
    from storyreader.archive.check import CheckReport, check_archive
    from storyreader.archive.db import ReadOnlyArchiveError, read_only_message, read_only_reason

    salvaged = None
    path = archive_path(args)
    reason = read_only_reason(path) if path.is_file() else None
    if args.repair and reason is not None:
        raise ReadOnlyArchiveError(read_only_message(path, reason))
    if args.repair and path.is_file() and not is_sound(path):
        salvaged = repair_archive(path)  # the damaged file is kept aside, never deleted
    with open_for(args) as archive:
        report = check_archive(archive, repair=args.repair)
        if salvaged is not None:
            report = CheckReport(
                problems=["SQLite found the archive file damaged.", *report.problems],
                repaired=[
                    f"Rebuilt the archive from everything SQLite could read; the damaged file "
                    f"is kept as {salvaged.name}.",
                    *report.repaired,
                ],
            )
        if not report.damaged:
            _check_index(archive, report, repair=args.repair)
    for note in report.notes:
        print(note)
    for problem in report.problems:
        print(f"Problem: {problem}")
    for fix in report.repaired:
        print(f"Repaired: {fix}")
    if not report.problems:
        print("The archive is healthy.")
    elif not args.repair:
        print("Run `storyreader check --repair` to fix what can be fixed.")
    return 0 if report.healthy else 1


def _check_index(archive: Archive, report: CheckReport, *, repair: bool) -> None:
    """Compare the search index with the archive; with `repair`, rebuild or catch it up."""
    from storyreader.search import SearchIndex

    with SearchIndex.attach(archive) as index:
        if not index.path.exists() and not repair:
            report.notes.append("The search index is not built yet; the first search builds it.")
            return
        problems = index.check(repair=repair)
        report.problems.extend(problems)
        if repair and problems:
            left = index.check()
            if not left:
                report.repaired.append("Brought the search index back in line with the archive.")


def document_json(document: Any) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "kind": document.kind,
        "author": document.author,
        "language": document.language,
        "published": iso(document.published),
        "url": document.url,
        "tags": list(document.tags),
        "status": document.status,
        "reading_minutes": document.reading_minutes,
    }
