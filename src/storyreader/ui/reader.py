"""The reading pane: sanitized HTML in a QTextBrowser that loads nothing but archive media.

QTextBrowser would otherwise load `file:` images and follow links into local files; here
`loadResource` answers only `asset:` references from the archive and links never navigate.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from storyreader.archive.media import ASSET_SCHEME
from storyreader.archive.queries import DocumentDetail

MediaLoader = Callable[[str], tuple[str, bytes] | None]


class ReaderView(QTextBrowser):
    def __init__(self, load_media: MediaLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load_media = load_media
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Document text")

    def show_document(self, document: DocumentDetail) -> None:
        byline = " · ".join(
            part
            for part in (
                document.author,
                document.published.date().isoformat() if document.published else "",
                f"{document.reading_minutes} min read",
            )
            if part
        )
        self.setHtml(
            f"<h1>{html.escape(document.title)}</h1>"
            f"<p><i>{html.escape(byline)}</i></p>{document.body_html}"
        )

    def loadResource(self, type_: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        if type_ != QTextDocument.ResourceType.ImageResource.value:
            return None
        reference = name.toString() if isinstance(name, QUrl) else name
        if not reference.startswith(ASSET_SCHEME):
            return None  # never the network, never a local file
        found = self._load_media(reference.removeprefix(ASSET_SCHEME))
        if found is None:
            return None
        image = QImage()
        image.loadFromData(found[1])
        width = self.viewport().width() - 2 * int(self.document().documentMargin()) - 8
        if width > 0 and image.width() > width:
            # Fit the pane rather than make the reader scroll sideways.
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image
