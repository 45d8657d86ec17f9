"""A real desktop to walk the journeys on: Xvfb at a laptop's size, a window manager (openbox),
and screenshots of the whole screen with every window where the window manager put it.

Not part of the test suite. Needs Debian's xvfb, xauth, openbox, x11-apps (xwd),
x11-utils (xwininfo, xdpyinfo) and imagemagick; `missing_tools()` names what is absent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TOOLS = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "xwd": "x11-apps",
    "xwininfo": "x11-utils",
    "xdpyinfo": "x11-utils",
    "xprop": "x11-utils",
    "convert": "imagemagick",
}
# "     0x1e00007 "Story Reader": ("storyreader" "storyreader")  1024x576+0+24  +0+24"
_NAMED = re.compile(r': \("[^"]*" "[^"]*"\)')  # a window with a WM_CLASS: the app's own
_CHILD = re.compile(r"^\s+(0x[0-9a-f]+) .*\s(\d+)x(\d+)[+-]-?\d+[+-]-?\d+\s+\+(-?\d+)\+(-?\d+)")


def missing_tools() -> list[str]:
    """The Debian packages to install before a desktop can start (empty when none)."""
    return sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})


class Desktop:
    """One X display with a window manager; `env` is what a program started on it needs."""

    def __init__(self, display: str, folder: Path) -> None:
        self.display = display
        self.folder = folder

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def shot(self, out: Path) -> Path:
        """The screen as a person sees it. A root grab alone can show a newly mapped Qt window
        as black, so each viewable top-level window is grabbed by id and pasted at its place."""
        out.parent.mkdir(parents=True, exist_ok=True)
        env = {**self.env, "LC_ALL": "C"}
        root = self.folder / "root.png"
        self._grab(["-root"], root, env)
        layers: list[str] = []
        for number, (window, x, y) in enumerate(self._top_level_windows(env)):
            piece = self.folder / f"window-{number}.png"
            if self._grab(["-id", window], piece, env):
                layers += [str(piece), "-geometry", f"+{x}+{y}", "-composite"]
        subprocess.run(["convert", str(root), *layers, str(out)], check=True, env=env)
        return out

    def _grab(self, target: list[str], out: Path, env: dict[str, str]) -> bool:
        dump = subprocess.run(
            ["xwd", *target, "-display", self.display, "-silent"], capture_output=True, env=env
        )
        if dump.returncode != 0 or not dump.stdout:
            return False
        made = subprocess.run(["convert", "xwd:-", f"png:{out}"], input=dump.stdout, env=env)
        return made.returncode == 0

    def _top_level_windows(self, env: dict[str, str]) -> Iterator[tuple[str, int, int]]:
        """Each viewable window manager's frame, bottom of the stack first, each followed by
        the application's window inside it: a dialog's own window must be grabbed by its
        id, for in the frame's (and the root's) grab its inside can read as black."""
        listing = subprocess.run(
            ["xwininfo", "-display", self.display, "-root", "-tree"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        frames: list[list[tuple[str, int, int, int, int]]] = []
        for line in listing.splitlines():
            match = _CHILD.match(line)
            if not match:
                continue
            window, width, height, x, y = match.groups()
            found = (window, int(width), int(height), int(x), int(y))
            depth = len(line) - len(line.lstrip(" "))
            if depth == 5:  # a child of the root: a frame, or a window without one
                frames.append([found])
            elif depth == 8 and frames and _NAMED.search(line):  # the client in its frame
                frames[-1].append(found)
        for group in reversed(frames):  # the listing is top of the stack first
            for window, width, height, x, y in group:
                if width > 3 and height > 3 and self._viewable(window, env):
                    yield window, x, y

    def _viewable(self, window: str, env: dict[str, str]) -> bool:
        info = subprocess.run(
            ["xwininfo", "-display", self.display, "-id", window],
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        return "IsViewable" in info


@contextmanager
def desktop(size: str = "1366x768") -> Iterator[Desktop]:
    """Start Xvfb at `size` (WIDTHxHEIGHT) with openbox on a free display; stop both after."""
    missing = missing_tools()
    if missing:
        raise SystemExit("Install these Debian packages first: " + " ".join(missing))
    folder = Path(tempfile.mkdtemp(prefix="journeys-"))
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    screen = Desktop(f":{number}", folder)
    manager = subprocess.Popen(
        ["openbox"], env=screen.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _wait_for_manager(screen)
    try:
        yield screen
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_for_manager(screen: Desktop) -> None:
    """openbox sets _NET_SUPPORTING_WM_CHECK on the root window once it manages windows."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xprop", "-display", screen.display, "-root", "_NET_SUPPORTING_WM_CHECK"],
            capture_output=True,
            text=True,
            env=screen.env,
        )
        if "window id" in found.stdout:
            return
        time.sleep(0.1)
