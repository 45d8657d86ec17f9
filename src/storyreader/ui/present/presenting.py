"""Presenting from the main window (the Present menu's commands): the set panel, a dock
beside the library (closed until asked for, built when first shown, its place and size kept
with the window's); rehearsing and presenting a set; and adding the open story (or the
selected rows of the library or the search results) to a set; and sharing with the room
(`sharing`, its dialog, the show's QR slide and phone-as-clicker). Writes to the archive go
through the runner's write lane.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QMessageBox

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.ui.screen_fit import available_area, keep_inside
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from storyreader.search import SearchIndex
    from storyreader.ui.present.sets_panel import SetsPanel
    from storyreader.ui.present.share_dialog import ShareDialog
    from storyreader.ui.present.sharing import Sharing
    from storyreader.ui.present.show_controller import ShowController

PANEL_WIDTH = 360


class Presenting(QObject):
    def __init__(
        self,
        library: Library,
        settings: Settings,
        runner: TaskRunner,
        chosen_ids: Callable[[], list[str]],
        say: Callable[[str], None],
        window: QMainWindow,
        index: Callable[[], SearchIndex | None] = lambda: None,
        make_room: Callable[[bool], None] = lambda _panel_shown: None,
    ) -> None:
        super().__init__(window)
        self._window, self._library, self._settings, self._runner = (
            window,
            library,
            settings,
            runner,
        )
        self._chosen_ids, self._say, self._make_room = chosen_ids, say, make_room
        self._sets = Sets(library.archive)
        self.panel: SetsPanel | None = None
        self.show: ShowController | None = None
        self.dock = QDockWidget(self.tr("Sets for events"), window)
        self.dock.setObjectName("sets")  # its state is saved with the window's by this name
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)
        self._index = index
        self._sharing: Sharing | None = None  # made when first asked for
        self._share_dialog: ShareDialog | None = None

    # --- the panel -------------------------------------------------------------------------

    def _dock_shown(self, visible: bool) -> None:
        self._make_room(visible)
        if visible:
            self._build_panel()
            QTimer.singleShot(0, self._back_inside)

    def _back_inside(self) -> None:
        """A window that grew past the screen for the panel (its state restored at start, on
        a small laptop) is brought back inside, now that the page gives way."""
        window = self._window
        if not available_area(window).contains(window.frameGeometry()):
            layout = window.layout()
            if layout is not None:
                layout.activate()  # its minimum as the page now allows
            keep_inside(window)

    def _build_panel(self) -> SetsPanel:
        if self.panel is None:
            from storyreader.ui.present.sets_panel import SetsPanel  # not needed at start-up

            self.panel = SetsPanel(self._library, self._settings, self._runner)
            self.panel.show_requested.connect(self.start_show)
            self.panel.share_address = self.share_address
            self.dock.setWidget(self.panel)
            self._window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        return self.panel

    def open_sets(self, select: int | None = None) -> SetsPanel:
        """Show the set panel (with the set `select`, if given)."""
        self._make_room(True)  # before the panel is laid out, or the window grows past the screen
        panel = self._build_panel()
        self.dock.show()
        self.dock.raise_()
        panel.reload(select=select)
        return panel

    def toggle_sets(self) -> None:
        if self.dock.isVisible():
            self.dock.hide()
        else:
            self.open_sets()

    def sets_shown(self) -> bool:
        return self.dock.isVisible()

    # --- adding ----------------------------------------------------------------------------

    def add_to_set(self) -> None:
        """The chosen documents (selected rows, else the open story) into the set the panel
        shows; with the panel closed, into a set the host names."""
        ids = self._chosen_ids()
        if not ids:
            self._say(self.tr("Open a story or select some first."))
            return
        panel = self.panel
        if self.dock.isVisible() and panel is not None and panel.current is not None:
            target: int | None = panel.current.id
            name = ""
        else:
            chosen = self._ask_for_a_set()
            if chosen is None:
                return
            target, name = chosen

        def add() -> tuple[int, int]:
            set_id = self._sets.create(name).id if target is None else target
            return set_id, len(self._sets.add(set_id, ids))

        self._runner.write(add, self._added, self._not_added, owner=self)

    def _ask_for_a_set(self) -> tuple[int | None, str] | None:
        """(a set's id, "") or (None, a new set's name); None if the host cancels."""
        sets = self._sets.all()
        new = self.tr("A new set…")
        names = [f"{info.name} ({info.id})" for info in sets] + [new]
        choice, ok = QInputDialog.getItem(
            self._window, self.tr("Add to a set"), self.tr("Add to which set?"), names, 0, False
        )
        if not ok:
            return None
        if choice != new:
            return sets[names.index(choice)].id, ""
        name, ok = QInputDialog.getText(
            self._window, self.tr("A new set"), self.tr("Name of the set:")
        )
        return (None, name) if ok and name.strip() else None

    def _added(self, outcome: tuple[int, int]) -> None:
        set_id, count = outcome
        self._say(i18n.fill(self.tr("Stories added to the set: %1."), str(count)))
        if self.dock.isVisible():
            self.open_sets(select=set_id)

    def _not_added(self, error: BaseException) -> None:
        self._refused(self.tr("Add to a set"), error)

    def _refused(self, title: str, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            self._runner.report(error)
            return
        QMessageBox.warning(self._window, title, str(error))

    # --- presenting ------------------------------------------------------------------------

    def present_set(self, rehearsal: bool = False) -> None:
        """Present (or rehearse) a set: the panel's, else one the host picks."""
        panel = self.panel
        if self.dock.isVisible() and panel is not None and panel.current is not None:
            self.start_show(panel.current.id, rehearsal)
            return
        sets = [info for info in self._sets.all() if info.items]
        if not sets:
            self.open_sets()
            self._say(self.tr("Make a set and drag stories into it first."))
            return
        names = [f"{info.name} ({info.id})" for info in sets]
        title = self.tr("Rehearse a set") if rehearsal else self.tr("Present a set")
        choice, ok = QInputDialog.getItem(
            self._window, title, self.tr("Which set?"), names, 0, False
        )
        if ok:
            self.start_show(sets[names.index(choice)].id, rehearsal)

    def start_show(self, set_id: int, rehearsal: bool = False) -> None:
        if self.show is not None and self.show.running:
            self.show.console.activateWindow()
            return
        try:
            from storyreader.ui.present.show_controller import ShowController
            from storyreader.ui.present.show_options import load_options

            info = self._sets.get(set_id)
            self.show = ShowController(
                info, self._library, load_options(self._settings), rehearsal=rehearsal
            )
        except KnownError as error:
            QMessageBox.warning(self._window, self.tr("Present"), str(error))
            return
        self.show.rehearsed.connect(lambda times: self._keep_rehearsal(set_id, times))
        self.show.ended.connect(self._show_ended)
        self.show.start()
        if self._sharing is not None:
            self._sharing.attach_show(self.show)

    def _keep_rehearsal(self, set_id: int, times: dict[int, int]) -> None:
        if not times:
            self._say(
                self.tr("No rehearsal times kept: go through every slide of a story to time it.")
            )
            return

        def kept(info: SetInfo) -> None:
            self._say(
                i18n.fill(
                    self.tr("Rehearsal times kept for %1 of the %2 stories."),
                    len(times),
                    len(info.items),
                )
            )
            if self.panel is not None:
                self.panel.reload(select=set_id)

        def refused(error: BaseException) -> None:
            self._refused(self.tr("Rehearse a set"), error)

        self._runner.write(
            lambda: self._sets.record_rehearsal(set_id, times), kept, refused, owner=self
        )

    def _show_ended(self) -> None:
        self.show = None
        self._window.activateWindow()

    # --- sharing with the room -------------------------------------------------------------

    @property
    def sharing(self) -> Sharing:
        if self._sharing is None:
            from storyreader.ui.present.sharing import Sharing

            status_bar = self._window.statusBar()
            sharing = Sharing(self._library.archive, status_bar, self._say, self)
            sharing.indicator.clicked.connect(self.share_with_room)
            if self.show is not None and self.show.running:
                sharing.attach_show(self.show)
            self._sharing = sharing
        return self._sharing

    def share_address(self) -> str:
        """The address phones read the shared stories at ("" when not sharing)."""
        return self._sharing.address if self._sharing is not None else ""

    def share_with_room(self) -> ShareDialog:
        """Open the Share with the room dialog (not modal: sharing goes on when it closes)."""
        dialog = self._share_dialog
        if dialog is None:
            from storyreader.ui.present.share_dialog import ShareDialog

            dialog = self._share_dialog = ShareDialog(self.sharing, self._window)
        if not self.sharing.active and not self.sharing.starting:
            panel = self.panel
            dialog.offer(panel.current if panel is not None else None)
            self._runner.run(self._library.sidebar_counts, dialog.offer_tags, owner=dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def stop_sharing(self) -> None:
        """The app is quitting: the port is free when this returns."""
        if self._sharing is not None:
            self._sharing.stop()
