"""File > Keys in the real window: making your signing key (with a passphrase or without),
copying and saving its public key, exports signed with it by default (and a question before
an unsigned one), and trusting, listing and removing publishers' keys."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from storyreader.bundle.sign import PublicKey, SecretKey
from storyreader.config import user_keys_dir
from storyreader.ui.key_forms import MakeKeyDialog, TrustKeyDialog
from storyreader.ui.keys_dialog import KeysDialog
from storyreader.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


def when_modal(kind: type[QWidget], do: Callable[[QWidget], object]) -> None:
    """When a modal dialog of `kind` opens, do something with it (as the person would)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, look)
            return
        do(dialog)

    QTimer.singleShot(0, look)


def make_key(qtbot: QtBot, keys: KeysDialog, name: str, passphrase: str = "") -> None:
    def fill(form: QWidget) -> None:
        assert isinstance(form, MakeKeyDialog)
        form.name.setText(name)
        form.passphrase.setText(passphrase)
        form.again.setText(passphrase)
        form.buttons.accepted.emit()

    when_modal(MakeKeyDialog, fill)
    keys.make_button.click()
    qtbot.waitUntil(lambda: keys.public is not None, timeout=15_000)


def export(qtbot: QtBot, window: MainWindow, out: Path) -> None:
    dialog = window.updates.export_bundle()
    dialog.out.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()


def test_make_a_key_share_it_and_exports_are_signed_with_it(
    qtbot: QtBot, open_window: OpenWindow, gui_archive: Path, tmp_path: Path
) -> None:
    window = open_window()
    window.commands["keys"].trigger()
    keys = window.updates.keys_dialog
    assert keys is not None and "no signing key yet" in keys.own.text()
    make_key(qtbot, keys, "Events team")

    secret = user_keys_dir() / "events-team.key"
    assert keys.own_key_path() == secret and secret.is_file()
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert gui_archive.parent not in secret.parents, "secret keys stay out of the archive"
    public = keys.public
    assert public is not None and public.id_text in keys.own.text()
    keys.copy_public_key()
    assert PublicKey.parse(QGuiApplication.clipboard().text()) == public
    keys.save_public_key(tmp_path / "events.pub")
    assert PublicKey.parse((tmp_path / "events.pub").read_text()) == public

    export(qtbot, window, tmp_path / "signed.storybundle")
    report = window.updates.export_dialog.report  # type: ignore[union-attr]
    assert report is not None and report.signed_by == public.id_text
    window.close()

    again = open_window()  # remembered: the next run signs with it too
    assert again.updates.export_bundle().key.text() == str(secret)


def test_a_passphrase_is_asked_for_at_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    keys = window.updates.open_keys()
    make_key(qtbot, keys, "Events team", passphrase="open sesame")
    dialog = window.updates.export_bundle()
    dialog.out.setText(str(tmp_path / "first.storybundle"))

    when_modal(QInputDialog, lambda box: (box.setTextValue("wrong"), box.accept()))  # type: ignore[attr-defined]
    dialog.export_button.click()
    assert "passphrase is not right" in dialog.message.text()
    assert not (tmp_path / "first.storybundle").exists()

    when_modal(QInputDialog, lambda box: (box.setTextValue("open sesame"), box.accept()))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.export_button.click()
    assert signal.args is not None and signal.args[0].signed_by == keys.public.id_text  # type: ignore[union-attr]


def test_an_unsigned_export_is_asked_about_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.updates.export_bundle()
    assert dialog.key.text() == ""
    out = tmp_path / "unsigned.storybundle"
    dialog.out.setText(str(out))
    said: list[str] = []

    def answer(choice: str) -> Callable[[QWidget], object]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(f"{box.text()} {box.informativeText()}")
            next(b for b in box.buttons() if choice in b.text()).click()

        return press

    when_modal(QMessageBox, answer("Cancel"))
    dialog.export_button.click()
    assert not out.exists()
    assert "will not be signed" in said[0] and "refuse" in said[0]

    when_modal(QMessageBox, answer("Export unsigned"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.export_button.click()
    assert out.exists() and signal.args is not None and signal.args[0].signed_by is None


def test_trust_publishers_keys_pasted_or_from_a_file_then_remove_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    keys = window.updates.open_keys()
    assert keys.none_trusted.isVisible()
    events, team = SecretKey.generate().public, SecretKey.generate().public
    (tmp_path / "field-team.pub").write_text(team.to_text())

    def paste(form: QWidget) -> None:
        assert isinstance(form, TrustKeyDialog)
        assert not form.trust_button.isEnabled()
        form.text.setPlainText(events.to_text())
        assert events.fingerprint in form.verdict.text()
        form.name.setText("Events team")
        form.trust_button.click()

    when_modal(TrustKeyDialog, paste)
    keys.trust_button.click()
    qtbot.waitUntil(lambda: keys.trusted.topLevelItemCount() == 1, timeout=10_000)

    def from_file(form: QWidget) -> None:
        assert isinstance(form, TrustKeyDialog)
        form.read_file(tmp_path / "field-team.pub")
        assert form.name.text() == "field-team"
        form.trust_button.click()

    when_modal(TrustKeyDialog, from_file)
    keys.trust_button.click()
    qtbot.waitUntil(lambda: keys.trusted.topLevelItemCount() == 2, timeout=10_000)
    listed = {keys.trusted.topLevelItem(row).text(0) for row in range(2)}  # type: ignore[union-attr]
    assert listed == {"Events team", "field-team"}

    keys.trust(events, "Events again")  # the same key twice: one sentence why not
    qtbot.waitUntil(lambda: "already trusts" in keys.message.text(), timeout=10_000)

    first = keys.trusted.topLevelItem(0)
    assert first is not None
    keys.trusted.setCurrentItem(first)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    keys.remove_button.click()
    qtbot.waitUntil(lambda: keys.trusted.topLevelItemCount() == 1, timeout=10_000)
    assert "no longer trusted" in keys.message.text()
