"""Small dialogs: settings, the keyboard shortcuts sheet, About, and asking before a link
leaves the app."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyreader import __version__
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.settings import (
    COLUMN_WIDTH,
    LANGUAGE,
    LINE_SPACING,
    THEME,
    TYPEFACE,
    Settings,
)


def confirm_external_link(parent: QWidget, url: QUrl) -> bool:
    """Ask before opening an address in the system browser; the address is shown in full."""
    address = url.toDisplayString()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Links", "Open in your browser?"))
    box.setText(
        QCoreApplication.translate("Links", "This link leaves Story Reader and needs a connection:")
    )
    box.setInformativeText(address)
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


class SettingsDialog(FittingDialog):
    """Theme, typeface, line spacing, column width and language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.theme = self._combo(
            [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
                ("sepia", self.tr("Sepia")),
            ],
            settings.get(THEME),
        )
        self.typeface = self._combo(
            [("serif", self.tr("Serif")), ("sans", self.tr("Sans serif"))], settings.get(TYPEFACE)
        )
        self.spacing = self._combo(
            [
                (value, f"{value / 100:.2f}".rstrip("0").rstrip("."))
                for value in LINE_SPACING.choices
            ],
            settings.get(LINE_SPACING),
        )
        self.column_width = self._combo(
            [(chars, self.tr("%n characters", "", chars)) for chars in COLUMN_WIDTH.choices],
            settings.get(COLUMN_WIDTH),
        )
        self.column_width.setAccessibleName(self.tr("Line width in characters"))
        self.language = self._combo(
            [("", self.tr("Follow the system")), ("en", "English"), ("ko", "한국어")],
            settings.get(LANGUAGE),
        )
        restart = QLabel(self.tr("A new language takes effect the next time Story Reader starts."))
        restart.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("T&ypeface:"), self.typeface)
        form.addRow(self.tr("&Line spacing:"), self.spacing)
        form.addRow(self.tr("Line &width:"), self.column_width)
        form.addRow(self.tr("L&anguage:"), self.language)
        form.addRow(restart)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _combo(choices: list[tuple[object, str]], current: object) -> QComboBox:
        combo = QComboBox()
        for value, label in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def save(self) -> None:
        self._settings.set(THEME, str(self.theme.currentData()))
        self._settings.set(TYPEFACE, str(self.typeface.currentData()))
        self._settings.set(LINE_SPACING, int(self.spacing.currentData()))
        self._settings.set(COLUMN_WIDTH, int(self.column_width.currentData()))
        self._settings.set(LANGUAGE, str(self.language.currentData()))


class ShortcutsDialog(FittingDialog):
    """Every action with a keyboard shortcut, as the menus show them."""

    def __init__(
        self,
        actions: list[QAction],
        parent: QWidget | None = None,
        *,
        during_a_show: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (
                action.text().replace("&", "").rstrip("…").rstrip("."),
                action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText),
            )
            for action in actions
            if action.shortcuts() and not action.shortcuts()[0].isEmpty()
        ]
        if during_a_show:  # the show's keys, after the window's (ui/present/show_keys.py)
            rows += [(self.tr("During a show:"), ""), *during_a_show]
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (name, shortcut) in enumerate(rows):
            cell = QTableWidgetItem(name)
            if not shortcut:  # a heading
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            table.setItem(row, 0, cell)
            table.setItem(row, 1, QTableWidgetItem(shortcut))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 560)


@dataclass(frozen=True)
class AboutFacts:
    archive: Path
    log_file: Path | None


class AboutDialog(FittingDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Story Reader"))
        log_file = str(facts.log_file) if facts.log_file else self.tr("(not written)")
        purpose = self.tr("Read, search and present stories and letters, offline.")
        licence = self.tr("Licence: GNU General Public License, version 3 or later.")
        archive_label, log_label = self.tr("Archive:"), self.tr("Log file:")
        text = (
            f"<h2>Story Reader {html.escape(__version__)}</h2>"
            f"<p>{html.escape(purpose)}</p><p>{html.escape(licence)}</p>"
            f"<p><b>{html.escape(archive_label)}</b> {html.escape(str(facts.archive))}<br/>"
            f"<b>{html.escape(log_label)}</b> {html.escape(log_file)}</p>"
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(520, 300)
