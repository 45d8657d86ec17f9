"""Benchmark: start-up of the frozen app (packaging/build) next to the unfrozen one.

    packaging/build && .venv/bin/python bench/frozen.py [--runs 7]

Both start on the same copy of the sample archive under their own Xvfb display, and the
time is taken from starting the process to its main window being mapped on the screen
(seen with xdotool, from outside: nothing in the app is instrumented). Prints the medians,
the ratio, and the size of the one-folder build. Needs Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "storyreader" / "storyreader"
UNFROZEN = Path(sys.executable).with_name("storyreader")


def folder_size(path: Path) -> int:
    # Links to libraries inside the build would count them twice.
    return sum(
        entry.stat().st_size
        for entry in path.rglob("*")
        if entry.is_file() and not entry.is_symlink()
    )


def time_to_window(program: Path, archive: Path, env: dict[str, str]) -> float:
    began = time.perf_counter()
    process = subprocess.Popen(
        [str(program), "--archive", str(archive)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while time.perf_counter() - began < 30:
            found = subprocess.run(
                ["xdotool", "search", "--name", "^Story Reader —"],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - began
            time.sleep(0.005)
        process.terminate()
        _out, errors = process.communicate(timeout=10)
        raise RuntimeError(f"{program} showed no window within 30 s:\n{errors.decode()[-2000:]}")
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not FROZEN.exists():
        raise SystemExit("No frozen build: run packaging/build first.")
    with tempfile.TemporaryDirectory(prefix="storyreader-frozen-") as work:
        folder = Path(work)
        archive = folder / "archive.db"
        shutil.copy(ROOT / "archive.db", archive)
        display = ":" + str(
            next(n for n in range(150, 250) if not Path(f"/tmp/.X{n}-lock").exists())
        )
        # -noreset: a server resetting after its last client leaves turns the next one away.
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"]
        )
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        while not socket.exists():
            time.sleep(0.05)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder / "home"),
            "DISPLAY": display,
            "LANG": "C.UTF-8",
        }
        try:
            for program in (FROZEN, UNFROZEN):  # a first start builds the index, warms caches
                time_to_window(program, archive, env)
            frozen = [time_to_window(FROZEN, archive, env) for _ in range(args.runs)]
            unfrozen = [time_to_window(UNFROZEN, archive, env) for _ in range(args.runs)]
        finally:
            server.terminate()
            server.wait(10)
    size = folder_size(FROZEN.parent) / 2**20
    print(f"start to the main window on screen (sample archive), {args.runs} runs each")
    print(f"  frozen build (dist/storyreader)   median {statistics.median(frozen):.3f} s")
    print(f"  unfrozen (.venv/bin/storyreader)  median {statistics.median(unfrozen):.3f} s")
    ratio = statistics.median(frozen) / statistics.median(unfrozen)
    print(f"  ratio                             {ratio:.2f}")
    print(f"one-folder build size: {size:.0f} MB")


if __name__ == "__main__":
    main()
