"""`storyreader sources` and `storyreader sync` as a user runs them: reports, no connection,
and a sync killed with kill -9 at random moments, then finished cleanly."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storyreader.archive import open_archive
from storyreader.archive.models import SyncRun
from tests.conftest import CLI, RunCli
from tests.sync.helpers import documents, unused_port
from tests.sync.server import FixtureServer


def add(run_cli: RunCli, archive_path: Path, *args: str) -> dict[str, object]:
    added = run_cli("--archive", archive_path, "sources", "add", *args, "--json")
    assert added.returncode == 0, added.stderr
    return json.loads(added.stdout)  # type: ignore[no-any-return]


def test_sources_add_list_sync_and_remove(
    run_cli: RunCli, archive_path: Path, webflow: FixtureServer
) -> None:
    webflow.load("feeds")
    site = add(run_cli, archive_path, webflow.origin + "/blog", "--name", "Open Doors")
    feed = add(run_cli, archive_path, webflow.origin + "/feed.rss", "--kind", "letters")
    assert (site["type"], feed["type"], feed["kind"]) == ("site", "feed", "letter")

    synced = run_cli("--archive", archive_path, "sync", "--json")

    assert synced.returncode == 0, synced.stderr
    reports = {report["source"]: report for report in json.loads(synced.stdout)}
    assert reports["Open Doors"]["created"] == 3 and reports["Open Doors"]["failed"] == 0
    assert reports[feed["name"]]["created"] == 2
    assert set(reports["Open Doors"]) >= {
        "created",
        "updated",
        "withdrawn",
        "unchanged",
        "failed",
        "failures",
        "bytes_downloaded",
        "duration",
        "outcome",
    }
    listed = json.loads(run_cli("--archive", archive_path, "sources", "list", "--json").stdout)
    assert [(s["name"], s["documents"], s["last_outcome"]) for s in listed] == [
        (feed["name"], 2, "ok"),
        ("Open Doors", 3, "ok"),
    ]
    searched = json.loads(
        run_cli("--archive", archive_path, "search", "shoelaces", "--json").stdout
    )
    assert [hit["title"] for hit in searched["hits"]] == ["Forty days in the detention centre"]

    again = run_cli("--archive", archive_path, "sync", "Open Doors")
    assert again.returncode == 0
    assert again.stdout.startswith(
        "Open Doors: 0 new, 0 updated, 0 withdrawn, 3 unchanged, 0 failed"
    )

    removed = run_cli("--archive", archive_path, "sources", "remove", "Open Doors")
    assert removed.returncode == 0 and removed.stdout == "Removed Open Doors.\n"
    listed = json.loads(run_cli("--archive", archive_path, "sources", "list", "--json").stdout)
    assert [s["name"] for s in listed] == [feed["name"]]
    shown = run_cli("--archive", archive_path, "list", "--json")
    assert len(json.loads(shown.stdout)) == 5  # the documents stay readable

    removed = run_cli("--archive", archive_path, "sources", "remove", feed["name"], "--withdraw")
    assert removed.stdout == f"Removed {feed['name']}; 2 of its documents were withdrawn.\n"
    searched = json.loads(
        run_cli("--archive", archive_path, "search", "shoelaces", "--json").stdout
    )
    assert searched["hits"] == []  # gone from search as soon as the command ends


def test_sync_failures_are_listed_and_exit_1(
    run_cli: RunCli, archive_path: Path, webflow: FixtureServer
) -> None:
    add(run_cli, archive_path, webflow.origin + "/blog", "--name", "Open Doors")
    webflow.remove("/blog/a-letter-from-our-director")

    synced = run_cli("--archive", archive_path, "sync")

    assert synced.returncode == 1
    assert "Open Doors: 2 new, 0 updated, 0 withdrawn, 0 unchanged, 1 failed" in synced.stdout
    assert (  # said once, on stderr, as it happened
        f"Could not fetch {webflow.origin}/blog/a-letter-from-our-director: "
        "the page is gone (the server answered 404).\n" in synced.stderr
    )
    assert "could not fetch" not in synced.stdout.lower()


def sync_runs(archive_path: Path) -> int:
    with open_archive(archive_path) as archive, archive.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncRun)) or 0)


def test_offline_says_so_in_one_sentence_within_five_seconds(
    run_cli: RunCli, archive_path: Path, allow_loopback: None
) -> None:
    url = f"http://127.0.0.1:{unused_port()}/feed.rss"
    add(run_cli, archive_path, url, "--type", "feed", "--name", "Closed")

    started = time.monotonic()
    synced = run_cli("--archive", archive_path, "sync")

    assert time.monotonic() - started < 5
    assert synced.returncode == 1 and synced.stdout == ""
    assert synced.stderr == (
        "There is no connection (127.0.0.1 refused the connection); nothing was synced.\n"
    )
    assert sync_runs(archive_path) == 0  # the archive is untouched


OFFLINE_DNS = """
import socket, time

def getaddrinfo(host, *args, **kwargs):
    if {hang}:
        time.sleep(30)  # a resolver that never answers
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

socket.getaddrinfo = getaddrinfo
"""


@pytest.mark.parametrize("hang", [False, True], ids=["no-such-name", "resolver-hangs"])
def test_offline_with_no_name_resolution(
    run_cli: RunCli, archive_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hang: bool
) -> None:
    add(run_cli, archive_path, "https://stories.example.org/feed/", "--type", "feed")
    (tmp_path / "sitecustomize.py").write_text(OFFLINE_DNS.format(hang=hang))
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))  # the child has no DNS at all

    started = time.monotonic()
    synced = run_cli("--archive", archive_path, "sync")

    assert time.monotonic() - started < 5
    assert synced.returncode == 1
    reason = (
        "looking up stories.example.org took too long"
        if hang
        else "stories.example.org could not be found"
    )
    assert synced.stderr == f"There is no connection ({reason}); nothing was synced.\n"
    assert sync_runs(archive_path) == 0


def test_a_sync_killed_at_random_moments_then_finished_leaves_a_sound_archive(
    run_cli: RunCli, archive_path: Path, webflow: FixtureServer, tmp_path: Path
) -> None:
    webflow.load("feeds")
    add(run_cli, archive_path, webflow.origin + "/blog", "--name", "Open Doors")
    add(run_cli, archive_path, webflow.origin + "/feed.atom", "--name", "Field notes")
    add(run_cli, archive_path, webflow.origin + "/feed.rss", "--name", "Letters")
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    # A first sync makes 18 requests; later ones fewer, as more is already stored.
    points = [rng.randrange(10, 17), rng.randrange(5, 10), rng.randrange(2, 5), rng.randrange(2, 5)]
    child: list[subprocess.Popen[str]] = []
    kills = 0

    def kill_at(point: int) -> None:
        def hook(count: int, _path: str) -> None:
            if count == point and child:
                os.kill(child[0].pid, signal.SIGKILL)
                time.sleep(0.05)  # let it die before this request is answered

        webflow.on_request = hook

    for point in points:
        webflow.clear_log()
        kill_at(point)
        child[:] = [
            subprocess.Popen(
                [str(CLI), "--archive", str(archive_path), "sync"],
                text=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        ]
        kills += child[0].wait(timeout=60) == -signal.SIGKILL
    webflow.on_request = None
    assert kills >= 3, f"seed {seed}: the sync ended before most of the kill points"

    finished = run_cli("--archive", archive_path, "sync", "--json")
    checked = run_cli("--archive", archive_path, "check")

    assert finished.returncode == 0, (seed, finished.stderr)
    assert all(report["failed"] == 0 for report in json.loads(finished.stdout))
    assert checked.returncode == 0, (seed, checked.stdout)
    assert "The archive is healthy." in checked.stdout
    with open_archive(archive_path) as archive:
        found = documents(archive)
        assert len(found) == 7, seed  # 3 posts, 2 notes, 2 letters: each once, complete
        assert all(asset.stored for document in found.values() for asset in document.assets)
        with archive.read() as session:
            outcomes = session.scalars(select(SyncRun.outcome).order_by(SyncRun.id)).all()
    assert outcomes[-3:] == ["ok", "ok", "ok"] and "running" not in outcomes[:-3], seed
