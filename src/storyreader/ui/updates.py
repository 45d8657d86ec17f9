"""Bringing documents in and carrying them out, from the main window: importing files and
folders, the Sources dialog and Sync now, importing a bundle (from the File menu or dropped on
the window) after showing what it holds, exporting one. `changed` says that documents came or
went; the window then has the library, its counts and the search index catch up.

The work itself is the core's (`storyreader.importing`, `storyreader.sync`,
`storyreader.bundle`), run through the window's `TaskRunner`; the main window makes one
`Updates` and keeps it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.ui.index_keeper import IndexKeeper
from storyreader.ui.settings import SIGNING_KEY, Settings
from storyreader.ui.status_line import StatusLine
from storyreader.ui.tasks import QtProgress, TaskRunner

if TYPE_CHECKING:  # the dialogs (and httpx, lxml, cryptography) load when first opened
    from storyreader.importing import ImportReport
    from storyreader.ui.bundle_dialogs import ImportBundleDialog
    from storyreader.ui.export_bundle_dialog import ExportBundleDialog
    from storyreader.ui.keys_dialog import KeysDialog
    from storyreader.ui.sync_dialog import SourcesDialog

# storyreader.bundle.BUNDLE_SUFFIX, which is not imported here: the bundle package loads
# cryptography, which the first window does not need (a test keeps the two equal).
BUNDLE_SUFFIX = ".storybundle"


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX


class Updates(QObject):
    changed = Signal()  # documents came or went

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        keeper: IndexKeeper,
        status: StatusLine,
        window: QWidget,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self._window, self._archive, self._runner = window, archive, runner
        self._keeper, self._status, self._settings = keeper, status, settings
        self.sources_dialog: SourcesDialog | None = None
        self.import_dialog: ImportBundleDialog | None = None
        self.export_dialog: ExportBundleDialog | None = None
        self.keys_dialog: KeysDialog | None = None

    # --- files and folders -----------------------------------------------------------------

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import files"),
            "",
            self.tr("Stories (*.md *.markdown *.html *.htm *.txt);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(path) for path in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        from storyreader.importing import import_paths

        archive, index = self._archive, self._keeper.index

        def work(progress: QtProgress) -> ImportReport:
            report = import_paths(archive, paths, progress=progress, cancel=progress.cancel_token)
            if index is not None:
                index.catch_up(progress)
            return report

        def done(report: ImportReport) -> None:
            self.changed.emit()
            self._status.say(
                i18n.fill(
                    self.tr("Imported %1 new and %2 updated; %3 skipped."),
                    len(report.created),
                    len(report.updated),
                    len(report.skipped),
                )
            )

        self._status.run_long(self.tr("Importing"), work, done)

    def take_dropped(self, paths: list[Path]) -> None:
        """Files dropped on the window: documents are imported, a bundle is shown first."""
        bundles = [path for path in paths if is_bundle(path)]
        files = [path for path in paths if not is_bundle(path)]
        if files:
            self.import_paths(files)
        if bundles:  # one at a time: each is shown before it is imported
            self.import_bundle(bundles[0])
        if len(bundles) > 1:
            self._status.say(
                self.tr("Bundles are imported one at a time: drop the next one afterwards.")
            )

    # --- sync ------------------------------------------------------------------------------

    def open_sources(self) -> SourcesDialog:
        """The Sources dialog, non-modal: reading goes on while a sync runs."""
        if self.sources_dialog is None:
            from storyreader.ui.sync_dialog import SourcesDialog

            dialog = SourcesDialog(self._archive, self._runner, self._window)
            dialog.synced.connect(lambda _reports: self.changed.emit())
            self.sources_dialog = dialog
        else:
            self.sources_dialog.refresh()
        self.sources_dialog.show()
        self.sources_dialog.raise_()
        self.sources_dialog.activateWindow()
        return self.sources_dialog

    def sync_now(self) -> None:
        self.open_sources().sync_all()

    # --- bundles ---------------------------------------------------------------------------

    def choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import a bundle"),
            "",
            self.tr("Story Reader bundles (*.storybundle);;All files (*)"),
        )
        if path:
            self.import_bundle(Path(path))

    def import_bundle(self, path: Path) -> ImportBundleDialog:
        """Check the bundle and show what importing it would change; import if agreed."""
        if self.import_dialog is not None:
            self.import_dialog.close()
        from storyreader.ui.bundle_dialogs import ImportBundleDialog

        dialog = ImportBundleDialog(self._archive, path, self._runner, self._window)
        dialog.imported.connect(lambda _report: self.changed.emit())
        self.import_dialog = dialog
        dialog.show()
        return dialog

    def export_bundle(self) -> ExportBundleDialog:
        """The export dialog, signing with the reader's own key (File > Keys) by default."""
        signing_key = self._settings.get(SIGNING_KEY)
        if self.export_dialog is None:
            from storyreader.ui.export_bundle_dialog import ExportBundleDialog

            self.export_dialog = ExportBundleDialog(
                self._archive,
                self._runner,
                self._window,
                signing_key=Path(signing_key) if signing_key else None,
            )
        elif signing_key and not self.export_dialog.key.text().strip():
            self.export_dialog.key.setText(signing_key)  # a key made since it was last open
        self.export_dialog.show()
        self.export_dialog.raise_()
        return self.export_dialog

    def open_keys(self) -> KeysDialog:
        """File > Keys: your signing key, and the publishers this archive trusts."""
        if self.keys_dialog is None:
            from storyreader.ui.keys_dialog import KeysDialog

            self.keys_dialog = KeysDialog(self._archive, self._runner, self._settings, self._window)
        else:
            self.keys_dialog.show_own_key()
            self.keys_dialog.refresh()
        self.keys_dialog.show()
        self.keys_dialog.raise_()
        self.keys_dialog.activateWindow()
        return self.keys_dialog
