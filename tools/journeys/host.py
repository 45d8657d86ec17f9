"""The host's journey (../shared/JOURNEYS.md, "The host"): build a set beside the library by
dragging stories from the list and from the search results, give them notes, a content
warning and a text size; rehearse on the laptop alone with the overview and blanking, and see
the rehearsed times; present (on a second screen when the desktop has one); put the set on
paper, its PDFs turned into pictures to look at.

Drags are real: the mouse is pressed on a row, moved over the set panel and released, with
xdotool, as a person's hand would do it (the window system carries the drag).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from storyreader.ui.present import set_paper
from tools.journeys.walk import Wait, Walk

if TYPE_CHECKING:
    from storyreader.ui.present.sets_panel import SetsPanel
    from storyreader.ui.present.show_controller import ShowController

FIRST, SECOND = "The Paper Boats", "Forty-Three Letters"
KOREAN, KOREAN_QUERY = "창가의 등불", "등불"


def row_reading(view: QAbstractItemView, text: str) -> int:
    model = view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def drag(view: QAbstractItemView, row: int, target: QWidget) -> None:
    """Press on `row`, carry it over `target` and let go, by the mouse (xdotool): the window
    system carries the drag, as for a person's hand."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QApplication.processEvents()
    start = view.viewport().mapToGlobal(view.visualRect(index).center())
    end = target.mapToGlobal(QPoint(target.width() // 2, target.height() - 12))
    steps = [
        f"mousemove {start.x()} {start.y()} mousedown 1 sleep 0.3",
        f"mousemove {start.x() + 30} {start.y() + 5} sleep 0.3",
        f"mousemove {(start.x() + end.x()) // 2} {end.y()} sleep 0.3",
        f"mousemove {end.x()} {end.y()} sleep 0.4",
        f"mousemove {end.x() + 2} {end.y()} sleep 0.4 mouseup 1",
    ]
    # Not waited for: the drag runs in the app's own event loop meanwhile.
    subprocess.Popen(["sh", "-c", "xdotool " + " ".join(steps)], env={**os.environ})


def host(walk: Walk) -> Iterator[Wait]:
    window = walk.window
    library = window.library
    yield walk.idle()
    main = QApplication.activeWindow()
    if main is not None:
        main.showMaximized()  # a host makes room first: the panel goes beside the library
    yield walk.idle()
    yield 0.5
    walk.shot("first-start")

    # Build a set beside the library.
    walk.command("sets")
    yield walk.until(lambda: window.presenting.panel is not None)
    panel = window.presenting.panel
    assert panel is not None
    yield 0.5
    walk.shot("set-panel-opened")
    walk.click(panel.new_button)
    yield walk.idle()
    yield walk.until(lambda: panel.current is not None)
    panel.details.name.selectAll()
    walk.type("Winter evening" if "en" in walk.tag else "겨울 저녁 모임", panel.details.name)
    panel.details.name.editingFinished.emit()
    panel.details.venue.setFocus()
    walk.type("Community hall" if "en" in walk.tag else "마을 회관", panel.details.venue)
    panel.details.venue.editingFinished.emit()
    yield walk.idle()
    walk.shot("set-named")
    set_id = panel.current.id if panel.current else 0

    drag(library.table, row_reading(library.table, FIRST), panel.items.viewport())
    yield walk.until(lambda: len(panel_titles(panel)) == 1, 10)
    drag(library.table, row_reading(library.table, SECOND), panel.items.viewport())
    yield walk.until(lambda: len(panel_titles(panel)) == 2, 10)
    library.focus_search()
    walk.type(KOREAN_QUERY, library.search_field)
    yield walk.until(lambda: library.showing_results() and library.results.model.rowCount() > 0)
    yield walk.idle()
    walk.shot("dragging-from-search-results")
    found = library.results.model
    hits = [found.hit(row) for row in range(found.rowCount())]
    row = next(n for n, hit in enumerate(hits) if hit is not None and hit.title == KOREAN)
    drag(library.results.list, row, panel.items.viewport())
    yield walk.until(lambda: len(panel_titles(panel)) == 3, 10)
    yield walk.idle()
    walk.shot("three-stories-dragged-in")
    if len(panel_titles(panel)) < 3:
        raise RuntimeError(f"the drags left the set with {panel_titles(panel)}")

    # Put the Korean story second; notes, a warning, a smaller text size for the long one.
    panel.items.set_current_row(2)
    walk.click(move_up_button(panel))
    yield walk.idle()
    panel.items.set_current_row(1)
    yield 0.2
    panel.notes.setFocus()
    walk.type("천천히, 사진에서 멈추기" if "ko" in walk.tag else "Slow down; pause at the picture.")
    panel.warning.setFocus()
    walk.type("가족과의 이별" if "ko" in walk.tag else "Separation from family", panel.warning)
    panel.warning.editingFinished.emit()
    yield walk.idle()
    panel.items.set_current_row(2)
    panel.text_size.setCurrentIndex(panel.text_size.findData(80))
    panel.text_size.activated.emit(panel.text_size.currentIndex())
    yield walk.idle()
    panel.details.unfold(True)
    yield 0.3
    walk.shot("notes-warning-text-size")
    panel.details.unfold(False)
    library.search_field.clear()
    yield walk.idle()

    # Rehearse on the laptop alone.
    walk.click(panel.rehearse_button)
    yield walk.until(lambda: window.presenting.show is not None)
    show = window.presenting.show
    assert show is not None
    yield 1.0
    walk.shot("rehearsal-console")
    for _ in range(3):
        walk.key("Space", show.console)
        yield 0.2
    walk.key("Tab", show.console)
    yield 0.8
    walk.shot("rehearsal-overview")
    walk.key("Down", show.console)
    walk.key("Right", show.console)
    yield 0.3
    walk.shot("overview-cursor-moved")
    walk.key("Return", show.console)
    yield 0.4
    walk.key("B", show.console)
    yield 0.4
    walk.shot("blanked-black")
    walk.key("W", show.console)
    yield 0.4
    walk.shot("blanked-logo")
    walk.key("W", show.console)
    walk.key("A", show.console)
    yield 1.0
    walk.shot("audience-window-on-one-screen")
    walk.click(show.console.buttons["next"])  # the console still answers under the window
    yield 1.0
    walk.shot("audience-window-after-next")
    walk.key("A", show.console)
    walk.key("Home", show.console)
    for _ in show.navigator.deck.stories[0].slides:
        walk.key("Space", show.console)
        yield 0.15
    yield 0.4
    walk.shot("next-up-warning-card")
    walk.key("1", show.console)
    walk.key("0", show.console)
    yield 0.2
    walk.shot("typing-a-slide-number")
    walk.key("Return", show.console)
    yield 0.3
    walk.key("Escape", show.console)
    yield 0.2
    walk.shot("end-the-show-asked")
    walk.key("Escape", show.console)
    yield walk.until(lambda: window.presenting.show is None)
    yield walk.idle()
    yield 0.5
    walk.shot("rehearsed-times-in-the-panel")

    # Present: on the second screen if this desktop has one, else the console alone.
    walk.click(panel.present_button)
    yield walk.until(lambda: window.presenting.show is not None)
    yield 1.2
    presented: ShowController | None = window.presenting.show
    assert presented is not None
    walk.key("Right", presented.console)
    walk.key("Right", presented.console)
    yield 0.5
    walk.shot("presenting")
    walk.key("Escape", presented.console)
    walk.key("Escape", presented.console)
    yield walk.until(lambda: window.presenting.show is None)

    # On paper: the slides and the handout, each page a picture to look at.
    out = walk.out / f"pdf-{walk.tag}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    info = panel.current
    assert info is not None
    for name, handout in (("slides", False), ("handout", True)):
        path = out / f"{name}.pdf"
        panel.write_pdf(path, handout=handout)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(out / name)], check=True)
    walk.later(lambda: set_paper.confirm_saved(panel, "Handout as PDF", out / "handout.pdf", 9))
    yield 0.8
    walk.shot("pdf-saved")
    walk.key("Escape")
    yield 0.3
    walk.later(window.show_shortcuts)
    yield 0.8
    walk.shot("keyboard-shortcuts")
    walk.key("End")
    yield 0.3
    walk.shot("keyboard-shortcuts-show-keys")
    walk.key("Escape")
    yield 0.3
    print(f"set {set_id}: {panel_titles(panel)}; pages in {out}", flush=True)


def panel_titles(panel: SetsPanel) -> list[str]:
    return [item.title for item in panel.current.items] if panel.current else []


def move_up_button(panel: SetsPanel) -> QWidget:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in panel.findChildren(QPushButton) if b.text() == panel.tr("Move &up"))
