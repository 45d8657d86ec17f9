"""The status bar, the part of the main window that says how things stand: messages that pass
("Imported 3 new…"), failures as one sentence, long work with its progress and a Cancel
button, and the standing line "Offline · 1,204 documents · 37 unread · last synced 3 days ago".

`run_long` is how any part runs long work: on the write lane, followed here, cancellable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from storyreader import i18n
from storyreader.archive.browse import SidebarCounts
from storyreader.errors import Cancelled, KnownError
from storyreader.ui.progress_area import ProgressArea
from storyreader.ui.tasks import QtProgress, TaskRunner

T = TypeVar("T")
MESSAGE_MS = 6000
FAILURE_MS = 12_000


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, runner: TaskRunner) -> None:
        super().__init__(bar)
        self._bar, self._runner = bar, runner
        self._counts: SidebarCounts | None = None
        self._network: Any = None  # QNetworkInformation, once loaded after the window shows
        self._line = QLabel()
        self._line.setAccessibleName(self.tr("Archive status"))
        self._reading = QLabel()
        self._reading.setAccessibleName(self.tr("Reading progress"))
        self._reading.hide()
        self._progress = ProgressArea()
        bar.addPermanentWidget(self._progress)
        bar.addPermanentWidget(self._reading)
        bar.addPermanentWidget(self._line)
        runner.unhandled.connect(self.show_failure)

    # --- what tests and other parts read ----------------------------------------------------

    def text(self) -> str:
        """The standing line, as shown."""
        return self._line.text()

    def reading(self) -> str:
        """How far into the open document the reader is, as shown."""
        return self._reading.text()

    def show_reading(self, text: str) -> None:
        self._reading.setText(text)
        self._reading.setVisible(bool(text))

    @property
    def working(self) -> bool:
        """Long work is under way (its progress is showing)."""
        return self._progress.isVisible()

    # --- messages ---------------------------------------------------------------------------

    def say(self, text: str, milliseconds: int = MESSAGE_MS) -> None:
        """A calm, non-blocking message."""
        self._bar.showMessage(text, milliseconds)

    def show_failure(self, error: BaseException) -> None:
        """A failure as the reader reads it: our sentence, or where the details are (the
        runner has logged it)."""
        if isinstance(error, KnownError):
            self.say(str(error), FAILURE_MS)
        elif not isinstance(error, Cancelled):
            self.say(
                i18n.fill(
                    self.tr("Something went wrong (%1). The details are in the log file."),
                    type(error).__name__,
                ),
                FAILURE_MS,
            )

    # --- long work --------------------------------------------------------------------------

    def run_long(
        self,
        label: str,
        work: Callable[[QtProgress], T],
        done: Callable[[T], object] | None = None,
    ) -> None:
        """Long work on the write lane, followed here with a Cancel button."""
        progress = QtProgress()
        self._progress.follow(progress, label)

        def finished(result: T) -> None:
            self._progress.finish(progress)
            if done is not None:
                done(result)

        def failed(error: BaseException) -> None:
            self._progress.finish(progress)
            if isinstance(error, Cancelled):
                self.say(self.tr("Stopped. What was finished is kept."))
            else:
                self._runner.report(error)

        self._runner.write(lambda: work(progress), finished, failed, owner=self)

    # --- the standing line ------------------------------------------------------------------

    def show_counts(self, counts: SidebarCounts | None = None) -> None:
        if counts is not None:
            self._counts = counts
        parts = [self.tr("Offline")] if self._offline() else []
        if self._counts is not None:
            parts.append(self.tr("%n document(s)", "", self._counts.all))
            if self._counts.unread:
                parts.append(self.tr("%n unread", "", self._counts.unread))
            if self._counts.last_synced is not None:
                parts.append(self._synced_ago(self._counts.last_synced))
        self._line.setText(" · ".join(parts))

    def _synced_ago(self, moment: datetime) -> str:
        # Calendar days where the reader is: the archive keeps UTC.
        synced_on = moment.replace(tzinfo=UTC).astimezone().date()
        days = (datetime.now().astimezone().date() - synced_on).days
        if days <= 0:
            return self.tr("last synced today")
        if days == 1:
            return self.tr("last synced yesterday")
        return self.tr("last synced %n day(s) ago", "", days)

    def watch_network(self) -> None:
        """Follow the system's idea of being online (it asks the OS; it connects nowhere)."""
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.loadDefaultBackend():
            self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(lambda _value: self.show_counts())
            self.show_counts()

    def _offline(self) -> bool:
        if self._network is None:
            return False
        reachability = type(self._network).Reachability
        return self._network.reachability() in (
            reachability.Disconnected,
            reachability.Local,
        )
