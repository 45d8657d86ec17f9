"""Screenshots of the app in a real X window (Xvfb), written to shots/ for people to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT

SHOTS = ROOT / "shots"
WINDOWS = ["main-light.png", "main-dark.png", "korean-document.png", "search-results.png"]
NAMES = [*WINDOWS, "sync-dialog.png"]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/system-packages installs it")
    number = next(n for n in range(91, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def brightness(image: QImage) -> float:
    step = 16
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def test_screenshots_in_a_real_window(display: str, gui_archive: Path, tmp_path: Path) -> None:
    SHOTS.mkdir(exist_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui.screenshot_child",
            str(gui_archive),
            str(tmp_path / "settings.ini"),
            str(SHOTS),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == NAMES
    images = {name: QImage(str(SHOTS / name)) for name in NAMES}
    for name in WINDOWS:
        image = images[name]
        assert not image.isNull() and image.width() >= 1200, name
        assert len({image.pixel(x, 400) for x in range(0, image.width(), 7)}) > 8, name
    assert images["sync-dialog.png"].width() >= 600
    assert brightness(images["main-dark.png"]) < 0.35 < brightness(images["main-light.png"])
