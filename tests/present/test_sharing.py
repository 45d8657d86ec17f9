"""Present > Share with the room… as a host uses it, against the real server on 127.0.0.1 and
real HTTP: only what was chosen is served, the QR code is the address, phones are counted,
Stop and quitting free the port; during a show, the QR slide, and the host's phone with the
PIN moves the show (without it, nothing moves)."""

from __future__ import annotations

import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from storyreader.archive.library import Library
from storyreader.present.compose import compose
from storyreader.present.layout import SlideStyle, theme_named
from storyreader.present.navigator import Screen
from storyreader.present.pdf import write_handout_pdf
from storyreader.present.qr import QUIET_ZONE, qr_modules
from storyreader.present.render import paint_slide
from storyreader.present.set_info import SetInfo
from storyreader.present.slides import Slide
from storyreader.serve import NetworkAddress
from storyreader.serve import server as server_module
from storyreader.ui.main_window import MainWindow
from storyreader.ui.present import sharing as sharing_module
from storyreader.ui.present.share_dialog import ShareDialog
from storyreader.ui.present.show_controller import ShowController
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner
from tests.present.conftest import LANTERN, LETTERS, PAPER_BOATS, id_of
from tests.present.pdf_drawing import pages
from tests.present.qr_reading import read_code
from tests.present.screens import OffscreenScreens

CHALK_DUST = "Chalk Dust"  # in the sample, not in the evening's set
LOOPBACK = "127.0.0.1"


@pytest.fixture
def window(
    qtbot: QtBot, library: Library, tmp_path: Path, allow_loopback: None
) -> Iterator[MainWindow]:
    runner = TaskRunner()
    main = MainWindow(library, Settings(tmp_path / "settings.ini"), runner)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.index_keeper.index is not None and not runner.busy, timeout=30_000)
    yield main
    main.close()
    runner.wait()


@pytest.fixture(autouse=True)
def phones_counted_often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sharing_module, "PHONES_EVERY_MS", 100)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((LOOPBACK, port))
        except OSError:
            return False
        return True


def open_dialog(qtbot: QtBot, window: MainWindow, port: int) -> ShareDialog:
    window.commands["share_with_room"].trigger()
    dialog = window.findChild(ShareDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.address_choice.setCurrentIndex(dialog.address_choice.findData(LOOPBACK))
    dialog.port.setValue(port)
    return dialog


def start(qtbot: QtBot, window: MainWindow, dialog: ShareDialog) -> str:
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.presenting.sharing.active, timeout=10_000)
    return window.presenting.sharing.address


def titles_on(page: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+" lang="\w+">([^<]+)</a>', page)


def test_the_dialog_shares_what_was_chosen_counts_phones_and_stop_and_quit_free_the_port(
    qtbot: QtBot, window: MainWindow, library: Library, evening: SetInfo
) -> None:
    window.presenting.open_sets(select=evening.id)  # tonight's set: the panel's
    port = free_port()
    dialog = open_dialog(qtbot, window, port)
    assert dialog.tonight.isChecked() and evening.name in dialog.tonight.text()
    assert not dialog.stop_button.isEnabled()
    address = start(qtbot, window, dialog)
    assert address.startswith(f"http://{LOOPBACK}:{port}/t/")

    # The address as text, and as a QR code whose modules are the address's.
    assert dialog.address.text() == address
    assert dialog.code.isVisible() and dialog.code.text == address
    expected = qr_modules(address)
    assert read_code(dialog.code.grab().toImage(), len(expected)) == expected
    assert not dialog.what.isEnabled() and dialog.stop_button.isEnabled()

    with httpx.Client(timeout=10) as phone:
        home = phone.get(address)
        assert home.status_code == 200
        assert titles_on(home.text) == [PAPER_BOATS, LANTERN, LETTERS]
        chalk = f"{address}d/{id_of(library, CHALK_DUST)}"
        assert phone.get(chalk).status_code == 404  # in the archive, not shared

        # One phone came: the dialog and the status bar count it.
        # ("phone(s)" here: the tests run without the app's English plural forms.)
        qtbot.waitUntil(lambda: " 1 phone" in dialog.state.text(), timeout=5000)
        assert dialog.state.text().startswith("Sharing 3 document")
        indicator = window.presenting.sharing.indicator
        assert indicator.isVisible()
        assert indicator.text().startswith("Sharing · 1 phone")

        # Closed, it goes on sharing; opened again, it shows how things stand.
        dialog.close()
        assert phone.get(address).status_code == 200
        indicator.click()
        assert dialog.isVisible() and dialog.address.text() == address

        dialog.stop_button.click()
        assert port_is_free(port)
        with pytest.raises(httpx.ConnectError):
            phone.get(address)
        assert not indicator.isVisible() and dialog.start_button.isEnabled()

        # The whole library this time, then the app quits.
        dialog.everything.setChecked(True)
        again = start(qtbot, window, dialog)
        assert again != address  # a new token: the old address stays dead
        assert phone.get(chalk.replace(address, again)).status_code == 200
    window.close()
    assert port_is_free(port)


def test_a_taken_port_no_network_and_a_lost_address_are_said_in_sentences(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        dialog = open_dialog(qtbot, window, port)
        dialog.everything.setChecked(True)
        dialog.start_button.click()
        qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
        assert dialog.error.text() == (
            f"Port {port} on {LOOPBACK} is in use by another program; choose another port."
        )
        assert not window.presenting.sharing.active and dialog.start_button.isEnabled()

    dialog.offer(None, [NetworkAddress("lo", LOOPBACK, "loopback")])
    assert dialog.no_network.isVisible()
    assert "127.0.0.1, which only this laptop can open" in dialog.no_network.text()
    assert dialog.address_choice.currentText() == f"{LOOPBACK} (this laptop only)"
    assert dialog.address_choice.findData("0.0.0.0") >= 0  # offered, then asked about
    assert not dialog.tonight.isEnabled() and dialog.everything.isChecked()
    dialog.picked.setChecked(True)  # nothing ticked
    dialog.start_button.click()
    assert dialog.error.text() == "Tick a shelf or a tag to share, or choose another option."

    # The Wi-Fi drops while sharing: the server finds its address gone and stops, and says so.
    monkeypatch.setattr(server_module, "ADDRESS_CHECK_SECONDS", 0.1)
    monkeypatch.setattr(server_module, "is_present", lambda _host: False)
    port = free_port()
    dialog.everything.setChecked(True)
    dialog.port.setValue(port)
    start(qtbot, window, dialog)
    qtbot.waitUntil(lambda: not window.presenting.sharing.active, timeout=5000)
    said = f"Sharing stopped: this laptop no longer has the address {LOOPBACK}."
    assert dialog.error.text() == said and window.statusBar().currentMessage() == said
    assert port_is_free(port) and dialog.start_button.isEnabled()


def seen(show: ShowController) -> Screen:
    """What the audience sees (read afresh after each key)."""
    return show.audience.screen_kind


def painted(slide: Slide, style: SlideStyle) -> QImage:
    """The slide as the audience window draws it (the show's dark theme)."""
    image = QImage(style.width, style.height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_slide(painter, slide, style, theme_named("dark"))
    painter.end()
    return image


def test_the_qr_slide_and_the_phone_as_clicker_move_a_running_show(
    qtbot: QtBot, two_screens: OffscreenScreens, window: MainWindow, evening: SetInfo
) -> None:
    window.presenting.start_show(evening.id)
    show = window.presenting.show
    assert show is not None
    qtbot.waitUntil(show.console.isVisible)
    qtbot.keyClick(show.console, Qt.Key.Key_Q)  # not sharing yet: says how
    assert seen(show) == Screen.SLIDE
    assert "Share with the room" in show.console.banner.text()
    assert not show.console.clicker_row.isVisible()

    dialog = open_dialog(qtbot, window, free_port())
    address = start(qtbot, window, dialog)
    sharing = window.presenting.sharing
    remote = f"{address}remote"
    pin = sharing.server.pin if sharing.server else ""
    assert show.console.clicker_row.isVisible()
    assert show.console.buttons["share_screen"].isVisible()
    assert remote in show.console.clicker.text() and pin in show.console.clicker.text()
    expected = qr_modules(remote)  # the host's phone scans the clicker's address
    assert read_code(show.console.clicker_code.grab().toImage(), len(expected)) == expected
    assert window.presenting.panel is None or window.presenting.share_address() == address

    # Q: the room sees "Read these stories on your phone" with the address's code.
    qtbot.keyClick(show.console, Qt.Key.Key_Q)
    assert seen(show) == Screen.SHARE and show.audience.share is not None
    share = show.audience.share
    assert share.url == address
    style = SlideStyle(1280, 720)
    box = compose(share, style).qr
    assert box is not None
    expected = qr_modules(address)
    inside = box.toRect().adjusted(2, 2, -2, -2)  # the white quiet zone, not the slide
    code = read_code(painted(share, style), len(expected), inside)
    assert code == expected
    qtbot.keyClick(show.console, Qt.Key.Key_Q)
    assert seen(show) == Screen.SLIDE

    with httpx.Client(timeout=10, follow_redirects=False) as stranger:
        assert stranger.post(f"{remote}/next").status_code == 403
        qtbot.wait(100)
        assert show.navigator.index == 0
    with httpx.Client(timeout=10, follow_redirects=False) as hosts_phone:
        assert hosts_phone.post(remote, data={"pin": pin}).status_code == 303
        assert hosts_phone.post(f"{remote}/next").status_code == 303
        qtbot.waitUntil(lambda: show.navigator.index == 1, timeout=5000)
        # The show's state reaches the server's process a moment after the show moved.
        qtbot.waitUntil(lambda: hosts_phone.get(f"{remote}/state").json()["number"] == 2)
        state = hosts_phone.get(f"{remote}/state").json()
        assert state["running"] and state["number"] == 2
        assert state["count"] == len(show.navigator.deck)
        assert state["notes"] == "Pause after the boats."
        hosts_phone.post(f"{remote}/black")
        qtbot.waitUntil(lambda: seen(show) == Screen.BLACK, timeout=5000)

        show.end()
        qtbot.waitUntil(lambda: not hosts_phone.get(f"{remote}/state").json()["running"])
        assert not hosts_phone.get(f"{remote}/state").json()["running"]
        assert "No show is running." in hosts_phone.get(remote).text
    sharing.stop()


def test_the_handout_carries_the_rooms_qr_code_on_its_first_page(
    library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    address = "http://192.168.1.20:8765/t/Xq3-example-token/"
    path = tmp_path / "handout.pdf"
    write_handout_pdf(path, evening, library.document, library.media, share_address=address)
    first = pages(path)[0]
    assert len(first.pictures) == 1  # the code (the stories' pictures are on later pages)
    box = first.pictures[0]
    assert box.right - box.left > 90  # points: about 35 mm, for a phone at arm's length

    dpi = 150
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    scale = dpi / 72
    crop = QRect(
        round(box.left * scale),
        round((first.height - box.top) * scale),
        round((box.right - box.left) * scale),
        round((box.top - box.bottom) * scale),
    )
    expected = qr_modules(address)
    assert read_code(image, len(expected), crop.adjusted(2, 2, -2, -2)) == expected
    assert QUIET_ZONE * (crop.width() / (len(expected) + 2 * QUIET_ZONE)) > 4  # a white margin

    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "2", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    first_page, second_page = text.split("\f")[:2]
    assert "Read these stories on your phone" in first_page and address in first_page
    assert address not in second_page
