"""`storyreader search`, `reindex` and `check` as a user runs them, on the imported sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyreader.cli import main
from tests.conftest import SAMPLE_SOURCES, RunCli

HIT_FIELDS = {"id", "title", "kind", "published", "score", "snippet"}


@pytest.fixture
def imported(run_cli: RunCli, archive_path: Path) -> Path:
    result = run_cli("--archive", archive_path, "import", SAMPLE_SOURCES)
    assert result.returncode == 0, result.stderr
    return archive_path


def search_json(run_cli: RunCli, archive: Path, *args: str) -> dict[str, object]:
    result = run_cli("--archive", archive, "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_search_json_has_what_scripts_rely_on(run_cli: RunCli, imported: Path) -> None:
    data = search_json(run_cli, imported, "midwife")
    hits = data["hits"]
    assert isinstance(hits, list) and hits
    assert data["total"] == len(hits) and data["suggestion"] is None
    assert all(hit.keys() >= HIT_FIELDS for hit in hits)
    assert hits[0]["title"] == "Before the Sun Comes Up"
    assert "<b>midwife</b>" in hits[0]["snippet"]
    facets = data["facets"]
    assert isinstance(facets, dict) and set(facets) == {"kind", "tag", "language", "year"}
    assert facets["kind"] == {"story": 1}


def test_search_suggests_a_correction_for_a_typo(run_cli: RunCli, imported: Path) -> None:
    data = search_json(run_cli, imported, "midwyfe")
    assert data["suggestion"] == "midwife"
    hits = data["hits"]
    assert isinstance(hits, list)
    assert [hit["title"] for hit in hits] == ["Before the Sun Comes Up"]


def test_search_options_filter_and_sort(run_cli: RunCli, imported: Path) -> None:
    letters = search_json(run_cli, imported, "friends", "--kind", "letter")
    korean = search_json(run_cli, imported, "북한", "--lang", "ko", "--sort", "date")
    for data, field, value in ((letters, "kind", "letter"), (korean, "language", "ko")):
        hits = data["hits"]
        assert isinstance(hits, list) and hits
        assert {hit[field] for hit in hits} == {value}
    dates = [hit["published"] for hit in korean["hits"]]  # type: ignore[attr-defined]
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True)
    one = search_json(run_cli, imported, "refugees", "--limit", "1", "--page", "2")
    assert len(one["hits"]) == 1 and one["page"] == 2  # type: ignore[arg-type]


HOSTILE = ['"', "*", "-", "OR", "kind:", "the of", "\x00\x07\x1b[2J", "x" * 10_000, "(" * 500]


def test_no_query_breaks_the_command(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for query in HOSTILE:  # in this process: argv cannot carry a NUL byte
        assert main(["--archive", str(imported), "search", query]) == 0, query
        out, err = capsys.readouterr()
        assert "Traceback" not in err and "unexpectedly" not in err, query
        assert out.strip() or err.strip(), query


def test_text_output_shows_titles_and_plain_snippets(run_cli: RunCli, imported: Path) -> None:
    result = run_cli("--archive", imported, "search", "midwife")
    assert result.returncode == 0
    assert result.stdout.startswith("1 result\n")
    assert "Before the Sun Comes Up — Fatuma" in result.stdout
    assert "midwife" in result.stdout and "<b>" not in result.stdout


def test_reindex_rebuilds(run_cli: RunCli, imported: Path) -> None:
    result = run_cli("--archive", imported, "reindex")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Indexed 16 documents")
    assert search_json(run_cli, imported, "midwife")["total"] == 1


def test_check_reports_and_repairs_a_damaged_index(run_cli: RunCli, imported: Path) -> None:
    index = imported.with_suffix(".index")
    assert run_cli("--archive", imported, "check").returncode == 0
    victim = max(
        (path for path in index.iterdir() if path.suffix in (".pst", ".trm")),
        key=lambda path: path.stat().st_size,
    )
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))

    found = run_cli("--archive", imported, "check")
    repaired = run_cli("--archive", imported, "check", "--repair")
    after = run_cli("--archive", imported, "check")

    assert found.returncode == 1 and f"search index file {victim.name} is damaged" in found.stdout
    assert repaired.returncode == 0 and "Repaired" in repaired.stdout
    assert after.returncode == 0 and "healthy" in after.stdout
    assert search_json(run_cli, imported, "midwife")["total"] == 1
