"""File > Export notes and bookmarks…: the open document's or all, as Markdown or a web page,
with the words each note is about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from storyreader.ui.notes_export_dialog import NotesExportDialog
from tests.gui.conftest import answer_next_dialog
from tests.gui.test_reading import open_titled


def add_note(qtbot: QtBot, window: MainWindow, words: str, note: str) -> None:
    reader = window.reading.view
    start = reader.body_text().index(words)
    cursor = reader.textCursor()
    cursor.setPosition(reader.body_start + start)
    cursor.setPosition(reader.body_start + start + len(words), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    rows = window.documents.notes_panel.model.rowCount()
    answer_next_dialog(accept=True, text=note)
    window.commands["add_note"].trigger()
    qtbot.waitUntil(lambda: window.documents.notes_panel.model.rowCount() == rows + 1)


def export(window: MainWindow, *, everything: bool, html: bool, path: Path) -> list[str]:
    """Answer the export dialog as a reader would; returns the choices it offered."""
    offered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NotesExportDialog):
            QTimer.singleShot(20, answer)
            return
        offered.extend([dialog.this_document.text(), dialog.path.text()])
        (dialog.everything if everything else dialog.this_document).setChecked(True)
        (dialog.html if html else dialog.markdown).setChecked(True)
        dialog.path.setText(str(path))
        dialog.export_button.click()

    QTimer.singleShot(0, answer)
    window.commands["export_notes"].trigger()
    return offered


def test_export_the_open_documents_notes_or_all(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    nothing = tmp_path / "nothing.md"
    export(window, everything=True, html=False, path=nothing)
    qtbot.waitUntil(lambda: "no notes" in window.statusBar().currentMessage())
    assert not nothing.exists()
    open_titled(qtbot, window, "Chalk Dust")
    add_note(qtbot, window, "shipping container", "Ask Yusuf for a photo")
    window.commands["bookmark"].trigger()
    open_titled(qtbot, window, "The Paper Boats")
    add_note(qtbot, window, "exercise book", "Read aloud at the vigil")

    one = tmp_path / "boats.md"
    offered = export(window, everything=False, html=False, path=one)
    qtbot.waitUntil(one.exists)
    assert offered[0] == "This document: “The Paper Boats”"
    assert offered[1].endswith("Notes on The Paper Boats.md")
    text = one.read_text(encoding="utf-8")
    assert "## The Paper Boats" in text and "> exercise book\n\nRead aloud at the vigil" in text
    assert "Chalk Dust" not in text
    saved = f"Saved the notes and bookmarks to {one}."  # said once the write's result is back,
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == saved)  # after the file

    everything = tmp_path / "all.html"
    export(window, everything=True, html=True, path=everything)
    qtbot.waitUntil(everything.exists)
    page = everything.read_text(encoding="utf-8")
    assert "<blockquote>shipping container</blockquote>\n<p>Ask Yusuf for a photo</p>" in page
    assert "<h3>Bookmarks</h3>" in page and "<h2>The Paper Boats</h2>" in page
