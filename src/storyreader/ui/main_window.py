"""The main window: sidebar, document list (or search results) and reading pane, with the
menus, shortcuts, status line and background work that tie them together.

Everything shown comes from the `Library` (documents, the reader's own data) and the
`SearchIndex`; anything slow runs through the `TaskRunner`, writes on its single-thread lane.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QMarginsF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
)

from storyreader import i18n
from storyreader.archive.browse import LibraryView, SidebarCounts
from storyreader.archive.library import Library
from storyreader.archive.queries import DocumentDetail
from storyreader.errors import Cancelled, KnownError
from storyreader.search import SearchResults
from storyreader.ui import settings as s
from storyreader.ui import theme as looks
from storyreader.ui.annotations import Annotations
from storyreader.ui.dialogs import (
    AboutDialog,
    AboutFacts,
    SettingsDialog,
    ShortcutsDialog,
    confirm_external_link,
)
from storyreader.ui.models import (
    ID_ROLE,
    VIEW_ROLE,
    DocumentListModel,
    SidebarModel,
)
from storyreader.ui.notes_panel import NotesPanel
from storyreader.ui.present.present_menu import PresentMenu
from storyreader.ui.progress_area import ProgressArea
from storyreader.ui.reader import INTERNAL_SCHEME, printable_document
from storyreader.ui.reader_pane import ReaderPane
from storyreader.ui.search_panel import SearchController, SearchPanel
from storyreader.ui.tasks import QtProgress, TaskRunner
from storyreader.ui.updates import Updates, is_bundle

if TYPE_CHECKING:
    from storyreader.search import SearchIndex

log = logging.getLogger(__name__)

ICON_NAMES = [path.stem for path in looks.ICONS.glob("*.svg") if path.stem != "app"]


class _Undoable(QUndoCommand):
    """An undo step made of two functions."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: Library,
        settings: s.Settings,
        runner: TaskRunner,
        *,
        log_file: Path | None = None,
    ) -> None:
        super().__init__()
        self._library = library
        self._settings = settings
        self._runner = runner
        self._log_file = log_file
        self.index: SearchIndex | None = None
        self.current: DocumentDetail | None = None
        self._counts: SidebarCounts | None = None
        self._network: Any = None  # QNetworkInformation, once loaded after the window shows
        self.undo_stack = QUndoStack(self)
        self.theme = looks.resolve(settings.get(s.THEME))
        self.icons: dict[str, QIcon] = {}
        self._reload_icons()
        self.setWindowTitle(self.tr("Story Reader — %1").replace("%1", library.archive.name))
        self.setWindowIcon(looks.app_icon())
        self.setAcceptDrops(True)
        self._build_widgets()
        self.updates = Updates(self, library.archive, runner)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self.present_menu = PresentMenu(self, library, settings)  # the Present menu
        self._apply_looks()
        self.searches = SearchController(runner, lambda: self.index)
        self.searches.results_ready.connect(self._show_results)
        self.searches.failed.connect(lambda text: self.say(text))
        self._connect()
        self.resize(1280, 800)
        self._restore_state()
        self._refresh_counts()
        QTimer.singleShot(0, self._start_index)
        QTimer.singleShot(0, self._watch_network)

    # --- building ------------------------------------------------------------------------

    def _reload_icons(self) -> None:
        # Updated in place: the models hold this very dict.
        self.icons.update({name: looks.icon(name, self.theme.text) for name in ICON_NAMES})
        self.icons["unread"] = looks.icon("unread", self.theme.accent)
        self.icons["star-filled"] = looks.icon("star-filled", "#e0a526")
        self.icons["blank"] = QIcon()

    def _build_widgets(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Search stories, letters and appeals (Ctrl+K)")
        )
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(360)
        self.search_icon = self.search_field.addAction(
            self.icons["search"], QLineEdit.ActionPosition.LeadingPosition
        )

        self.sidebar_model = SidebarModel(self.icons)
        self.sidebar = QTreeView()
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setRootIsDecorated(False)
        self.sidebar.setAccessibleName(self.tr("Library shelves and filters"))
        self.sidebar.setUniformRowHeights(True)
        self.sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sidebar.setExpandsOnDoubleClick(False)

        self.model = DocumentListModel(self._library, self.icons)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in ((1, 96), (2, 116), (3, 86), (4, 96)):
            self.table.setColumnWidth(column, width)

        self.search_panel = SearchPanel((self.theme.highlight, self.theme.highlight_text))
        self.middle = QStackedWidget()
        self.middle.addWidget(self.table)
        self.middle.addWidget(self.search_panel)

        self.reader_pane = ReaderPane(self._library.media)
        self.reader = self.reader_pane.view

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.reader_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([210, 540, 530])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.notes_panel = NotesPanel()
        self.notes_dock = QDockWidget(self.tr("Bookmarks and notes"), self)
        self.notes_dock.setObjectName("notes")
        self.notes_dock.setWidget(self.notes_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()
        self.annotations = Annotations(
            self._library, self.reader, self.notes_panel, self.notes_dock, self._undoable
        )

        self.status_line = QLabel()
        self.status_line.setAccessibleName(self.tr("Archive status"))
        self.progress_area = ProgressArea()
        self.statusBar().addPermanentWidget(self.progress_area)
        self.statusBar().addPermanentWidget(self.status_line)

        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)
        self.main_toolbar = toolbar

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
        *,
        checkable: bool = False,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        if icon:
            action.setIcon(self.icons[icon])
            action.setProperty("icon_name", icon)
        action.setCheckable(checkable)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        key = QKeySequence.StandardKey
        a("import_files", self.tr("&Import files…"), self.import_files, "Ctrl+I", "import")
        a("import_folder", self.tr("Import a &folder…"), self.import_folder, "Ctrl+Shift+I")
        a("import_bundle", self.tr("Import a &bundle…"), self.updates.choose_bundle, "Ctrl+O")
        a("export_bundle", self.tr("E&xport a bundle…"), self.updates.export_bundle, "Ctrl+Shift+X")
        a("sources", self.tr("&Sources…"), self.updates.open_sources, "Ctrl+Shift+S", "sync")
        a("sync_now", self.tr("S&ync now"), self.updates.sync_now, "Ctrl+R")
        a("print", self.tr("&Print…"), self.print_document, key.Print, "print")
        a("export_pdf", self.tr("Export as P&DF…"), self.export_pdf, "Ctrl+Shift+E", "pdf")
        a("quit", self.tr("&Quit"), self.close, key.Quit)
        a("undo", self.tr("&Undo"), self.undo_stack.undo, key.Undo)
        a("redo", self.tr("&Redo"), self.undo_stack.redo, key.Redo)
        a("search", self.tr("&Search"), self.focus_search, "Ctrl+K", "search")
        a("find", self.tr("&Find"), self.find_text, key.Find)
        a("find_next", self.tr("Find &next"), lambda: self._find_step(False), key.FindNext)
        a(
            "find_previous",
            self.tr("Find pre&vious"),
            lambda: self._find_step(True),
            key.FindPrevious,
        )
        a("settings", self.tr("Se&ttings…"), self.open_settings, key.Preferences, "settings")
        a("zoom_in", self.tr("Zoom &in"), lambda: self.zoom(1), "Ctrl+=", "zoom-in")
        a("zoom_out", self.tr("Zoom &out"), lambda: self.zoom(-1), "Ctrl+-", "zoom-out")
        a("zoom_reset", self.tr("&Actual size"), lambda: self.zoom(0), "Ctrl+0")
        self.actions_by_name["zoom_in"].setShortcuts(
            [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")]
        )
        a("theme_light", self.tr("&Light"), lambda: self.set_theme("light"), checkable=True)
        a("theme_dark", self.tr("&Dark"), lambda: self.set_theme("dark"), checkable=True)
        a("theme_sepia", self.tr("&Sepia"), lambda: self.set_theme("sepia"), checkable=True)
        a(
            "theme_system",
            self.tr("Follow the s&ystem"),
            lambda: self.set_theme("system"),
            checkable=True,
        )
        a("notes_panel", self.tr("&Bookmarks and notes"), self.toggle_notes, "Ctrl+Shift+B", "note")
        a("focus_sidebar", self.tr("Go to the &shelves"), self.sidebar.setFocus, "Ctrl+1")
        a("focus_list", self.tr("Go to the &list"), self._focus_list, "Ctrl+2")
        a("focus_reader", self.tr("Go to the &page"), self.reader.setFocus, "Ctrl+3")
        a("next_document", self.tr("&Next document"), lambda: self.step_document(1), "Alt+Down")
        a(
            "previous_document",
            self.tr("&Previous document"),
            lambda: self.step_document(-1),
            "Alt+Up",
        )
        a(
            "favourite",
            self.tr("&Favourite"),
            self.toggle_favourite,
            "Ctrl+Shift+L",
            "star",
            checkable=True,
        )
        a(
            "read",
            self.tr("Mark as &read"),
            self.toggle_read,
            "Ctrl+Shift+U",
            "check",
            checkable=True,
        )
        a(
            "bookmark",
            self.tr("&Bookmark this place"),
            self.annotations.add_bookmark,
            "Ctrl+D",
            "bookmark",
        )
        a(
            "add_note",
            self.tr("Add a &note to the selection…"),
            self.annotations.add_note,
            "Ctrl+Shift+N",
            "note",
        )
        a("open_original", self.tr("Open the &original online…"), self.open_original, icon="link")
        a(
            "shortcuts",
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            key.HelpContents,
            "help",
        )
        a("about", self.tr("&About Story Reader"), self.show_about)
        a("check", self.tr("&Check and repair the archive…"), self.check_archive)
        a("reindex", self.tr("&Rebuild the search index"), self.rebuild_index)
        self.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.actions_by_name["undo"].setEnabled(False)
        self.actions_by_name["redo"].setEnabled(False)
        self._document_actions = [
            self.actions_by_name[name]
            for name in (
                "favourite",
                "read",
                "bookmark",
                "add_note",
                "print",
                "export_pdf",
                "open_original",
            )
        ]
        for action in self._document_actions:
            action.setEnabled(False)
        for name in ("favourite", "read", "bookmark", "add_note", "zoom_out", "zoom_in"):
            self.reader_pane.toolbar.addAction(self.actions_by_name[name])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus: list[tuple[str, list[str | None]]] = [
            (
                self.tr("&File"),
                [
                    "import_files",
                    "import_folder",
                    None,
                    "sources",
                    "sync_now",
                    None,
                    "import_bundle",
                    "export_bundle",
                    None,
                    "print",
                    "export_pdf",
                    None,
                    "quit",
                ],
            ),
            (
                self.tr("&Edit"),
                [
                    "undo",
                    "redo",
                    None,
                    "search",
                    "find",
                    "find_next",
                    "find_previous",
                    None,
                    "settings",
                ],
            ),
            (
                self.tr("&View"),
                [
                    "zoom_in",
                    "zoom_out",
                    "zoom_reset",
                    None,
                    "notes_panel",
                    None,
                    "focus_sidebar",
                    "focus_list",
                    "focus_reader",
                ],
            ),
            (
                self.tr("&Document"),
                [
                    "next_document",
                    "previous_document",
                    None,
                    "favourite",
                    "read",
                    "bookmark",
                    "add_note",
                    None,
                    "open_original",
                ],
            ),
            (self.tr("&Tools"), ["check", "reindex"]),
            (self.tr("&Help"), ["shortcuts", None, "about"]),
        ]
        for title, names in menus:
            menu = bar.addMenu(title)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_name[name])
            if title == self.tr("&View"):
                themes = menu.addMenu(self.tr("&Theme"))
                for name in ("theme_system", "theme_light", "theme_dark", "theme_sepia"):
                    themes.addAction(self.actions_by_name[name])

    def _connect(self) -> None:
        self.sidebar.selectionModel().selectionChanged.connect(self._on_shelf)
        self.table.selectionModel().selectionChanged.connect(self._on_row)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._save_sort)
        self.search_field.textChanged.connect(self._on_query)
        self.search_field.returnPressed.connect(self._open_first_hit)
        self.search_panel.open_document.connect(self.open_document)
        self.search_panel.chips_changed.connect(lambda: self._on_query(self.search_field.text()))
        self.search_panel.suggestion_chosen.connect(self.search_field.setText)
        self.search_panel.wants_more.connect(self.searches.more)
        self.reader.link_clicked.connect(self._on_link)
        self.reader.reached_end.connect(self._on_reached_end)
        self.reader.selectionChanged.connect(self._update_note_action)
        self.annotations.said.connect(self.say)
        self.search_field.installEventFilter(self)

    # --- looks ---------------------------------------------------------------------------

    def _apply_looks(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(looks.palette(self.theme))
        self.reader.set_style(
            self.theme,
            self._settings.get(s.TYPEFACE),
            self._settings.get(s.LINE_SPACING),
            self._settings.get(s.ZOOM),
        )
        self.search_panel.delegate.highlight = (self.theme.highlight, self.theme.highlight_text)
        choice = self._settings.get(s.THEME)
        for name in ("system", "light", "dark", "sepia"):
            self.actions_by_name[f"theme_{name}"].setChecked(name == choice)
        if self.current is not None:
            self._show(self.current, keep_position=True)

    def set_theme(self, choice: str) -> None:
        self._settings.set(s.THEME, choice)
        self.theme = looks.resolve(choice)
        self._reload_icons()
        for action in self.actions_by_name.values():
            icon_name = action.property("icon_name")
            if icon_name:
                action.setIcon(self.icons[str(icon_name)])
        self.search_icon.setIcon(self.icons["search"])
        self._apply_looks()
        self._refresh_counts()
        self.model.refresh_all()

    def zoom(self, step: int) -> None:
        zoom = 0 if step == 0 else max(-5, min(10, self._settings.get(s.ZOOM) + step))
        self._settings.set(s.ZOOM, zoom)
        self._apply_looks()

    # --- the library ---------------------------------------------------------------------

    def _refresh_counts(self) -> None:
        current = self._selected_view()
        counts = self._library.sidebar_counts()
        self.sidebar_model.fill(counts)
        self.sidebar.expandAll()
        self.sidebar.resizeColumnToContents(1)
        self.sidebar.header().setStretchLastSection(False)
        self.sidebar.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        target = self.sidebar_model.index_of(current or self.model.view)
        if target.isValid():
            self.sidebar.selectionModel().blockSignals(True)
            self.sidebar.setCurrentIndex(target)
            self.sidebar.selectionModel().blockSignals(False)
        self._update_status(counts)

    def _selected_view(self) -> LibraryView | None:
        indexes = self.sidebar.selectionModel().selectedIndexes()
        view = indexes[0].data(VIEW_ROLE) if indexes else None
        return view if isinstance(view, LibraryView) else None

    def _on_shelf(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        view = self._selected_view()
        if view is None or view == self.model.view:
            return
        self.model.set_view(view)
        if self.search_field.text():
            self.search_field.clear()
        self.middle.setCurrentWidget(self.table)
        self._select_document(self.current.id if self.current else None)

    def _on_row(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            document_id = self.model.data(indexes[0], ID_ROLE)
            if document_id and (self.current is None or self.current.id != document_id):
                self.open_document(str(document_id))

    def _select_document(self, document_id: str | None) -> None:
        row = self.model.row_of(document_id) if document_id else -1
        self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)

    def _focus_list(self) -> None:
        target = (
            self.search_panel.list
            if self.middle.currentWidget() is self.search_panel
            else self.table
        )
        target.setFocus()

    def step_document(self, step: int) -> None:
        if self.middle.currentWidget() is self.search_panel:
            view = self.search_panel.list
            row = view.currentIndex().row() + step
            if 0 <= row < self.search_panel.model.rowCount():
                view.setCurrentIndex(self.search_panel.model.index(row, 0))
                hit = self.search_panel.model.hit(row)
                if hit is not None:
                    self.open_document(hit.id)
            return
        current = self.model.row_of(self.current.id) if self.current else -1
        row = max(0, min(self.model.rowCount() - 1, current + step))
        document_id = self.model.id_at(row)
        if document_id:
            self.table.selectRow(row)

    # --- reading -------------------------------------------------------------------------

    def open_document(self, document_id: str) -> None:
        """Show a document, where the reader left it, and remember that it was opened."""
        self._save_position()
        try:
            document = self._library.document(document_id)
        except KnownError as error:
            self.say(str(error))
            return
        self.current = document
        self._show(document, keep_position=False)
        info = self._library.reading_info(document.id)
        if info.position > 0:
            QTimer.singleShot(0, lambda p=info.position: self.reader.scroll_to(p))
        self._write(lambda: self._library.record_opened(document.id))
        self._settings.set(s.LAST_DOCUMENT, document.id)
        if self.middle.currentWidget() is self.table:
            self._select_document(document.id)
        self._load_related(document.id)

    def _show(self, document: DocumentDetail, *, keep_position: bool) -> None:
        position = self.reader.position() if keep_position else 0.0
        self.reader.show_document(document)
        self.reader_pane.show_page()
        self._update_document_actions()
        self.annotations.show_for(self.current.id if self.current else None)
        if keep_position:
            QTimer.singleShot(0, lambda: self.reader.scroll_to(position))

    def _update_document_actions(self) -> None:
        for action in self._document_actions:
            action.setEnabled(self.current is not None)
        if self.current is None:
            return
        info = self._library.reading_info(self.current.id)
        self.actions_by_name["favourite"].setChecked(info.favourite)
        self.actions_by_name["read"].setChecked(info.is_read)
        self.actions_by_name["open_original"].setEnabled(bool(self.current.url))
        self._update_note_action()

    def _update_note_action(self) -> None:
        self.actions_by_name["add_note"].setEnabled(self.reader.selected_passage() is not None)

    def _load_related(self, document_id: str) -> None:
        index = self.index
        if index is None:
            return

        def shown(hits: object) -> None:
            if self.current is None or self.current.id != document_id or not isinstance(hits, list):
                return
            self.reader.append_related(
                self.tr("Related stories"), [(hit.id, hit.title) for hit in hits]
            )

        self._runner.run(lambda: index.more_like_this(document_id, limit=5), shown, self._failed)

    def _save_position(self) -> None:
        if self.current is not None and self.reader_pane.has_document:
            document_id, position = self.current.id, self.reader.position()
            self._write(lambda: self._library.save_position(document_id, position))

    def _on_reached_end(self) -> None:
        if self.current is None:
            return
        document_id = self.current.id
        if not self._library.reading_info(document_id).is_read:
            self._set_read(document_id, True)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == INTERNAL_SCHEME:
            document_id = url.path().removeprefix("doc/")
            self.open_document(document_id)
        elif url.scheme() in ("http", "https", "mailto"):
            if confirm_external_link(self, url):
                QDesktopServices.openUrl(url)
        elif url.isRelative() and url.hasFragment():
            self.reader.scrollToAnchor(url.fragment())
        else:
            self.say(
                self.tr("Story Reader does not open this kind of link: %1").replace(
                    "%1", url.toDisplayString()
                )
            )

    def open_original(self) -> None:
        if self.current is not None and self.current.url:
            self._on_link(QUrl(self.current.url))

    # --- the reader's own data, with undo ------------------------------------------------

    def _write(self, function: Callable[[], Any], then: Callable[[], None] | None = None) -> None:
        self._runner.run(function, lambda _r: then() if then else None, self._failed, lane="write")

    def _after_state_change(self, document_id: str) -> None:
        self.model.refresh([document_id])
        self._refresh_counts()
        if self.current is not None and self.current.id == document_id:
            self._update_document_actions()

    def _undoable(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], then: Callable[[], None]
    ) -> None:
        """Push an undo step whose two sides are archive writes (run on the write lane, in
        order, so an undo always follows the change it undoes)."""
        self.undo_stack.push(
            _Undoable(text, lambda: self._write(do, then), lambda: self._write(undo, then))
        )

    def _set_read(self, document_id: str, is_read: bool) -> None:
        self._undoable(
            self.tr("Mark as read") if is_read else self.tr("Mark as unread"),
            lambda: self._library.set_read(document_id, is_read),
            lambda: self._library.set_read(document_id, not is_read),
            lambda: self._after_state_change(document_id),
        )

    def toggle_read(self) -> None:
        if self.current is not None:
            self._set_read(self.current.id, not self._library.reading_info(self.current.id).is_read)

    def toggle_favourite(self) -> None:
        if self.current is None:
            return
        document_id = self.current.id
        value = not self._library.reading_info(document_id).favourite
        self._undoable(
            self.tr("Add to favourites") if value else self.tr("Remove from favourites"),
            lambda: self._library.set_favourite(document_id, value),
            lambda: self._library.set_favourite(document_id, not value),
            lambda: self._after_state_change(document_id),
        )

    def toggle_notes(self) -> None:
        self.notes_dock.setVisible(not self.notes_dock.isVisible())

    # --- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def find_text(self) -> None:
        """Ctrl+F: find in the page when reading, else search the archive."""
        if self.reader.hasFocus() or self.reader_pane.find_bar.isAncestorOf(self.focusWidget()):
            self.reader_pane.find_bar.open_bar()
        else:
            self.focus_search()

    def _find_step(self, backward: bool) -> None:
        bar = self.reader_pane.find_bar
        if bar.isVisible() and bar.field.text():
            self.reader.find_next(bar.field.text(), backward)

    def _on_query(self, text: str) -> None:
        filters = self.search_panel.filter_tokens()
        if not text.strip() and not filters:
            self.middle.setCurrentWidget(self.table)
            self.search_panel.show_help(None)
            return
        self.middle.setCurrentWidget(self.search_panel)
        if self.index is None:
            self.search_panel.show_help(self.tr("Opening the search index…"))
            return
        self.searches.request(f"{text} {filters}".strip())

    def _show_results(self, results: SearchResults, _seconds: float) -> None:
        if self.middle.currentWidget() is self.search_panel:
            self.search_panel.show_results(results)

    def _open_first_hit(self) -> None:
        hit = self.search_panel.model.hit(0)
        if hit is not None:
            self.search_panel.list.setCurrentIndex(self.search_panel.model.index(0, 0))
            self.open_document(hit.id)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.search_field.clear()
                self.search_panel.active_chips.clear()
                self.middle.setCurrentWidget(self.table)
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down and self.middle.currentWidget() is self.search_panel:
                self.search_panel.list.setFocus()
                if not self.search_panel.list.currentIndex().isValid():
                    self.search_panel.list.setCurrentIndex(self.search_panel.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # --- the search index in the background ----------------------------------------------

    def _start_index(self) -> None:
        from storyreader.search import SearchIndex

        archive = self._library.archive
        self._runner.run(lambda: SearchIndex.attach(archive), self._index_attached, self._failed)

    def _index_attached(self, index: SearchIndex) -> None:
        self.index = index
        if self.search_field.text() or self.search_panel.active_chips:
            self._on_query(self.search_field.text())
        self.run_long(
            self.tr("Updating the search index"), lambda progress: index.catch_up(progress)
        )

    def run_long(
        self,
        label: str,
        work: Callable[[QtProgress], Any],
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        """Long work on the write lane, followed in the status bar with a Cancel button."""
        progress = QtProgress()
        self.progress_area.follow(progress, label)

        def done(result: object) -> None:
            self.progress_area.finish(progress)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self.progress_area.finish(progress)
            if isinstance(error, Cancelled):
                self.say(self.tr("Stopped. What was finished is kept."))
            else:
                self._failed(error)

        self._runner.run(lambda: work(progress), done, failed, lane="write")

    # --- importing -----------------------------------------------------------------------

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import files"),
            "",
            self.tr("Stories (*.md *.markdown *.html *.htm *.txt);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(path) for path in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        from storyreader.importing import import_paths

        archive, index = self._library.archive, self.index

        def work(progress: QtProgress) -> Any:
            report = import_paths(archive, paths, progress=progress, cancel=progress.cancel_token)
            if index is not None:
                index.catch_up(progress)
            return report

        def done(report: Any) -> None:
            self.model.reload()
            self._refresh_counts()
            self.say(
                i18n.fill(
                    self.tr("Imported %1 new and %2 updated; %3 skipped."),
                    len(report.created),
                    len(report.updated),
                    len(report.skipped),
                )
            )

        self.run_long(self.tr("Importing"), work, done)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        bundles = [path for path in paths if is_bundle(path)]
        files = [path for path in paths if not is_bundle(path)]
        if files:
            self.import_paths(files)
        if bundles:  # one at a time: each is shown before it is imported
            self.updates.import_bundle(bundles[0])
        if len(bundles) > 1:
            self.say(self.tr("Bundles are imported one at a time: drop the next one afterwards."))

    def library_changed(self) -> None:
        """Documents came or went (a sync, a bundle): show them, and make them searchable."""
        self.model.reload()
        self._refresh_counts()
        index = self.index
        if index is not None:
            self.run_long(
                self.tr("Updating the search index"), lambda progress: index.catch_up(progress)
            )

    # --- printing ------------------------------------------------------------------------

    def _printable(self) -> QTextDocument:
        """The open document as it prints: light colours whatever the theme, its images."""
        assert self.current is not None
        return printable_document(
            self.current, self._library.media, self._settings.get(s.TYPEFACE), parent=self
        )

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._printable().print_(printer)

    def export_pdf(self) -> None:
        if self.current is None:
            return
        suggested = f"{self.current.title[:60]}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.current.title if self.current else "")
        writer.setCreator("Story Reader")
        self._printable().print_(writer)
        self.say(self.tr("Saved %1.").replace("%1", str(path)))

    # --- dialogs -------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self._settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            dialog.save()
            self.set_theme(self._settings.get(s.THEME))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(list(self.actions_by_name.values()), self).exec()

    def rebuild_index(self) -> None:
        index = self.index
        if index is None:
            return
        self.run_long(
            self.tr("Rebuilding the search index"),
            lambda progress: index.rebuild(progress, progress.cancel_token),
            lambda _result: self.say(self.tr("The search index is rebuilt.")),
        )

    def check_archive(self) -> None:
        """Check the archive and its index, then offer to repair what was found."""
        from storyreader.archive.check import check_archive

        archive, index = self._library.archive, self.index

        def check(progress: QtProgress, repair: bool) -> list[str]:
            progress.start(self.tr("Checking the archive"), None)
            report = check_archive(archive, repair=repair)
            problems = list(report.problems)
            if index is not None and not report.damaged:
                problems += index.check(repair=repair)
            return problems

        def found(problems: Any) -> None:
            if not problems:
                QMessageBox.information(
                    self, self.tr("Check"), self.tr("The archive and its search index are sound.")
                )
                return
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Check"))
            box.setText(self.tr("%n problem(s) found.", "", len(problems)))
            box.setDetailedText("\n".join(problems))
            repair = box.addButton(self.tr("Repair"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is repair:
                self.run_long(
                    self.tr("Repairing"), lambda progress: check(progress, True), repaired
                )

        def repaired(_problems: object) -> None:
            self.say(self.tr("Repaired."))
            self.model.reload()
            self._refresh_counts()

        self.run_long(
            self.tr("Checking the archive"), lambda progress: check(progress, False), found
        )

    def show_about(self) -> None:
        AboutDialog(AboutFacts(self._library.archive.path, self._log_file), self).exec()

    # --- messages and status -------------------------------------------------------------

    def say(self, text: str, milliseconds: int = 6000) -> None:
        """A calm, non-blocking message in the status bar."""
        self.statusBar().showMessage(text, milliseconds)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.say(str(error), 12_000)
        else:
            log.error("Unexpected failure", exc_info=error)
            self.say(
                self.tr("Something went wrong (%1). The details are in the log file.").replace(
                    "%1", type(error).__name__
                ),
                12_000,
            )

    def _update_status(self, counts: SidebarCounts | None = None) -> None:
        if counts is not None:
            self._counts = counts
        parts = [self.tr("Offline")] if self._offline() else []
        if self._counts is not None:
            parts.append(self.tr("%n document(s)", "", self._counts.all))
            if self._counts.unread:
                parts.append(self.tr("%n unread", "", self._counts.unread))
            if self._counts.last_synced is not None:
                parts.append(self._synced_ago(self._counts.last_synced))
        self.status_line.setText(" · ".join(parts))

    def _synced_ago(self, moment: datetime) -> str:
        # Calendar days where the reader is: the archive keeps UTC.
        synced_on = moment.replace(tzinfo=UTC).astimezone().date()
        days = (datetime.now().astimezone().date() - synced_on).days
        if days <= 0:
            return self.tr("last synced today")
        if days == 1:
            return self.tr("last synced yesterday")
        return self.tr("last synced %n day(s) ago", "", days)

    def _watch_network(self) -> None:
        """Follow the system's idea of being online (it asks the OS; it connects nowhere)."""
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.loadDefaultBackend():
            self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(lambda _value: self._update_status())
            self._update_status()

    def _offline(self) -> bool:
        if self._network is None:
            return False
        reachability = type(self._network).Reachability
        return self._network.reachability() in (
            reachability.Disconnected,
            reachability.Local,
        )

    # --- window state --------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.get(s.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self._settings.get(s.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self._settings.get(s.SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = self._settings.get(s.LIST_HEADER)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        key = self._settings.get(s.SORT_KEY)
        descending = self._settings.get(s.SORT_DESCENDING)
        column = DocumentListModel.SORT_KEYS.index(key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)  # sorts the model once, as the header says
        last = self._settings.get(s.LAST_DOCUMENT)
        if last and self.model.row_of(last) >= 0:
            QTimer.singleShot(0, lambda: self.open_document(last))

    def _save_sort(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(DocumentListModel.SORT_KEYS):
            self._settings.set(s.SORT_KEY, DocumentListModel.SORT_KEYS[column])
            self._settings.set(s.SORT_DESCENDING, order == Qt.SortOrder.DescendingOrder)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._save_position()
        self._settings.set(s.GEOMETRY, self.saveGeometry())
        self._settings.set(s.WINDOW_STATE, self.saveState())
        self._settings.set(s.SPLITTER, self.splitter.saveState())
        self._settings.set(s.LIST_HEADER, self.table.horizontalHeader().saveState())
        self._settings.sync()
        self._runner.wait()
        if self.index is not None:
            self.index.close()
        super().closeEvent(event)
