"""Progress and cancel through the same small interface the desktop app uses."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from storyreader.archive.db import Archive
from storyreader.archive.models import Source, SyncRun
from storyreader.progress import CancelToken
from storyreader.sync import add_source, list_sources, sync_sources
from storyreader.sync import run as sync_run
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents
from tests.sync.server import FixtureServer


class Recorder:
    """A Progress that remembers what it was told, and can press Cancel after some steps."""

    def __init__(self, cancel: CancelToken | None = None, cancel_after: int = 0) -> None:
        self.stages: list[tuple[str, int | None]] = []
        self.details: list[str] = []
        self.messages: list[str] = []
        self._cancel, self._cancel_after = cancel, cancel_after

    def start(self, label: str, total: int | None) -> None:
        self.stages.append((label, total))

    def advance(self, steps: int = 1, detail: str = "") -> None:
        self.details.append(detail)
        if self._cancel and len(self.details) >= self._cancel_after:
            self._cancel.cancel()

    def message(self, text: str) -> None:
        self.messages.append(text)


def test_progress_reports_each_source_and_each_document(
    archive: Archive, webflow: FixtureServer
) -> None:
    webflow.remove("/blog/a-letter-from-our-director")
    add_source(archive, webflow.origin + "/blog", name="Open Doors", policy=QUICK)
    progress = Recorder()

    [report] = sync_sources(archive, (), progress, CancelToken(), policy=QUICK)

    assert ("Syncing Open Doors", 3) in progress.stages
    assert sorted(progress.details) == sorted(
        f"{webflow.origin}/blog/{slug}"
        for slug in (
            "a-kitchen-in-gaziantep",
            "a-letter-from-our-director",
            "crossing-the-river-at-night",
        )
    )
    assert progress.messages == [
        f"Could not fetch {webflow.origin}/blog/a-letter-from-our-director: "
        "the page is gone (the server answered 404)."
    ]
    assert report.outcome == "partial"


def test_cancel_stops_after_a_whole_batch_and_the_next_sync_carries_on(
    archive: Archive, webflow: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_run, "BATCH_SIZE", 1)
    add_source(archive, webflow.origin + "/blog", name="Open Doors", policy=QUICK)
    cancel = CancelToken()

    [report] = sync_sources(archive, (), Recorder(cancel, cancel_after=1), cancel, policy=QUICK)

    assert (report.outcome, report.created) == ("cancelled", 1)
    assert len(documents(archive)) == 1
    with archive.read() as session:
        run = session.scalars(select(SyncRun)).one()
        assert (run.outcome, run.created, json.loads(run.report_json)["outcome"]) == (
            "cancelled",
            1,
            "cancelled",
        )
        assert session.scalars(select(Source.cursor)).one() is None  # listings read again

    [report] = sync_sources(archive, (), policy=QUICK)

    assert (report.outcome, report.created, report.unchanged) == ("ok", 2, 1)
    assert len(documents(archive)) == 3
    assert list_sources(archive)[0].last_outcome == "ok"  # the latest run, not the stopped one
