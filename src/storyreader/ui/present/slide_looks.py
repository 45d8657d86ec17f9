"""How slides look (the set panel's More > Slide settings): theme, type size, closing QR
slides, the logo and the organisation's name. Kept in the app's settings (ui/settings.py), for
every set; a story's own text size is the panel's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyreader.present.navigator import ShowOptions
from storyreader.ui.present.show_options import load_options, save_options
from storyreader.ui.settings import PRESENT_FONT_SCALE, Settings


class SlideLooks(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Slides"))
        self._settings = settings
        options = load_options(settings)
        self.theme = QComboBox()
        for key, text in (
            ("dark", self.tr("Dark")),
            ("light", self.tr("Light")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(options.theme)))
        self.scale = QComboBox()
        for percent in PRESENT_FONT_SCALE.choices:
            self.scale.addItem(f"{percent}%", percent)
        self.scale.setCurrentIndex(max(0, self.scale.findData(round(options.font_scale * 100))))
        self.closing = QCheckBox(self.tr("End each story with its address as a QR code"))
        self.closing.setChecked(options.closing_slides)
        self.logo = QLineEdit(options.logo_path)
        self.logo.setReadOnly(True)
        self.logo.setPlaceholderText(self.tr("No logo: the organisation's name is shown"))
        self.organisation = QLineEdit(options.organisation)
        self.organisation.setPlaceholderText(self.tr("Shown when there is no logo"))
        for signal in (self.theme.currentIndexChanged, self.scale.currentIndexChanged):
            signal.connect(lambda *_: self._save())
        self.closing.toggled.connect(lambda *_: self._save())
        self.organisation.editingFinished.connect(self._save)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Type size:"), self.scale)
        form.addRow(self.closing)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(_button(self.tr("Choose a &logo…"), self._choose_logo))
        logo_row.addWidget(_button(self.tr("No logo"), lambda: self._set_logo("")))
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Organisation:"), self.organisation)

    def _save(self) -> None:
        save_options(
            self._settings,
            ShowOptions(
                theme=str(self.theme.currentData()),
                font_scale=int(self.scale.currentData()) / 100,
                closing_slides=self.closing.isChecked(),
                logo_path=self.logo.text(),
                organisation=self.organisation.text().strip(),
            ),
        )

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            self._set_logo(path)

    def _set_logo(self, path: str) -> None:
        self.logo.setText(path)
        self._save()


class SlideLooksDialog(QDialog):
    """The slide settings on their own, saved as they are changed."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slide settings"))
        self.looks = SlideLooks(settings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.looks)
        layout.addWidget(buttons)


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(lambda _checked=False: slot())
    return button
