"""The search index for the window's parts: attached in the background once the window shows
(the first paint never waits for Whoosh), then kept up to date with the archive.

Parts ask `keeper.index` (None until it is attached) and listen to `attached`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from storyreader.archive.db import Archive
from storyreader.ui.status_line import StatusLine
from storyreader.ui.tasks import TaskRunner

if TYPE_CHECKING:  # Whoosh loads after the first paint
    from storyreader.search import SearchIndex


class IndexKeeper(QObject):
    attached = Signal()

    def __init__(
        self, archive: Archive, runner: TaskRunner, status: StatusLine, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._archive, self._runner, self._status = archive, runner, status
        self.index: SearchIndex | None = None

    @property
    def ready(self) -> bool:
        """Attached and caught up with the archive."""
        return self.index is not None and self.index.ready

    def attach(self) -> None:
        from storyreader.search import SearchIndex

        archive = self._archive
        self._runner.run(lambda: SearchIndex.attach(archive), self._attached, owner=self)

    def _attached(self, index: SearchIndex) -> None:
        self.index = index
        self.attached.emit()
        self.catch_up()

    def catch_up(self) -> None:
        """Replay what changed in the archive since the index last saw it."""
        index = self.index
        if index is not None:
            self._status.run_long(
                self.tr("Updating the search index"), lambda progress: index.catch_up(progress)
            )

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
