"""A document with big pictures opens at once: small pictures show straight away, big ones
show as a faint box of their size and fill in when decoded in the background, at the
column's width; a printout holds them at print size, never at full size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.ui.main_window import MainWindow
from storyreader.ui.page_html import PRINT_SIDE
from tests.pictures import save_picture_story, solid_png

BIG = (4000, 3000)  # 12 megapixels: past what is decoded while a document opens
BIG_COLOUR = QColor(0x20, 0x80, 0xC0)
SMALL = (90, 60)


def shown(window: MainWindow, sha256: str) -> QImage:
    resource = window.reading.view.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"asset:{sha256}")
    )
    assert isinstance(resource, QImage)
    return resource


def test_big_pictures_fill_in_after_the_page_shows(
    qtbot: QtBot, window: MainWindow, gui_archive: Path
) -> None:
    with open_archive(gui_archive) as archive:  # the window's archive, written beside it
        document_id = save_picture_story(
            archive, [solid_png(b"\x20\x80\xc0", *BIG), solid_png(b"\xc0\x40\x20", *SMALL)]
        )
    window.open_document(document_id)
    assert window.reading.current is not None
    big, small = (asset.sha256 for asset in window.reading.current.assets)
    assert big is not None and small is not None
    window.reading.view.viewport().repaint()  # the page is laid out and painted, pictures and all

    assert window.reading.view.pictures_pending == 1  # the big one, being decoded
    placeholder = shown(window, big)
    column = window.reading.view.viewport().width()
    assert 0 < placeholder.width() < column
    assert placeholder.width() / placeholder.height() == pytest.approx(BIG[0] / BIG[1], rel=0.01)
    assert placeholder.pixelColor(10, 10) != BIG_COLOUR
    assert (shown(window, small).width(), shown(window, small).height()) == SMALL

    qtbot.waitUntil(lambda: window.reading.view.pictures_pending == 0, timeout=20_000)
    picture = shown(window, big)
    assert picture.size() == placeholder.size()  # nothing moves when it arrives
    assert picture.pixelColor(10, 10) == BIG_COLOUR


def test_a_printout_holds_big_pictures_at_print_size(
    qtbot: QtBot, window: MainWindow, gui_archive: Path, tmp_path: Path
) -> None:
    with open_archive(gui_archive) as archive:
        document_id = save_picture_story(archive, [solid_png(b"\x20\x80\xc0", *BIG)])
    window.open_document(document_id)
    target = tmp_path / "pictures.pdf"
    window.reading.write_pdf(target)
    sizes = re.findall(rb"/Subtype\s*/Image\b.*?/Width\s+(\d+)", target.read_bytes(), re.DOTALL)
    assert [int(width) for width in sizes] == [PRINT_SIDE]
