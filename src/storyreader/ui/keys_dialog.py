"""File > Keys: the reader's own signing key, and the publishers this archive trusts.

Your key: make one (a passphrase is optional), or use a key file made before (by
`storyreader keys generate`, or minisign); show its key id and fingerprint, copy its public
key or save it as a .pub file for the laptops that import your bundles. Exports are signed
with it. As on the command line, a key is a pair of files (NAME.key, owner-only, and
NAME.pub), kept where `config.user_keys_dir()` says, never in the archive; the settings
remember which file is yours.

Trusted keys: the public keys of publishers whose bundles this archive imports (kept in the
archive, as `storyreader keys trust` keeps them): trust one from a file or pasted, see them
listed, remove one.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.bundle.sign import PublicKey, SecretKey, make_key_in
from storyreader.bundle.trust import TrustedKeyInfo, remove_key, trust_key, trusted_keys
from storyreader.config import user_keys_dir
from storyreader.ui.dates import format_moment
from storyreader.ui.key_forms import MakeKeyDialog, TrustKeyDialog, own_public_key
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.settings import SIGNING_KEY, Settings
from storyreader.ui.tasks import TaskRunner
from storyreader.ui.wrapping import sentence

KEY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class KeysDialog(FittingDialog):
    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        self.setMinimumWidth(520)
        self._archive, self._runner, self._settings = archive, runner, settings
        self.public: PublicKey | None = None  # your key's public half, once known
        layout = QVBoxLayout(self)
        layout.addWidget(self._make_own_group())
        layout.addWidget(self._make_trusted_group(), 1)
        self.message = sentence()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_own_key()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _make_own_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your signing key"))
        self.own = sentence()
        self.own.setTextFormat(Qt.TextFormat.RichText)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.make_button = QPushButton(self.tr("&Make a key…"))
        self.use_button = QPushButton(self.tr("&Use a key file…"))
        self.copy_button = QPushButton(self.tr("&Copy the public key"))
        self.save_button = QPushButton(self.tr("&Save the public key…"))
        self.make_button.clicked.connect(self.make_key)
        self.use_button.clicked.connect(self._choose_key_file)
        self.copy_button.clicked.connect(self.copy_public_key)
        self.save_button.clicked.connect(self._save_public_key)
        layout = QVBoxLayout(group)
        layout.addWidget(self.own)
        layout.addLayout(_button_row(self.copy_button, self.save_button))
        layout.addLayout(_button_row(self.make_button, self.use_button))
        return group

    def _make_trusted_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Publishers this archive trusts"))
        self.trusted = QTreeWidget()
        self.trusted.setHeaderLabels(
            [self.tr("Publisher"), self.tr("Key"), self.tr("Fingerprint"), self.tr("Trusted since")]
        )
        self.trusted.setRootIsDecorated(False)
        self.trusted.setAccessibleName(self.tr("Trusted publishers' keys"))
        self.none_trusted = sentence(
            self.tr(
                "This archive trusts no publisher yet, so it imports only bundles you say you "
                "know. Trust the public key a publisher gives you, and their bundles import."
            )
        )
        self.trust_button = QPushButton(self.tr("&Trust a key…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.trust_button.clicked.connect(self.trust_a_key)
        self.remove_button.clicked.connect(self.remove_selected)
        self.trusted.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(group)
        layout.addWidget(self.trusted, 1)
        layout.addWidget(self.none_trusted)
        layout.addLayout(_button_row(self.trust_button, self.remove_button))
        return group

    # --- your key ---------------------------------------------------------------------------

    def own_key_path(self) -> Path | None:
        stored = self._settings.get(SIGNING_KEY)
        return Path(stored) if stored else None

    def show_own_key(self) -> None:
        path = self.own_key_path()
        self.public = own_public_key(path) if path is not None else None
        if path is None:
            text = self.tr(
                "You have no signing key yet. Make one, and the bundles you export are signed "
                "with it: the laptops that trust it then know the bundles come from you, "
                "unchanged."
            )
            self.own.setText(f"<p>{_escape(text)}</p>")
        elif self.public is None:
            text = i18n.fill(
                self.tr("The key file %1 cannot be read; make a key, or choose another file."),
                str(path),
            )
            self.own.setText(f"<p>{_escape(text)}</p>")
        else:
            self.own.setText(
                "<table>"
                + _row(self.tr("Key"), self.public.id_text)
                + _row(self.tr("Fingerprint"), self.public.fingerprint)
                + _row(self.tr("File"), str(path))
                + "</table>"
            )
        for button in (self.copy_button, self.save_button):
            button.setEnabled(self.public is not None)
        self.make_button.setText(
            self.tr("&Make a key…") if path is None else self.tr("&Make a new key…")
        )
        self.refit()

    def make_key(self) -> None:
        form = MakeKeyDialog(self)
        if form.exec() != MakeKeyDialog.DialogCode.Accepted:
            return
        name, passphrase, folder = form.name.text().strip(), form.passphrase.text(), user_keys_dir()
        self.make_button.setEnabled(False)
        self._runner.run(
            lambda: make_key_in(folder, name, passphrase), self._key_made, self._failed, owner=self
        )

    def _key_made(self, made: tuple[SecretKey, Path]) -> None:
        key, path = made
        self.make_button.setEnabled(True)
        self.use_key_file(path)
        self.say(
            i18n.fill(
                self.tr(
                    "Your new key %1 signs the bundles you export. Give its public key to "
                    "the laptops that import them."
                ),
                key.public.id_text,
            )
        )

    def _choose_key_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Your secret key"), "", self.tr("Secret keys (*.key);;All files (*)")
        )
        if name:
            self.use_key_file(Path(name))

    def use_key_file(self, path: Path) -> None:
        """Make the key in `path` the one that signs exports."""
        self._settings.set(SIGNING_KEY, str(path))
        self._settings.sync()
        self.show_own_key()

    def copy_public_key(self) -> None:
        if self.public is not None:
            QGuiApplication.clipboard().setText(self.public.to_text())
            self.say(
                self.tr(
                    "Copied. Paste it into a message to the people whose laptops import your "
                    "bundles; they trust it in File > Keys."
                )
            )

    def _save_public_key(self) -> None:
        path = self.own_key_path()
        if self.public is None or path is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public key"),
            str(Path.home() / f"{path.stem}.pub"),
            self.tr("Public keys (*.pub)"),
        )
        if name:
            self.save_public_key(Path(name))

    def save_public_key(self, out: Path) -> None:
        if self.public is None:
            return
        try:
            out.write_text(self.public.to_text(), encoding="ascii")
        except OSError as error:
            self.say(i18n.fill(self.tr("Cannot write %1: %2."), str(out), error.strerror))
            return
        self.say(i18n.fill(self.tr("Saved the public key as %1."), str(out)))

    # --- trusted keys -----------------------------------------------------------------------

    def refresh(self) -> None:
        archive = self._archive
        self._runner.run(lambda: trusted_keys(archive), self._listed, self._failed, owner=self)

    def _listed(self, keys: list[TrustedKeyInfo]) -> None:
        self.trusted.clear()
        for info in keys:
            item = QTreeWidgetItem(
                [info.name, info.key_id, info.fingerprint, format_moment(info.added_at)]
            )
            item.setData(0, KEY_ID_ROLE, info.key_id)
            item.setToolTip(2, info.fingerprint)
            self.trusted.addTopLevelItem(item)
        for column in range(self.trusted.columnCount()):
            self.trusted.resizeColumnToContents(column)
        self.trusted.setVisible(bool(keys))
        self.none_trusted.setVisible(not keys)
        self._update_buttons()
        self.refit()

    def trust_a_key(self) -> None:
        form = TrustKeyDialog(self)
        if form.exec() == TrustKeyDialog.DialogCode.Accepted and form.key is not None:
            self.trust(form.key, form.name.text())

    def trust(self, public: PublicKey, name: str) -> None:
        archive = self._archive

        def trusted(info: TrustedKeyInfo) -> None:
            self.say(i18n.fill(self.tr("Bundles signed by %1 now import here."), info.name))
            self.refresh()

        self._runner.write(
            lambda: trust_key(archive, public, name), trusted, self._failed, owner=self
        )

    def remove_selected(self) -> None:
        items = self.trusted.selectedItems()
        if not items:
            return
        name, key_id = items[0].text(0), str(items[0].data(0, KEY_ID_ROLE))
        answer = QMessageBox.question(
            self,
            self.tr("Stop trusting this key?"),
            i18n.fill(
                self.tr("Bundles signed by %1 will be refused until you trust the key again."),
                name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(key_id)

    def remove(self, key_id: str) -> None:
        archive = self._archive

        def removed(info: TrustedKeyInfo) -> None:
            self.say(i18n.fill(self.tr("%1 is no longer trusted."), info.name))
            self.refresh()

        self._runner.write(lambda: remove_key(archive, key_id), removed, self._failed, owner=self)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.trusted.selectedItems()))

    # --- saying how it went -----------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.refit()

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.say(str(error))


def _escape(text: str) -> str:
    return html.escape(text)


def _row(label: str, value: str) -> str:
    return f"<tr><td><b>{_escape(label)}</b>&nbsp;&nbsp;</td><td>{_escape(value)}</td></tr>"


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
