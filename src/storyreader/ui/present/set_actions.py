"""A set to and from a file, from the set panel: import a set another host exported (naming
the stories this archive lacks), and export the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storyreader.errors import KnownError
from storyreader.present.set_info import ImportedSet, SetInfo
from storyreader.present.sets import Sets

Write = Callable[..., None]  # the panel's write: (change, done, title)


class SetFiles(QObject):
    def __init__(
        self,
        panel: QWidget,
        sets: Sets,
        write: Write,
        reload: Callable[[int], Any],
    ) -> None:
        super().__init__(panel)
        self._panel, self._sets, self._write, self._reload = panel, sets, write, reload

    def import_set(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._panel, self.tr("Import a set"), "", self.tr("Sets (*.json);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        self._write(lambda: self._sets.import_file(path), self._imported, self.tr("Import a set"))

    def _imported(self, imported: ImportedSet) -> None:
        self._reload(imported.set.id)
        if imported.missing:
            titles = "\n".join(f"• {m.title or m.document_id}" for m in imported.missing)
            QMessageBox.information(
                self._panel,
                self.tr("Import a set"),
                self.tr("These stories are not in your archive and were left out:")
                + "\n\n"
                + titles,
            )

    def export_set(self, info: SetInfo | None) -> None:
        if info is None:
            QMessageBox.information(
                self._panel, self.tr("Export the set"), self.tr("There is no set to export yet.")
            )
            return
        suggested = f"{info.name[:60]}.json".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self._panel, self.tr("Export the set"), suggested, self.tr("Sets (*.json)")
        )
        if path:
            try:
                self._sets.export(info.id, Path(path))
            except KnownError as error:
                QMessageBox.warning(self._panel, self.tr("Export the set"), str(error))
