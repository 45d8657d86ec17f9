"""What every command shares: registering commands, opening the archive, printing output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from storyreader.config import default_archive_path

if TYPE_CHECKING:
    from storyreader.archive.db import Archive
    from storyreader.progress import Progress
    from storyreader.search import SearchIndex

Handler = Callable[[argparse.Namespace], int]
Item = TypeVar("Item")


class Commands:
    """Adds commands to the parser; `group` makes a command with commands of its own
    (`storyreader sources add`). Every command takes `--archive` and `--debug`."""

    def __init__(self, subparsers: Any, common: argparse.ArgumentParser) -> None:
        self._subparsers = subparsers
        self._common = common

    @classmethod
    def top_level(cls, parser: argparse.ArgumentParser) -> Commands:
        # Subcommands accept the same options after their name; SUPPRESS keeps a value given
        # before the name from being overwritten by the subcommand's default.
        common = argparse.ArgumentParser(add_help=False)
        add_common_options(
            common, default_archive=argparse.SUPPRESS, default_debug=argparse.SUPPRESS
        )
        return cls(parser.add_subparsers(title="commands", metavar="COMMAND"), common)

    def add(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = self._subparsers.add_parser(
            name, parents=[self._common], help=help_text, description=help_text
        )
        sub.set_defaults(handler=handler)
        return sub

    def group(self, name: str, help_text: str) -> Commands:
        sub: argparse.ArgumentParser = self._subparsers.add_parser(
            name, parents=[self._common], help=help_text, description=help_text
        )

        def usage(_args: argparse.Namespace) -> int:
            sub.print_help(sys.stderr)
            return 2

        sub.set_defaults(handler=usage)
        return Commands(sub.add_subparsers(title="commands", metavar="COMMAND"), self._common)


def add_common_options(
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


def positive(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def archive_path(args: argparse.Namespace) -> Path:
    return Path(args.archive) if args.archive else default_archive_path()


def open_for(args: argparse.Namespace, *, create: bool = False) -> Archive:
    """Open the archive named by the arguments; the default one starts as a copy of the sample."""
    from storyreader.archive import open_archive
    from storyreader.archive.sample import install_sample

    path = archive_path(args)
    if args.archive is None and not path.exists():
        install_sample(path)
    return open_archive(path, create=create or args.archive is None)


def open_index(archive: Archive, progress: Progress) -> SearchIndex:
    """The archive's search index, caught up with every change (built first if missing)."""
    from storyreader.search import SearchIndex

    return SearchIndex.open(archive, progress=progress)


def update_index(archive: Archive, progress: Progress) -> None:
    """Make what the command saved searchable before it ends. While another Story Reader
    holds the index (a rebuild can take minutes), or the disk is too full to update it, what
    was saved is safe and becomes searchable later (the next search catches up): say so,
    and do not fail the command for it."""
    from storyreader.archive.space import DiskFullError
    from storyreader.search import IndexBusyError

    try:
        open_index(archive, progress).close()
    except IndexBusyError:
        print(
            "Note: another Story Reader is updating the search index; what this command "
            "saved becomes searchable when it has finished.",
            file=sys.stderr,
        )
    except DiskFullError as error:
        print(f"Note: what this command saved is not searchable yet. {error}", file=sys.stderr)


def index_for_search(archive: Archive, progress: Progress) -> SearchIndex:
    """The index, caught up, to search. While another Story Reader rebuilds it, or the disk
    is too full to bring it up to date, the index as it is (by title if there is none)."""
    from storyreader.archive.space import DiskFullError
    from storyreader.search import IndexBusyError, SearchIndex

    try:
        return open_index(archive, progress)
    except IndexBusyError:
        return SearchIndex.attach(archive)
    except DiskFullError as error:
        index = SearchIndex.attach(archive)
        index.titles_only_reason = f"Only titles are searched: {error}"
        return index


def iso(moment: datetime | None, *, date_only: bool = False) -> str | None:
    if moment is None:
        return None
    return moment.date().isoformat() if date_only else moment.isoformat() + "Z"


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_list(
    items: Sequence[Item],
    *,
    as_json: bool,
    json_of: Callable[[Item], object],
    text_of: Callable[[Item], str],
    if_none: str,
) -> int:
    """A list command's output: JSON for scripts, else the text of each item; when there is
    nothing, `if_none` on stderr, so that a script reading stdout sees nothing. Returns 0."""
    if as_json:
        print_json([json_of(item) for item in items])
        return 0
    for item in items:
        print(text_of(item))
    if not items:
        print(if_none, file=sys.stderr)
    return 0
