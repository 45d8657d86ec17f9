"""Benchmark: search as you type in the desktop app, and its memory with 50,000 documents.

    .venv/bin/python bench/gui.py                 # 10,000 for latency, 50,000 for memory
    .venv/bin/python bench/gui.py --work DIR      # keep (and reuse) the generated archives
    .venv/bin/python bench/gui.py --while-serving # latency while 100 phones read a share

Latency: the real main window on a 10,000-document archive (offscreen); each query is typed
a character every 150 ms, and the time is measured from its last keystroke to its results
painted in the list. The baseline, in the same run, is the time to paint the same results
in a list without searching (what drawing alone costs).

While serving (`--while-serving`, latency only): the same typing, first as above (the
baseline), then again while the app itself shares the whole library on 127.0.0.1 (as Present
> Share with the room… does: the server in a process the app starts) and `--phones` simulated
phones in another process read and search it as bench/serve.py's do. Target: p95 <= 100 ms
meanwhile.

Memory: a fresh process opens the app on 50,000 documents, scrolls the whole list, opens
30 documents and runs 30 searches, then reports its peak resident memory; the baseline is
a process showing an empty window.
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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyreader.ui.main_window import MainWindow

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYSTROKE_MS = 150


def make_archive(folder: Path, size: int) -> Path:
    from search import build_archive, make_corpus
    from storyreader.archive import open_archive
    from storyreader.search import SearchIndex

    path = folder / f"bench-{size}.db"
    if not path.exists():
        print(f"building a {size:,}-document archive and its index…", flush=True)
        path = build_archive(folder, make_corpus(), size)
    with open_archive(path) as archive:
        SearchIndex.open(archive).close()
    return path


def queries(count: int) -> list[str]:
    from search import make_corpus, make_queries

    chosen = make_queries(make_corpus(), count)
    kinds = ("one word", "two words", "prefix", "misspelled", "filtered", "phrase")
    return [ours for kind in kinds for ours, _fts in chosen[kind]]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def open_window(archive: Path, settings: Path) -> MainWindow:
    from PySide6.QtCore import QEventLoop

    from storyreader.app import make_app
    from storyreader.archive import open_archive
    from storyreader.archive.library import Library
    from storyreader.ui.main_window import MainWindow
    from storyreader.ui.settings import Settings
    from storyreader.ui.tasks import TaskRunner

    app = make_app()
    window = MainWindow(Library(open_archive(archive)), Settings(settings), TaskRunner())
    window.show()
    while not window.index_keeper.ready or window.status.working:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return window


def close_window(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(0, window.close)
    window.close()
    QApplication.processEvents()


def typing_latency(
    archive: Path, texts: list[str], settings: Path
) -> tuple[list[float], list[float]]:
    window = open_window(archive, settings)
    measured = type_queries(window, texts)
    close_window(window)
    return measured


def type_queries(window: MainWindow, texts: list[str]) -> tuple[list[float], list[float]]:
    """Type each query a key at a time; (last key to results painted, painting alone)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    shown: dict[str, float] = {}

    def painted(results: object, _seconds: float) -> None:
        window.library.results.list.viewport().repaint()
        shown[getattr(results, "query", "")] = time.perf_counter()

    window.library.searches.results_ready.connect(painted)
    latencies, drawing = [], []
    for text in texts:
        window.library.search_field.clear()
        app.processEvents()
        for end in range(1, len(text) + 1):
            window.library.search_field.setText(text[:end])  # what a keystroke does to the field
            last_key = time.perf_counter()
            wait_until = last_key + KEYSTROKE_MS / 1000
            while time.perf_counter() < wait_until:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        deadline = time.perf_counter() + 10
        while text not in shown and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if text in shown:
            latencies.append(max(0.0, shown[text] - last_key))
            start = time.perf_counter()
            hits = window.library.results.model
            hits.set_hits([h for r in range(hits.rowCount()) if (h := hits.hit(r))])
            window.library.results.list.viewport().repaint()
            drawing.append(time.perf_counter() - start)
    window.library.searches.results_ready.disconnect(painted)
    return latencies, drawing


LOAD_CHILD = r"""
import asyncio, os, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import serve
address, archive = sys.argv[2], Path(sys.argv[3])
phones, app_pid, seconds = int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
words = serve.query_words(archive, 40)
site = asyncio.run(serve.mirror(address, Path(tempfile.mkdtemp()), words))
print("ready", flush=True)
before = os.getloadavg()[0]
stats, memory = asyncio.run(serve.run_phase(site, phones, seconds, app_pid))
serve.report("phones", stats, (before, os.getloadavg()[0]))
"""


def latency_while_serving(
    archive: Path, texts: list[str], settings: Path, phones: int
) -> tuple[list[float], list[float], str]:
    """Typing latency (as `typing_latency`), first alone, then while the app serves the
    whole library to `phones` simulated phones; returns both and what the phones saw."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from storyreader.serve import Share

    window = open_window(archive, settings)
    alone, _drawing = type_queries(window, texts)
    sharing = window.presenting.sharing
    failures: list[BaseException] = []
    sharing.start(Share.whole_library(), "127.0.0.1", 0, failed=failures.append)
    while not sharing.active and not failures:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if failures:
        raise SystemExit(f"sharing did not start: {failures[0]}")
    seconds = 15 + len(texts) * 2.5  # outlasts the typing; stopped when it ends
    load = subprocess.Popen(
        [
            *(sys.executable, "-c", LOAD_CHILD, str(BENCH), sharing.address, str(archive)),
            *(str(phones), str(os.getpid()), str(seconds)),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert load.stdout is not None
    while load.poll() is None:  # the phones' mirror of the share is read through the app
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if _ready(load):
            break
    settle = time.perf_counter() + 5  # the phones arrive over a few seconds
    while time.perf_counter() < settle:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    serving, _drawing = type_queries(window, texts)
    while load.poll() is None:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    phones_saw = load.stdout.read()
    sharing.stop()
    close_window(window)
    return alone, serving, phones_saw


def _ready(load: subprocess.Popen[str]) -> bool:
    import select

    assert load.stdout is not None
    readable, _w, _x = select.select([load.stdout], [], [], 0)
    return bool(readable) and load.stdout.readline().strip() == "ready"


MEMORY_CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMainWindow
mode, archive, settings = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if mode == "baseline":
    app = QApplication(sys.argv[:1]); window = QMainWindow(); window.show(); app.processEvents()
else:
    from storyreader.app import make_app
    from storyreader.archive import open_archive
    from storyreader.archive.library import Library
    from storyreader.ui.main_window import MainWindow
    from storyreader.ui.settings import Settings
    from storyreader.ui.tasks import TaskRunner
    app = make_app()
    window = MainWindow(Library(open_archive(archive)), Settings(settings), TaskRunner())
    window.show()
    while not window.index_keeper.ready or window.status.working:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    bar = window.library.table.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(value); window.library.table.viewport().repaint()
    rows = window.library.model.rowCount()
    for row in range(0, rows, max(1, rows // 30)):
        window.library.table.selectRow(row); app.processEvents()
    for query in sys.argv[4:]:
        window.library.search_field.setText(query)
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline and (
            window.library.results.model.rowCount() == 0 or not window.is_idle()
        ):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
# VmHWM, not ru_maxrss: on Linux a child inherits its parent's ru_maxrss across exec.
status = Path("/proc/self/status").read_text()
print(int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:"))) * 1024)
"""


def peak_memory(mode: str, archive: Path, settings: Path, texts: list[str]) -> int:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, mode, str(archive), str(settings), *texts],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} process failed:\n{done.stderr}")
    return int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="documents for latency")
    parser.add_argument("--memory-size", type=int, default=50_000, help="documents for memory")
    parser.add_argument("--queries", type=int, default=8, help="queries per type")
    parser.add_argument("--work", type=Path, help="a folder to keep the archives in")
    parser.add_argument(
        "--while-serving",
        action="store_true",
        help="latency alone and while the app serves phones (no memory run)",
    )
    parser.add_argument("--phones", type=int, default=100, help="phones, with --while-serving")
    args = parser.parse_args()
    if args.while_serving:
        serving_main(args)
        return
    with tempfile.TemporaryDirectory(prefix="storyreader-gui-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        texts = queries(args.queries)
        archive = make_archive(work, args.size)
        latencies, drawing = typing_latency(archive, texts, work / "latency.ini")
        big = make_archive(work, args.memory_size)
        searches = texts[:30]
        app_peak = peak_memory("app", big, work / "memory.ini", searches)
        base_peak = peak_memory("baseline", big, work / "memory.ini", [])
    lat_ms = [value * 1000 for value in latencies]
    draw_ms = [value * 1000 for value in drawing]
    lat_p95, draw_p95 = percentile(lat_ms, 0.95), percentile(draw_ms, 0.95)
    print(f"\ntyping a query to results painted, {args.size:,} documents, {len(lat_ms)} queries")
    print(f"  Story Reader      median {statistics.median(lat_ms):6.1f} ms   p95 {lat_p95:6.1f} ms")
    print(
        f"  painting alone    median {statistics.median(draw_ms):6.1f} ms   p95 {draw_p95:6.1f} ms"
        "  (baseline)"
    )
    print(f"  ratio (p95)       {lat_p95 / max(draw_p95, 0.001):.1f}x the baseline")
    print(f"  target p95 <= 100 ms: {'met' if lat_p95 <= 100 else 'NOT met'}")
    print(f"\npeak memory after browsing and searching, {args.memory_size:,} documents")
    print(f"  Story Reader      {app_peak / 2**20:7.0f} MB")
    print(f"  empty window      {base_peak / 2**20:7.0f} MB  (baseline)")
    print(f"  ratio             {app_peak / base_peak:.1f}x the baseline")
    print(f"  target <= 300 MB: {'met' if app_peak <= 300 * 2**20 else 'NOT met'}")


def serving_main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="storyreader-gui-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        texts = queries(args.queries)
        archive = make_archive(work, args.size)
        alone, serving, phones_saw = latency_while_serving(
            archive, texts, work / "latency.ini", args.phones
        )
    alone_ms = [value * 1000 for value in alone]
    serving_ms = [value * 1000 for value in serving]
    alone_p95, serving_p95 = percentile(alone_ms, 0.95), percentile(serving_ms, 0.95)
    print(
        f"\ntyping a query to results painted, {args.size:,} documents, {len(serving_ms)} queries"
    )
    print(
        f"  while serving {args.phones} phones  median {statistics.median(serving_ms):6.1f} ms"
        f"   p95 {serving_p95:6.1f} ms"
    )
    print(
        f"  not serving            median {statistics.median(alone_ms):6.1f} ms"
        f"   p95 {alone_p95:6.1f} ms  (baseline)"
    )
    print(f"  ratio (p95)            {serving_p95 / max(alone_p95, 0.001):.1f}x the baseline")
    print(f"  target p95 <= 100 ms while serving: {'met' if serving_p95 <= 100 else 'NOT met'}")
    print("what the phones saw meanwhile (requests, p50, p95):")
    print(phones_saw.rstrip())


if __name__ == "__main__":
    main()
