"""What the main window offers to code outside it: the action table's handlers, the self-test,
the benchmarks and the tests. They use this protocol, never the window's attributes.

The window is made of parts, each a module with a narrow interface of its own:

    library      ui/library_pane.py        shelves, the list, search field and results
    reading      ui/reader_pane.py         the open document: page, find bar, links, zoom, PDF
    documents    ui/document_actions.py    read, favourite, bookmark, note; undo
    maintenance  ui/maintenance.py         rebuild the index, check and repair
    updates      ui/updates.py             import files, sync, bundles in and out
    presenting   ui/present/presenting.py  set lists and the show
    status       ui/status_line.py         messages, failures, long work, the standing line
    index_keeper ui/index_keeper.py        the search index, once attached
    commands     ui/actions.py             every command, by name (menus, toolbar, shortcuts)

A new pane or dialog goes in a part (or a new part, added here and in main_window.py); a new
command is a line in ui/actions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from storyreader.ui.action_set import ActionSet
    from storyreader.ui.document_actions import DocumentActions
    from storyreader.ui.index_keeper import IndexKeeper
    from storyreader.ui.library_pane import LibraryPane
    from storyreader.ui.maintenance import Maintenance
    from storyreader.ui.present.presenting import Presenting
    from storyreader.ui.reader_pane import ReaderPane
    from storyreader.ui.status_line import StatusLine
    from storyreader.ui.updates import Updates


class AppWindow(Protocol):
    @property
    def library(self) -> LibraryPane: ...
    @property
    def reading(self) -> ReaderPane: ...
    @property
    def documents(self) -> DocumentActions: ...
    @property
    def maintenance(self) -> Maintenance: ...
    @property
    def updates(self) -> Updates: ...
    @property
    def presenting(self) -> Presenting: ...
    @property
    def status(self) -> StatusLine: ...
    @property
    def index_keeper(self) -> IndexKeeper: ...
    @property
    def commands(self) -> ActionSet: ...
    @property
    def theme_choice(self) -> str:
        """The theme setting: "system", "light", "dark" or "sepia"."""
        ...

    def icon(self, name: str) -> QIcon:
        """The icon drawn for `name` (an SVG in resources/icons) in the current theme."""
        ...

    def open_document(self, document_id: str) -> None:
        """Show a document on the page (and select it in the list)."""
        ...

    def set_theme(self, choice: str) -> None: ...
    def zoom(self, step: int) -> None:
        """Larger (1), smaller (-1), or the default size (0)."""
        ...

    def open_settings(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...
    def is_idle(self) -> bool:
        """The search index is attached and caught up, and no background work is running."""
        ...

    def close(self) -> bool: ...
