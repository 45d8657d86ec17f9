"""`storyreader sets ...` and `storyreader present` as a host runs them in a terminal."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from storyreader.archive.library import Library
from tests.conftest import ROOT, RunCli
from tests.present.conftest import KOREAN_LETTER, LANTERN, LETTERS, PAPER_BOATS, id_of
from tests.present.screens import LAPTOP, PROJECTOR


def test_a_host_makes_shares_and_prints_a_set(
    run_cli: RunCli, library: Library, tmp_path: Path
) -> None:
    archive = library.archive.path
    ids = [id_of(library, title) for title in (PAPER_BOATS, LANTERN, LETTERS)]
    made = run_cli(
        "--archive", archive, "sets", "create", "Winter evening", *ids,
        "--date", "2026-12-05", "--venue", "Community hall",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert f" 2. {LANTERN}  [{ids[1]}]" in made.stdout
    listed = run_cli("--archive", archive, "sets", "list")
    assert re.search(r"1  2026-12-05  Winter evening — Community hall  \(3 stories, \d+:\d\d\)",
                     listed.stdout)  # fmt: skip
    shown = json.loads(run_cli("--archive", archive, "sets", "show", "winter", "--json").stdout)
    assert [item["title"] for item in shown["items"]] == [PAPER_BOATS, LANTERN, LETTERS]
    assert shown["total_seconds"] == sum(item["seconds"] for item in shown["items"])

    shared = tmp_path / "evening.json"
    assert run_cli("--archive", archive, "sets", "export", "1", shared).returncode == 0
    data = json.loads(shared.read_text(encoding="utf-8"))
    data["items"][1]["document_id"] = "zzzzzzzzzzzz"  # a story this archive lacks
    shared.write_text(json.dumps(data), encoding="utf-8")
    imported = run_cli("--archive", archive, "sets", "import", shared)
    assert imported.returncode == 0, imported.stderr
    assert "with 2 stories" in imported.stdout
    assert f"{LANTERN}  [zzzzzzzzzzzz]" in imported.stdout

    slides, handout = tmp_path / "slides.pdf", tmp_path / "handout.pdf"
    written = run_cli("--archive", archive, "sets", "pdf", "1", slides)
    assert written.returncode == 0, written.stderr
    pages = int(re.search(r"Wrote (\d+) slides", written.stdout).group(1))  # type: ignore[union-attr]
    assert len(re.findall(rb"/Type\s*/Page\b", slides.read_bytes())) == pages > 20
    printed = run_cli("--archive", archive, "sets", "pdf", "1", handout, "--handout")
    assert printed.returncode == 0, printed.stderr
    assert len(re.findall(rb"/Type\s*/Page\b", handout.read_bytes())) >= 4


def test_mistakes_are_one_sentence(run_cli: RunCli, library: Library, tmp_path: Path) -> None:
    archive = library.archive.path
    for args, said in (
        (("sets", "show", "harvest"), "There is no set called “harvest”.\n"),
        (("sets", "create", "X", "nosuchdocument"), "No document has the id 'nosuchdocument'.\n"),
        (("sets", "import", tmp_path), f"Cannot read {tmp_path}: Is a directory.\n"),
    ):
        done = run_cli("--archive", archive, *args)
        assert (done.returncode, done.stderr) == (1, said), args
    made = run_cli("--archive", archive, "sets", "create", "Y", id_of(library, KOREAN_LETTER))
    assert made.returncode == 0
    missing = tmp_path / "nowhere" / "out.pdf"
    done = run_cli("--archive", archive, "sets", "pdf", "Y", missing)
    assert done.returncode == 1 and done.stderr.startswith(f"Cannot write {missing}")


def test_present_opens_the_show_on_the_second_screen(
    run_cli: RunCli, library: Library, tmp_path: Path
) -> None:
    archive = library.archive.path
    ids = [id_of(library, title) for title in (PAPER_BOATS, LETTERS)]
    assert run_cli("--archive", archive, "sets", "create", "Evening", *ids).returncode == 0
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [LAPTOP, PROJECTOR]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.present.present_child", "--archive", str(archive),
         "present", "Evening"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["audience Projector fullscreen=True", "console Laptop"]
