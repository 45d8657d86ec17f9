"""The reader's journey (../shared/JOURNEYS.md, "The reader"), in four parts:

1. `reader`: a first start on the sample; the shelves and facets; sorting by clicking the
   header; reading two stories one after the other; searching (a word, a misspelling, Korean
   with a particle, "Did you mean"), narrowed by a chip and by a sidebar facet; finding in
   the page; themes and zoom; a favourite, a bookmark and a note; making a signing key and
   exporting a signed bundle to the "USB stick".
2. `after_restart`: the same laptop again: everything kept.
3. `second_laptop`: an empty archive trusts the key (from its .pub file) and imports the
   bundle from the menu after reading the preview, then the same file dropped again.
4. `damaged_archive`: a third laptop whose archive is damaged: the app offers repair or the
   last backup.

Each step does what a person does, by the menus, keys and clicks, and photographs the screen.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QToolButton,
)

from storyreader.archive.browse import LibraryView
from tools.journeys.reading import reading
from tools.journeys.walk import Wait, Walk

A_STORY_WITH_A_PICTURE = "The Paper Boats"
THE_NEXT_STORY = "Chalk Dust"
KEY_NAME = "Events team"
BUNDLE = "events.storybundle"


def usb() -> Path:
    """The folder that stands for the USB stick carried between laptops."""
    return Path(os.environ["JOURNEY_USB"])


# --- what a hand does ----------------------------------------------------------------------


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
    walk.click(view.viewport(), view.visualRect(index).center())


def click_shelf(walk: Walk, view: LibraryView) -> None:
    shelves = walk.window.library.shelves
    index = walk.window.library.shelf_model.index_of(view)
    if not index.isValid():
        raise RuntimeError(f"the sidebar has no {view}")
    click_index(walk, shelves, index)


def click_header(walk: Walk, column: int) -> None:
    header = walk.window.library.table.horizontalHeader()
    middle = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    walk.click(header.viewport(), QPoint(middle, header.height() // 2))


def select_words(walk: Walk, words: int) -> None:
    """Select the first `words` words of the page's text, as a drag of the mouse would."""
    view = walk.window.reading.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.body_start)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfWord)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, words)
    view.setTextCursor(cursor)


def search(walk: Walk, text: str) -> Iterator[Wait]:
    library = walk.window.library
    library.focus_search()
    library.search_field.clear()
    walk.type(text, library.search_field)
    yield walk.until(lambda: library.showing_results(), 10)
    yield 0.4
    yield walk.idle()


def show_menu(walk: Walk, command: str, name: str) -> Iterator[Wait]:
    """Open the menu that holds `command`, photograph it, close it."""
    walk.open_menu(command)
    yield 0.4
    walk.shot(name)
    walk.close_menus()
    yield 0.2


# --- 1. a reader's first day ------------------------------------------------------------------


def reader(walk: Walk) -> Iterator[Wait]:
    window, library = walk.window, walk.window.library
    yield walk.idle()
    walk.shot("first-start")

    # Browse: the shelves (an empty one says what it is for), facets, sorting by the header.
    for view, name in (
        (LibraryView(shelf="unread"), "shelf-unread"),
        (LibraryView(shelf="favourites"), "shelf-favourites-empty"),
        (LibraryView(language="ko"), "facet-korean"),
        (LibraryView(kind="letter"), "facet-letters"),
    ):
        click_shelf(walk, view)
        yield walk.idle()
        walk.shot(name)
    click_shelf(walk, LibraryView())
    yield walk.idle()
    click_header(walk, 0)
    yield walk.idle()
    walk.shot("sorted-by-title")
    click_header(walk, 3)
    yield walk.idle()
    walk.shot("sorted-by-date")
    header = library.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2)
    walk.later(lambda: header.customContextMenuRequested.emit(where))
    yield 0.5
    walk.shot("columns-menu")
    walk.close_menus()
    yield 0.2
    walk.command("shelves_panel")
    yield 0.4
    walk.shot("shelves-collapsed")
    walk.command("shelves_panel")
    yield 0.3

    # Read a story with a picture to its end, then open the next one: only the first is read.
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
    # The reading pane's own steps (15A: tools/journeys/reading.py) go here.

    # Search: a word, a misspelling, Korean with a particle, a correction to choose.
    for name, query in (
        ("search", "freedom"),
        ("search-misspelled", "freedon"),
        ("search-korean-particle", "한국어를"),
        ("search-did-you-mean", "freedon rescue"),
    ):
        yield from search(walk, query)
        walk.shot(name)
    yield from search(walk, "refugee")
    chips = library.results.chips.findChildren(QToolButton)
    story = next((chip for chip in chips if chip.isVisible() and chip.text()[:1].isalpha()), None)
    if story is not None:
        walk.click(story)
        yield walk.idle()
        walk.shot("search-narrowed-by-chip")
    click_shelf(walk, LibraryView(language="en"))
    yield walk.idle()
    walk.shot("search-narrowed-by-sidebar")
    walk.key("Return", library.search_field)
    yield walk.idle()
    walk.shot("search-hit-opened")
    walk.key("Escape", library.search_field)
    yield walk.idle()
    click_shelf(walk, LibraryView())  # the sidebar's English facet outlives the search
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

    # Make the page comfortable: themes (radio items in View > Theme), zoom.
    yield from show_menu(walk, "theme_dark", "menu-theme")
    for theme in ("dark", "sepia", "light"):
        walk.command(f"theme_{theme}")
        yield 0.3
        walk.shot(f"theme-{theme}")

    yield from reading(walk)  # the reading page's own steps (tools/journeys/reading.py)
    walk.command("zoom_in")
    walk.command("zoom_in")
    yield 0.3
    walk.shot("zoomed-in")
    walk.command("zoom_reset")

    # Keep things: a favourite, a bookmark, a note on the first words.
    click_row(walk, library.table, A_STORY_WITH_A_PICTURE)
    yield walk.idle()
    walk.command("favourite")
    walk.command("bookmark")
    yield walk.idle()
    select_words(walk, 8)
    yield 0.2
    walk.later(lambda: walk.command("add_note"))
    yield walk.shown(QInputDialog)
    note = walk.dialog(QInputDialog)
    assert isinstance(note, QInputDialog)
    note.setTextValue("Read this opening aloud at the school evening.")
    walk.shot("note-written")
    walk.later(note.accept)
    yield walk.idle()
    walk.shot("note-kept")

    yield from make_key_and_export(walk)


def make_key_and_export(walk: Walk) -> Iterator[Wait]:
    """File > Keys: make a signing key and save its public key on the stick; then File >
    Export a bundle, signed with it, onto the stick."""
    from storyreader.ui.export_bundle_dialog import ExportBundleDialog
    from storyreader.ui.key_forms import MakeKeyDialog
    from storyreader.ui.keys_dialog import KeysDialog

    yield from show_menu(walk, "keys", "menu-file")
    walk.command("keys")
    yield walk.shown(KeysDialog)
    keys = walk.dialog(KeysDialog)
    assert isinstance(keys, KeysDialog)
    yield walk.idle()
    walk.shot("keys-none-yet")
    walk.later(keys.make_button.click)
    yield walk.shown(MakeKeyDialog)
    form = walk.dialog(MakeKeyDialog)
    assert isinstance(form, MakeKeyDialog)
    form.name.setText(KEY_NAME)
    walk.shot("keys-make")
    walk.later(form.buttons.accepted.emit)
    yield walk.until(lambda: keys.public is not None)
    walk.shot("keys-made")
    walk.later(keys.save_button.click)
    yield walk.until(lambda: walk.choose_file(usb() / "events-team.pub"), 10)
    yield walk.until(lambda: (usb() / "events-team.pub").exists(), 10)
    walk.shot("keys-public-key-saved")
    keys.close()

    walk.command("export_bundle")
    yield walk.shown(ExportBundleDialog)
    export = walk.dialog(ExportBundleDialog)
    assert isinstance(export, ExportBundleDialog)
    export.out.setText(str(usb() / BUNDLE))
    walk.shot("export-signed-with-your-key")
    walk.later(export.export_button.click)
    yield walk.until(lambda: export.report is not None, 30)
    yield walk.idle()
    walk.shot("export-done")
    export.close()


# --- 2. the same laptop, the next day -------------------------------------------------------


def after_restart(walk: Walk) -> Iterator[Wait]:
    yield walk.idle()
    walk.shot("restarted")
    click_shelf(walk, LibraryView(shelf="favourites"))
    yield walk.idle()
    walk.shot("restarted-favourites")
    click_shelf(walk, LibraryView(shelf="recent"))
    yield walk.idle()
    walk.command("notes_panel")
    yield 0.4
    walk.shot("restarted-notes")
    click_shelf(walk, LibraryView(shelf="unread"))
    yield walk.idle()
    walk.command("mark_all_read")
    yield walk.idle()
    walk.shot("marked-all-read")
    walk.command("undo")
    yield walk.idle()
    walk.shot("marked-all-read-undone")


# --- 3. the laptop that never goes online ------------------------------------------------


def second_laptop(walk: Walk) -> Iterator[Wait]:
    from storyreader.ui.bundle_dialogs import ImportBundleDialog
    from storyreader.ui.key_forms import TrustKeyDialog
    from storyreader.ui.keys_dialog import KeysDialog

    yield walk.idle()
    walk.shot("second-laptop-empty")
    walk.command("keys")
    yield walk.shown(KeysDialog)
    keys = walk.dialog(KeysDialog)
    assert isinstance(keys, KeysDialog)
    walk.later(keys.trust_button.click)
    yield walk.shown(TrustKeyDialog)
    form = walk.dialog(TrustKeyDialog)
    assert isinstance(form, TrustKeyDialog)
    walk.later(form.from_file_button.click)
    yield walk.until(lambda: walk.choose_file(usb() / "events-team.pub"), 10)
    yield walk.until(lambda: form.key is not None, 10)
    form.name.setText(KEY_NAME)
    walk.shot("trust-a-key")
    walk.later(form.trust_button.click)
    yield walk.until(lambda: keys.trusted.topLevelItemCount() == 1)
    walk.shot("trusted")
    keys.close()

    yield from show_menu(walk, "import_bundle", "menu-import")
    walk.later(lambda: walk.command("import_bundle"))  # a file dialog, modal
    yield walk.until(lambda: walk.choose_file(usb() / BUNDLE), 10)
    yield walk.shown(ImportBundleDialog)
    preview = walk.dialog(ImportBundleDialog)
    assert isinstance(preview, ImportBundleDialog)
    yield walk.until(lambda: preview.plan is not None, 30)
    walk.shot("import-preview")
    walk.later(preview.import_button.click)
    yield walk.until(lambda: preview.report is not None, 60)
    yield walk.idle()
    walk.shot("imported")
    preview.close()
    yield walk.idle()
    walk.shot("second-laptop-filled")

    drop(walk, usb() / BUNDLE)  # the same file, dropped on the window
    yield walk.shown(ImportBundleDialog)
    again = walk.dialog(ImportBundleDialog)
    assert isinstance(again, ImportBundleDialog)
    yield walk.until(lambda: again.plan is not None, 30)
    walk.shot("dropped-again-already-imported")
    again.close()


def drop(walk: Walk, path: Path) -> None:
    """Drop a file on the main window, as from a file manager: the drag enters, moves, and
    is dropped (Qt delivers a drop only to a widget that accepted the drag's entry)."""
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    window = walk.window
    assert isinstance(window, QMainWindow)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    spot = QPoint(window.width() // 2, window.height() // 2)
    copy, left, plain = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(spot, copy, mime, left, plain)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        raise RuntimeError("the window refused the dragged file")
    QApplication.sendEvent(window, QDragMoveEvent(spot, copy, mime, left, plain))
    QApplication.sendEvent(window, QDropEvent(QPointF(spot), copy, mime, left, plain))


# --- 4. a damaged archive ---------------------------------------------------------------------


def damaged_archive(walk: Walk) -> Iterator[Wait]:
    yield walk.shown(QMessageBox, 30)
    box = walk.dialog(QMessageBox)
    assert isinstance(box, QMessageBox)
    yield 0.4
    walk.shot("damaged-archive-offer")
    offers = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    walk.later(offers[-1].click)  # the last backup (repair is the first offer)
    yield walk.until(lambda: walk.main_window() is not None, 30)
    yield walk.idle()
    walk.shot("damaged-archive-restored")
