"""In the Korean app, what the core says went wrong is Korean: a sync that could not reach its
source, a page that is gone, a bundle that is refused. The sentences are raised on worker
threads in English templates and translated when the dialogs show them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader import i18n
from storyreader.app import install_translations
from storyreader.archive import Archive, open_archive
from storyreader.bundle import export_bundle, import_bundle, open_bundle
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.sync import add_source
from storyreader.ui.bundle_dialogs import ImportBundleDialog
from storyreader.ui.sync_dialog import SourcesDialog
from storyreader.ui.tasks import TaskRunner
from tests.bundle.conftest import fill_web
from tests.sync.conftest import QUICK
from tests.sync.helpers import unused_port
from tests.sync.server import FixtureServer


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    """The app as it runs with the system language set to Korean."""
    before = list(qapp.findChildren(QTranslator))
    install_translations(qapp, "ko")
    yield
    for child in qapp.findChildren(QTranslator):
        if child not in before:
            qapp.removeTranslator(child)
            child.deleteLater()
    i18n.install(None)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with open_archive(tmp_path / "library.db") as opened:
        yield opened


def sources_dialog(qtbot: QtBot, archive: Archive, runner: TaskRunner) -> SourcesDialog:
    dialog = SourcesDialog(archive, runner, policy=QUICK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.sync_button.isEnabled, timeout=5_000)
    return dialog


@pytest.mark.usefixtures("korean", "allow_loopback")
def test_a_source_that_cannot_be_reached_is_explained_in_korean(
    qtbot: QtBot, archive: Archive, runner: TaskRunner
) -> None:
    address = f"127.0.0.1:{unused_port()}"
    add_source(archive, f"http://{address}/blog", name="Closed", type_="site")
    dialog = sources_dialog(qtbot, archive, runner)

    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "동기화하지 않았습니다" in dialog.stage.text(), timeout=10_000)
    assert dialog.stage.text() == (
        "인터넷에 연결되어 있지 않습니다(127.0.0.1이(가) 연결을 거부함). "
        "아무것도 동기화하지 않았습니다."
    )


@pytest.mark.usefixtures("korean")
def test_a_page_that_is_gone_is_reported_in_korean(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, blog: FixtureServer
) -> None:
    blog.remove("/blog/a-letter-from-our-director")
    add_source(archive, blog.origin + "/blog", name="Open Doors", type_="site")
    dialog = sources_dialog(qtbot, archive, runner)

    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)

    gone = f"{blog.origin}/blog/a-letter-from-our-director"
    assert f"{gone}: 페이지가 없어짐(서버 응답: 404)" in dialog.report.text()
    assert "the server answered" not in dialog.report.text()


@pytest.fixture
def bundles(tmp_path: Path) -> Iterator[tuple[Archive, Archive, SecretKey]]:
    key = SecretKey.generate()
    (tmp_path / "reader").mkdir()
    with (
        open_archive(tmp_path / "publisher.db") as publisher,
        open_archive(tmp_path / "reader" / "reader.db") as reader,
    ):
        trust_key(reader, key.public, "Events team")
        fill_web(publisher, range(1, 4))
        yield publisher, reader, key


def import_dialog(
    qtbot: QtBot, reader: Archive, bundle: Path, runner: TaskRunner
) -> ImportBundleDialog:
    dialog = ImportBundleDialog(reader, bundle, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.usefixtures("korean")
def test_an_older_bundle_is_refused_in_korean(
    qtbot: QtBot,
    tmp_path: Path,
    runner: TaskRunner,
    bundles: tuple[Archive, Archive, SecretKey],
) -> None:
    publisher, reader, key = bundles
    older = export_bundle(publisher, tmp_path / "1.storybundle", key=key).path
    newer = export_bundle(publisher, tmp_path / "2.storybundle", key=key).path
    with open_bundle(reader, newer) as bundle:
        import_bundle(reader, bundle)

    dialog = import_dialog(qtbot, reader, older, runner)

    refused = "같은 발행처에서 이미 가져온 2번 꾸러미보다 오래되었습니다"
    qtbot.waitUntil(lambda: refused in dialog.summary.text(), timeout=10_000)
    assert "older than" not in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.usefixtures("korean")
def test_a_damaged_bundle_is_explained_in_korean(
    qtbot: QtBot,
    tmp_path: Path,
    runner: TaskRunner,
    bundles: tuple[Archive, Archive, SecretKey],
) -> None:
    publisher, reader, key = bundles
    whole = export_bundle(publisher, tmp_path / "w.storybundle", key=key).path
    cut = tmp_path / "cut.storybundle"
    cut.write_bytes(whole.read_bytes()[:2000])

    dialog = import_dialog(qtbot, reader, cut, runner)

    qtbot.waitUntil(lambda: "온전한 꾸러미가 아닙니다" in dialog.summary.text(), timeout=10_000)
    assert dialog.summary.text() == (
        "<b>이 파일은 온전한 꾸러미가 아닙니다. "
        "복사하다가 잘렸거나, Story Reader 꾸러미가 아닙니다.</b>"
    )


def test_the_set_panels_paper_speaks_korean(korean: None) -> None:
    """The words of Paper (no set to print, the saved PDF's Open the folder) are found by
    lupdate and shown in Korean, not left in English."""
    from storyreader.ui.present.set_paper import nothing_to_show

    said = nothing_to_show(None)
    assert any("\uac00" <= char <= "\ud7a3" for char in said), said
