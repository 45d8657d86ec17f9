"""The small steps around signing keys: making one (a name, and a passphrase if wanted),
trusting a publisher's public key (from a file or pasted), unlocking a protected key, and
asking before a bundle goes out unsigned. The Keys dialog (ui/keys_dialog.py) and the export
dialog use them; the keys themselves are the core's (`storyreader.bundle.sign`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.bundle.sign import (
    KeyFileError,
    PublicKey,
    SecretKey,
    is_protected,
    load_secret_key,
    public_key_path,
)
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.wrapping import sentence

MAX_PASTED_KEY = 4096


def confirm_unsigned(parent: QWidget) -> bool:
    """Ask before exporting a bundle without a signature; True to go ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("KeyForms", "Export without a signature?"))
    box.setText(QCoreApplication.translate("KeyForms", "This bundle will not be signed."))
    box.setInformativeText(
        QCoreApplication.translate(
            "KeyForms",
            "The laptops that import it will refuse it, unless someone there says they know "
            "where it came from. Make a signing key in File > Keys, and your bundles are "
            "signed with it.",
        )
    )
    unsigned = box.addButton(
        QCoreApplication.translate("KeyForms", "Export unsigned"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is unsigned


def unlock_key(parent: QWidget, path: Path) -> SecretKey | None:
    """The secret key in `path`, asking for its passphrase if it has one (None: not given).
    Raises KeyFileError for a file that is no key, or a wrong passphrase."""
    if not is_protected(path):
        return load_secret_key(path)
    passphrase, given = QInputDialog.getText(
        parent,
        QCoreApplication.translate("KeyForms", "Passphrase"),
        i18n.fill(
            QCoreApplication.translate("KeyForms", "The passphrase of the signing key %1:"),
            path.name,
        ),
        QLineEdit.EchoMode.Password,
    )
    if not given:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt: about a second
    try:
        return load_secret_key(path, passphrase)
    finally:
        QGuiApplication.restoreOverrideCursor()


def own_public_key(secret_path: Path) -> PublicKey | None:
    """The public half of the reader's own key: the .pub file beside it, else the secret key's
    own (when it has no passphrase); None when neither can be read."""
    try:
        text = public_key_path(secret_path).read_text(encoding="utf-8")[:MAX_PASTED_KEY]
        return PublicKey.parse(text)
    except (OSError, UnicodeDecodeError, KeyFileError):
        pass
    try:
        return load_secret_key(secret_path).public
    except KeyFileError:
        return None


class MakeKeyDialog(FittingDialog):
    """A name for the new key, and an optional passphrase (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a signing key"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Events team"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        about = sentence(
            self.tr(
                "The name tells the laptops that import your bundles who signed them. A "
                "passphrase is optional: with one, the key signs nothing until it is typed; "
                "without one, anyone who copies the key's file can sign as you."
            )
        )
        self.problem = sentence()
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Make the key"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if not self.name.text().strip():
            self._problem(self.tr("Give the key a name, such as your team's."))
        elif self.passphrase.text() != self.again.text():
            self._problem(self.tr("The two passphrases differ; type the same one twice."))
        else:
            self.accept()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.refit()


class TrustKeyDialog(FittingDialog):
    """A publisher's public key, pasted or read from their .pub file, and a name for them;
    its key id and fingerprint are shown to compare with the publisher's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust a publisher's key"))
        self.setMinimumWidth(460)
        self.key: PublicKey | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Events team"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("Paste the public key here (two lines), or read it from its .pub file.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.from_file_button = QPushButton(self.tr("From a &file…"))
        self.from_file_button.clicked.connect(self._from_file)
        self.verdict = sentence()
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.trust_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.trust_button.setText(self.tr("&Trust"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        key_row = QHBoxLayout()
        key_row.addWidget(self.text, 1)
        key_row.addWidget(self.from_file_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("&Publisher:"), self.name)
        form.addRow(self.tr("Public &key:"), key_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._read)
        self.name.textChanged.connect(self._update_button)
        self._read()

    def _from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("A publisher's public key"),
            "",
            self.tr("Public keys (*.pub);;All files (*)"),
        )
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_PASTED_KEY + 1)
        except OSError as error:
            self.verdict.setText(
                i18n.fill(self.tr("Cannot read %1: %2."), path.name, error.strerror)
            )
            self.refit()
            return
        self.text.setPlainText(raw[:MAX_PASTED_KEY].decode("utf-8", errors="replace"))
        if not self.name.text().strip():
            self.name.setText(path.stem)

    def _read(self) -> None:
        pasted = self.text.toPlainText().strip()
        self.key = None
        if not pasted:
            self.verdict.setText("")
        else:
            try:
                self.key = PublicKey.parse(pasted[:MAX_PASTED_KEY])
            except KeyFileError as error:
                self.verdict.setText(str(error))
            else:
                self.verdict.setText(
                    i18n.fill(
                        self.tr(
                            "Key %1, fingerprint %2. Compare the fingerprint with the "
                            "publisher's (by phone, or in person) before you trust it."
                        ),
                        self.key.id_text,
                        self.key.fingerprint,
                    )
                )
        self._update_button()
        self.refit()

    def _update_button(self) -> None:
        self.trust_button.setEnabled(self.key is not None and bool(self.name.text().strip()))
