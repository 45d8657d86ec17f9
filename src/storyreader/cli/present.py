"""Commands for event hosts: `storyreader sets ...` (list, show, create, delete, export,
import, pdf) and `storyreader present SET`, which opens the show.

Only `sets pdf` and `present` need Qt; they import it when they run, never before.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyreader.cli.common import (
    Commands,
    iso,
    open_for,
    positive,
    print_json,
    print_list,
)
from storyreader.present.timing import DEFAULT_WORDS_PER_MINUTE, format_duration

if TYPE_CHECKING:
    from storyreader.present.set_info import SetInfo


def register(commands: Commands) -> None:
    sets = commands.group("sets", "set lists for events: make, show, share and print them")

    sub = sets.add("list", cmd_list, "list the sets")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = sets.add("show", cmd_show, "show one set: its stories, notes and speaking time")
    sub.add_argument("set", metavar="SET", help="the set's number or name")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = sets.add("create", cmd_create, "make a set of documents, in the order given")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("documents", nargs="+", metavar="DOC_ID", help="document ids (or prefixes)")
    sub.add_argument("--date", type=_day, help="the event's date, YYYY-MM-DD")
    sub.add_argument("--venue", default="")
    sub.add_argument(
        "--wpm",
        type=positive,
        default=DEFAULT_WORDS_PER_MINUTE,
        help=f"speaking rate in words a minute (default {DEFAULT_WORDS_PER_MINUTE})",
    )

    sub = sets.add("delete", cmd_delete, "delete a set (the documents stay)")
    sub.add_argument("set", metavar="SET")

    sub = sets.add("export", cmd_export, "write a set to a small file another host can import")
    sub.add_argument("set", metavar="SET")
    sub.add_argument("out", type=Path, metavar="OUT.json")

    sub = sets.add("import", cmd_import, "add a set from a set file")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = sets.add("pdf", cmd_pdf, "write a set's slides (one page each) or handout as a PDF")
    sub.add_argument("set", metavar="SET")
    sub.add_argument("out", type=Path, metavar="OUT.pdf")
    sub.add_argument(
        "--handout", action="store_true", help="the stories in reading layout, to print"
    )
    sub.add_argument(
        "--theme", choices=("light", "dark", "high-contrast"), default="light", help="slides only"
    )
    sub.add_argument("--no-closing", action="store_true", help="no QR code slide after a story")

    sub = commands.add("present", cmd_present, "present a set: audience screen and console")
    sub.add_argument("set", metavar="SET", help="the set's number or name")
    sub.add_argument(
        "--screen",
        type=positive,
        metavar="N",
        help="the screen for the audience (1 is the first; default: the second, if any)",
    )
    sub.add_argument(
        "--rehearse",
        action="store_true",
        help="a rehearsal: keep how long each story took (once all its slides are shown)",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-05") from None


def set_json(info: SetInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.name,
        "event_date": info.event_date.isoformat() if info.event_date else None,
        "venue": info.venue,
        "words_per_minute": info.words_per_minute,
        "total_words": info.total_words,
        "total_seconds": info.total_seconds,
        "updated": iso(info.updated_at),
        "items": [
            {
                "id": item.id,
                "document_id": item.document_id,
                "title": item.title,
                "words": item.word_count,
                "seconds": item.speaking_seconds,
                "rehearsed_seconds": item.rehearsed_seconds,
                "text_size": item.text_size,
                "presenter_notes": item.presenter_notes,
                "content_warning": item.content_warning,
            }
            for item in info.items
        ],
    }


def cmd_list(args: argparse.Namespace) -> int:
    from storyreader.present.sets import Sets

    with open_for(args) as archive:
        sets = Sets(archive).all()
    return print_list(
        sets,
        as_json=args.json,
        json_of=set_json,
        text_of=_set_text,
        if_none="No sets yet. Make one with `storyreader sets create NAME DOC_ID...`.",
    )


def _set_text(info: SetInfo) -> str:
    when = info.event_date.isoformat() if info.event_date else "          "
    venue = f" — {info.venue}" if info.venue else ""
    count = f"{len(info.items)} {'story' if len(info.items) == 1 else 'stories'}"
    duration = format_duration(info.total_seconds)
    return f"{info.id:>3}  {when}  {info.name}{venue}  ({count}, {duration})"


def cmd_show(args: argparse.Namespace) -> int:
    from storyreader.present.sets import Sets

    with open_for(args) as archive:
        info = Sets(archive).find(args.set)
    if args.json:
        print_json(set_json(info))
        return 0
    _print_set(info)
    return 0


def _print_set(info: SetInfo) -> None:
    print(f"{info.name} (set {info.id})")
    details = [info.event_date.isoformat() if info.event_date else "", info.venue]
    details.append(f"{info.words_per_minute} words a minute")
    print(" · ".join(part for part in details if part))
    print()
    for number, item in enumerate(info.items, 1):
        time = format_duration(item.speaking_seconds)
        if item.rehearsed_seconds is not None:
            time += f" (rehearsed {format_duration(item.rehearsed_seconds)})"
        print(f"{number:>2}. {item.title}  [{item.document_id}]  {time}")
        if item.text_size != 100:
            print(f"    Text size: {item.text_size}%")
        if item.content_warning:
            print(f"    Content warning: {item.content_warning}")
        for line in item.presenter_notes.splitlines():
            print(f"    {line}")
    print()
    print(
        f"Read aloud: about {format_duration(info.total_seconds)} (minutes:seconds) "
        f"for {info.total_words:,} words."
    )


def cmd_create(args: argparse.Namespace) -> int:
    from storyreader.present.sets import Sets

    with open_for(args) as archive:
        info = Sets(archive).create(
            args.name,
            args.documents,
            event_date=args.date,
            venue=args.venue,
            words_per_minute=args.wpm,
        )
    _print_set(info)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from storyreader.present.sets import Sets

    with open_for(args) as archive:
        sets = Sets(archive)
        info = sets.find(args.set)
        sets.delete(info.id)
    print(f"Deleted the set {info.name!r} (set {info.id}).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from storyreader.present.sets import Sets

    with open_for(args) as archive:
        sets = Sets(archive)
        info = sets.export(sets.find(args.set).id, args.out)
    print(f"Wrote the set {info.name!r} ({len(info.items)} stories) to {args.out}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from storyreader.present.sets import Sets

    with open_for(args) as archive:
        imported = Sets(archive).import_file(args.file)
    info = imported.set
    if args.json:
        data = set_json(info)
        data["missing"] = [
            {"document_id": missing.document_id, "title": missing.title}
            for missing in imported.missing
        ]
        print_json(data)
        return 0
    print(f"Imported the set {info.name!r} as set {info.id}, with {len(info.items)} stories.")
    if imported.missing:
        print("Not in this archive, so left out (sync or import them, then add them):")
        for missing in imported.missing:
            print(f"  {missing.title or '(untitled)'}  [{missing.document_id}]")
    return 0


def _gui_application() -> Any:
    """A QGuiApplication for drawing PDFs, on the offscreen platform when there is no display."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    # The offscreen platform remarks on every window; nothing here is a window.
    qInstallMessageHandler(
        lambda _kind, _context, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )
    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def cmd_pdf(args: argparse.Namespace) -> int:
    from storyreader.archive.library import Library
    from storyreader.present.sets import Sets

    _app = _gui_application()
    from storyreader.present.layout import theme_named
    from storyreader.present.pdf import write_handout_pdf, write_set_slides_pdf

    with open_for(args) as archive:
        library = Library(archive)
        info = Sets(archive).find(args.set)
        if args.handout:
            write_handout_pdf(args.out, info, library.document, library.media)
            print(f"Wrote the handout of {info.name!r} to {args.out}.")
            return 0
        pages = write_set_slides_pdf(
            args.out,
            info,
            library.document,
            library.media,
            theme=theme_named(args.theme),
            closing_slides=not args.no_closing,
        )
    print(f"Wrote {pages} slides of {info.name!r} to {args.out}.")
    return 0


def cmd_present(args: argparse.Namespace) -> int:
    from storyreader.app import run_show

    with open_for(args) as archive:
        return run_show(archive, args.set, args.screen, rehearsal=args.rehearse)
