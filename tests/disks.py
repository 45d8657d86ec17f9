"""Real disks in awkward states, for tests: a folder that cannot be written, and a small
filesystem that fills up. Root ignores file permissions, so as root a read-only folder is a
read-only bind mount, and a small disk is a tmpfs of a few megabytes; where mounting is not
allowed (no root, a container without the capability), the test is skipped with the reason.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"mounting is not allowed here ({done.stderr.strip() or done.returncode})")


def _unmount(folder: Path) -> None:
    done = subprocess.run(["umount", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:  # a file still open (a test that failed half-way): detach it
        subprocess.run(["umount", "--lazy", str(folder)], capture_output=True, check=False)


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder` and everything in it cannot be written while the block runs."""
    if os.geteuid() != 0:
        files = [entry for entry in folder.iterdir() if entry.is_file()]
        modes = {entry: entry.stat().st_mode for entry in [folder, *files]}
        for entry in files:
            entry.chmod(stat.S_IRUSR | stat.S_IRGRP)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            for entry, mode in modes.items():
                entry.chmod(mode)
        return
    _mount("--bind", str(folder), str(folder))
    try:
        _mount("-o", "remount,ro,bind", str(folder))
        yield folder
    finally:
        _unmount(folder)


@contextmanager
def small_disk(folder: Path, megabytes: int) -> Iterator[Path]:
    """A filesystem of `megabytes` mounted on `folder` (made empty) while the block runs."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("a small filesystem needs mounting, which needs root")
    _mount("-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path, leave: int) -> Path:
    """Fill the disk holding `folder`, leaving about `leave` bytes free."""
    filler = folder / "filler"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with filler.open("wb") as stream:
        stream.write(b"\0" * max(0, free - leave))
    return filler
