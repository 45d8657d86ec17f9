"""Fixtures for sync tests: a real archive, a real HTTP server on 127.0.0.1, quick policies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.sync import FetchPolicy
from tests.sync.server import FixtureServer, WordPressApi

# Short enough that failure tests stay quick, long enough for a loaded two-core machine.
QUICK = FetchPolicy(connect_timeout=2.0, deadline=5.0, retries=2, backoff=0.05, max_wait=3.0)


@pytest.fixture
def server(allow_loopback: None) -> Iterator[FixtureServer]:
    fixture = FixtureServer()
    yield fixture
    fixture.close()


@pytest.fixture
def webflow(server: FixtureServer) -> FixtureServer:
    server.load("webflow")
    return server


@pytest.fixture
def feeds(server: FixtureServer) -> FixtureServer:
    server.load("feeds")
    return server


@pytest.fixture
def wordpress(server: FixtureServer) -> WordPressApi:
    server.load("wordpress")
    return WordPressApi(server)


@pytest.fixture
def archive(archive_path: Path) -> Iterator[Archive]:
    with open_archive(archive_path) as opened:
        yield opened
