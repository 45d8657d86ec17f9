"""Commands for web sources: `sources add|list|remove`, and `sync` to bring them up to date."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from storyreader.cli.common import Commands, iso, open_for, print_json, print_list, update_index

if TYPE_CHECKING:
    from storyreader.progress import CancelToken
    from storyreader.sync import SourceInfo


def register(commands: Commands) -> None:
    sources = commands.group("sources", "web sites, feeds and WordPress sites to sync from")
    sub = sources.add("add", cmd_add, "add a web source (its type is detected from the page)")
    sub.add_argument("url", metavar="URL", help="a blog section, a feed, or a WordPress site")
    sub.add_argument("--name", help="what to call it (default: its address)")
    sub.add_argument("--type", choices=("auto", "site", "feed", "wordpress"), default="auto")
    sub.add_argument("--kind", default="story", help="kind of its documents (default: story)")
    sub.add_argument(
        "--include", action="append", default=[], metavar="PATTERN", help="only URLs like this"
    )
    sub.add_argument(
        "--exclude", action="append", default=[], metavar="PATTERN", help="never URLs like this"
    )
    sub.add_argument(
        "--article",
        metavar="SELECTOR",
        help="CSS selector of the article on its pages, for sites the rules cannot read",
    )
    sub.add_argument(
        "--drop",
        action="append",
        default=[],
        metavar="SELECTOR",
        help="CSS selector of something to leave out of its pages (again for more)",
    )
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = sources.add("list", cmd_list, "list the web sources")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = sources.add("remove", cmd_remove, "stop syncing a source (its documents stay)")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument("--withdraw", action="store_true", help="withdraw its documents too")

    sub = commands.add("sync", cmd_sync, "bring the archive up to date from its web sources")
    sub.add_argument("names", nargs="*", metavar="NAME", help="sources to sync (default: all)")
    sub.add_argument("--json", action="store_true", help="print the reports as JSON")


def cmd_add(args: argparse.Namespace) -> int:
    from storyreader.sync import add_source

    with open_for(args, create=True) as archive:
        info = add_source(
            archive,
            args.url,
            name=args.name,
            type_=args.type,
            kind=args.kind,
            include=args.include,
            exclude=args.exclude,
            article_selector=args.article,
            drop_selectors=args.drop,
        )
    if args.json:
        print_json(_source_json(info))
    else:
        print(f"Added {info.name} ({info.type}, {info.url}); `storyreader sync` fetches it.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from storyreader.sync import list_sources

    with open_for(args) as archive:
        infos = list_sources(archive)
    return print_list(
        infos,
        as_json=args.json,
        json_of=_source_json,
        text_of=_source_text,
        if_none="No web sources yet; add one with `storyreader sources add URL`.",
    )


def _source_text(info: SourceInfo) -> str:
    synced = f"{info.last_synced_at:%Y-%m-%d %H:%M} UTC" if info.last_synced_at else "never"
    outcome = f" ({info.last_outcome})" if info.last_outcome not in (None, "ok") else ""
    documents = f"{info.documents:,} document{'' if info.documents == 1 else 's'}"
    rules = "".join(
        f"\n    {label} {value}"
        for label, value in (
            ("article:", info.article_selector),
            ("drop:", ", ".join(info.drop_selectors)),
        )
        if value
    )
    return (
        f"{info.name}  ({info.type}, {info.kind}s)  {info.url}\n"
        f"    {documents}; synced {synced}{outcome}{rules}"
    )


def cmd_remove(args: argparse.Namespace) -> int:
    from storyreader.progress import NullProgress
    from storyreader.sync import remove_source

    with open_for(args) as archive:
        withdrawn = remove_source(archive, args.name, withdraw=args.withdraw)
        if withdrawn:
            update_index(archive, NullProgress())
    extra = f"; {withdrawn} of its documents were withdrawn" if withdrawn else ""
    print(f"Removed {args.name}{extra}.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from storyreader.progress import CancelToken, TerminalProgress
    from storyreader.sync import sync_sources

    cancel = CancelToken()
    with open_for(args) as archive, _first_interrupt_cancels(cancel):
        reports = sync_sources(archive, args.names, TerminalProgress(), cancel)
        if any(report.changed for report in reports):
            update_index(archive, TerminalProgress())  # searchable when the command ends
    if args.json:
        print_json([report.to_json() for report in reports])
    else:
        for report in reports:  # each failed URL was said on stderr as it happened
            print(report.message or report.summary())
    return 0 if reports and all(report.outcome == "ok" for report in reports) else 1


@contextmanager
def _first_interrupt_cancels(cancel: CancelToken) -> Iterator[None]:
    """Ctrl+C once stops after the current batch (the archive stays whole); twice, at once."""

    def interrupt(_signum: int, _frame: Any) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        print("\nStopping after the current batch (Ctrl+C again to stop now).", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _source_json(info: SourceInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "type": info.type,
        "url": info.url,
        "kind": info.kind,
        "include": list(info.include),
        "exclude": list(info.exclude),
        "article_selector": info.article_selector or None,
        "drop_selectors": list(info.drop_selectors),
        "documents": info.documents,
        "last_synced_at": iso(info.last_synced_at),
        "last_outcome": info.last_outcome,
    }
