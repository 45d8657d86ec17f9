"""The window's QActions, menu bar, toolbar and shortcuts sheet, built from the declarative
tables in `actions.py` (`COMMANDS`, `MENUS`, `TOOLBAR`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from storyreader.ui.actions import COMMANDS, CONTEXT, MENUS, TOOLBAR, Menu

if TYPE_CHECKING:
    from storyreader.ui.window_protocol import AppWindow


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ActionSet(Mapping[str, QAction]):
    """The window's QActions by name, built from `COMMANDS`; `refresh` re-reads when each
    is enabled and checked."""

    def __init__(self, window: AppWindow, host: QMainWindow) -> None:
        self._window = window
        self._commands = {command.name: command for command in COMMANDS}
        self._actions: dict[str, QAction] = {}
        groups: dict[str, QActionGroup] = {}
        for command in COMMANDS:
            action = QAction(_translate(command.text), host)
            action.setShortcuts([QKeySequence(key) for key in command.keys])
            action.setCheckable(command.checked is not None)
            if command.group is not None:  # drawn as radio items
                groups.setdefault(command.group, QActionGroup(host)).addAction(action)
            action.triggered.connect(lambda _checked=False, run=command.run: run(window))
            host.addAction(action)  # its shortcut works wherever the focus is in the window
            self._actions[command.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def __len__(self) -> int:
        return len(self._actions)

    def build_menus(self, host: QMainWindow) -> None:
        bar = host.menuBar()
        for menu in MENUS:
            self._fill(bar.addMenu(_translate(menu.title)), menu)

    def _fill(self, target: QMenu, menu: Menu) -> None:
        for item in menu.items:
            if item is None:
                target.addSeparator()
            elif isinstance(item, Menu):
                self._fill(target.addMenu(_translate(item.title)), item)
            else:
                target.addAction(self._actions[item])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for name in TOOLBAR:
            toolbar.addAction(self._actions[name])

    def set_icons(self, icons: Mapping[str, QIcon]) -> None:
        for command in COMMANDS:
            if command.icon:
                self._actions[command.name].setIcon(icons[command.icon])

    def refresh(self, *names: str) -> None:
        """Enable and check the actions (`names`, or all) as the window now stands."""
        for name in names or tuple(self._commands):
            command, action = self._commands[name], self._actions[name]
            if command.enabled is not None:
                action.setEnabled(command.enabled(self._window))
            if command.checked is not None:
                action.setChecked(command.checked(self._window))

    def sheet(self) -> list[QAction]:
        """Every action, in the table's order, for the keyboard-shortcuts sheet."""
        return list(self._actions.values())
