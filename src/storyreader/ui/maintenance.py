"""Looking after the archive from the app: rebuilding the search index, checking the archive
and its index and repairing what was found (Tools menu), and, when the archive cannot be
opened at all, the way out: repair it, or go back to the last daily backup.

The work itself is the core's (`archive.check`, `archive.backup`, the index's `rebuild` and
`check`); this module asks the reader and reports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.ui.dates import format_moment
from storyreader.ui.index_keeper import IndexKeeper
from storyreader.ui.status_line import StatusLine
from storyreader.ui.tasks import QtProgress


class Maintenance(QObject):
    repaired = Signal()  # the archive changed under the list: show it again

    def __init__(
        self, library: Library, keeper: IndexKeeper, status: StatusLine, window: QWidget
    ) -> None:
        super().__init__(window)
        self._library, self._keeper, self._status, self._window = (
            library,
            keeper,
            status,
            window,
        )

    def rebuild_index(self) -> None:
        index = self._keeper.index
        if index is None:
            return
        self._status.run_long(
            self.tr("Rebuilding the search index"),
            lambda progress: index.rebuild(progress, progress.cancel_token),
            lambda _result: self._status.say(self.tr("The search index is rebuilt.")),
        )

    def check_archive(self) -> None:
        """Check the archive and its index, then offer to repair what was found."""
        self._status.run_long(
            self.tr("Checking the archive"),
            lambda progress: self._check(progress, repair=False),
            self._found,
        )

    def _check(self, progress: QtProgress, *, repair: bool) -> list[str]:
        from storyreader.archive.check import check_archive

        index = self._keeper.index
        progress.start(self.tr("Checking the archive"), None)
        report = check_archive(self._library.archive, repair=repair)
        problems = list(report.problems)
        if index is not None and not report.damaged:
            problems += index.check(repair=repair)
        return problems

    def _found(self, problems: list[str]) -> None:
        if not problems:
            QMessageBox.information(
                self._window,
                self.tr("Check"),
                self.tr("The archive and its search index are sound."),
            )
            return
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Check"))
        box.setText(self.tr("%n problem(s) found.", "", len(problems)))
        box.setDetailedText("\n".join(problems))
        repair = box.addButton(self.tr("Repair"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is repair:
            self._status.run_long(
                self.tr("Repairing"),
                lambda progress: self._check(progress, repair=True),
                self._repaired,
            )

    def _repaired(self, _problems: list[str]) -> None:
        self._status.say(self.tr("Repaired."))
        self.repaired.emit()


def offer_recovery(path: Path, reason: str) -> bool:
    """The damaged-archive dialog, before any window: True when something was done and
    opening should be tried again."""
    from storyreader.archive.backup import backups, repair_archive, restore_backup

    available = backups(path)
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "The archive is damaged"))
    box.setText(QCoreApplication.translate("Recovery", "Story Reader cannot read its archive."))
    box.setInformativeText(
        QCoreApplication.translate(
            "Recovery",
            "You can try to repair it, or go back to the last backup. The damaged file "
            "is kept either way.",
        )
    )
    box.setDetailedText(reason)
    repair = box.addButton(
        QCoreApplication.translate("Recovery", "Check and repair"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore = None
    if available:
        made = format_moment(available[0].made.astimezone())  # kept in local time
        label = i18n.fill(QCoreApplication.translate("Recovery", "Restore the backup of %1"), made)
        restore = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    try:
        if box.clickedButton() is repair:
            repair_archive(path)
            return True
        if restore is not None and box.clickedButton() is restore:
            restore_backup(path, available[0].path)
            return True
    except KnownError as error:
        QMessageBox.critical(None, "Story Reader", str(error))
        return True
    return False
