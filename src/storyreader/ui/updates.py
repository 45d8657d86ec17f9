"""Bringing documents in and carrying them out, from the main window: the Sources dialog and
Sync now, importing a bundle (from the File menu or dropped on the window) after showing what
it holds, exporting one; then the library, its counts and the search index catch up.

The work itself is the core's (`storyreader.sync`, `storyreader.bundle`), run by the dialogs
through the window's `TaskRunner`; the main window makes one `Updates` and keeps it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from storyreader.archive.db import Archive
from storyreader.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialogs (and httpx, lxml, cryptography) load when first opened
    from storyreader.ui.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
    from storyreader.ui.main_window import MainWindow
    from storyreader.ui.sync_dialog import SourcesDialog

# storyreader.bundle.BUNDLE_SUFFIX, which is not imported here: the bundle package loads
# cryptography, which the first window does not need (a test keeps the two equal).
BUNDLE_SUFFIX = ".storybundle"


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX


class Updates(QObject):
    def __init__(self, window: MainWindow, archive: Archive, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window, self._archive, self._runner = window, archive, runner
        self.sources_dialog: SourcesDialog | None = None
        self.import_dialog: ImportBundleDialog | None = None
        self.export_dialog: ExportBundleDialog | None = None

    # --- sync ------------------------------------------------------------------------------

    def open_sources(self) -> SourcesDialog:
        """The Sources dialog, non-modal: reading goes on while a sync runs."""
        if self.sources_dialog is None:
            from storyreader.ui.sync_dialog import SourcesDialog

            dialog = SourcesDialog(self._archive, self._runner, self._window)
            dialog.synced.connect(lambda _reports: self._window.library_changed())
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
        dialog.imported.connect(lambda _report: self._window.library_changed())
        self.import_dialog = dialog
        dialog.show()
        return dialog

    def export_bundle(self) -> ExportBundleDialog:
        if self.export_dialog is None:
            from storyreader.ui.bundle_dialogs import ExportBundleDialog

            self.export_dialog = ExportBundleDialog(self._archive, self._runner, self._window)
        self.export_dialog.show()
        self.export_dialog.raise_()
        return self.export_dialog
