"""The Qt models over the library: the document list (ids held, rows fetched a page at a time),
the sidebar of shelves and facets with counts, and search hits.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from storyreader.archive.browse import LibraryView, ListRow, SidebarCounts, SortKey
from storyreader.archive.library import Library
from storyreader.search import Hit
from storyreader.ui.dates import format_date
from storyreader.ui.reading_progress import PROGRESS_ROLE, in_progress, left_text

Index = QModelIndex | QPersistentModelIndex
DOCUMENT_IDS_MIME = "application/x-storyreader-document-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2
HIT_ROLE = Qt.ItemDataRole.UserRole + 3


KIND_NAMES: dict[str, str] = {
    "story": str(QT_TRANSLATE_NOOP("Kinds", "Story")),
    "letter": str(QT_TRANSLATE_NOOP("Kinds", "Letter")),
    "update": str(QT_TRANSLATE_NOOP("Kinds", "Update")),
    "appeal": str(QT_TRANSLATE_NOOP("Kinds", "Call to action")),
}


def kind_name(kind: str) -> str:
    if kind in KIND_NAMES:
        return QCoreApplication.translate("Kinds", KIND_NAMES[kind])
    return kind.capitalize()


def language_name(code: str) -> str:
    """A language as its own speakers name it ("English", "한국어"), or the code."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if locale.language() == QLocale.Language.English:
        return "English"  # not the "American English" of en_US
    return locale.nativeLanguageName() or code


def documents_mime(ids: list[str]) -> QMimeData:
    """What dragging documents carries (a set list accepts it)."""
    mime = QMimeData()
    mime.setData(DOCUMENT_IDS_MIME, QByteArray("\n".join(ids).encode("ascii")))
    return mime


class DocumentListModel(QAbstractTableModel):
    """The documents of one library view; only the ids are held, rows come a page at a time."""

    TITLE, KIND, AUTHOR, DATE, LENGTH = range(5)
    SORT_KEYS: tuple[SortKey, ...] = ("title", "kind", "author", "date", "length")
    PAGE = 100
    PAGES_KEPT = 40

    reloaded = Signal()

    def __init__(self, library: Library, icons: dict[str, QIcon]) -> None:
        super().__init__()
        self._library = library
        self._icons = icons
        self._view = LibraryView()
        self._sort: SortKey = "date"
        self._descending = True
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, ListRow]] = OrderedDict()

    # --- what is shown -------------------------------------------------------------------

    @property
    def view(self) -> LibraryView:
        return self._view

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_view(self, view: LibraryView) -> None:
        self._view = view
        self.reload()

    def set_sort(self, key: SortKey, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.reload()

    def reload(self) -> None:
        sort: SortKey = "opened" if self._view.shelf == "recent" else self._sort
        ids = self._library.document_ids(self._view, sort, self._descending)
        self.beginResetModel()
        self._ids, self._pages = ids, OrderedDict()
        self.endResetModel()
        self.reloaded.emit()

    def refresh(self, document_ids: list[str]) -> None:
        """Read these documents' rows again (their read state or favourite changed)."""
        if len(document_ids) > self.PAGE:  # many at once: every row, rather than each found
            self._pages.clear()
            self.refresh_all()
            return
        for document_id in document_ids:
            row = self.row_of(document_id)
            if row < 0:
                continue
            self._pages.pop(row // self.PAGE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_all(self) -> None:
        """Draw every row again (the icons changed with the theme)."""
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 4))

    def row_of(self, document_id: str) -> int:
        try:
            return self._ids.index(document_id)
        except ValueError:
            return -1

    def ids(self) -> list[str]:
        """Every document listed, in the list's order."""
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Title"), self.tr("Kind"), self.tr("Author"), self.tr("Date"))
        return (*names, self.tr("Reading time"))[section] if 0 <= section < 5 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("unread") if not row.is_read else self.tr("read")
            return f"{self._text(row, column)}, {state}" if column == 0 else self._text(row, column)
        if role == Qt.ItemDataRole.FontRole and column == self.TITLE and not row.is_read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            if row.favourite:
                return self._icons.get("star-filled")
            return self._icons.get("unread") if not row.is_read else self._icons.get("blank")
        if role == PROGRESS_ROLE and column == self.TITLE:
            return row.position
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.SORT_KEYS):
            self.set_sort(self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DOCUMENT_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return documents_mime([self._ids[row] for row in rows if row < len(self._ids)])

    # --- rows, a page at a time ----------------------------------------------------------

    def _row(self, row: int) -> ListRow | None:
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * self.PAGE : (number + 1) * self.PAGE]
            page = self._pages[number] = self._library.list_rows(ids)
            while len(self._pages) > self.PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _text(self, row: ListRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return kind_name(row.kind)
        if column == self.AUTHOR:
            return row.author
        if column == self.DATE:
            return format_date(row.published)
        if in_progress(row.position):
            return left_text(row.position, row.reading_minutes)
        return self.tr("%n min", "", row.reading_minutes)


class SidebarModel(QStandardItemModel):
    """Shelves, then kinds, tags, languages, years and sources, each with its count."""

    def __init__(self, icons: dict[str, QIcon]) -> None:
        super().__init__()
        self._icons = icons
        self.setColumnCount(2)

    def fill(self, counts: SidebarCounts) -> None:
        self.removeRows(0, self.rowCount())
        shelves = [
            (self.tr("All documents"), "library", LibraryView(), counts.all),
            (self.tr("Unread"), "unread", LibraryView(shelf="unread"), counts.unread),
            (self.tr("Favourites"), "star", LibraryView(shelf="favourites"), counts.favourites),
            (self.tr("Recently read"), "recent", LibraryView(shelf="recent"), counts.recent),
        ]
        for name, icon_name, view, count in shelves:
            self._add(self.invisibleRootItem(), name, icon_name, view, count)
        groups: list[
            tuple[
                str, str, list[tuple[str, int]], Callable[[str], LibraryView], Callable[[str], str]
            ]
        ] = [
            (self.tr("Kinds"), "kind", counts.kinds, lambda v: LibraryView(kind=v), kind_name),
            (self.tr("Tags"), "tag", counts.tags, lambda v: LibraryView(tag=v), str),
            (
                self.tr("Languages"),
                "language",
                counts.languages,
                lambda v: LibraryView(language=v),
                language_name,
            ),
            (self.tr("Years"), "year", counts.years, lambda v: LibraryView(year=int(v)), str),
            (self.tr("Sources"), "source", counts.sources, lambda v: LibraryView(source=v), str),
        ]
        for title, icon_name, values, make_view, label in groups:
            if not values:
                continue
            group = QStandardItem(title)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            blank = QStandardItem()
            blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.invisibleRootItem().appendRow([group, blank])
            for value, count in values:
                self._add(group, label(value), icon_name, make_view(value), count)

    def _add(
        self, parent: QStandardItem, name: str, icon_name: str, view: LibraryView, count: int
    ) -> None:
        item = QStandardItem(self._icons[icon_name], name)
        item.setData(view, VIEW_ROLE)
        item.setEditable(False)
        item.setToolTip(name)
        number = QStandardItem(QLocale().toString(count))
        number.setData(view, VIEW_ROLE)
        number.setEditable(False)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent.appendRow([item, number])

    def index_of(self, view: LibraryView) -> QModelIndex:
        """The sidebar entry for `view`, or an invalid index."""
        for row in range(self.rowCount()):
            top = self.index(row, 0)
            if top.data(VIEW_ROLE) == view:
                return top
            for child_row in range(self.rowCount(top)):
                child = self.index(child_row, 0, top)
                if child.data(VIEW_ROLE) == view:
                    return child
        return QModelIndex()


class HitListModel(QAbstractListModel):
    """The hits of one search, in rank order."""

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def append_hits(self, hits: list[Hit]) -> None:
        known = {hit.id for hit in self._hits}
        new = [hit for hit in hits if hit.id not in known]
        if new:
            start = len(self._hits)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._hits.extend(new)
            self.endInsertRows()

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.title
        if role == ID_ROLE:
            return hit.id
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DOCUMENT_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        return documents_mime([self._hits[i.row()].id for i in indexes if i.isValid()])
