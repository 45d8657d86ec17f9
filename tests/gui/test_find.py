"""Find in the open page ("3 of 13", Enter and F3 to the next, Shift for the previous, Esc to
close), wherever the focus is; and the words of a search marked in a document opened from
its results, with the same keys between them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from tests.gui.test_reading import open_titled
from tests.gui.test_search_ui import hit_titles, searched


def marked(window: MainWindow) -> list[tuple[int, int]]:
    """Where the page shows matches, as document positions."""
    return [
        (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        for selection in window.reading.view.extraSelections()
    ]


def selected(window: MainWindow) -> tuple[int, int]:
    cursor = window.reading.view.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def test_ctrl_f_finds_in_the_open_document_even_from_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.library.search_field  # nothing open: search
    open_titled(qtbot, window, "Chalk Dust")
    window.library.focus_list()
    qtbot.keyClick(window.library.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field


def test_the_find_bar_counts_and_steps_through_the_matches(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    window.library.focus_list()
    qtbot.keyClick(window.library.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading.find_bar
    qtbot.keyClicks(bar.field, "the")
    text = window.reading.view.toPlainText()
    expected = [(m.start(), m.end()) for m in re.finditer("the", text, re.IGNORECASE)]
    assert len(expected) > 5
    assert marked(window) == expected
    total = len(expected)
    assert bar.count.text() == f"1 of {total}" and selected(window) == expected[0]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"3 of {total}" and selected(window) == expected[2]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"2 of {total}" and selected(window) == expected[1]
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == f"3 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{total} of {total}"  # round from the first to the last
    assert selected(window) == expected[-1]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"1 of {total}"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "zzqx")
    assert bar.count.text() == "No matches" and marked(window) == []
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and marked(window) == []


def test_esc_on_the_page_closes_the_find_bar(qtbot: QtBot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Chalk Dust")
    window.commands["find"].trigger()
    qtbot.keyClicks(window.reading.find_bar.field, "chalk")
    window.reading.focus_page()
    qtbot.keyClick(window.reading.view, Qt.Key.Key_F3)
    assert window.reading.find_bar.count.text().startswith("2 of ")
    qtbot.keyClick(window.reading.view, Qt.Key.Key_Escape)
    assert not window.reading.find_bar.isVisible() and marked(window) == []


def test_a_document_opened_from_search_shows_the_search_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.library.search_field, "letters")
    searched(qtbot, window, lambda: "Forty-Three Letters" in hit_titles(window))
    results = window.library.results
    index = results.model.index(hit_titles(window).index("Forty-Three Letters"), 0)
    results.list.scrollTo(index)
    qtbot.mouseClick(
        results.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=results.list.visualRect(index).center(),
    )
    bar = window.reading.find_bar
    qtbot.waitUntil(lambda: bar.isVisible() and bar.words_label.isVisible(), timeout=10_000)
    view = window.reading.view
    text = view.toPlainText().split("Related stories")[0]  # the links under it are not marked
    body = view.body_start
    words = [
        (m.start(), m.end())
        for m in re.finditer(r"(?<!\w)letters?(?!\w)", text, re.IGNORECASE)
        if m.start() >= body
    ]
    assert marked(window) == words and len(words) >= 5
    assert bar.count.text() == f"1 of {len(words)}" and selected(window) == words[0]
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 of {len(words)}" and selected(window) == words[1]
    bar.close_button.click()  # clears them
    assert marked(window) == [] and not bar.isVisible()


def test_korean_search_words_are_marked_without_their_particles(
    qtbot: QtBot, window: MainWindow
) -> None:
    field = window.library.search_field
    field.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString("한국어를")
    QApplication.sendEvent(field, typed)
    title = "Two Languages, One Notebook / 두 언어, 한 권의 공책"
    searched(qtbot, window, lambda: title in hit_titles(window))
    window.library.results.list.setCurrentIndex(
        window.library.results.model.index(hit_titles(window).index(title), 0)
    )
    window.commands["next_document"].trigger()  # Alt+Down: the next hit, or this one
    window.commands["previous_document"].trigger()
    qtbot.waitUntil(lambda: window.reading.find_bar.words_label.isVisible(), timeout=10_000)
    view = window.reading.view
    shown = [view.toPlainText()[a:b] for a, b in marked(window)]
    assert shown == ["한국어"] * 4  # 한국어로 (twice), 한국어를, 한국어는
    assert window.reading.find_bar.count.text() == "1 of 4"
