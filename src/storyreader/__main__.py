"""`python -m storyreader` runs the same command line as `storyreader`."""

from storyreader.cli import main

raise SystemExit(main())
