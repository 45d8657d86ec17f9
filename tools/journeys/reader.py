"""The reader's journey (../shared/JOURNEYS.md, "The reader"), as far as the app goes today.

Each step does what a person does, by the menus, keys and clicks, and photographs the screen.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from tools.journeys.walk import Wait, Walk

A_STORY_WITH_A_PICTURE = "The Paper Boats"
THE_NEXT_STORY = "Chalk Dust"


def click_row(walk: Walk, view: QAbstractItemView, text: str) -> None:
    """Click the row whose first column reads `text`, scrolling it into view first."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == text:
            click_index(walk, view, index)
            return
    raise RuntimeError(f"no row reads {text!r}")


def click_index(walk: Walk, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    place = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)


def reader(walk: Walk) -> Iterator[Wait]:
    window, library = walk.window, walk.window.library
    yield walk.idle()
    walk.shot("first-start")

    # Browse: the shelves, then sorting by title.
    shelves = library.shelves
    for row in range(1, min(4, shelves.model().rowCount())):
        click_index(walk, shelves, shelves.model().index(row, 0))
        yield walk.idle()
        walk.shot(f"shelf-{row}")
    click_index(walk, shelves, shelves.model().index(0, 0))
    yield walk.idle()
    library.table.horizontalHeader().sectionClicked.emit(0)
    yield walk.idle()
    walk.shot("sorted-by-title")

    # Read a story with a picture to its end, then open the next one.
    click_row(walk, library.table, A_STORY_WITH_A_PICTURE)
    yield walk.idle()
    walk.shot("reading")
    bar = window.reading.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    yield walk.idle()
    walk.shot("read-to-the-end")
    click_row(walk, library.table, THE_NEXT_STORY)
    yield walk.idle()
    walk.shot("next-story-opened")

    # Search: a word, a misspelling, Korean with a particle.
    for name, query in (("search", "freedom"), ("misspelled", "freedon"), ("korean", "한국어를")):
        library.focus_search()
        library.search_field.clear()
        walk.type(query, library.search_field)
        yield walk.until(lambda: library.showing_results(), 10)
        yield walk.idle()
        walk.shot(name)
    walk.key("Return", library.search_field)
    yield walk.idle()
    walk.shot("search-hit-opened")
    library.search_field.clear()
    yield walk.idle()

    # Find in the open page.
    window.reading.focus_page()
    walk.command("find")
    yield 0.3
    walk.type("the")
    walk.key("Return")
    yield 0.3
    walk.shot("find-in-page")
    walk.key("Escape")

    # Make the page comfortable.
    for theme in ("dark", "sepia", "light"):
        walk.command(f"theme_{theme}")
        yield 0.3
        walk.shot(f"theme-{theme}")
