"""Benchmark: documents with many huge pictures, in a PDF and on the reading page.

    .venv/bin/python bench/pictures.py                  # 12 pictures of 7,900 pixels square
    .venv/bin/python bench/pictures.py --pictures 24    # the attack as first reported
    .venv/bin/python bench/pictures.py --work DIR       # keep (and reuse) the archives

One document holds N distinct PNGs of 7,900 x 7,900 pixels: each decodes to 250 MB, just
under Qt's 256 MB allocation limit, from a 200 KB file. The baseline, in the same run, is
the same document with N pictures of 790 x 790 pixels. For each, a fresh process:

- `storyreader sets pdf` (the slides) and `sets pdf --handout` of a set holding the
  document, each reporting its peak resident memory (VmHWM);
- the real main window (offscreen) opening the document: the time from `open_document` to
  the page painted, the time until every picture is shown, and the peak memory.

Targets: `sets pdf` of 12 near-limit pictures peaks under 1.5 GB; opening any document takes
under 1 s.
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HUGE = 7900  # 7,900^2 x 4 bytes = 250 MB decoded: just under Qt's 256 MB limit
SMALL = 790
PDF_TARGET = 1.5 * 2**30
OPEN_TARGET = 1.0

# A command line run in-process, then its peak memory. VmHWM, not ru_maxrss: on Linux a
# child inherits its parent's ru_maxrss across exec.
CLI_CHILD = """
import sys
from pathlib import Path
from storyreader.cli import main
code = main(sys.argv[1:])
status = Path("/proc/self/status").read_text()
peak = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:"))) * 1024
print("PEAK", peak, code, file=sys.stderr)
"""

OPEN_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.ui.main_window import MainWindow
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner

app = QApplication(sys.argv[:1])
archive = open_archive(Path(sys.argv[1]))
runner = TaskRunner()
window = MainWindow(Library(archive), Settings(Path(sys.argv[2])), runner)
window.show()
app.processEvents()
runner.wait()
start = time.perf_counter()
window.open_document(sys.argv[3])
window.reader.viewport().repaint()
opened = time.perf_counter() - start
wait = getattr(window.reader, "wait_for_pictures", None)  # not in older versions
if wait is not None:
    wait(600_000)
window.reader.viewport().repaint()
complete = time.perf_counter() - start
status = Path("/proc/self/status").read_text()
peak = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:"))) * 1024
print("OPEN", opened, complete, peak)
runner.wait()
window.close()
archive.close()
"""


def png_rows(side: int, colour: bytes) -> Iterator[bytes]:
    row = b"\x00" + colour * side  # filter type 0, then the pixels
    for _ in range(side):
        yield row


def solid_png(side: int, colour: bytes) -> bytes:
    """A PNG of one colour, compressed row by row (never the whole picture in memory)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for row in png_rows(side, colour)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"".join(parts))
        + chunk(b"IEND", b"")
    )


def build(path: Path, side: int, count: int) -> str:
    """An archive holding one document with `count` distinct pictures, in a set "Evening";
    returns the document's id."""
    from storyreader.archive import open_archive
    from storyreader.archive.writes import IncomingDocument, ensure_source, save_document
    from storyreader.present.sets import Sets

    images = {
        f"https://pictures.example.org/{n}.png": solid_png(side, bytes([n * 9 % 256, 90, 160]))
        for n in range(count)
    }
    figures = "".join(f'<p>Picture {n}.</p><img src="{src}">' for n, src in enumerate(images))
    with open_archive(path) as archive:
        with archive.write() as session:
            source = ensure_source(session, "Pictures", "site", url="https://pictures.example.org/")
            document_id, _ = save_document(
                session,
                source,
                IncomingDocument(
                    origin="https://pictures.example.org/story",
                    source_key="story",
                    title="A story told in pictures",
                    html=f"<p>Before the pictures.</p>{figures}<p>After them.</p>",
                    images=images,
                ),
            )
        Sets(archive).create("Evening", [document_id])
    return document_id


def archive_for(work: Path, side: int, count: int) -> tuple[Path, str]:
    path = work / f"pictures-{count}x{side}.db"
    marker = path.with_suffix(".id")
    if not path.exists():
        print(f"building an archive with {count} pictures of {side} x {side}…", flush=True)
        # In a child: the parent stays small (its children's peaks are measured from it).
        done = subprocess.run(
            [sys.executable, __file__, "--build", str(path), str(side), str(count)],
            capture_output=True,
            text=True,
            check=True,
        )
        marker.write_text(done.stdout.strip())
    return path, marker.read_text()


def cli_peak(*args: str | Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CLI_CHILD, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    line = next((x for x in done.stderr.splitlines() if x.startswith("PEAK ")), "")
    if not line or line.split()[2] != "0":
        raise RuntimeError(f"storyreader {' '.join(map(str, args))} failed:\n{done.stderr}")
    return int(line.split()[1])


def opening(archive: Path, document_id: str, settings: Path) -> tuple[float, float, int]:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_CHILD, str(archive), str(settings), document_id],
        capture_output=True,
        text=True,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("OPEN ")), "")
    if done.returncode != 0 or not line:
        raise RuntimeError(f"opening the document failed:\n{done.stderr}")
    _, opened, complete, peak = line.split()
    return float(opened), float(complete), int(peak)


def measure(work: Path, side: int, count: int) -> dict[str, float]:
    archive, document_id = archive_for(work, side, count)
    slides = cli_peak("--archive", archive, "sets", "pdf", "Evening", work / "slides.pdf")
    handout = cli_peak(
        "--archive", archive, "sets", "pdf", "Evening", work / "handout.pdf", "--handout"
    )
    opened, complete, peak = opening(archive, document_id, work / f"settings-{side}.ini")
    return {
        "slides": slides,
        "handout": handout,
        "opened": opened,
        "complete": complete,
        "open_peak": peak,
    }


def mb(value: float) -> str:
    return f"{value / 2**20:7.0f} MB"


def report(count: int, huge: dict[str, float], small: dict[str, float]) -> None:
    print(f"\none document, {count} distinct pictures: {HUGE} px square vs {SMALL} (baseline)")
    print(f"{'':34}{'huge':>10}{'baseline':>12}{'ratio':>8}")
    for label, key in (
        ("sets pdf (slides), peak", "slides"),
        ("sets pdf --handout, peak", "handout"),
        ("opening in the app, peak", "open_peak"),
    ):
        ratio = huge[key] / small[key]
        print(f"  {label:32}{mb(huge[key]):>10}{mb(small[key]):>12}{ratio:>7.1f}x")
    for label, key in (
        ("open to page painted", "opened"),
        ("open to every picture shown", "complete"),
    ):
        ratio = huge[key] / max(small[key], 1e-6)
        print(f"  {label:32}{huge[key]:>8.2f} s{small[key]:>10.2f} s{ratio:>7.1f}x")
    pdf_peak = max(huge["slides"], huge["handout"])
    print(f"target: sets pdf peaks under 1.5 GB: {'met' if pdf_peak < PDF_TARGET else 'NOT met'}")
    met = huge["opened"] < OPEN_TARGET
    print(f"target: opening the document takes under 1 s: {'met' if met else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pictures", type=int, default=12, help="pictures in the document")
    parser.add_argument("--work", type=Path, help="a folder to keep the archives in")
    parser.add_argument("--build", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(build(Path(args.build[0]), int(args.build[1]), int(args.build[2])))
        return
    with tempfile.TemporaryDirectory(prefix="storyreader-pictures-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        small = measure(work, SMALL, args.pictures)
        huge = measure(work, HUGE, args.pictures)
    report(args.pictures, huge, small)


if __name__ == "__main__":
    main()
