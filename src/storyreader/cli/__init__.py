"""The command line: `storyreader` opens the app; every subcommand runs headless, without Qt.

Each concern registers its own commands (`documents.py`, `search.py`, ...) through `Commands`;
`common.py` opens the archive and formats output. Errors the user can act on (`KnownError`)
print as one sentence on stderr and exit 1; usage errors exit 2; anything else is a bug,
shown as one sentence too unless `--debug` asks for the traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from storyreader import __version__
from storyreader.cli import bundle, documents, notes, present, search, serve, sync
from storyreader.cli.common import Commands, Handler, add_common_options, archive_path
from storyreader.errors import Cancelled, KnownError

# Each module's `register(commands)` adds its commands, in the order `--help` lists them.
COMMAND_MODULES = (documents, notes, search, bundle, present, serve, sync)


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
        from storyreader.archive.space import disk_full_error, is_disk_full

        if is_disk_full(error) and not args.debug:
            print(disk_full_error(_full_folder(error, args)), file=sys.stderr)
            return 1
        if args.debug:
            raise
        print(
            f"Story Reader failed unexpectedly ({type(error).__name__}: {error}). "
            "Run the command again with --debug for details.",
            file=sys.stderr,
        )
        return 1


def _full_folder(error: BaseException, args: argparse.Namespace) -> Path:
    """The folder whose disk is full: the file being written, else the archive's."""
    written = getattr(error, "filename", None)
    return Path(written).parent if written else archive_path(args).parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyreader",
        description="Read, search and present stories and letters offline. "
        "With no command, opens the desktop app.",
    )
    add_common_options(parser, default_archive=None, default_debug=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (no display needed) and exit",
    )
    commands = Commands.top_level(parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def _open_app(args: argparse.Namespace) -> int:
    from storyreader.app import run_app
    from storyreader.archive.sample import install_sample

    path = archive_path(args)
    if args.archive is None and not path.exists():
        install_sample(path)
    return run_app(path)


if __name__ == "__main__":
    raise SystemExit(main())
