"""The page as a reader sees it: pictures with their captions right under them, notes that
stand out in every theme, Korean and Latin in one family, a readable column."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from tests.gui.test_reading import open_titled


def picture_caption_gaps(document: QTextDocument) -> list[float]:
    """Pixels between each picture's bottom and the top of the text under it."""
    layout = document.documentLayout()
    gaps = []
    block: QTextBlock = document.begin()
    while block.isValid():
        following = block.next()
        if "\ufffc" in block.text() and following.isValid():
            lines = block.layout()
            last = lines.lineAt(lines.lineCount() - 1)
            picture_bottom = layout.blockBoundingRect(block).top() + last.y() + last.height()
            gaps.append(layout.blockBoundingRect(following).top() - picture_bottom)
        block = following
    return gaps


def test_a_caption_sits_right_under_its_picture(qtbot: QtBot, window: MainWindow) -> None:
    for title in ("The Paper Boats", "창가의 등불"):
        open_titled(qtbot, window, title)
        view = window.reading.view
        gaps = picture_caption_gaps(view.document())
        assert gaps, title
        line = view.fontMetrics().height()
        assert all(0 <= gap < line for gap in gaps), (title, gaps, line)
        caption = view.document().find("Illustration" if title.startswith("The") else "삽화")
        assert not caption.isNull() and caption.block().previous().text() == "\ufffc"
