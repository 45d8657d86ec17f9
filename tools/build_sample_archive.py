"""Rebuild the bundled sample archive `archive.db` from its sources in `resources/sample/`.

    .venv/bin/python tools/build_sample_archive.py [--output PATH]

The archive is built aside and moved into place only when complete. Document ids derive from
each file's path below `resources/sample/`, so a rebuild on any machine gives the same ids;
`tests/test_sample_archive.py` checks that the committed file matches its sources.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from storyreader.archive import open_archive
from storyreader.importing import import_paths

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SOURCES = ROOT / "resources" / "sample"


def build(output: Path, sources: Path = SAMPLE_SOURCES) -> int:
    """Build the sample archive at `output`; return how many documents it holds."""
    partial = output.with_name(output.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    with open_archive(partial) as archive:
        report = import_paths(archive, [sources], source_name="sample", key_root=sources)
    if report.skipped:
        problems = "; ".join(f"{path.name}: {reason}" for path, reason in report.skipped)
        raise SystemExit(f"Sample sources have problems: {problems}")
    connection = sqlite3.connect(partial)
    try:
        connection.execute("VACUUM")  # compact, and fold the WAL into the file we commit
    finally:
        connection.close()
    partial.replace(output)
    return len(report.created)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "archive.db")
    args = parser.parse_args()
    count = build(args.output)
    print(f"Wrote {args.output} with {count} sample documents.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
