"""Keeping the archive up to date from the web: sites, feeds and WordPress, for offline reading.

The command line and the desktop app call `sync_sources` and the source registry; the parts:
`http` (the one client), `sources/` (what each kind of source lists), `extract` (the article
on a page), `apply` (transactional batches), `run` (the orchestration), `report`.
"""

from storyreader.sync.http import FetchPolicy
from storyreader.sync.registry import (
    WEB_TYPES,
    SourceError,
    SourceInfo,
    add_source,
    list_sources,
    remove_source,
)
from storyreader.sync.report import Failure, SyncReport
from storyreader.sync.run import OfflineError, sync_sources

__all__ = [
    "WEB_TYPES",
    "Failure",
    "FetchPolicy",
    "OfflineError",
    "SourceError",
    "SourceInfo",
    "SyncReport",
    "add_source",
    "list_sources",
    "remove_source",
    "sync_sources",
]
