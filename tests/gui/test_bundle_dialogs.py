"""The bundle dialogs with real widgets, a real task runner and real archives: what the
dialog says before importing, importing, refusing, cancelling, and exporting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from storyreader.archive import Archive, open_archive
from storyreader.archive.models import Document
from storyreader.bundle import export_bundle, import_bundle, open_bundle
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.importing import import_paths
from storyreader.ui.bundle_dialogs import ImportBundleDialog
from storyreader.ui.export_bundle_dialog import ExportBundleDialog
from storyreader.ui.tasks import TaskRunner
from tests.bundle.conftest import fill_web
from tests.bundle.hostile import document_line, encode, write_bundle


@dataclass
class Setup:
    publisher: Archive
    reader: Archive
    key: SecretKey
    runner: TaskRunner
    folder: Path


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    key = SecretKey.generate()
    (tmp_path / "reader").mkdir()
    publisher = open_archive(tmp_path / "publisher.db")
    reader = open_archive(tmp_path / "reader" / "reader.db")
    trust_key(reader, key.public, "Events team")
    fill_web(publisher, range(1, 13))
    runner = TaskRunner()
    try:
        yield Setup(publisher, reader, key, runner, tmp_path)
    finally:
        runner.wait()
        publisher.close()
        reader.close()


def _documents(archive: Archive) -> int:
    with archive.read() as session:
        return session.scalar(select(func.count(Document.id))) or 0


def _dialog(qtbot: QtBot, setup: Setup, bundle: Path) -> ImportBundleDialog:
    dialog = ImportBundleDialog(setup.reader, bundle, setup.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_import_dialog_says_what_it_would_do_then_imports(qtbot: QtBot, setup: Setup) -> None:
    bundle = export_bundle(setup.publisher, setup.folder / "b.storybundle", key=setup.key).path
    dialog = _dialog(qtbot, setup, bundle)

    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    text = dialog.summary.text()
    assert "Events team" in text and "trusted" in text and "adds 12" in text
    assert not dialog.allow_unsigned.isVisible()
    assert _documents(setup.reader) == 0, "nothing is imported before the user says so"

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert signal.args is not None and len(signal.args[0].created) == 12
    assert "Imported: 12 new" in dialog.summary.text()
    assert _documents(setup.reader) == 12
    assert not dialog.import_button.isEnabled()
    assert not list((setup.folder / "reader").glob(".bundle-*")), "the private copy is gone"


def test_unsigned_bundle_needs_the_user_to_say_so(qtbot: QtBot, setup: Setup) -> None:
    bundle = export_bundle(setup.publisher, setup.folder / "u.storybundle").path
    dialog = _dialog(qtbot, setup, bundle)

    qtbot.waitUntil(dialog.allow_unsigned.isVisible, timeout=10_000)
    assert "<b>not</b> signed" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.allow_unsigned.setChecked(True)
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert signal.args is not None and signal.args[0].key_id is None
    assert _documents(setup.reader) == 12


def _titles(archive: Archive) -> set[str]:
    with archive.read() as session:
        return set(session.scalars(select(Document.title)))


def test_documents_the_bundle_did_not_bring_are_listed_and_kept_unless_the_user_says(
    qtbot: QtBot, setup: Setup
) -> None:
    letters = setup.folder / "letters"
    letters.mkdir()
    (letters / "a.md").write_text("---\ntitle: My own <letter>\n---\n\nOurs.\n")
    import_paths(setup.reader, [letters])
    mine = document_line((letters / "a.md").resolve().as_uri(), "Rewritten")

    first = write_bundle(setup.folder / "1.storybundle", encode([mine]), key=setup.key)
    dialog = _dialog(qtbot, setup, first)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "did not bring" in dialog.summary.text()
    assert "<li>My own &lt;letter&gt; (local): update</li>" in dialog.summary.text()
    assert dialog.allow_takeover.isVisible() and not dialog.allow_takeover.isChecked()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert "Left 1 document(s) it did not bring unchanged." in dialog.summary.text()
    assert _titles(setup.reader) == {"My own <letter>"}

    second = write_bundle(setup.folder / "2.storybundle", encode([mine]), key=setup.key, sequence=2)
    dialog = _dialog(qtbot, setup, second)
    qtbot.waitUntil(dialog.allow_takeover.isVisible, timeout=10_000)
    dialog.allow_takeover.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert signal.args is not None and len(signal.args[0].taken_over) == 1
    assert _titles(setup.reader) == {"Rewritten"}


def test_a_damaged_bundle_is_explained_and_cannot_be_imported(qtbot: QtBot, setup: Setup) -> None:
    whole = export_bundle(setup.publisher, setup.folder / "w.storybundle", key=setup.key).path
    cut = setup.folder / "cut.storybundle"
    cut.write_bytes(whole.read_bytes()[:2000])
    dialog = _dialog(qtbot, setup, cut)

    qtbot.waitUntil(lambda: "not a complete bundle" in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.isEnabled()


def test_an_older_bundle_is_explained_and_cannot_be_imported(qtbot: QtBot, setup: Setup) -> None:
    older = export_bundle(setup.publisher, setup.folder / "1.storybundle", key=setup.key).path
    newer = export_bundle(setup.publisher, setup.folder / "2.storybundle", key=setup.key).path
    with open_bundle(setup.reader, newer) as bundle:
        import_bundle(setup.reader, bundle)
    dialog = _dialog(qtbot, setup, older)

    qtbot.waitUntil(lambda: "older than bundle 2" in dialog.summary.text(), timeout=10_000)
    assert "trusted" in dialog.summary.text()  # a good signature does not outweigh the age
    assert not dialog.import_button.isEnabled()
    assert not dialog.allow_unsigned.isVisible()


def test_cancel_stops_the_import_after_a_whole_batch(qtbot: QtBot, setup: Setup) -> None:
    from storyreader.bundle.verify import BATCH_SIZE

    fill_web(setup.publisher, range(100, 100 + 3 * BATCH_SIZE))
    bundle = export_bundle(setup.publisher, setup.folder / "big.storybundle", key=setup.key).path
    dialog = _dialog(qtbot, setup, bundle)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.label.text() == "Importing", timeout=10_000)
    dialog.progress.cancel.click()
    qtbot.waitUntil(lambda: "Stopped" in dialog.summary.text(), timeout=20_000)

    count = _documents(setup.reader)
    assert count % BATCH_SIZE == 0 and count < 3 * BATCH_SIZE + 12
    assert dialog.close_button.isEnabled()


def test_export_dialog_writes_a_signed_bundle_then_a_delta(qtbot: QtBot, setup: Setup) -> None:
    key_file = setup.folder / "events.key"
    key_file.write_text(setup.key.to_text())
    dialog = ExportBundleDialog(setup.publisher, setup.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.since_bundle.isEnabled(), "no bundle has been exported yet"
    dialog.out.setText(str(setup.folder / "stick" / "events"))
    dialog.key.setText(str(key_file))

    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.export_button.click()
    assert signal.args is not None
    report = signal.args[0]
    assert report.path == setup.folder / "stick" / "events.storybundle" and report.path.exists()
    assert (report.sequence, report.documents, report.signed_by) == (
        1,
        12,
        setup.key.public.id_text,
    )
    assert "bundle 1, 12 documents" in dialog.message.text()

    dialog.since_bundle.setChecked(True)  # nothing changed since bundle 1
    dialog.out.setText(str(setup.folder / "delta.storybundle"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as signal:
        dialog.export_button.click()
    assert signal.args is not None and (signal.args[0].sequence, signal.args[0].documents) == (2, 0)


def test_export_dialog_explains_a_bad_key(qtbot: QtBot, setup: Setup) -> None:
    dialog = ExportBundleDialog(setup.publisher, setup.runner)
    qtbot.addWidget(dialog)
    (setup.folder / "not-a-key").write_text("hello")
    dialog.out.setText(str(setup.folder / "x.storybundle"))
    dialog.key.setText(str(setup.folder / "not-a-key"))

    dialog.export_button.click()

    assert "not a minisign or Story Reader" in dialog.message.text()
    assert not (setup.folder / "x.storybundle").exists()
