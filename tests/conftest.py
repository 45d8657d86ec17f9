"""Shared fixtures: a headless Qt platform, isolated user folders, and the real command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Without a display pytest-qt aborts the whole run; offscreen is a real Qt platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SOURCES = ROOT / "resources" / "sample"
CLI = Path(sys.executable).with_name("storyreader")

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Keep every test away from the real user's archive and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("STORYREADER_ARCHIVE", raising=False)
    yield home


@pytest.fixture
def run_cli() -> RunCli:
    """Run the installed `storyreader` command and capture what the user would see."""

    def run(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(CLI), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=os.environ.copy(),
            check=False,
        )

    return run


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """A path for a new archive in an empty folder."""
    folder = tmp_path / "archive"
    folder.mkdir()
    return folder / "archive.db"
