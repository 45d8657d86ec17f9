"""The command line: `storyreader` opens the app; every subcommand runs headless, without Qt.

Errors the user can act on (`KnownError`) print as one sentence on stderr and exit 1; usage
errors exit 2; anything else is a bug, shown as one sentence too unless `--debug` asks for
the traceback.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyreader import __version__
from storyreader.config import default_archive_path, sample_archive_path
from storyreader.errors import Cancelled, KnownError

if TYPE_CHECKING:
    from storyreader.archive.check import CheckReport
    from storyreader.archive.db import Archive
    from storyreader.progress import Progress
    from storyreader.search import SearchIndex, SearchResults

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if args.self_test:
            from storyreader.selftest import run_self_test

            return run_self_test()
        if handler is None:
            return _open_app(args)
        return handler(args)
    except KnownError as error:
        print(str(error), file=sys.stderr)
        return 1
    except Cancelled:
        print("Stopped; nothing after the last completed batch was changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader of our output went away (e.g. `| head`)
        return 0
    except Exception as error:
        if args.debug:
            raise
        print(
            f"Story Reader failed unexpectedly ({type(error).__name__}: {error}). "
            "Run the command again with --debug for details.",
            file=sys.stderr,
        )
        return 1


# --- Parser ---


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyreader",
        description="Read, search and present stories and letters offline. "
        "With no command, opens the desktop app.",
    )
    _add_common_options(parser, default_archive=None, default_debug=False)
    # Subcommands accept the same options after their name; SUPPRESS keeps a value given
    # before the name from being overwritten by the subcommand's default.
    common = argparse.ArgumentParser(add_help=False)
    _add_common_options(common, default_archive=argparse.SUPPRESS, default_debug=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (no display needed) and exit",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    sub = command("import", cmd_import, "import Markdown, HTML and text files or folders")
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    sub.add_argument("--kind", help="kind for documents that do not say (default: story)")

    sub = command("list", cmd_list, "list documents")
    sub.add_argument("--kind")
    sub.add_argument("--tag")
    sub.add_argument("--lang", dest="language", metavar="LANG")
    sub.add_argument("--author")
    sub.add_argument("--year", type=int)
    sub.add_argument("--sort", choices=("date", "title"), default="date")
    sub.add_argument("--withdrawn", action="store_true", help="include withdrawn documents")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command("show", cmd_show, "print one document")
    sub.add_argument("id", metavar="ID", help="a document id (or its first characters)")
    shape = sub.add_mutually_exclusive_group()
    shape.add_argument("--html", action="store_true", help="print the sanitized HTML body")
    shape.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command("stats", cmd_stats, "counts of what the archive holds")
    sub.add_argument("--json", action="store_true")

    sub = command("search", cmd_search, "search the full text (see `search --help` for syntax)")
    sub.description = SEARCH_SYNTAX
    sub.formatter_class = argparse.RawDescriptionHelpFormatter
    sub.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    sub.add_argument("--kind", help="only documents of this kind (story, letter, ...)")
    sub.add_argument("--lang", dest="language", metavar="LANG", help="only this language")
    sub.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    sub.add_argument("--limit", type=_positive, default=10, help="hits per page (default 10)")
    sub.add_argument("--page", type=_positive, default=1)
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    command("reindex", cmd_reindex, "rebuild the search index from the archive")

    sub = command(
        "check", cmd_check, "check the archive's integrity, stored media and search index"
    )
    sub.add_argument("--repair", action="store_true", help="fix what can be fixed")
    return parser


SEARCH_SYNTAX = """search the full text of the archive

  flood rescue            documents with both words ("rescue" also finds "rescued")
  "food parcels"          the exact phrase
  letter OR appeal        either word
  rescue -sport           leave out documents with a word
  repat*                  words starting so
  kind:letter author:jane tag:advocacy lang:ko year:2019 date:2019-01..2020-06
"""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


# --- Opening the archive ---


def _add_common_options(
    parser: argparse.ArgumentParser, *, default_archive: Any, default_debug: Any
) -> None:
    parser.add_argument(
        "--archive",
        type=Path,
        default=default_archive,
        help="the archive file (default: $STORYREADER_ARCHIVE, else your own archive, "
        "made from the sample on first use)",
    )
    parser.add_argument(
        "--debug", action="store_true", default=default_debug, help="show tracebacks"
    )


def archive_path(args: argparse.Namespace) -> Path:
    return Path(args.archive) if args.archive else default_archive_path()


def open_for(args: argparse.Namespace, *, create: bool = False) -> Archive:
    """Open the archive named by the arguments; the default one starts as a copy of the sample."""
    from storyreader.archive import open_archive

    path = archive_path(args)
    if args.archive is None and not path.exists():
        install_sample(path)
    return open_archive(path, create=create or args.archive is None)


def install_sample(target: Path) -> None:
    """Copy the bundled sample archive to `target`, atomically (never a half-copied file)."""
    sample = sample_archive_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    if sample is None:
        return  # a fresh empty archive is created instead
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(handle)
    try:
        source, destination = sqlite3.connect(sample), sqlite3.connect(temporary)
        try:
            source.backup(destination)
            # A copy is an archive of its own: give it its own identity.
            destination.execute(
                "UPDATE archive_info SET value = ? WHERE key = 'archive_id'", (str(uuid.uuid4()),)
            )
            destination.commit()
        finally:
            source.close()
            destination.close()
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)


# --- Commands ---


def cmd_import(args: argparse.Namespace) -> int:
    from storyreader.importing import import_paths
    from storyreader.progress import TerminalProgress

    kind = args.kind.lower() if args.kind else None
    with open_for(args, create=True) as archive:
        report = import_paths(archive, args.paths, kind=kind, progress=TerminalProgress())
        # New documents are searchable as soon as the command ends.
        _open_index(archive, TerminalProgress()).close()
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
    if args.json:
        _print_json([_document_json(document) for document in documents])
        return 0
    for document in documents:
        date = document.published.date().isoformat() if document.published else "          "
        author = f" — {document.author}" if document.author else ""
        withdrawn = " (withdrawn)" if document.status != "active" else ""
        print(f"{document.id}  {date}  {document.kind:<7} {document.title}{author}{withdrawn}")
    if not documents:
        print("No documents match.", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from storyreader.archive.library import Library

    with open_for(args) as archive:
        document = Library(archive).document(args.id)
    if args.json:
        data = _document_json(document)
        data.update(
            summary=document.summary,
            updated=_iso(document.updated),
            source=document.source,
            word_count=document.word_count,
            reading_minutes=document.reading_minutes,
            body_text=document.body_text,
            body_html=document.body_html,
            assets=[asdict(asset) for asset in document.assets],
        )
        _print_json(data)
    elif args.html:
        print(document.body_html)
    else:
        print(document.title)
        details = [document.kind, document.author, _iso(document.published, date_only=True)]
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
        _print_json({"archive": str(path), **asdict(stats)})
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


def _open_index(archive: Archive, progress: Progress) -> SearchIndex:
    from storyreader.search import SearchIndex

    return SearchIndex.open(archive, progress=progress)


def cmd_search(args: argparse.Namespace) -> int:
    from storyreader.progress import TerminalProgress

    with open_for(args) as archive, _open_index(archive, TerminalProgress()) as index:
        results = index.search(
            " ".join(args.query),
            kind=args.kind,
            language=args.language,
            sort=args.sort,
            page=args.page,
            page_size=args.limit,
        )
    if args.json:
        _print_json(_results_json(results))
    else:
        _print_results(results)
    return 0


def _results_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query,
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "suggestion": results.suggestion,
        "message": results.message,
        "facets": {name: dict(counts) for name, counts in results.facets.items()},
        "hits": [
            {
                "id": hit.id,
                "title": hit.title,
                "kind": hit.kind,
                "author": hit.author,
                "language": hit.language,
                "published": _iso(hit.published),
                "score": round(hit.score, 4),
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }


def _print_results(results: SearchResults) -> None:
    bold, plain = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("", "")
    if results.message:
        print(results.message, file=sys.stderr)
    if results.suggestion and results.suggestion not in (results.message or ""):
        print(f"Did you mean: {results.suggestion}?", file=sys.stderr)
    if results.total == 0:
        if not results.message:
            print(f"No documents match “{results.query.strip()}”.", file=sys.stderr)
        return
    count = f"{results.total:,} result{'s' if results.total != 1 else ''}"
    if results.pages > 1:
        count += f", page {results.page} of {results.pages}"
    print(count)
    for hit in results.hits:
        date = hit.published.date().isoformat() if hit.published else "          "
        author = f" — {hit.author}" if hit.author else ""
        print(f"\n{hit.id}  {date}  {hit.kind:<7} {bold}{hit.title}{plain}{author}")
        snippet = hit.snippet.replace("<b>", bold).replace("</b>", plain)
        print("    " + html.unescape(snippet))


def cmd_reindex(args: argparse.Namespace) -> int:
    from storyreader.progress import TerminalProgress
    from storyreader.search import SearchIndex

    started = time.monotonic()
    with open_for(args) as archive, SearchIndex.attach(archive) as index:
        index.rebuild(TerminalProgress())
        total = index.document_count()
    print(f"Indexed {total:,} documents in {time.monotonic() - started:.1f} s.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from storyreader.archive.backup import is_sound, repair_archive
    from storyreader.archive.check import CheckReport, check_archive

    salvaged = None
    path = archive_path(args)
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


def _open_app(args: argparse.Namespace) -> int:
    from storyreader.app import run_app

    path = archive_path(args)
    if args.archive is None and not path.exists():
        install_sample(path)
    return run_app(path)


# --- Output helpers ---


def _iso(moment: datetime | None, *, date_only: bool = False) -> str | None:
    if moment is None:
        return None
    return moment.date().isoformat() if date_only else moment.isoformat() + "Z"


def _document_json(document: Any) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "kind": document.kind,
        "author": document.author,
        "language": document.language,
        "published": _iso(document.published),
        "url": document.url,
        "tags": list(document.tags),
        "status": document.status,
        "reading_minutes": document.reading_minutes,
    }


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    raise SystemExit(main())
