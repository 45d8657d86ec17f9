"""The set panel beside the library and the main window's Present menu, as a host uses them:
stories dragged in from the list and the search results, put in order, given notes, a
warning and a text size; rehearsed, presented, and put on paper."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from storyreader.archive.library import Library
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.ui.main_window import MainWindow
from storyreader.ui.present import set_paper
from storyreader.ui.present.sets_panel import SetsPanel
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner
from tests.present.conftest import KOREAN_LETTER, LANTERN, LETTERS, PAPER_BOATS, id_of
from tests.present.screens import PROJECTOR, OffscreenScreens

CHALK_DUST = "Chalk Dust"


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
            seen.extend(button.text() for button in dialog.buttons())
            button = QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.Cancel
            found = (
                dialog.button(button)
                or dialog.button(QMessageBox.StandardButton.Ok)
                or dialog.button(QMessageBox.StandardButton.Close)
            )
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
def panel(qtbot: QtBot, library: Library, runner: TaskRunner, tmp_path: Path) -> SetsPanel:
    sets_panel = SetsPanel(library, Settings(tmp_path / "settings.ini"), runner)
    qtbot.addWidget(sets_panel)
    sets_panel.resize(360, 640)
    sets_panel.show()
    return sets_panel


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait for the panel's writes (on the write lane) to land and be shown."""
    qtbot.waitUntil(lambda: not runner.busy)


def dragged(view: QAbstractItemView, rows: list[int]) -> QMimeData:
    """What dragging these rows of a view carries: its model's data for them, as Qt's drag
    from an item view asks for it."""
    model = view.model()
    mime = model.mimeData([model.index(row, 0) for row in rows])
    assert mime is not None
    return mime


def drop(panel: SetsPanel, mime: QMimeData, at: QPoint | None = None) -> None:
    """Drag `mime` over the stories and drop it (below the last story unless `at`), as the
    window system delivers a drag from the library."""
    viewport = panel.items.viewport()
    spot = at or QPoint(5, viewport.height() - 3)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(spot, copy, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the set refused the drag"
    QApplication.sendEvent(viewport, QDragMoveEvent(spot, copy, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(spot), copy, mime, buttons, mods))


def row_texts(panel: SetsPanel) -> list[str]:
    return [panel.items.item(row).text(0) for row in range(panel.items.count())]


def test_a_host_builds_a_set_of_three(
    qtbot: QtBot,
    panel: SetsPanel,
    runner: TaskRunner,
    library: Library,
    sets: Sets,
    tmp_path: Path,
) -> None:
    assert panel.set_choice.count() == 0
    said = answer_next()
    qtbot.mouseClick(panel.present_button, Qt.MouseButton.LeftButton)
    assert said and said[0].startswith("There is no set yet.")  # says why, not nothing
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert panel.details.form.isVisible()  # a new set opens its details to be named
    panel.details.name.setText("Refugee Week evening")
    panel.details.name.editingFinished.emit()
    ids = [id_of(library, title) for title in (PAPER_BOATS, LETTERS, LANTERN)]
    drop(panel, _mime(ids[:2]))  # dragged from the library list
    drop(panel, _mime(ids[2:]))  # and from the search results
    settle(qtbot, runner)
    info = sets.find("Refugee Week")
    assert [item.title for item in info.items] == [PAPER_BOATS, LETTERS, LANTERN]
    assert row_texts(panel)[0] == f"1. {PAPER_BOATS}"
    assert panel.items.item(0).text(1).startswith("~")  # the estimate …
    assert panel.items.item(0).text(2) == "—"  # … beside the rehearsal, none yet
    assert panel.total.text().startswith("Stories: 3 · read aloud in about ")
    assert panel.details.summary.text() == "130 words a minute"

    panel.items.set_current_row(2)
    qtbot.mouseClick(_button(panel, "Move &up"), Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert [i.title for i in sets.get(info.id).items] == [PAPER_BOATS, LANTERN, LETTERS]
    assert panel.items.current_row() == 1  # the moved story stays selected

    panel.notes.setPlainText("Let the room settle before this one.")
    qtbot.waitUntil(
        lambda: sets.get(info.id).items[1].presenter_notes == "Let the room settle before this one."
    )
    panel.warning.setText("Separation, hunger")
    panel.warning.editingFinished.emit()
    settle(qtbot, runner)
    assert sets.get(info.id).items[1].content_warning == "Separation, hunger"
    assert row_texts(panel)[1].endswith("⚠")
    panel.text_size.setCurrentIndex(panel.text_size.findData(80))
    panel.text_size.activated.emit(panel.text_size.currentIndex())
    settle(qtbot, runner)
    assert sets.get(info.id).items[1].text_size == 80
    assert "Text size: 80%" in panel.items.item(1).toolTip(0)

    before = sets.get(info.id).total_seconds
    panel.details.unfold(True)
    panel.details.rate.setValue(100)
    panel.details.rate.editingFinished.emit()
    settle(qtbot, runner)
    assert sets.get(info.id).total_seconds > before
    assert "100 words a minute" in panel.details.summary.text()

    asked: list[tuple[int, bool]] = []
    panel.show_requested.connect(lambda set_id, rehearsal: asked.append((set_id, rehearsal)))
    qtbot.mouseClick(panel.present_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.rehearse_button, Qt.MouseButton.LeftButton)
    assert asked == [(info.id, False), (info.id, True)]

    handout, slides = tmp_path / "handout.pdf", tmp_path / "slides.pdf"
    settings = Settings(tmp_path / "settings.ini")
    current = panel.current
    assert current is not None
    set_paper.write_pdf(panel, library, settings, current, handout, handout=True)
    set_paper.write_pdf(panel, library, settings, current, slides, handout=False)
    assert handout.read_bytes().startswith(b"%PDF") and slides.read_bytes().startswith(b"%PDF")


def _mime(ids: list[str]) -> QMimeData:
    from storyreader.ui.item_models import documents_mime

    return documents_mime(ids)


def _button(panel: SetsPanel, text: str) -> QPushButton:
    return next(b for b in panel.findChildren(QPushButton) if b.text() == panel.tr(text))


def test_stories_dropped_between_others_and_moved_by_drag(
    qtbot: QtBot,
    panel: SetsPanel,
    runner: TaskRunner,
    library: Library,
    sets: Sets,
    evening: SetInfo,
) -> None:
    panel.reload(select=evening.id)
    top = panel.items.visualItemRect(panel.items.item(0)).center() + QPoint(0, 2)
    drop(panel, _mime([id_of(library, KOREAN_LETTER)]), at=top)  # below the first story
    settle(qtbot, runner)
    assert [i.title for i in sets.get(evening.id).items] == [
        PAPER_BOATS,
        KOREAN_LETTER,
        LANTERN,
        LETTERS,
    ]
    assert [row.split(". ", 1)[1].rstrip(" ⚠") for row in row_texts(panel)] == [
        PAPER_BOATS,
        KOREAN_LETTER,
        LANTERN,
        LETTERS,
    ]


def test_duplicate_delete_and_a_shared_set(
    qtbot: QtBot,
    panel: SetsPanel,
    runner: TaskRunner,
    sets: Sets,
    evening: SetInfo,
    tmp_path: Path,
) -> None:
    panel.reload()
    assert panel.current is not None and panel.current.id == evening.id
    panel.duplicate_set()
    settle(qtbot, runner)
    assert panel.set_choice.count() == 2
    assert panel.current is not None and panel.current.name == "Winter evening (copy)"
    said = answer_next(accept=True)
    panel.delete_set()
    settle(qtbot, runner)
    assert "Winter evening (copy)" in said[0]
    assert [info.id for info in sets.all()] == [evening.id]

    shared = tmp_path / "shared.json"
    sets.export(evening.id, shared)
    text = shared.read_text(encoding="utf-8").replace(evening.items[2].document_id, "zzzzzzzzzzzz")
    shared.write_text(text, encoding="utf-8")
    said = answer_next(accept=True)
    panel.files.import_from(shared)
    qtbot.waitUntil(lambda: bool(said))
    assert "left out" in said[0]
    assert panel.set_choice.count() == 2
    assert panel.current is not None and len(panel.current.items) == 2


def test_notes_too_long_are_refused_in_a_sentence(
    qtbot: QtBot, panel: SetsPanel, sets: Sets, evening: SetInfo
) -> None:
    panel.reload()
    panel.items.set_current_row(0)
    said = answer_next()
    panel.notes.setPlainText("x" * 20_001)  # pasted, and saved a moment later
    qtbot.waitUntil(lambda: bool(said))
    assert said[0] == "Presenter notes can hold at most 20,000 characters."
    assert sets.get(evening.id).items[0].presenter_notes == "Pause after the boats."


def test_paper_with_nothing_to_print_says_why_and_a_saved_pdf_is_confirmed(
    qtbot: QtBot,
    panel: SetsPanel,
    runner: TaskRunner,
    library: Library,
    sets: Sets,
    evening: SetInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = answer_next()
    panel.export_pdf(handout=False)  # no set chosen yet
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("There is no set yet. Make one with New")
    empty = sets.create("Harvest supper")
    panel.reload(select=empty.id)
    said = answer_next()
    panel.export_pdf(handout=True)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("The set “Harvest supper” has no stories yet.")

    panel.reload(select=evening.id)
    out = tmp_path / "evening slides.pdf"
    monkeypatch.setattr(  # the file chooser answers as a host would
        "storyreader.ui.present.set_paper.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(out), ""),
    )
    said = answer_next()
    panel.export_pdf(handout=False)
    assert out.read_bytes().startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", out.read_bytes()))
    assert said[0].startswith(f"Saved {pages} page")  # "pages" once the app's English is in
    assert said[0].endswith(" as evening slides.pdf.")
    assert "Open the folder" in said[1:]


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


def panel_of(window: MainWindow) -> SetsPanel | None:
    """The set panel, read afresh (it is built when first shown)."""
    return window.presenting.panel


def test_the_panel_sits_beside_the_library_and_takes_drags_from_it(
    qtbot: QtBot, window: MainWindow, library: Library, sets: Sets, evening: SetInfo
) -> None:
    dock = window.presenting.dock
    assert not dock.isVisible() and panel_of(window) is None  # closed by default
    assert not window.commands["sets"].isChecked()
    window.commands["sets"].trigger()
    panel = panel_of(window)
    assert panel is not None and dock.isVisible() and not dock.isFloating()
    assert window.commands["sets"].isChecked()
    assert dock.features() & dock.DockWidgetFeature.DockWidgetFloatable
    # Beside the list, not over it: both in the window, side by side.
    table = window.library.table
    table_box = table.rect().translated(table.mapTo(window, QPoint(0, 0)))
    dock_box = dock.rect().translated(dock.mapTo(window, QPoint(0, 0)))
    assert table.isVisible() and not table_box.intersects(dock_box)
    assert window.rect().contains(dock_box)

    panel.reload(select=evening.id)
    table.selectRow(window.library.model.row_of(id_of(library, CHALK_DUST)))
    drop(panel, dragged(table, [table.currentIndex().row()]))  # from the list
    qtbot.waitUntil(window.is_idle)
    window.library.search_field.setText("후원자")
    qtbot.waitUntil(
        lambda: window.library.showing_results() and window.library.results.model.rowCount() > 0
    )
    qtbot.waitUntil(window.is_idle)
    results = window.library.results.list
    found = [window.library.results.model.hit(row) for row in range(results.model().rowCount())]
    hits = [hit.title if hit else "" for hit in found]
    drop(panel, dragged(results, [hits.index(KOREAN_LETTER)]))  # from the search results
    qtbot.waitUntil(window.is_idle)
    assert [i.title for i in sets.get(evening.id).items] == [
        PAPER_BOATS,
        LANTERN,
        LETTERS,
        CHALK_DUST,
        KOREAN_LETTER,
    ]
    assert row_texts(panel)[-2:] == [f"4. {CHALK_DUST}", f"5. {KOREAN_LETTER}"]

    # Add to a set, with the panel open: into the set it shows, without asking.
    window.library.search_field.clear()
    qtbot.waitUntil(window.is_idle)
    sets.remove(sets.get(evening.id).items[-1].id)
    panel.reload(select=evening.id)
    window.open_document(id_of(library, KOREAN_LETTER))
    qtbot.waitUntil(lambda: window.reading.current is not None)
    window.commands["add_to_set"].trigger()
    qtbot.waitUntil(window.is_idle)
    assert [i.title for i in sets.get(evening.id).items][-1] == KOREAN_LETTER
    assert row_texts(panel)[-1] == f"5. {KOREAN_LETTER}"
    window.commands["sets"].trigger()
    assert not dock.isVisible() and not window.commands["sets"].isChecked()


def test_the_panel_is_where_the_host_left_it(
    qtbot: QtBot, library: Library, tmp_path: Path, evening: SetInfo
) -> None:
    settings = Settings(tmp_path / "kept.ini")
    runner = TaskRunner()
    first = MainWindow(library, settings, runner)
    qtbot.addWidget(first)
    first.show()
    first.presenting.open_sets()
    first.close()
    runner.wait()
    again = MainWindow(library, settings, runner)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.presenting.dock.isVisible)
    assert again.presenting.panel is not None and again.presenting.panel.current is not None
    assert again.commands["sets"].isChecked()
    again.close()
    runner.wait()


def test_the_present_menu_adds_the_open_story_and_opens_the_panel(
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

    panel = window.presenting.open_sets()
    assert panel.isVisible() and panel.set_choice.count() == 2


def test_help_lists_the_keys_of_a_show(qtbot: QtBot, window: MainWindow) -> None:
    rows: list[tuple[str, str]] = []

    def read_sheet() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_sheet)
            return
        table = dialog.findChild(QTableWidget)
        assert table is not None and isinstance(dialog, QDialog)
        for row in range(table.rowCount()):
            cells = [table.item(row, column) for column in (0, 1)]
            rows.append(tuple(cell.text() if cell else "" for cell in cells))  # type: ignore[arg-type]
        dialog.reject()

    QTimer.singleShot(0, read_sheet)
    window.commands["shortcuts"].trigger()
    names = [name for name, _keys in rows]
    assert "During a show:" in names
    show = dict(rows[names.index("During a show:") :])
    assert "Right" in show["Next slide"] and "Space" in show["Next slide"]
    assert show["Black screen, or back to the slide"] == "B, ."
    assert show["Overview of every slide (arrows and Enter to jump)"] == "Tab, O"
    assert "Esc" in show["End the show (press twice)"]
    sharing = "While sharing with the room: the QR code phones read the stories at, or back"
    assert show[f"{sharing} to the slide"] == "Q"
    assert dict(rows)["Rehearse a set"] == "Shift+F5"


def test_a_new_host_prepares_rehearses_presents_and_prints(
    qtbot: QtBot,
    two_screens: OffscreenScreens,
    window: MainWindow,
    library: Library,
    sets: Sets,
    tmp_path: Path,
) -> None:
    """From the sample archive: three stories into a new set from the library list, a
    rehearsal whose times the panel then shows, the show on the projector with clicker keys,
    the projector pulled out and back, a handout."""
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

    panel = menu.open_sets(select=info.id)
    qtbot.mouseClick(panel.rehearse_button, Qt.MouseButton.LeftButton)
    rehearsal = menu.show
    assert rehearsal is not None and rehearsal.rehearsing
    for _slide in rehearsal.navigator.deck.stories[0].slides:
        qtbot.keyClick(rehearsal.console, Qt.Key.Key_Space)
    qtbot.keyClick(rehearsal.console, Qt.Key.Key_Escape)
    qtbot.keyClick(rehearsal.console, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sets.get(info.id).items[0].rehearsed_seconds is not None)
    qtbot.waitUntil(lambda: panel.items.item(0).text(2) != "—")
    assert panel.items.item(1).text(2) == "—"  # not gone through: not timed
    assert "Rehearsal times kept for 1 of the 3 stories." in window.statusBar().currentMessage()

    qtbot.mouseClick(panel.present_button, Qt.MouseButton.LeftButton)
    show = menu.show
    assert show is not None and not show.rehearsing
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
    current = panel.current
    assert current is not None
    set_paper.write_pdf(panel, library, Settings(tmp_path / "s.ini"), current, handout, True)
    assert len(re.findall(rb"/Type\s*/Page\b", handout.read_bytes())) >= 4
