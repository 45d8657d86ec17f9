"""File > Export notes and bookmarks…: which ones (the open document's, or all), in which
form (Markdown, or a web page), and where to save them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n

SUFFIXES = {"markdown": ".md", "html": ".html"}


class NotesExportDialog(QDialog):
    def __init__(self, title: str | None, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes and bookmarks"))
        self._title = title
        self.this_document = QRadioButton(
            i18n.fill(self.tr("This document: “%1”"), title or "")
            if title
            else self.tr("This document")
        )
        self.this_document.setEnabled(title is not None)
        self.everything = QRadioButton(self.tr("All documents with notes or bookmarks"))
        (self.this_document if title else self.everything).setChecked(True)
        self.markdown = QRadioButton(self.tr("Markdown (.md), for any text editor"))
        self.html = QRadioButton(self.tr("Web page (.html), for any browser"))
        self.markdown.setChecked(True)
        for members in ((self.this_document, self.everything), (self.markdown, self.html)):
            group = QButtonGroup(self)
            for button in members:
                group.addButton(button)
                button.toggled.connect(self._suggest_name)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save as"))
        self.path.setMinimumWidth(320)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        which, kind = QVBoxLayout(), QVBoxLayout()
        for column, choices in (
            (which, (self.this_document, self.everything)),
            (kind, (self.markdown, self.html)),
        ):
            for choice in choices:
                column.addWidget(choice)
        form.addRow(self.tr("Export:"), which)
        form.addRow(self.tr("As:"), kind)
        form.addRow(self.tr("Save as:"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(lambda text: self.export_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._folder = folder
        self._suggest_name()

    @property
    def kind(self) -> str:
        return "html" if self.html.isChecked() else "markdown"

    @property
    def one_document(self) -> bool:
        return self.this_document.isChecked()

    def target(self) -> Path:
        return Path(self.path.text()).expanduser()

    def _suggest_name(self) -> None:
        current = self.path.text()
        folder = Path(current).parent if current else self._folder
        if self.one_document and self._title:
            name = i18n.fill(self.tr("Notes on %1"), self._title[:60])
        else:
            name = self.tr("Notes and bookmarks")
        name = name.replace("/", "-").replace("\\", "-")
        self.path.setText(str(folder / f"{name}{SUFFIXES[self.kind]}"))

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the notes as"),
            self.path.text(),
            self.tr("Web pages (*.html)") if self.kind == "html" else self.tr("Markdown (*.md)"),
        )
        if name:
            self.path.setText(name)
