"""The keys of a show, declared once: the show controller acts on them, and Help > Keyboard
shortcuts lists them ("During a show"). Presentation clickers send the first few.

Each key names a command of `ShowController` (its navigation interface: a phone remote
calls the same commands).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

Key = Qt.Key
CONTEXT = "ShowKeys"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate seeks
    return text


@dataclass(frozen=True)
class ShowKey:
    command: str  # a ShowController method taking no arguments
    keys: tuple[Qt.Key, ...]
    text: str  # marked with QT_TRANSLATE_NOOP; translated when shown


SHOW_KEYS: tuple[ShowKey, ...] = (
    ShowKey(
        "next",
        (Key.Key_Right, Key.Key_Down, Key.Key_PageDown, Key.Key_Space),
        QT_TRANSLATE_NOOP("ShowKeys", "Next slide"),
    ),
    ShowKey(
        "previous",
        (Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace),
        QT_TRANSLATE_NOOP("ShowKeys", "Previous slide"),
    ),
    ShowKey("first", (Key.Key_Home,), QT_TRANSLATE_NOOP("ShowKeys", "First slide")),
    ShowKey("last", (Key.Key_End,), QT_TRANSLATE_NOOP("ShowKeys", "Last slide")),
    ShowKey(
        "enter",
        (Key.Key_Return, Key.Key_Enter),
        QT_TRANSLATE_NOOP("ShowKeys", "Go to the slide whose number you typed (else the next)"),
    ),
    ShowKey(
        "black",
        (Key.Key_B, Key.Key_Period),
        QT_TRANSLATE_NOOP("ShowKeys", "Black screen, or back to the slide"),
    ),
    ShowKey("logo", (Key.Key_W,), QT_TRANSLATE_NOOP("ShowKeys", "The logo, or back to the slide")),
    ShowKey(
        "share_screen",
        (Key.Key_Q,),
        QT_TRANSLATE_NOOP(
            "ShowKeys",
            "While sharing with the room: the QR code phones read the stories at, "
            "or back to the slide",
        ),
    ),
    ShowKey(
        "toggle_overview",
        (Key.Key_Tab, Key.Key_O),
        QT_TRANSLATE_NOOP("ShowKeys", "Overview of every slide (arrows and Enter to jump)"),
    ),
    ShowKey(
        "toggle_audience_window",
        (Key.Key_A,),
        QT_TRANSLATE_NOOP("ShowKeys", "With one screen: show or hide the audience window"),
    ),
    ShowKey("swap_screens", (Key.Key_S,), QT_TRANSLATE_NOOP("ShowKeys", "Swap the two screens")),
    ShowKey(
        "escape",
        (Key.Key_Escape,),
        QT_TRANSLATE_NOOP("ShowKeys", "End the show (press twice)"),
    ),
)
COMMAND_OF_KEY: dict[Qt.Key, str] = {
    key: entry.command for entry in SHOW_KEYS for key in entry.keys
}


def key_names(keys: tuple[Qt.Key, ...]) -> str:
    """The keys as the platform names them ("Right, Down, PgDown, Space")."""
    return ", ".join(
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
    )


def sheet() -> list[tuple[str, str]]:
    """(what it does, its keys) for each show key, translated: for the shortcuts sheet."""
    rows = [
        (QCoreApplication.translate(CONTEXT, entry.text), key_names(entry.keys))
        for entry in SHOW_KEYS
    ]
    typed = QCoreApplication.translate(CONTEXT, "A slide's number, then Enter")
    rows.insert(5, (QCoreApplication.translate(CONTEXT, "Go to a slide"), typed))
    return rows
