"""Every command of the main window, declared once in `COMMANDS`: its name, its text, its
shortcuts, its icon, what it does and when it is enabled (or checked). From that table
`action_set.ActionSet` builds the QActions, the menu bar (laid out in `MENUS`), the reading
pane's toolbar (`TOOLBAR`) and the keyboard-shortcuts sheet (Help > Keyboard shortcuts).

A new command is one `Command` here, a place in `MENUS`, and a method on the part that does
the work (reached through the window's protocol, `ui.window_protocol.AppWindow`). Tests and
other code find the built actions by name: `window.commands["favourite"]`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from storyreader.ui.window_protocol import AppWindow

Key = QKeySequence.StandardKey | str
When = Callable[["AppWindow"], bool]
CONTEXT = "Actions"  # the translation context of every text below (lupdate wants it spelled)
StandardKey = QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate seeks
    """Marks `text` for translation in `context`; it is translated when the action is built."""
    return text


@dataclass(frozen=True)
class Command:
    name: str
    text: str  # marked with QT_TRANSLATE_NOOP, translated when the action is built
    run: Callable[[AppWindow], object]
    keys: tuple[Key, ...] = ()  # the first is the one the menus and the sheet show
    icon: str | None = None
    enabled: When | None = None  # None: always
    checked: When | None = None  # a check mark that shows this; None: not checkable
    group: str | None = None  # checked commands of one group are radio items: one at a time


def _open(window: AppWindow) -> bool:
    return window.reading.current is not None


def _passage_selected(window: AppWindow) -> bool:
    return _open(window) and window.reading.view.selected_passage() is not None


def _has_address(window: AppWindow) -> bool:
    return window.reading.current is not None and bool(window.reading.current.url)


def _find(window: AppWindow) -> None:
    """Ctrl+F: find in the open document (wherever the focus is, as in calibre's viewer),
    else search the archive."""
    if window.reading.has_document:
        window.reading.open_find_bar()
    else:
        window.library.focus_search()


def _focus_shelves(window: AppWindow) -> None:
    """Ctrl+1: to the shelves, showing them if they were collapsed."""
    window.library.focus_shelves()
    window.commands.refresh("shelves_panel")


def _theme(choice: str, text: str) -> Command:
    return Command(
        f"theme_{choice}",
        text,
        lambda window: window.set_theme(choice),
        checked=lambda window: window.theme_choice == choice,
        group="theme",
    )


def _mark_all(is_read: bool) -> Callable[[AppWindow], None]:
    """Mark every document of the shelf or the search results shown (undoable)."""

    def run(window: AppWindow) -> None:
        window.library.listed_ids(lambda ids: window.documents.mark_all(ids, is_read))

    return run


COMMANDS: tuple[Command, ...] = (
    # File
    Command(
        "import_files",
        QT_TRANSLATE_NOOP("Actions", "&Import files…"),
        lambda w: w.updates.import_files(),
        keys=("Ctrl+I",),
        icon="import",
    ),
    Command(
        "import_folder",
        QT_TRANSLATE_NOOP("Actions", "Import a &folder…"),
        lambda w: w.updates.import_folder(),
        keys=("Ctrl+Shift+I",),
    ),
    Command(
        "import_bundle",
        QT_TRANSLATE_NOOP("Actions", "Import a &bundle…"),
        lambda w: w.updates.choose_bundle(),
        keys=("Ctrl+O",),
    ),
    Command(
        "export_bundle",
        QT_TRANSLATE_NOOP("Actions", "E&xport a bundle…"),
        lambda w: w.updates.export_bundle(),
        keys=("Ctrl+Shift+X",),
    ),
    Command(
        "keys",
        QT_TRANSLATE_NOOP("Actions", "&Keys…"),
        lambda w: w.updates.open_keys(),
    ),
    Command(
        "sources",
        QT_TRANSLATE_NOOP("Actions", "&Sources…"),
        lambda w: w.updates.open_sources(),
        keys=("Ctrl+Shift+S",),
        icon="sync",
    ),
    Command(
        "sync_now",
        QT_TRANSLATE_NOOP("Actions", "S&ync now"),
        lambda w: w.updates.sync_now(),
        keys=("Ctrl+R",),
    ),
    Command(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        lambda w: w.reading.print_document(),
        keys=(StandardKey.Print,),
        icon="print",
        enabled=_open,
    ),
    Command(
        "export_pdf",
        QT_TRANSLATE_NOOP("Actions", "Export as P&DF…"),
        lambda w: w.reading.export_pdf(),
        keys=("Ctrl+Shift+E",),
        icon="pdf",
        enabled=_open,
    ),
    Command(
        "export_notes",
        QT_TRANSLATE_NOOP("Actions", "Export &notes and bookmarks…"),
        lambda w: w.documents.export_notes(),
    ),
    Command(
        "quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), lambda w: w.close(), keys=(StandardKey.Quit,)
    ),
    # Edit
    Command(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        lambda w: w.documents.undo_stack.undo(),
        keys=(StandardKey.Undo,),
        enabled=lambda w: w.documents.undo_stack.canUndo(),
    ),
    Command(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        lambda w: w.documents.undo_stack.redo(),
        keys=(StandardKey.Redo,),
        enabled=lambda w: w.documents.undo_stack.canRedo(),
    ),
    Command(
        "search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        lambda w: w.library.focus_search(),
        keys=("Ctrl+K",),
        icon="search",
    ),
    Command("find", QT_TRANSLATE_NOOP("Actions", "&Find"), _find, keys=(StandardKey.Find,)),
    Command(
        "find_next",
        QT_TRANSLATE_NOOP("Actions", "Find &next"),
        lambda w: w.reading.find_step(backward=False),
        keys=(StandardKey.FindNext,),
    ),
    Command(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
        lambda w: w.reading.find_step(backward=True),
        keys=(StandardKey.FindPrevious,),
    ),
    Command(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "Se&ttings…"),
        lambda w: w.open_settings(),
        keys=(StandardKey.Preferences,),
        icon="settings",
    ),
    # View
    Command(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        lambda w: w.zoom(1),
        keys=("Ctrl+=", "Ctrl++"),
        icon="zoom-in",
    ),
    Command(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
        lambda w: w.zoom(-1),
        keys=("Ctrl+-",),
        icon="zoom-out",
    ),
    Command(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "&Actual size"),
        lambda w: w.zoom(0),
        keys=("Ctrl+0",),
    ),
    _theme("light", QT_TRANSLATE_NOOP("Actions", "&Light")),
    _theme("dark", QT_TRANSLATE_NOOP("Actions", "&Dark")),
    _theme("sepia", QT_TRANSLATE_NOOP("Actions", "&Sepia")),
    _theme("system", QT_TRANSLATE_NOOP("Actions", "Follow the s&ystem")),
    Command(
        "notes_panel",
        QT_TRANSLATE_NOOP("Actions", "&Bookmarks and notes"),
        lambda w: w.documents.toggle_notes(),
        keys=("Ctrl+Shift+B",),
        icon="note",
    ),
    Command(
        "shelves_panel",
        QT_TRANSLATE_NOOP("Actions", "S&helves and filters"),
        lambda w: w.library.show_shelves(not w.library.shelves_shown()),
        keys=("F9",),
        checked=lambda w: w.library.shelves_shown(),
    ),
    Command(
        "contents",
        QT_TRANSLATE_NOOP("Actions", "&Contents"),
        lambda w: w.reading.toggle_contents(),
        keys=("Ctrl+T",),
        enabled=_open,
        checked=lambda w: w.reading.contents_shown,
    ),
    Command(
        "full_screen",
        QT_TRANSLATE_NOOP("Actions", "&Full-screen reading"),
        lambda w: w.reading.full_screen.toggle(),
        keys=("F11",),
        enabled=_open,
    ),
    Command(
        "focus_sidebar",
        QT_TRANSLATE_NOOP("Actions", "Go to the &shelves"),
        _focus_shelves,
        keys=("Ctrl+1",),
    ),
    Command(
        "focus_list",
        QT_TRANSLATE_NOOP("Actions", "Go to the &list"),
        lambda w: w.library.focus_list(),
        keys=("Ctrl+2",),
    ),
    Command(
        "focus_reader",
        QT_TRANSLATE_NOOP("Actions", "Go to the &page"),
        lambda w: w.reading.focus_page(),
        keys=("Ctrl+3",),
    ),
    # Document
    Command(
        "next_document",
        QT_TRANSLATE_NOOP("Actions", "&Next document"),
        lambda w: w.library.step(1),
        keys=("Alt+Down",),
    ),
    Command(
        "previous_document",
        QT_TRANSLATE_NOOP("Actions", "&Previous document"),
        lambda w: w.library.step(-1),
        keys=("Alt+Up",),
    ),
    Command(
        "favourite",
        QT_TRANSLATE_NOOP("Actions", "&Favourite"),
        lambda w: w.documents.toggle_favourite(),
        keys=("Ctrl+Shift+L",),
        icon="star",
        enabled=_open,
        checked=lambda w: w.documents.is_favourite(),
    ),
    Command(
        "read",
        QT_TRANSLATE_NOOP("Actions", "Mark as &read"),
        lambda w: w.documents.toggle_read(),
        keys=("Ctrl+Shift+U",),
        icon="check",
        enabled=_open,
        checked=lambda w: w.documents.is_read(),
    ),
    Command(
        "mark_all_read",
        QT_TRANSLATE_NOOP("Actions", "Mark &all as read"),
        _mark_all(True),
    ),
    Command(
        "mark_all_unread",
        QT_TRANSLATE_NOOP("Actions", "Mark all as &unread"),
        _mark_all(False),
    ),
    Command(
        "bookmark",
        QT_TRANSLATE_NOOP("Actions", "&Bookmark this place"),
        lambda w: w.documents.add_bookmark(),
        keys=("Ctrl+D",),
        icon="bookmark",
        enabled=_open,
    ),
    Command(
        "add_note",
        QT_TRANSLATE_NOOP("Actions", "Add a &note to the selection…"),
        lambda w: w.documents.add_note(),
        keys=("Ctrl+Shift+N",),
        icon="note",
        enabled=_passage_selected,
    ),
    Command(
        "open_original",
        QT_TRANSLATE_NOOP("Actions", "Open the &original online…"),
        lambda w: w.reading.open_original(),
        icon="link",
        enabled=_has_address,
    ),
    # Help
    Command(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        lambda w: w.show_shortcuts(),
        keys=(StandardKey.HelpContents,),
        icon="help",
    ),
    Command("about", QT_TRANSLATE_NOOP("Actions", "&About Story Reader"), lambda w: w.show_about()),
    # Tools
    Command(
        "check",
        QT_TRANSLATE_NOOP("Actions", "&Check and repair the archive…"),
        lambda w: w.maintenance.check_archive(),
    ),
    Command(
        "reindex",
        QT_TRANSLATE_NOOP("Actions", "&Rebuild the search index"),
        lambda w: w.maintenance.rebuild_index(),
    ),
    # Present
    Command(
        "sets",
        QT_TRANSLATE_NOOP("Actions", "&Sets for events"),
        lambda w: w.presenting.toggle_sets(),
        keys=("Ctrl+Shift+P",),
        checked=lambda w: w.presenting.sets_shown(),
    ),
    Command(
        "present_set",
        QT_TRANSLATE_NOOP("Actions", "&Present a set…"),
        lambda w: w.presenting.present_set(),
        keys=("F5",),
    ),
    Command(
        "rehearse_set",
        QT_TRANSLATE_NOOP("Actions", "&Rehearse a set…"),
        lambda w: w.presenting.present_set(rehearsal=True),
        keys=("Shift+F5",),
    ),
    Command(
        "share_with_room",
        QT_TRANSLATE_NOOP("Actions", "S&hare with the room…"),
        lambda w: w.presenting.share_with_room(),
    ),
    Command(
        "add_to_set",
        QT_TRANSLATE_NOOP("Actions", "&Add to a set…"),
        lambda w: w.presenting.add_to_set(),
        keys=("Ctrl+Shift+A",),
    ),
)


@dataclass(frozen=True)
class Menu:
    title: str
    items: tuple[str | Menu | None, ...]  # command names; None is a separator


MENUS: tuple[Menu, ...] = (
    Menu(
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "import_files",
            "import_folder",
            None,
            "sources",
            "sync_now",
            None,
            "import_bundle",
            "export_bundle",
            "keys",
            None,
            "print",
            "export_pdf",
            "export_notes",
            None,
            "quit",
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        ("undo", "redo", None, "search", "find", "find_next", "find_previous", None, "settings"),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "zoom_in",
            "zoom_out",
            "zoom_reset",
            None,
            "contents",
            "notes_panel",
            "shelves_panel",
            "full_screen",
            None,
            "focus_sidebar",
            "focus_list",
            "focus_reader",
            Menu(
                QT_TRANSLATE_NOOP("Actions", "&Theme"),
                ("theme_system", "theme_light", "theme_dark", "theme_sepia"),
            ),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("Actions", "&Document"),
        (
            "next_document",
            "previous_document",
            None,
            "favourite",
            "read",
            "mark_all_read",
            "mark_all_unread",
            None,
            "bookmark",
            "add_note",
            None,
            "open_original",
        ),
    ),
    Menu(QT_TRANSLATE_NOOP("Actions", "&Tools"), ("check", "reindex")),
    Menu(
        QT_TRANSLATE_NOOP("Actions", "&Present"),
        (
            "sets",
            None,
            "present_set",
            "rehearse_set",
            None,
            "add_to_set",
            None,
            "share_with_room",
        ),
    ),
    Menu(QT_TRANSLATE_NOOP("Actions", "&Help"), ("shortcuts", None, "about")),
)

TOOLBAR = ("favourite", "read", "bookmark", "add_note", "zoom_out", "zoom_in")
