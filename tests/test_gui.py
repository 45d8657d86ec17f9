"""The main window on a real archive: it lists documents and shows text and stored images."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.archive.library import Library
from storyreader.importing import import_paths
from storyreader.ui.document_list import DocumentTableModel
from storyreader.ui.main_window import MainWindow
from tests.conftest import SAMPLE_SOURCES


@pytest.fixture
def window(qtbot: QtBot, archive_path: Path) -> MainWindow:
    archive = open_archive(archive_path)
    import_paths(archive, [SAMPLE_SOURCES])
    main_window = MainWindow(Library(archive))
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def _select(window: MainWindow, predicate: object) -> int:
    model = window.model
    for row in range(model.rowCount()):
        document = window._library.document(
            model.data(model.index(row, 0), DocumentTableModel.ID_ROLE)
        )
        if predicate(document):  # type: ignore[operator]
            window.table.selectRow(row)
            return row
    raise AssertionError("no such document")


def test_lists_every_document(window: MainWindow) -> None:
    titles = {window.model.index(row, 0).data() for row in range(window.model.rowCount())}
    assert len(titles) == len(Library(window._library.archive).documents()) >= 12
    assert "Story Reader" in window.windowTitle()


def test_shows_a_document_with_its_stored_image(window: MainWindow) -> None:
    _select(window, lambda document: document.assets and document.assets[0].stored)
    text = window.reader.toPlainText()
    images = [
        window.reader.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        for name in _image_names(window.reader.document())
    ]
    assert text.strip()
    assert images and all(isinstance(image, QImage) and not image.isNull() for image in images)


def test_reader_never_loads_local_files_or_network(window: MainWindow) -> None:
    kind = QTextDocument.ResourceType.ImageResource.value
    for url in ("file:///etc/passwd", "https://example.org/x.png", "images/x.png"):
        assert window.reader.loadResource(kind, QUrl(url)) is None


def _image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names
