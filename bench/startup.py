"""Benchmark: process start to a shown, usable main window on a 10,000-document archive.

    .venv/bin/python bench/startup.py [--size 10000] [--runs 7]

Builds (once, deterministically, with the generator of bench/search.py) an archive of
`--size` documents with its search index, then starts a fresh Python process for each run
that does what `storyreader` does (imports, settings, translations, the archive, the
window) and reports when the window has been painted with its list filled. As a baseline
in the same run, a process that shows an empty QMainWindow. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

def report():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    window = windows[0]
    window.grab()  # everything laid out and painted once
    library = getattr(window, "library", None)  # the AppWindow protocol's library pane
    rows = library.model.rowCount() if library is not None else 0
    print(f"{time.perf_counter()} {rows}", flush=True)
    app.quit()

QTimer.singleShot(0, report)
if sys.argv[1] == "baseline":
    window = QMainWindow(); window.resize(1280, 800); window.show(); app.exec()
else:
    from storyreader.app import run_app
    run_app(__import__("pathlib").Path(sys.argv[2]))
"""


def start_time(mode: str, archive: Path, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from starting the process to the painted window, and the list's rows."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(archive)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the {mode} process failed:\n{done.stderr}")
    shown, rows = done.stdout.split()[-2:]
    # perf_counter is CLOCK_MONOTONIC on Linux: the same clock in both processes.
    return float(shown) - began, int(rows)


def make_archive(folder: Path, size: int) -> Path:
    from search import build_archive, make_corpus
    from storyreader.archive import open_archive
    from storyreader.search import SearchIndex

    path = build_archive(folder, make_corpus(), size)
    with open_archive(path) as archive:
        SearchIndex.open(archive).close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--archive", type=Path, help="use this archive instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="storyreader-startup-") as work:
        folder = Path(work)
        archive = args.archive or make_archive(folder, args.size)
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_STATE_HOME": str(folder / "state"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        start_time("app", archive, env)  # warm the file cache and write the first settings
        app, baseline, rows = [], [], 0
        for _ in range(args.runs):
            seconds, rows = start_time("app", archive, env)
            app.append(seconds)
            baseline.append(start_time("baseline", archive, env)[0])
    app_median, base_median = statistics.median(app), statistics.median(baseline)
    print(f"start to a shown, usable window ({rows:,} documents listed), {args.runs} runs")
    print(
        f"  Story Reader         median {app_median:.3f} s"
        f"  (min {min(app):.3f}, max {max(app):.3f})"
    )
    print(f"  empty QMainWindow    median {base_median:.3f} s  (baseline)")
    print(f"  ratio                {app_median / base_median:.2f}x the baseline")
    print(f"  target <= 1.0 s:     {'met' if app_median <= 1.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
