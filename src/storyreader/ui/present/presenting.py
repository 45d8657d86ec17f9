"""Presenting from the main window (the Present menu's commands): the set-list editor,
starting a show, and adding the open story (or the selected rows of the library or the
search results) to a set. Writes to the archive go through the runner's write lane.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.sets import Sets
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from storyreader.ui.present.sets_dialog import SetsDialog
    from storyreader.ui.present.show_controller import ShowController


class Presenting(QObject):
    def __init__(
        self,
        library: Library,
        settings: Settings,
        runner: TaskRunner,
        chosen_ids: Callable[[], list[str]],
        say: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._window, self._library, self._settings, self._runner = (
            window,
            library,
            settings,
            runner,
        )
        self._chosen_ids, self._say = chosen_ids, say
        self._sets = Sets(library.archive)
        self.dialog: SetsDialog | None = None
        self.show: ShowController | None = None

    # --- the editor ------------------------------------------------------------------------

    def open_sets(self, select: int | None = None) -> SetsDialog:
        if self.dialog is None:
            from storyreader.ui.present.sets_dialog import SetsDialog  # not needed at start-up

            self.dialog = SetsDialog(self._library, self._settings, self._runner, self._window)
            self.dialog.present_requested.connect(self.start_show)
        self.dialog.reload(select=select)
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog

    # --- adding ----------------------------------------------------------------------------

    def add_to_set(self) -> None:
        """The chosen documents (selected rows, else the open story) into a set."""
        ids = self._chosen_ids()
        if not ids:
            self._say(self.tr("Open a story or select some first."))
            return
        sets = self._sets.all()
        new = self.tr("A new set…")
        names = [f"{info.name} ({info.id})" for info in sets] + [new]
        choice, ok = QInputDialog.getItem(
            self._window, self.tr("Add to a set"), self.tr("Add to which set?"), names, 0, False
        )
        if not ok:
            return
        if choice == new:
            name, ok = QInputDialog.getText(
                self._window, self.tr("A new set"), self.tr("Name of the set:")
            )
            if not ok or not name.strip():
                return
            target: int | None = None
        else:
            target = sets[names.index(choice)].id

        def add() -> tuple[int, int]:
            set_id = self._sets.create(name).id if target is None else target
            return set_id, len(self._sets.add(set_id, ids))

        self._runner.write(add, self._added, self._not_added, owner=self)

    def _added(self, outcome: tuple[int, int]) -> None:
        set_id, count = outcome
        self._say(i18n.fill(self.tr("Stories added to the set: %1."), str(count)))
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload(select=set_id)

    def _not_added(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            self._runner.report(error)
            return
        QMessageBox.warning(self._window, self.tr("Add to a set"), str(error))

    # --- presenting ------------------------------------------------------------------------

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
