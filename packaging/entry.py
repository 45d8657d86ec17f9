"""The frozen app's entry point: the same `storyreader` command, app and subcommands alike."""

import multiprocessing
import sys

from storyreader.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the search index is rebuilt in spawned processes
    sys.exit(main())
