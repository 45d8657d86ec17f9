"""Search as you type: results with highlighted snippets, facet chips, "Did you mean",
Korean through an input method, and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from storyreader.ui.main_window import MainWindow
from storyreader.ui.search_panel import SearchController


def hit_titles(window: MainWindow) -> list[str]:
    model = window.library.results.model
    return [model.hit(row).title for row in range(model.rowCount())]  # type: ignore[union-attr]


def searched(qtbot: QtBot, window: MainWindow, predicate: object) -> None:
    qtbot.waitUntil(lambda: predicate(), timeout=10_000)  # type: ignore[operator]


def chips(window: MainWindow) -> dict[str, QToolButton]:
    buttons = window.library.results.chips.findChildren(QToolButton)
    return {button.text(): button for button in buttons if not button.isHidden()}


def test_typing_shows_hits_snippets_and_facets(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "refugee")
    panel = window.library.results
    searched(qtbot, window, lambda: panel.model.rowCount() == 7)
    assert window.library.showing_results()
    hits = [panel.model.hit(row) for row in range(7)]
    assert any("<b>refugee</b>" in hit.snippet for hit in hits if hit)
    assert "7" in panel.summary.text()
    labels = chips(window)
    assert "Story  4" in labels and "Letter  1" in labels
    groups = [label.text() for label in panel.chips.findChildren(QLabel)]
    assert "Kind" in groups


def test_a_chip_narrows_the_results(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "refugee")
    searched(qtbot, window, lambda: window.library.results.model.rowCount() == 7)
    chips(window)["Story  4"].click()
    searched(qtbot, window, lambda: window.library.results.model.rowCount() == 4)
    kinds = {window.library.results.model.hit(r).kind for r in range(4)}  # type: ignore[union-attr]
    assert kinds == {"story"}
    assert (
        window.library.search_field.text() == "refugee"
    )  # the chip narrows; the query is the user's


def test_a_misspelling_is_corrected(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "midwyfe")
    searched(qtbot, window, lambda: hit_titles(window) == ["Before the Sun Comes Up"])
    assert "midwife" in window.library.results.summary.text()


def test_did_you_mean_is_a_link_that_searches(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "kettle OR midwyfe")
    panel = window.library.results
    searched(qtbot, window, lambda: panel.suggestion.isVisible())
    assert "kettle OR midwife" in panel.suggestion.text()
    panel.suggestion.linkActivated.emit("kettle OR midwife")
    assert window.library.search_field.text() == "kettle OR midwife"
    searched(qtbot, window, lambda: "Before the Sun Comes Up" in hit_titles(window))


def test_hangul_from_an_input_method(qtbot: QtBot, window: MainWindow) -> None:
    field = window.library.search_field
    field.setFocus()
    composing = QInputMethodEvent("부칸", [])  # still being composed: not searched yet
    QApplication.sendEvent(field, composing)
    committed = QInputMethodEvent()
    committed.setCommitString("북한")
    QApplication.sendEvent(field, committed)
    assert field.text() == "북한"
    searched(qtbot, window, lambda: window.library.results.model.rowCount() >= 2)
    assert all(
        "북한" in (window.library.results.model.hit(r).snippet)  # type: ignore[union-attr]
        for r in range(window.library.results.model.rowCount())
    )


def test_enter_opens_the_first_hit_and_escape_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "chalk")
    searched(qtbot, window, lambda: hit_titles(window)[:1] == ["Chalk Dust"])
    qtbot.keyClick(window.library.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.reading.current is not None and window.reading.current.title == "Chalk Dust"
    )
    qtbot.keyClick(window.library.search_field, Qt.Key.Key_Escape)
    assert window.library.search_field.text() == "" and not window.library.showing_results()


def test_the_empty_state_teaches_the_syntax(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.search_field, "the of")
    panel = window.library.results
    searched(qtbot, window, lambda: "too common" in panel.summary.text())
    assert panel.body.currentWidget() is panel.help
    assert "kind:letter" in panel.help.text() and "exact phrase" in panel.help.text()


def test_only_the_newest_query_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    for query in ("re", "ref", "refu", "refug", "refuge", "refugee", "midwife"):
        window.library.search_field.setText(query)
    searched(qtbot, window, lambda: hit_titles(window) == ["Before the Sun Comes Up"])
    qtbot.wait(300)
    assert hit_titles(window) == ["Before the Sun Comes Up"]


def test_more_results_arrive_as_the_list_is_scrolled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SearchController, "PAGE_SIZE", 3)
    qtbot.keyClicks(window.library.search_field, "refugee")
    panel = window.library.results
    searched(qtbot, window, lambda: panel.model.rowCount() == 3)
    assert "7" in panel.summary.text()  # the total, though three are shown so far
    while panel.model.rowCount() < 7:
        count = panel.model.rowCount()
        panel.list.scrollToBottom()
        panel.wants_more.emit()
        searched(qtbot, window, lambda count=count: panel.model.rowCount() > count)
    assert len(set(hit_titles(window))) == 7
