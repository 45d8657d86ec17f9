"""Two processes changing one archive's index at once: one commits (merging away segment
files), the other commits and rebuilds (swapping in a new folder). Neither fails, neither
mistakes the other's changes for damage, and each finds what it has just indexed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.bundle import export_bundle
from storyreader.search import SearchIndex
from tests.bundle.conftest import fill_web
from tests.conftest import CLI, RunCli
from tests.search.conftest import put

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 8  # each process: add, index (or rebuild), search; old code failed within two
CLI_RUNS = 1  # about 8 s each here


def start(*args: str | Path | int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def finish(child: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = child.communicate(timeout=120)
    return child.returncode, err


def test_a_rebuild_and_commits_in_another_process_are_followed(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with open_archive(path) as archive:
        for number in range(20):
            put(archive, f"x{number}", f"Story {number}", "kestrel flood river")
        SearchIndex.open(archive).close()
    children = [
        start(sys.executable, "-m", "tests.search.race_child", path, role, ROUNDS)
        for role in ("add", "rebuild")
    ]
    outcomes = [finish(child) for child in children]
    assert outcomes == [(0, ""), (0, "")]
    with open_archive(path) as archive, SearchIndex.open(archive) as index:
        assert index.check() == []
        assert index.search("kestrel").total == 20 + 2 * ROUNDS


@pytest.fixture(scope="module")
def bundle_and_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("writers")
    with open_archive(folder / "publisher.db") as publisher:
        fill_web(publisher, range(1, 121))
        export_bundle(publisher, folder / "web.storybundle")
    files = folder / "files"
    files.mkdir()
    for number in range(40):
        body = " ".join(["juniper", "orchard", f"local{number}"] * 30)
        (files / f"story-{number}.md").write_text(f"---\ntitle: Local {number}\n---\n\n{body}\n")
    return folder / "web.storybundle", files


@pytest.mark.parametrize("run", range(CLI_RUNS))
def test_bundle_import_beside_import(
    run: int, tmp_path: Path, bundle_and_files: tuple[Path, Path], run_cli: RunCli
) -> None:
    bundle, files = bundle_and_files
    archive = tmp_path / "reader.db"
    first = run_cli("--archive", archive, "import", files / "story-0.md")
    assert first.returncode == 0, first.stderr
    importing = start(CLI, "--archive", archive, "import", files)
    bundling = start(CLI, "--archive", archive, "bundle", "import", bundle, "--allow-unsigned")
    (imported, import_err), (bundled, bundle_err) = finish(importing), finish(bundling)
    assert imported == 0, import_err
    assert bundled == 0, bundle_err
    assert "failed unexpectedly" not in import_err + bundle_err
    with open_archive(archive) as opened, SearchIndex.attach(opened) as index:
        assert index.ready
        assert index.check() == []  # every document of both is in the index, nothing else
        assert index.search("juniper").total == 40
        assert index.search("harbour").total > 0  # the bundle's documents
