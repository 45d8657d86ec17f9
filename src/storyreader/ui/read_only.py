"""Telling the reader, as the window opens, that the archive can be read but not changed.

A read-only archive (on a read-only disk, a shared folder, a file without write permission)
opens for reading and searching. The window's title says "read-only", and a notice says why
and what to do; anything that would change the archive is then refused with the same
sentence, in the status bar, by `Archive.write`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storyreader.archive.db import Archive, read_only_message


def announce_read_only(window: QWidget, archive: Archive) -> QMessageBox | None:
    """Mark the window and show the notice (without blocking); None if it can be written."""
    if archive.read_only is None:
        return None
    suffix = QCoreApplication.translate("ReadOnly", "(read-only)")
    window.setWindowTitle(f"{window.windowTitle()} {suffix}")
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ReadOnly", "A read-only archive"))
    box.setText(str(read_only_message(archive.path, archive.read_only)))
    box.setInformativeText(
        QCoreApplication.translate(
            "ReadOnly",
            "Notes, bookmarks, favourites, imports and syncing need an archive that can be "
            "written; where you stop reading is not kept either.",
        )
    )
    box.open()
    return box
