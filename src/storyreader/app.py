"""The desktop app's composition root: logging, settings, translations and looks, the
archive (with a way out when it is damaged), the background runner, and the main window;
and the show's own process (`storyreader present SET`), which has no main window.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from storyreader import __version__
from storyreader.errors import DamagedArchiveError, KnownError
from storyreader.ui.tasks import GuiThreadCollector

if TYPE_CHECKING:
    from storyreader.archive.db import Archive
    from storyreader.ui.settings import Settings

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"
LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 3
BACKUP_DELAY_MS = 60_000


def setup_logging(folder: Path) -> Path | None:
    """Log to a rotating file (a few small files, never growing without end)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "storyreader.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    for existing in root.handlers:  # the terminal keeps hearing only warnings and errors
        if existing.level == logging.NOTSET:
            existing.setLevel(logging.WARNING)
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO) if root.level else logging.INFO)
    return path


def install_translations(app: QApplication, language: str) -> str:
    """Load our catalogue and Qt's own for `language` ("" = the system's); return the code.

    The language changes the words only: dates, times and numbers keep the system's region
    (QLocale's default), so choosing English on a British laptop keeps 14/03/2026, 20:47.
    """
    from storyreader import i18n

    region = QLocale.system()
    locale = QLocale(language) if language else region
    code = locale.name().split("_")[0]
    i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    ours = QTranslator(app)  # English too: it holds the plural forms
    # A language we do not ship reads English, with English plurals ("16 documents").
    if ours.load(locale, "storyreader", "_", str(TRANSLATIONS)) or ours.load(
        "storyreader_en", str(TRANSLATIONS)
    ):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    QLocale.setDefault(region)
    return code


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("Story Reader")
    app.setOrganizationName("storyreader")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.storyreader.StoryReader")
    app.setStyle("Fusion")  # the same look everywhere, and palettes that theme fully
    from storyreader.ui.theme import ui_font

    app.setFont(ui_font(app.font()))  # Korean and Latin in one matched family
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)  # never on a background task's thread: Qt would crash
    return app


def run_app(archive_path: Path, argv: list[str] | None = None) -> int:
    from storyreader.config import settings_file, user_log_dir
    from storyreader.ui.settings import LANGUAGE, Settings

    app = make_app(argv)
    log_file = setup_logging(user_log_dir())
    settings = Settings(settings_file())
    install_translations(app, settings.get(LANGUAGE))
    archive = open_or_recover(archive_path)
    if archive is None:
        return 1
    code = show_window(app, archive, settings, log_file)
    collect_while_the_app_lives(app)
    return code


def collect_while_the_app_lives(app: QApplication) -> None:
    """Free the window's leftovers now: collected at interpreter exit, after the application,
    an icon's destructor calls into an unloaded plugin and the process dies of SIGSEGV."""
    collector = app.findChild(GuiThreadCollector)
    if collector is not None:
        collector.stop()


def show_window(
    app: QApplication, archive: Archive, settings: Settings, log_file: Path | None
) -> int:
    from storyreader.archive.library import Library
    from storyreader.ui.main_window import MainWindow
    from storyreader.ui.read_only import announce_read_only
    from storyreader.ui.tasks import TaskRunner

    with archive:
        runner = TaskRunner()
        window = MainWindow(Library(archive), settings, runner, log_file=log_file)
        window.show()
        if archive.read_only is None:
            # Once things have settled: a copy of the archive is heavy I/O.
            QTimer.singleShot(
                BACKUP_DELAY_MS, lambda: runner.run(lambda: _daily_backup(archive.path))
            )
        else:
            announce_read_only(window, archive)
        return app.exec()


def run_show(
    archive: Archive, set_reference: str, screen_number: int | None, *, rehearsal: bool = False
) -> int:
    """`storyreader present SET`: the show on its own, without the library window. A
    rehearsal's times are kept in the archive when it ends."""
    from storyreader.archive.library import Library
    from storyreader.config import settings_file
    from storyreader.present.sets import Sets
    from storyreader.ui.present.show_controller import ShowController
    from storyreader.ui.present.show_options import load_options
    from storyreader.ui.settings import LANGUAGE, Settings

    app = make_app()
    settings = Settings(settings_file())
    install_translations(app, settings.get(LANGUAGE))
    sets = Sets(archive)
    info = sets.find(set_reference)
    show = ShowController(
        info,
        Library(archive),
        load_options(settings),
        screen_number=screen_number,
        rehearsal=rehearsal,
    )
    kept: list[dict[int, int]] = []
    show.rehearsed.connect(kept.append)  # written once the show's windows are gone
    show.ended.connect(app.quit)
    show.start()
    code = app.exec()
    del show
    collect_while_the_app_lives(app)
    if kept and kept[0]:
        sets.record_rehearsal(info.id, kept[0])
        print(f"Kept the rehearsal's times of {len(kept[0])} of {len(info.items)} stories.")
    return code


def _daily_backup(path: Path) -> None:
    from storyreader.archive.backup import daily_backup

    made = daily_backup(path)
    if made is not None:
        log.info("Backed up the archive to %s", made)


def open_or_recover(path: Path) -> Archive | None:
    """Open the archive; if it is damaged, offer to repair it or restore a backup."""
    from storyreader.archive import open_archive

    while True:
        try:
            return open_archive(path)
        except DamagedArchiveError as error:
            from storyreader.ui.maintenance import offer_recovery

            if not offer_recovery(path, str(error)):
                return None
        except KnownError as error:
            QMessageBox.critical(None, "Story Reader", str(error))
            return None
