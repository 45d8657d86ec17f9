"""The main window assembles its parts and wires them together; it does little itself.

    [ search field                                                          ]
    [ shelves | the list, or search results | the page (toolbar, find bar) ] [notes]
    [ status: messages, long work with Cancel, "Offline · 1,204 documents · …"     ]

The parts (see ui/window_protocol.py for the list) take what they need in their
constructors and speak by signals; code outside the window uses the `AppWindow` protocol.
Commands and menus come from the table in ui/actions.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QToolBar

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.archive.queries import DocumentDetail
from storyreader.ui import theme as looks
from storyreader.ui.action_set import ActionSet
from storyreader.ui.dialogs import AboutDialog, AboutFacts, SettingsDialog, ShortcutsDialog
from storyreader.ui.document_actions import DocumentActions
from storyreader.ui.index_keeper import IndexKeeper
from storyreader.ui.library_pane import LibraryPane
from storyreader.ui.maintenance import Maintenance
from storyreader.ui.present.presenting import Presenting
from storyreader.ui.reader_pane import ReaderPane
from storyreader.ui.settings import LAST_DOCUMENT, THEME, Settings
from storyreader.ui.status_line import StatusLine
from storyreader.ui.tasks import TaskRunner
from storyreader.ui.updates import Updates
from storyreader.ui.window_state import restore_window, save_window

ICON_NAMES = [path.stem for path in looks.ICONS.glob("*.svg") if path.stem != "app"]


class MainWindow(QMainWindow):
    """The library window; implements `ui.window_protocol.AppWindow`."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        runner: TaskRunner,
        *,
        log_file: Path | None = None,
    ) -> None:
        super().__init__()
        self._library, self._settings, self._runner = library, settings, runner
        self._log_file = log_file
        self._theme = looks.resolve(settings.get(THEME))
        self._icons: dict[str, QIcon] = {}  # updated in place: the models hold this dict
        self._reload_icons()
        self.setWindowTitle(i18n.fill(self.tr("Story Reader — %1"), library.archive.name))
        self.setWindowIcon(looks.app_icon())
        self.setAcceptDrops(True)
        self._make_parts()
        self._lay_out()
        self._actions = ActionSet(self, self)
        self._actions.build_menus(self)
        self._actions.build_toolbar(self._reading.toolbar)
        self._actions.set_icons(self._icons)
        self._connect()
        self._apply_looks()
        self._restore_state()
        self._library_pane.refresh_counts()
        self._actions.refresh()
        QTimer.singleShot(0, self._index.attach)
        QTimer.singleShot(0, self._status.watch_network)

    # --- the parts (the AppWindow protocol) ------------------------------------------------

    @property
    def library(self) -> LibraryPane:
        return self._library_pane

    @property
    def reading(self) -> ReaderPane:
        return self._reading

    @property
    def documents(self) -> DocumentActions:
        return self._documents

    @property
    def maintenance(self) -> Maintenance:
        return self._maintenance

    @property
    def updates(self) -> Updates:
        return self._updates

    @property
    def presenting(self) -> Presenting:
        return self._presenting

    @property
    def status(self) -> StatusLine:
        return self._status

    @property
    def index_keeper(self) -> IndexKeeper:
        return self._index

    @property
    def commands(self) -> ActionSet:
        return self._actions

    @property
    def theme_choice(self) -> str:
        return self._settings.get(THEME)

    def icon(self, name: str) -> QIcon:
        return self._icons[name]

    def is_idle(self) -> bool:
        return self._index.ready and not self._status.working and not self._runner.busy

    # --- building ---------------------------------------------------------------------------

    def _reload_icons(self) -> None:
        self._icons.update({name: looks.icon(name, self._theme.text) for name in ICON_NAMES})
        self._icons["unread"] = looks.icon("unread", self._theme.accent, self._theme.base)
        self._icons["star-filled"] = looks.icon("star-filled", "#e0a526")
        self._icons["blank"] = QIcon()

    def _make_parts(self) -> None:
        library, settings, runner = self._library, self._settings, self._runner
        self._status = StatusLine(self.statusBar(), runner)
        self._index = IndexKeeper(library.archive, runner, self._status, self)
        self._library_pane = LibraryPane(
            library, runner, self._index, self._icons, self._theme, self
        )
        self._reading = ReaderPane(library, settings, runner, self._index)
        self._documents = DocumentActions(library, runner, self._reading.view, self)
        self._maintenance = Maintenance(library, self._index, self._status, self)
        self._updates = Updates(library.archive, runner, self._index, self._status, self, settings)
        self._presenting = Presenting(
            library,
            settings,
            runner,
            self._chosen_ids,
            self._status.say,
            self,
            index=lambda: self._index.index,
            make_room=self._reading.view.allow_narrow,  # the page gives way to the panel
        )

    def _lay_out(self) -> None:
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane, stretch in (
            (self._library_pane.shelves, 0),
            (self._library_pane.middle, 1),
            (self._reading, 2),
        ):
            self._splitter.addWidget(pane)
            self._splitter.setStretchFactor(self._splitter.count() - 1, stretch)
        self._splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._splitter)
        # After the panes, so that the focus starts in the shelves, not in the search field.
        search_bar = QToolBar(self.tr("Search"))
        search_bar.setObjectName("search")
        search_bar.setMovable(False)
        search_bar.addWidget(self._library_pane.search_field)
        self.addToolBar(search_bar)

    def _connect(self) -> None:
        library, reading, documents = self._library_pane, self._reading, self._documents
        library.document_chosen.connect(self.open_document)
        library.counts_changed.connect(self._status.show_counts)
        reading.opened.connect(self._document_shown)
        reading.reached_end.connect(documents.mark_read)
        reading.progress.connect(self._status.show_reading)
        reading.position_saved.connect(self._document_changed)  # its progress in the list
        reading.view.selectionChanged.connect(self._selection_changed)
        documents.changed.connect(self._document_changed)
        documents.changed_many.connect(self._documents_changed)
        # Straight to the actions: the stack says this as it is destroyed, too.
        documents.undo_stack.canUndoChanged.connect(self._actions["undo"].setEnabled)
        documents.undo_stack.canRedoChanged.connect(self._actions["redo"].setEnabled)
        for said in (library.said, reading.said, documents.said):
            said.connect(self._status.say)
        self._updates.changed.connect(self._library_changed)
        self._presenting.dock.visibilityChanged.connect(lambda _on: self._actions.refresh("sets"))
        self._maintenance.repaired.connect(self._library_pane.reload)

    # --- between the parts ------------------------------------------------------------------

    def open_document(self, document_id: str) -> None:
        library = self._library_pane
        search = library.search_field.text() if library.showing_results() else ""
        self._reading.open(document_id, search)  # from the results: their words are marked

    def _document_shown(self, document: DocumentDetail) -> None:
        self._library_pane.show_open(document.id)
        self._documents.show_for(document.id)
        self._actions.refresh()

    def _document_changed(self, document_id: str) -> None:
        self._library_pane.refresh([document_id])
        current = self._reading.current
        if current is not None and current.id == document_id:
            self._actions.refresh()

    def _documents_changed(self, document_ids: list[str]) -> None:
        self._library_pane.refresh(document_ids)
        self._actions.refresh()

    def _selection_changed(self) -> None:
        self._actions.refresh("add_note")

    def _chosen_ids(self) -> list[str]:
        """The selected rows of the list or the results, else the open document."""
        ids = self._library_pane.chosen_ids()
        current = self._reading.current
        return ids or ([current.id] if current is not None else [])

    def _library_changed(self) -> None:
        """Documents came or went (an import, a sync, a bundle): show them, and make them
        searchable."""
        self._library_pane.reload()
        self._index.catch_up()

    # --- looks ------------------------------------------------------------------------------

    def _apply_looks(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(looks.palette(self._theme))
        self._reading.apply_looks(self._theme)
        self._actions.refresh(*(f"theme_{name}" for name in THEME.choices))

    def set_theme(self, choice: str) -> None:
        self._settings.set(THEME, choice)
        self._theme = looks.resolve(choice)
        self._reload_icons()
        self._actions.set_icons(self._icons)
        self._apply_looks()
        self._library_pane.apply_looks(self._theme, self._icons)
        self._library_pane.refresh_counts()

    def zoom(self, step: int) -> None:
        self._reading.zoom_step(step)
        self._apply_looks()

    # --- dialogs ----------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self._settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.save()
            self.set_theme(self._settings.get(THEME))

    def show_shortcuts(self) -> None:
        from storyreader.ui.present import show_keys

        ShortcutsDialog(self._actions.sheet(), self, during_a_show=show_keys.sheet()).exec()

    def show_about(self) -> None:
        AboutDialog(AboutFacts(self._library.archive.path, self._log_file), self).exec()

    # --- dropped files ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._updates.take_dropped(paths)

    # --- window state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        restore_window(self, self._splitter, self._settings)
        self._library_pane.restore_state(self._settings)
        last = self._settings.get(LAST_DOCUMENT)
        if last and self._library_pane.model.row_of(last) >= 0:
            QTimer.singleShot(0, lambda: self.open_document(last))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._presenting.stop_sharing()
        self._reading.save_position()
        save_window(self, self._splitter, self._settings)
        self._library_pane.save_state(self._settings)
        self._settings.sync()
        self._runner.wait()
        self._index.close()
        super().closeEvent(event)
