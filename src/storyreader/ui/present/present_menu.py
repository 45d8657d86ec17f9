"""The main window's Present menu: the set-list editor, starting a show, and adding the open
document (or the selected rows of the library or the search results) to a set.

The main window makes one `PresentMenu` and keeps it; everything else lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.sets import Sets
from storyreader.ui.settings import Settings

if TYPE_CHECKING:
    from storyreader.ui.main_window import MainWindow
    from storyreader.ui.present.sets_dialog import SetsDialog
    from storyreader.ui.present.show_controller import ShowController


class PresentMenu(QObject):
    def __init__(self, window: MainWindow, library: Library, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._settings = settings
        self._sets = Sets(library.archive)
        self.dialog: SetsDialog | None = None
        self.show: ShowController | None = None
        self.menu = QMenu(self.tr("&Present"), window)
        self.sets_action = self._add("sets", self.tr("&Sets…"), self.open_sets, "Ctrl+Shift+P")
        self.present_action = self._add(
            "present_set", self.tr("&Present a set…"), self.present_set, "F5"
        )
        self.menu.addSeparator()
        self.add_action = self._add(
            "add_to_set", self.tr("&Add to a set…"), self.add_to_set, "Ctrl+Shift+A"
        )
        bar = window.menuBar()
        menus = bar.actions()
        if menus:
            bar.insertMenu(menus[-1], self.menu)  # before Help, which stays last
        else:
            bar.addMenu(self.menu)

    def _add(self, name: str, text: str, slot: Callable[[], object], shortcut: str) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot())
        self._window.addAction(action)
        self._window.actions_by_name[name] = action  # listed in Help > Keyboard shortcuts
        self.menu.addAction(action)
        return action

    # --- the editor ------------------------------------------------------------------------

    def open_sets(self, select: int | None = None) -> SetsDialog:
        if self.dialog is None:
            from storyreader.ui.present.sets_dialog import SetsDialog  # not needed at start-up

            self.dialog = SetsDialog(self._library, self._settings, self._window)
            self.dialog.present_requested.connect(self.start_show)
        self.dialog.reload(select=select)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog

    # --- adding ------------------------------------------------------------------------------

    def chosen_documents(self) -> list[str]:
        """The selected rows of the list or the search results, else the open document."""
        window = self._window
        if window.middle.currentWidget() is window.search_panel:
            rows = window.search_panel.list.selectionModel().selectedIndexes()
            hits = [window.search_panel.model.hit(index.row()) for index in rows]
            ids = [hit.id for hit in hits if hit is not None]
        else:
            rows = window.table.selectionModel().selectedRows()
            ids = [i for i in (window.model.id_at(index.row()) for index in rows) if i]
        if not ids and window.current is not None:
            ids = [window.current.id]
        return list(dict.fromkeys(ids))

    def add_to_set(self) -> None:
        ids = self.chosen_documents()
        if not ids:
            self._window.say(self.tr("Open a story or select some first."))
            return
        sets = self._sets.all()
        new = self.tr("A new set…")
        names = [f"{info.name} ({info.id})" for info in sets] + [new]
        choice, ok = QInputDialog.getItem(
            self._window, self.tr("Add to a set"), self.tr("Add to which set?"), names, 0, False
        )
        if not ok:
            return
        try:
            if choice == new:
                name, ok = QInputDialog.getText(
                    self._window, self.tr("A new set"), self.tr("Name of the set:")
                )
                if not ok or not name.strip():
                    return
                target = self._sets.create(name).id
            else:
                target = sets[names.index(choice)].id
            added = self._sets.add(target, ids)
        except KnownError as error:
            QMessageBox.warning(self._window, self.tr("Add to a set"), str(error))
            return
        self._window.say(self.tr("Stories added to the set: %1.").replace("%1", str(len(added))))
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload(select=target)

    # --- presenting --------------------------------------------------------------------------

    def present_set(self) -> None:
        sets = [info for info in self._sets.all() if info.items]
        if not sets:
            self.open_sets()
            return
        names = [f"{info.name} ({info.id})" for info in sets]
        choice, ok = QInputDialog.getItem(
            self._window, self.tr("Present a set"), self.tr("Which set?"), names, 0, False
        )
        if ok:
            self.start_show(sets[names.index(choice)].id)

    def start_show(self, set_id: int) -> None:
        if self.show is not None and self.show.running:
            self.show.console.activateWindow()
            return
        try:
            from storyreader.ui.present.show_controller import ShowController
            from storyreader.ui.present.show_options import load_options

            self.show = ShowController(
                self._sets.get(set_id), self._library, load_options(self._settings)
            )
        except KnownError as error:
            QMessageBox.warning(self._window, self.tr("Present"), str(error))
            return
        self.show.ended.connect(self._show_ended)
        self.show.start()

    def _show_ended(self) -> None:
        self.show = None
        self._window.activateWindow()
