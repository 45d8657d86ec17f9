"""The library pane: the shelves and facets (sidebar), the document list, the search field and
the search results that stand in for the list while a search is typed.

It says which document the reader chose (`document_chosen`) and what the counts are
(`counts_changed`); the window decides what opening means. `chosen_ids()` is what the
reader has selected, in the list or in the results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTreeView,
)

from storyreader.archive.browse import LibraryView
from storyreader.archive.library import Library
from storyreader.search import SearchResults
from storyreader.ui.document_table import DocumentTable
from storyreader.ui.item_models import ID_ROLE, VIEW_ROLE, DocumentListModel, SidebarModel
from storyreader.ui.reading_progress import ProgressDelegate
from storyreader.ui.search_panel import Chip, SearchController, SearchPanel
from storyreader.ui.settings import (
    HIDDEN_COLUMNS,
    LIST_HEADER,
    SHELVES_SHOWN,
    SORT_DESCENDING,
    SORT_KEY,
    Settings,
)
from storyreader.ui.tasks import TaskRunner
from storyreader.ui.theme import Theme

if TYPE_CHECKING:
    from storyreader.ui.index_keeper import IndexKeeper

SHELVES_WIDTH = 180  # when shown again
PAGE_OF_IDS = 100  # the most results one search returns
# A facet of the sidebar as a chip of the search results (sources have no search filter).
FACET_CHIPS = (("kind", "kind"), ("tag", "tag"), ("language", "lang"), ("year", "year"))


class LibraryPane(QObject):
    document_chosen = Signal(str)
    counts_changed = Signal(object)  # SidebarCounts
    said = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        keeper: IndexKeeper,
        icons: dict[str, QIcon],
        theme: Theme,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._library, self._keeper, self._runner = library, keeper, runner
        self._open_id: str | None = None  # the document on the page
        self.search_field = self._make_search_field(icons)
        self.shelf_model = SidebarModel(icons)
        self.shelves = self._make_shelves()
        self.model = DocumentListModel(library, icons)
        self.table = self._make_table()
        self.results = SearchPanel(theme)
        self.middle = QStackedWidget()  # the list, or the results in its place
        self.middle.addWidget(self.table)
        self.middle.addWidget(self.results)
        self.searches = SearchController(runner, lambda: keeper.index)
        self._connect()

    # --- building ---------------------------------------------------------------------------

    def _make_search_field(self, icons: dict[str, QIcon]) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(self.tr("Search stories, letters and appeals (Ctrl+K)"))
        field.setAccessibleName(self.tr("Search"))
        field.setClearButtonEnabled(True)
        field.setMinimumWidth(360)
        self._search_icon = field.addAction(
            icons["search"], QLineEdit.ActionPosition.LeadingPosition
        )
        return field

    def _make_shelves(self) -> QTreeView:
        shelves = QTreeView()
        shelves.setModel(self.shelf_model)
        shelves.setHeaderHidden(True)
        shelves.setRootIsDecorated(False)
        shelves.setAccessibleName(self.tr("Library shelves and filters"))
        shelves.setUniformRowHeights(True)
        shelves.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        shelves.setExpandsOnDoubleClick(False)
        return shelves

    def _make_table(self) -> DocumentTable:
        table = DocumentTable(self.model)
        table.setAccessibleName(self.tr("Documents"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setDragEnabled(True)
        table.setItemDelegateForColumn(0, ProgressDelegate(table))  # how far each is read
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        table.horizontalHeader().setHighlightSections(False)
        table.set_empty_text(self._empty_text(LibraryView()))
        return table

    def _connect(self) -> None:
        self.shelves.selectionModel().selectionChanged.connect(self._on_shelf)
        self.table.selectionModel().selectionChanged.connect(self._on_row)
        self.search_field.textChanged.connect(self._on_query)
        self.search_field.returnPressed.connect(self._open_first_hit)
        self.search_field.installEventFilter(self)
        self.results.open_document.connect(self.document_chosen)
        self.results.chips_changed.connect(lambda: self._on_query(self.search_field.text()))
        self.results.suggestion_chosen.connect(self.search_field.setText)
        self.results.wants_more.connect(self.searches.more)
        self.searches.results_ready.connect(self._show_results)
        self.searches.failed.connect(self.said)
        self._keeper.attached.connect(self._index_attached)

    # --- what the window asks ---------------------------------------------------------------

    def chosen_ids(self) -> list[str]:
        """The selected rows of the list, or of the results while they are shown."""
        if self.showing_results():
            rows = self.results.list.selectionModel().selectedIndexes()
            hits = [self.results.model.hit(index.row()) for index in rows]
            ids = [hit.id for hit in hits if hit is not None]
        else:
            rows = self.table.selectionModel().selectedRows()
            ids = [i for i in (self.model.id_at(index.row()) for index in rows) if i]
        return list(dict.fromkeys(ids))

    def listed_ids(self, then: Callable[[list[str]], object]) -> None:
        """Every document the list shows, or all the search results (every page, fetched
        in the background), handed to `then`."""
        if not self.showing_results():
            then(self.model.ids())
            return
        index = self._keeper.index
        query = f"{self.search_field.text()} {self.results.filter_tokens()}".strip()
        if index is None or not query:
            then([])
            return

        def every_hit() -> list[str]:
            results = index.search(query, page_size=PAGE_OF_IDS)  # corrected, as shown
            ids = [hit.id for hit in results.hits]
            for page in range(2, results.pages + 1):
                ids += [
                    hit.id for hit in index.search(query, page=page, page_size=PAGE_OF_IDS).hits
                ]
            return list(dict.fromkeys(ids))

        self._runner.run(every_hit, then, owner=self)

    def showing_results(self) -> bool:
        return self.middle.currentWidget() is self.results

    def show_open(self, document_id: str) -> None:
        """The page shows this document: select its row when the list is shown."""
        self._open_id = document_id
        if not self.showing_results():
            self._select_row(document_id)

    def reload(self) -> None:
        """Documents came or went: list them again, and count them."""
        self.model.reload()
        self.refresh_counts()

    def refresh(self, document_ids: list[str]) -> None:
        """These documents' read state or favourite changed."""
        self.model.refresh(document_ids)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        current = self._selected_view()
        counts = self._library.sidebar_counts()
        self.shelf_model.fill(counts)
        self.shelves.expandAll()
        self.shelves.resizeColumnToContents(1)
        self.shelves.header().setStretchLastSection(False)
        self.shelves.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        target = self.shelf_model.index_of(current or self.model.view)
        if target.isValid():
            self.shelves.selectionModel().blockSignals(True)
            self.shelves.setCurrentIndex(target)
            self.shelves.selectionModel().blockSignals(False)
        self.counts_changed.emit(counts)

    def apply_looks(self, theme: Theme, icons: dict[str, QIcon]) -> None:
        self.results.apply_looks(theme)
        self._search_icon.setIcon(icons["search"])
        self.model.refresh_all()

    # --- focus and stepping -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def focus_shelves(self) -> None:
        self.show_shelves(True)
        self.shelves.setFocus()

    def shelves_shown(self) -> bool:
        return not self.shelves.isHidden()

    def show_shelves(self, shown: bool) -> None:
        """Show or collapse the sidebar of shelves and facets (room for the list on a small
        screen)."""
        if shown == self.shelves_shown():
            return
        if not shown and self.shelves.hasFocus():
            self.focus_list()
        splitter = self.shelves.parentWidget()
        if not isinstance(splitter, QSplitter):
            self.shelves.setVisible(shown)
            return
        sizes = splitter.sizes()
        here, beside = splitter.indexOf(self.shelves), splitter.indexOf(self.middle)
        width = sizes[here] if not shown else min(SHELVES_WIDTH, sizes[beside] // 2)
        self.shelves.setVisible(shown)
        sizes[here], sizes[beside] = (
            (width, sizes[beside] - width) if shown else (0, sizes[beside] + width)
        )
        splitter.setSizes(sizes)  # the list, not the page, gives or takes the room

    def focus_list(self) -> None:
        (self.results.list if self.showing_results() else self.table).setFocus()

    def step(self, step: int) -> None:
        """The next (1) or previous (-1) document of the list or the results."""
        if self.showing_results():
            view = self.results.list
            row = view.currentIndex().row() + step
            if 0 <= row < self.results.model.rowCount():
                view.setCurrentIndex(self.results.model.index(row, 0))
                hit = self.results.model.hit(row)
                if hit is not None:
                    self.document_chosen.emit(hit.id)
            return
        current = self.model.row_of(self._open_id) if self._open_id else -1
        row = max(0, min(self.model.rowCount() - 1, current + step))
        if self.model.id_at(row):
            self.table.selectRow(row)

    # --- the list and the shelves -----------------------------------------------------------

    def _selected_view(self) -> LibraryView | None:
        indexes = self.shelves.selectionModel().selectedIndexes()
        view = indexes[0].data(VIEW_ROLE) if indexes else None
        return view if isinstance(view, LibraryView) else None

    def _on_shelf(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        view = self._selected_view()
        if view is None:
            return
        if self.showing_results() and self._narrow_search(view):
            return
        if view == self.model.view and not self.showing_results():
            return
        self._show_view(view)
        if self.search_field.text():
            self.search_field.clear()
        self.results.active_chips.clear()
        self.middle.setCurrentWidget(self.table)
        self._select_row(self._open_id)

    def _show_view(self, view: LibraryView) -> None:
        if view != self.model.view:
            self.model.set_view(view)
        self.table.set_empty_text(self._empty_text(view))

    def _narrow_search(self, view: LibraryView) -> bool:
        """A facet chosen in the sidebar during a search narrows it (as its chip does); All
        documents widens it to every facet. False for what a search cannot narrow by (the
        shelves of the reader's own state, sources): the list shows those instead."""
        if view == LibraryView():
            self.results.active_chips.clear()
        else:
            chips = [
                Chip(field, str(getattr(view, name)))
                for name, field in FACET_CHIPS
                if getattr(view, name) is not None
            ]
            if not chips or view.shelf != "all" or view.source is not None:
                return False
            self.results.active_chips.update(chips)
        self._on_query(self.search_field.text())
        return True

    def _empty_text(self, view: LibraryView) -> str:
        """What an empty list would hold, and how things get there."""
        if view.shelf == "unread":
            return self.tr(
                "Nothing unread. New stories from a sync or a bundle wait here until you have "
                "read them to the end."
            )
        if view.shelf == "favourites":
            return self.tr(
                "No favourites yet. Mark a story with the star above the page (Document > "
                "Favourite) to keep it here."
            )
        if view.shelf == "recent":
            return self.tr(
                "Nothing read yet. The stories you open are listed here, the latest first, "
                "so that you can go back to them."
            )
        if view == LibraryView():
            return self.tr(
                "No documents yet. Import files (File > Import files), sync a web source "
                "(File > Sources) or import a bundle from a USB stick (File > Import a bundle)."
            )
        return self.tr("No documents here.")

    def _on_row(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            document_id = self.model.data(indexes[0], ID_ROLE)
            if document_id and document_id != self._open_id:
                self.document_chosen.emit(str(document_id))

    def _select_row(self, document_id: str | None) -> None:
        row = self.model.row_of(document_id) if document_id else -1
        self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)

    # --- searching --------------------------------------------------------------------------

    def _index_attached(self) -> None:
        if self.search_field.text() or self.results.active_chips:
            self._on_query(self.search_field.text())

    def _on_query(self, text: str) -> None:
        filters = self.results.filter_tokens()
        if not text.strip() and not filters:
            self.middle.setCurrentWidget(self.table)
            self.results.show_help(None)
            return
        self.middle.setCurrentWidget(self.results)
        if self._keeper.index is None:
            self.results.show_help(self.tr("Opening the search index…"))
            return
        self.searches.request(f"{text} {filters}".strip())

    def _show_results(self, results: SearchResults, _seconds: float) -> None:
        if self.showing_results():
            self.results.show_results(results)

    def _open_first_hit(self) -> None:
        hit = self.results.model.hit(0)
        if hit is not None:
            self.results.list.setCurrentIndex(self.results.model.index(0, 0))
            self.document_chosen.emit(hit.id)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.search_field.clear()
                self.results.active_chips.clear()
                self.middle.setCurrentWidget(self.table)
                self._show_view(self._selected_view() or self.model.view)
                self._select_row(self._open_id)
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down and self.showing_results():
                self.results.list.setFocus()
                if not self.results.list.currentIndex().isValid():
                    self.results.list.setCurrentIndex(self.results.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # --- remembered between runs ------------------------------------------------------------

    def restore_state(self, settings: Settings) -> None:
        header = self.table.horizontalHeader()
        stored = settings.get(LIST_HEADER)
        if not stored.isEmpty():
            header.restoreState(stored)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        keys = DocumentListModel.SORT_KEYS
        hidden = {keys.index(key) for key in settings.get(HIDDEN_COLUMNS).split(",") if key in keys}
        self.table.set_hidden_by_choice(hidden)
        self.table.columns_chosen.connect(lambda: self._save_columns(settings))
        self.show_shelves(settings.get(SHELVES_SHOWN))
        column = DocumentListModel.SORT_KEYS.index(settings.get(SORT_KEY))
        descending = settings.get(SORT_DESCENDING)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)  # sorts the model once, as the header says
        header.sortIndicatorChanged.connect(
            lambda column, order: self._save_sort(settings, column, order)
        )

    @staticmethod
    def _save_sort(settings: Settings, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(DocumentListModel.SORT_KEYS):
            settings.set(SORT_KEY, DocumentListModel.SORT_KEYS[column])
            settings.set(SORT_DESCENDING, order == Qt.SortOrder.DescendingOrder)

    def _save_columns(self, settings: Settings) -> None:
        keys = DocumentListModel.SORT_KEYS
        settings.set(HIDDEN_COLUMNS, ",".join(keys[c] for c in sorted(self.table.hidden_by_choice)))

    def save_state(self, settings: Settings) -> None:
        settings.set(LIST_HEADER, self.table.horizontalHeader().saveState())
        settings.set(SHELVES_SHOWN, self.shelves_shown())
