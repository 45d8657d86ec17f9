"""What one sync of one source did: the report the command prints and the app shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from storyreader import i18n
from storyreader.i18n import Sentence

OK = "ok"  # everything the source lists is in the archive
PARTIAL = "partial"  # some URLs failed; the next sync tries them again
FAILED = "failed"  # the source could not be read at all
CANCELLED = "cancelled"


@dataclass(frozen=True)
class Failure:
    url: str
    reason: Sentence  # completes "Could not fetch URL: ...", in the reader's language


@dataclass
class SyncReport:
    source: str
    outcome: str = OK
    created: int = 0
    updated: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    bytes_downloaded: int = 0
    duration: float = 0.0  # seconds
    message: Sentence | None = None  # when the source could not be synced at all

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.withdrawn)

    def summary(self) -> str:
        """One line for people: "Open Doors: 3 new, 1 updated, ... in 2.1 s"."""
        template = i18n.translate(
            "Sync",
            "%1: %2 new, %3 updated, %4 withdrawn, %5 unchanged, %6 failed; %7 downloaded in %8 s.",
        )
        line = i18n.fill(
            template,
            self.source,
            self.created,
            self.updated,
            self.withdrawn,
            self.unchanged,
            self.failed,
            _size(self.bytes_downloaded),
            f"{self.duration:.1f}",
        )
        if self.outcome == CANCELLED:
            line += " " + i18n.translate("Sync", "(Stopped before the end.)")
        return line

    def to_json(self) -> dict[str, Any]:
        """The report for scripts and the sync log, its sentences in English whatever the
        app's language."""
        data = asdict(self)
        data["failed"] = self.failed
        data["duration"] = round(self.duration, 3)
        data["message"] = self.message.english() if self.message else ""
        data["failures"] = [
            {"url": failure.url, "reason": failure.reason.english()} for failure in self.failures
        ]
        return data


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count / 1024 / 1024:.1f} MB"
