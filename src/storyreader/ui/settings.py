"""Every setting the desktop app keeps, declared once with its type and default, over QSettings.

A value that is missing, or stored with the wrong type (an older version, a hand-edited file)
reads as the default. The stored `settings/version` says which upgrades have run; add one to
`UPGRADES` when a setting is renamed or its meaning changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] = ()  # when set, any other stored value reads as the default


# Window state
GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER = Setting("window/splitter", QByteArray())
LIST_HEADER = Setting("window/list_header", QByteArray())
HIDDEN_COLUMNS = Setting("library/hidden_columns", "")  # sort keys, comma-separated
SHELVES_SHOWN = Setting("window/shelves_shown", True)
SORT_KEY = Setting("library/sort", "date", ("title", "kind", "author", "date", "length"))
SORT_DESCENDING = Setting("library/sort_descending", True)
LAST_DOCUMENT = Setting("library/last_document", "")
# Reading
THEME = Setting("reading/theme", "system", ("system", "light", "dark", "sepia"))
TYPEFACE = Setting("reading/typeface", "serif", ("serif", "sans"))
ZOOM = Setting("reading/zoom", 0)  # steps from the default size, -5 to +10
LINE_SPACING = Setting("reading/line_spacing", 160, (130, 145, 160, 180, 200))  # percent
SHOW_CONTENTS = Setting("reading/contents", False)  # the headings beside the page
COLUMN_WIDTH = Setting("reading/column_chars", 68, (52, 60, 68, 76, 88))  # characters a line
# Presenting: the host's choices for the audience screen (ui/present/show_options.py)
PRESENT_THEME = Setting("present/theme", "dark", ("dark", "light", "high-contrast"))
PRESENT_FONT_SCALE = Setting("present/font_scale", 100, (70, 80, 90, 100, 115, 130, 150))  # %
PRESENT_CLOSING_SLIDES = Setting("present/closing_slides", True)
PRESENT_LOGO = Setting("present/logo", "")  # an image file the host chose
PRESENT_ORGANISATION = Setting("present/organisation", "")
# Bundles: the secret key that signs exports (a file outside the archive; see ui/keys.py)
SIGNING_KEY = Setting("bundles/signing_key", "")
# The app
LANGUAGE = Setting("app/language", "", ("", "en", "ko"))  # "": follow the system

VERSION = 1
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    """Typed access to the app's QSettings (the platform's place, or an INI file)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._store = QSettings()
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key)
        return self._coerce(setting, value)

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    @staticmethod
    def _coerce(setting: Setting[T], value: Any) -> T:
        default = setting.default
        if value is None:
            return default
        try:
            if isinstance(default, bool):  # INI files store "true"/"false"
                value = value if isinstance(value, bool) else str(value).lower() == "true"
            elif isinstance(default, int):
                value = int(value)
            elif isinstance(default, str):
                value = str(value)
            elif not isinstance(value, type(default)):
                return default
        except (TypeError, ValueError):
            return default
        if setting.choices and value not in setting.choices:
            return default
        return value  # type: ignore[no-any-return]

    def _upgrade(self) -> None:
        stored = self._store.value("settings/version")
        version = int(stored) if isinstance(stored, (int, str)) and str(stored).isdigit() else 0
        for step in range(version + 1, VERSION + 1):
            upgrade = UPGRADES.get(step)
            if upgrade is not None:
                upgrade(self._store)
        if version < VERSION:
            self._store.setValue("settings/version", VERSION)
