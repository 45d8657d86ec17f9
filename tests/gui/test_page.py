"""The page as a reader sees it: pictures with their captions right under them, notes that
stand out in every theme, Korean and Latin in one family, a readable column."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QImage, QTextBlock, QTextCursor, QTextDocument, QTextLayout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.ui.dialogs import SettingsDialog
from storyreader.ui.main_window import MainWindow
from storyreader.ui.reader import ReaderView
from storyreader.ui.theme import THEMES
from tests.gui.conftest import OpenWindow, answer_next_dialog
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


def faces_on_the_page(
    view: ReaderView, first_block: int = 0, *, paragraphs: bool = False
) -> dict[str, set[float]]:
    """Each family drawn on the page (from `first_block` on, in `paragraphs` only), with its
    pixel sizes."""
    view.grab()  # laid out and drawn, as on the screen
    faces: dict[str, set[float]] = {}
    block = view.document().findBlockByNumber(first_block)
    while block.isValid():
        lines = block.layout()
        if paragraphs and block.blockFormat().headingLevel():
            lines = QTextLayout()
        for number in range(lines.lineCount()):
            for run in lines.lineAt(number).glyphRuns():
                font = run.rawFont()
                faces.setdefault(font.familyName(), set()).add(round(font.pixelSize(), 1))
        block = block.next()
    return faces


def test_korean_and_latin_on_one_page_are_one_family(qtbot: QtBot, window: MainWindow) -> None:
    for typeface in ("serif", "sans"):
        window.reading.view.set_style(THEMES["light"], typeface, 160, 0)
        open_titled(qtbot, window, "Chalk Dust")
        open_titled(qtbot, window, "Two Languages, One Notebook / 두 언어, 한 권의 공책")
        view = window.reading.view
        title = faces_on_the_page(view)  # "Two Languages… / 두 언어…" on one line
        body = faces_on_the_page(view, first_block=2, paragraphs=True)
        assert len(title) == 1 and len(body) == 1, (typeface, title, body)
        assert title.keys() == body.keys()
        assert len(next(iter(body.values()))) == 1  # one size for Korean and Latin text
    open_titled(qtbot, window, "Chalk Dust")  # a page without Korean keeps its Latin face
    assert len(faces_on_the_page(window.reading.view)) == 1


def lab(colour: QColor) -> tuple[float, float, float]:
    """CIE L*a*b* of an sRGB colour: distances in it follow what the eye tells apart."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def colour_difference(one: QColor, other: QColor) -> float:
    """CIE76 ΔE: about 2 is just noticeable; 20 and more stands out plainly."""
    return float(sum((a - b) ** 2 for a, b in zip(lab(one), lab(other), strict=True)) ** 0.5)


def commonest_colour(image: QImage, rect: QRect) -> QColor:
    counts: Counter[int] = Counter(
        image.pixel(x, y)
        for x in range(max(0, rect.left()), min(image.width(), rect.right()))
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom()))
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_a_noted_passage_stands_out_in_every_theme(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    reader = window.reading.view
    words = "shipping container"
    start = reader.body_text().index(words)
    cursor = reader.textCursor()
    cursor.setPosition(reader.body_start + start)
    cursor.setPosition(reader.body_start + start + len(words), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    answer_next_dialog(accept=True, text="Ask Yusuf for a photo")
    window.commands["add_note"].trigger()
    qtbot.waitUntil(lambda: window.documents.notes_panel.model.rowCount() == 1)
    for theme in ("light", "sepia", "dark"):
        window.set_theme(theme)
        qtbot.waitUntil(lambda: reader.settled and len(reader.extraSelections()) == 1)
        reader.scroll_to_offset(start)
        at = QTextCursor(reader.document())
        at.setPosition(reader.body_start + start + 1)
        first = reader.cursorRect(at)
        at.setPosition(reader.body_start + start + len("shipping"))
        noted = QRect(first.topLeft(), reader.cursorRect(at).bottomLeft())
        image = reader.viewport().grab().toImage()
        page = commonest_colour(image, image.rect())
        note = commonest_colour(image, noted)
        assert colour_difference(page, note) >= 20, (theme, page.name(), note.name())


def test_the_notes_panel_never_squeezes_the_page_below_a_readable_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 600)
    open_titled(qtbot, window, "Chalk Dust")
    qtbot.waitUntil(lambda: window.reading.view.settled)
    window.commands["notes_panel"].trigger()
    qtbot.waitUntil(lambda: window.documents.notes_dock.isVisible())
    qtbot.wait(50)  # laid out again
    assert window.width() == 1024  # the window did not grow past the screen
    assert window.reading.view.characters_per_line >= 45
    assert window.documents.notes_dock.width() >= 150  # the panel still shows its notes


def choose_in_settings(qtbot: QtBot, window: MainWindow, line_width: int) -> None:
    """Settings…, Line width, OK: as a reader does it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, answer)
            return
        combo = dialog.column_width
        combo.setCurrentIndex(combo.findData(line_width))
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.commands["settings"].trigger()


def test_the_reader_chooses_the_line_width(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    window.resize(1920, 1080)
    open_titled(qtbot, window, "Chalk Dust")
    assert abs(window.reading.view.characters_per_line - 68) <= 2  # the default
    view = window.reading.view
    choose_in_settings(qtbot, window, 52)
    qtbot.waitUntil(lambda: abs(view.characters_per_line - 52) <= 2)
    choose_in_settings(qtbot, window, 88)
    qtbot.waitUntil(lambda: abs(view.characters_per_line - 88) <= 2)
    window.close()
    again = open_window()  # kept for next time
    again.resize(1920, 1080)
    qtbot.waitUntil(lambda: again.reading.current is not None and again.reading.view.settled)
    assert abs(again.reading.view.characters_per_line - 88) <= 2


def test_the_korean_face_is_found_on_a_korean_system() -> None:
    """Under a Korean locale Qt names the installed faces in Korean ("나눔명조"): the page
    must still find the face it asks for by its Latin name."""
    script = (
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "from storyreader.ui.typefaces import KOREAN_SERIF, page_families\n"
        "print(page_families('serif', '한국어')[0] in KOREAN_SERIF)\n"
    )
    korean = {**os.environ, "LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8"}
    korean["QT_QPA_PLATFORM"] = "offscreen"
    child = subprocess.run(
        [sys.executable, "-c", script], env=korean, capture_output=True, text=True, check=False
    )
    assert child.stdout.strip() == "True", child.stderr
