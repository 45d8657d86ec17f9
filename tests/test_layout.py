"""The code's rooms stay small enough to read: a newcomer opens any module and sees all of it
in a few screens, and the main window only assembles its parts."""

from __future__ import annotations

from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "src" / "storyreader"
MOST_LINES = 500
MAIN_WINDOW_MOST_LINES = 300


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_500_lines() -> None:
    too_long = {
        str(path.relative_to(SOURCES)): lines
        for path in sorted(SOURCES.rglob("*.py"))
        if (lines := line_count(path)) > MOST_LINES
    }
    assert too_long == {}


def test_the_main_window_only_assembles_its_parts() -> None:
    assert line_count(SOURCES / "ui" / "main_window.py") <= MAIN_WINDOW_MOST_LINES
