"""The command line as a user meets it: JSON for scripts, plain errors, no Qt when headless."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_SOURCES, RunCli

SAMPLE_FILES = [
    path
    for path in SAMPLE_SOURCES.iterdir()
    if path.suffix in {".md", ".html", ".txt"} and path.stem.lower() != "readme"
]
LIST_FIELDS = {"id", "title", "kind", "author", "language", "published", "url", "tags", "status"}


def test_import_sample_then_list_and_show(run_cli: RunCli, archive_path: Path) -> None:
    imported = run_cli("--archive", archive_path, "import", SAMPLE_SOURCES)
    assert imported.returncode == 0, imported.stderr

    documents = json.loads(run_cli("--archive", archive_path, "list", "--json").stdout)

    assert len(documents) == len(SAMPLE_FILES) >= 12
    assert all(document.keys() >= LIST_FIELDS for document in documents)
    assert {document["kind"] for document in documents} >= {"story", "letter", "update", "appeal"}
    assert {document["language"] for document in documents} >= {"en", "ko"}
    assert all(
        document["published"].endswith("Z") for document in documents if document["published"]
    )
    with_images = []
    for document in documents:
        shown = json.loads(
            run_cli("--archive", archive_path, "show", document["id"], "--json").stdout
        )
        if shown["assets"]:
            with_images.append(shown)
    assert len(with_images) >= 3
    asset = with_images[0]["assets"][0]
    image_file = SAMPLE_SOURCES / asset["url"]
    assert asset["stored"] is True and asset["mime"] == "image/png"
    assert asset["sha256"] == hashlib.sha256(image_file.read_bytes()).hexdigest()
    assert asset["bytes"] == image_file.stat().st_size


def test_list_filters_and_sorts(run_cli: RunCli, archive_path: Path) -> None:
    run_cli("--archive", archive_path, "import", SAMPLE_SOURCES)
    letters = json.loads(
        run_cli("--archive", archive_path, "list", "--kind", "letter", "--json").stdout
    )
    korean = json.loads(run_cli("--archive", archive_path, "list", "--lang", "ko", "--json").stdout)
    by_title = json.loads(
        run_cli("--archive", archive_path, "list", "--sort", "title", "--json").stdout
    )
    assert letters and all(document["kind"] == "letter" for document in letters)
    assert len(korean) >= 2 and all(document["language"] == "ko" for document in korean)
    titles = [document["title"].lower() for document in by_title]
    assert titles == sorted(titles)


def test_errors_are_one_plain_sentence(run_cli: RunCli, archive_path: Path, tmp_path: Path) -> None:
    run_cli("--archive", archive_path, "import", SAMPLE_SOURCES)
    unknown = run_cli("--archive", archive_path, "show", "nosuchdocument")
    missing = run_cli("--archive", tmp_path / "typo.db", "list")
    damaged_path = tmp_path / "damaged.db"
    damaged_path.write_bytes(b"this is not sqlite" * 100)
    damaged = run_cli("--archive", damaged_path, "stats")
    usage = run_cli("--archive", archive_path, "list", "--sort", "sideways")

    for result in (unknown, missing, damaged):
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    assert "No document has the id 'nosuchdocument'" in unknown.stderr
    assert "There is no archive at" in missing.stderr and not (tmp_path / "typo.db").exists()
    assert "damaged" in damaged.stderr
    assert usage.returncode == 2


def test_default_archive_starts_as_a_copy_of_the_sample(
    run_cli: RunCli, isolated_user_dirs: Path
) -> None:
    result = run_cli("list", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == len(SAMPLE_FILES)
    created = list((isolated_user_dirs / "data").rglob("archive.db"))
    assert len(created) == 1


def test_headless_commands_never_import_qt(archive_path: Path) -> None:
    code = (
        "import sys; from storyreader.cli import main\n"
        f"main(['--archive', {str(archive_path)!r}, 'import', {str(SAMPLE_SOURCES)!r}])\n"
        f"main(['--archive', {str(archive_path)!r}, 'stats'])\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_check_finds_and_repairs_a_damaged_image(run_cli: RunCli, archive_path: Path) -> None:
    import sqlite3

    run_cli("--archive", archive_path, "import", SAMPLE_SOURCES)
    assert run_cli("--archive", archive_path, "check").returncode == 0
    connection = sqlite3.connect(archive_path)
    connection.execute(
        "UPDATE media SET data = zeroblob(size) WHERE rowid = (SELECT min(rowid) FROM media)"
    )
    connection.commit()
    connection.close()

    found = run_cli("--archive", archive_path, "check")
    repaired = run_cli("--archive", archive_path, "check", "--repair")
    after = run_cli("--archive", archive_path, "check")

    assert found.returncode == 1 and "does not match its hash" in found.stdout
    assert repaired.returncode == 0 and "Repaired" in repaired.stdout
    assert after.returncode == 0 and "healthy" in after.stdout
    stats = json.loads(run_cli("--archive", archive_path, "stats", "--json").stdout)
    assert stats["missing_media"] >= 1


def test_self_test_passes_on_a_working_installation(run_cli: RunCli) -> None:
    result = run_cli("--self-test", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert len([line for line in lines if line.startswith("ok ")]) >= 10
    assert not any(line.startswith("FAIL") for line in lines)
