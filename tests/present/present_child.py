"""Run by test_cli_present.py with Qt's offscreen platform started with two screens (as
`QT_QPA_PLATFORM=offscreen:configfile=...`): `storyreader present SET` as a host types it.
Once the show is up it prints where each window went, then ends the show with Esc, Esc."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from storyreader.app import make_app
from storyreader.cli import main
from storyreader.ui.present.console import PresenterConsole
from storyreader.ui.present.show_controller import AudienceWindow


def report() -> None:
    windows = QApplication.topLevelWidgets()
    audience = next(w for w in windows if isinstance(w, AudienceWindow) and w.isVisible())
    console = next(w for w in windows if isinstance(w, PresenterConsole) and w.isVisible())
    print(f"audience {audience.screen().name()} fullscreen={audience.isFullScreen()}", flush=True)
    print(f"console {console.screen().name()}", flush=True)
    QTest.keyClick(console, Qt.Key.Key_Escape)
    QTest.keyClick(console, Qt.Key.Key_Escape)


if __name__ == "__main__":
    make_app()
    QTimer.singleShot(500, report)
    sys.exit(main(sys.argv[1:]))
