"""The set-list editor and the main window's Present menu, as a host uses them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from storyreader.archive.library import Library
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.ui.item_models import documents_mime
from storyreader.ui.main_window import MainWindow
from storyreader.ui.present.sets_dialog import SetsDialog
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner
from tests.present.conftest import KOREAN_LETTER, LANTERN, LETTERS, PAPER_BOATS, id_of
from tests.present.screens import PROJECTOR, OffscreenScreens


def answer_next(*, accept: bool = True, item: str = "", text: str = "") -> list[str]:
    """Answer the next modal dialog when it opens; returns what it said."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            button = QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.Cancel
            found = dialog.button(button) or dialog.button(QMessageBox.StandardButton.Ok)
            found.click()
        elif isinstance(dialog, QInputDialog):
            seen.append(dialog.labelText())
            if item:
                dialog.setTextValue(item)
            if text:
                dialog.setTextValue(text)
            dialog.accept() if accept else dialog.reject()
        elif isinstance(dialog, QDialog):
            seen.append(dialog.windowTitle())
            dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, runner: TaskRunner, tmp_path: Path) -> SetsDialog:
    editor = SetsDialog(library, Settings(tmp_path / "settings.ini"), runner)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait for the editor's writes (on the write lane) to land and be shown."""
    qtbot.waitUntil(lambda: not runner.busy)


def drop(editor: SetsDialog, mime: QMimeData) -> None:
    """Drop documents below the last story, as a host drags them in."""
    event = QDropEvent(
        QPointF(5, editor.items.viewport().height() - 3),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.items.dropEvent(event)


def row_texts(editor: SetsDialog) -> list[str]:
    return [editor.items.item(row).text() for row in range(editor.items.count())]


def test_a_host_builds_a_set_of_three(
    qtbot: QtBot,
    dialog: SetsDialog,
    runner: TaskRunner,
    library: Library,
    sets: Sets,
    tmp_path: Path,
) -> None:
    assert dialog.set_list.count() == 0 and not dialog.present_button.isEnabled()
    qtbot.mouseClick(button(dialog, "&New"), Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    dialog.name.setText("Refugee Week evening")
    dialog.name.editingFinished.emit()
    ids = [id_of(library, title) for title in (PAPER_BOATS, LETTERS, LANTERN)]
    drop(dialog, documents_mime(ids[:2]))  # dragged from the library list
    drop(dialog, documents_mime(ids[2:]))  # and from the search results
    settle(qtbot, runner)
    info = sets.find("Refugee Week")
    assert [item.title for item in info.items] == [PAPER_BOATS, LETTERS, LANTERN]
    assert row_texts(dialog)[0].startswith(f"1. {PAPER_BOATS}")
    assert dialog.total.text().startswith("Stories: 3 · read aloud in about ")
    assert dialog.total.text().endswith(" at 130 words a minute")

    dialog.items.setCurrentRow(2)
    qtbot.mouseClick(button(dialog, "Move &up"), Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert [i.title for i in sets.get(info.id).items] == [PAPER_BOATS, LANTERN, LETTERS]
    assert dialog.items.currentRow() == 1  # the moved story stays selected

    dialog.notes.setPlainText("Let the room settle before this one.")
    qtbot.waitUntil(
        lambda: sets.get(info.id).items[1].presenter_notes == "Let the room settle before this one."
    )
    dialog.warning.setText("Separation, hunger")
    dialog.warning.editingFinished.emit()
    settle(qtbot, runner)
    assert sets.get(info.id).items[1].content_warning == "Separation, hunger"
    assert row_texts(dialog)[1].endswith("⚠")

    before = sets.get(info.id).total_seconds
    dialog.rate.setValue(100)
    dialog.rate.editingFinished.emit()
    settle(qtbot, runner)
    assert sets.get(info.id).total_seconds > before
    assert "100 words a minute" in dialog.total.text()
    assert dialog.present_button.isEnabled()

    presented: list[int] = []
    dialog.present_requested.connect(presented.append)
    qtbot.mouseClick(dialog.present_button, Qt.MouseButton.LeftButton)
    assert presented == [info.id]

    handout, slides = tmp_path / "handout.pdf", tmp_path / "slides.pdf"
    dialog.write_pdf(handout, handout=True)
    dialog.write_pdf(slides, handout=False)
    assert handout.read_bytes().startswith(b"%PDF") and slides.read_bytes().startswith(b"%PDF")


def button(editor: SetsDialog, text: str) -> QPushButton:
    return next(b for b in editor.findChildren(QPushButton) if b.text() == editor.tr(text))


def test_duplicate_delete_and_a_shared_set(
    qtbot: QtBot,
    dialog: SetsDialog,
    runner: TaskRunner,
    sets: Sets,
    evening: SetInfo,
    tmp_path: Path,
) -> None:
    dialog.reload()
    assert dialog.current is not None and dialog.current.id == evening.id
    dialog.duplicate_set()
    settle(qtbot, runner)
    assert dialog.set_list.count() == 2
    assert dialog.current is not None and dialog.current.name == "Winter evening (copy)"
    said = answer_next(accept=True)
    dialog.delete_set()
    settle(qtbot, runner)
    assert "Winter evening (copy)" in said[0]
    assert [info.id for info in sets.all()] == [evening.id]

    shared = tmp_path / "shared.json"
    sets.export(evening.id, shared)
    text = shared.read_text(encoding="utf-8").replace(evening.items[2].document_id, "zzzzzzzzzzzz")
    shared.write_text(text, encoding="utf-8")
    said = answer_next(accept=True)
    dialog.import_from(shared)
    qtbot.waitUntil(lambda: bool(said))
    assert "left out" in said[0]
    assert dialog.set_list.count() == 2
    assert dialog.current is not None and len(dialog.current.items) == 2


def test_notes_too_long_are_refused_in_a_sentence(
    qtbot: QtBot, dialog: SetsDialog, sets: Sets, evening: SetInfo
) -> None:
    dialog.reload()
    dialog.items.setCurrentRow(0)
    said = answer_next()
    dialog.notes.setPlainText("x" * 20_001)  # pasted, and saved a moment later
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["Presenter notes can hold at most 20,000 characters."]
    assert sets.get(evening.id).items[0].presenter_notes == "Pause after the boats."


@pytest.fixture
def window(qtbot: QtBot, library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    runner = TaskRunner()
    main = MainWindow(library, Settings(tmp_path / "settings.ini"), runner)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.index_keeper.index is not None and not runner.busy, timeout=30_000)
    yield main
    main.close()
    runner.wait()


def test_the_present_menu_adds_the_open_story_and_opens_the_editor(
    qtbot: QtBot, window: MainWindow, library: Library, sets: Sets, evening: SetInfo
) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[-2:] == ["&Present", "&Help"]
    window.open_document(id_of(library, KOREAN_LETTER))
    said = answer_next(item=f"{evening.name} ({evening.id})")
    window.commands["add_to_set"].trigger()
    assert said == ["Add to which set?"]
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")  # written, then said
    assert [i.title for i in sets.get(evening.id).items][-1] == KOREAN_LETTER
    assert window.statusBar().currentMessage() == "Stories added to the set: 1."

    said = answer_next(item="A new set…")
    QTimer.singleShot(300, lambda: answer_next(text="Harvest supper"))
    window.commands["add_to_set"].trigger()
    qtbot.waitUntil(window.is_idle)  # the new set is written
    assert [i.title for i in sets.find("Harvest supper").items] == [KOREAN_LETTER]

    editor = window.presenting.open_sets()
    assert editor.isVisible() and editor.set_list.count() == 2


def test_a_new_host_prepares_presents_and_prints(
    qtbot: QtBot,
    two_screens: OffscreenScreens,
    window: MainWindow,
    library: Library,
    sets: Sets,
    tmp_path: Path,
) -> None:
    """From the sample archive: three stories into a new set from the library list, the
    show on the projector with clicker keys, the projector pulled out and back, a handout."""
    menu = window.presenting
    for number, title in enumerate((PAPER_BOATS, LANTERN, LETTERS)):
        window.library.table.selectRow(window.library.model.row_of(id_of(library, title)))
        if number == 0:
            answer_next(item="A new set…")
            QTimer.singleShot(300, lambda: answer_next(text="Refugee Week"))
        else:
            answer_next(item=f"Refugee Week ({sets.find('Refugee Week').id})")
        window.commands["add_to_set"].trigger()
        qtbot.waitUntil(window.is_idle)  # the stories are written
    info = sets.find("Refugee Week")
    assert [item.title for item in info.items] == [PAPER_BOATS, LANTERN, LETTERS]

    editor = menu.open_sets(select=info.id)
    qtbot.mouseClick(editor.present_button, Qt.MouseButton.LeftButton)
    show = menu.show
    assert show is not None
    qtbot.waitUntil(lambda: show.audience_screen_name() == PROJECTOR["name"])
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Right):
        qtbot.keyClick(show.audience, key)
    assert show.navigator.index == 2
    laptop = two_screens.current()[0]
    two_screens.set_screens([laptop])
    qtbot.waitUntil(lambda: not show.audience.isVisible())
    qtbot.keyClick(show.console, Qt.Key.Key_PageDown)
    two_screens.set_screens([laptop, PROJECTOR])
    qtbot.waitUntil(lambda: show.audience_screen_name() == PROJECTOR["name"])
    assert show.audience.slide is show.navigator.deck.slides[3]
    qtbot.keyClick(show.console, Qt.Key.Key_Escape)
    qtbot.keyClick(show.console, Qt.Key.Key_Escape)
    assert menu.show is None

    handout = tmp_path / "handout.pdf"
    editor.write_pdf(handout, handout=True)
    assert len(re.findall(rb"/Type\s*/Page\b", handout.read_bytes())) >= 4
