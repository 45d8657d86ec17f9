"""The app on a small laptop's screen (1024x600) and a large one (1920x1080), with the offscreen
platform's screens: the window fits the screen, titles have room, every dialog and its
buttons lie inside the screen, and no sentence is cut."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from storyreader.archive import open_archive
from storyreader.bundle import export_bundle
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.ui.bundle_dialogs import ImportBundleDialog
from storyreader.ui.document_table import CELL_PADDING, DATE, LENGTH, OPTIONAL
from storyreader.ui.key_forms import MakeKeyDialog, TrustKeyDialog, confirm_unsigned
from storyreader.ui.main_window import MainWindow
from tests.bundle.conftest import fill_web
from tests.gui.conftest import OpenWindow
from tests.gui.screen_checks import SIZES, cut_sentences, outside, screen_of

SHORT_TITLES = ("Three Rounds of Coffee", "Before the Sun Comes Up")  # from the sample
LONG_TITLE = "Lost Papers Should Not Mean Lost Rights"


@pytest.fixture(params=list(SIZES))
def screen(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QRect]:
    with screen_of(*SIZES[request.param]) as area:
        yield area


def title_width(window: MainWindow, *titles: str) -> int:
    bold = QFont(window.library.table.font())  # unread titles are bold
    bold.setBold(True)
    return max(QFontMetrics(bold).horizontalAdvance(title) for title in titles) + CELL_PADDING


def test_the_first_window_fits_the_screen_with_room_for_titles(
    screen: QRect, open_window: OpenWindow
) -> None:
    window = open_window()
    assert outside(window, screen) == []
    table = window.library.table
    header = table.horizontalHeader()
    assert table.columnWidth(0) >= title_width(window, *SHORT_TITLES)
    shown = [column for column in OPTIONAL if not header.isSectionHidden(column)]
    if screen.width() >= 1920:
        assert table.columnWidth(0) >= title_width(window, LONG_TITLE)
        assert shown == list(OPTIONAL), "a large screen shows every column"
    else:
        assert DATE in shown, "the date is the last to give way"
        assert LENGTH not in shown, "the reading time gives way first"


def test_a_window_remembered_on_a_bigger_screen_comes_back_inside(
    qapp: QApplication, open_window: OpenWindow
) -> None:
    with screen_of(1920, 1080):
        window = open_window()
        window.showNormal()
        window.setGeometry(300, 200, 1500, 850)
        qapp.processEvents()
        window.close()
    with screen_of(1024, 600) as laptop:
        again = open_window()
        assert outside(again, laptop) == []


def test_every_dialog_fits_the_screen_and_says_its_sentences_whole(
    qtbot: QtBot, screen: QRect, open_window: OpenWindow, gui_archive: Path, tmp_path: Path
) -> None:
    window = open_window()
    problems: list[str] = []

    def check(dialog: QWidget) -> None:
        qtbot.waitUntil(dialog.isVisible)
        QApplication.processEvents()
        name = dialog.windowTitle()
        problems.extend(f"{name}: {problem}" for problem in outside(dialog, screen))
        problems.extend(f"{name}: {problem}" for problem in cut_sentences(dialog))

    for open_modal in (window.open_settings, window.show_shortcuts, window.show_about):
        check_modal(qtbot, open_modal, check)
    check_modal(qtbot, lambda: confirm_unsigned(window), check)

    for dialog in (window.updates.open_sources(), window.updates.export_bundle()):
        check(dialog)
        dialog.close()

    keys = window.updates.open_keys()
    with open_archive(gui_archive) as archive:
        trust_key(archive, SecretKey.generate().public, "Events team")
    keys.refresh()
    qtbot.waitUntil(lambda: keys.trusted.topLevelItemCount() == 1)
    check(keys)
    for form in (MakeKeyDialog(keys), TrustKeyDialog(keys)):
        form.show()
        check(form)
        form.close()
    keys.close()

    for bundle in unsigned_bundles(gui_archive, tmp_path):
        preview = window.updates.import_bundle(bundle)
        qtbot.waitUntil(partial(has_plan, preview), timeout=15_000)
        check(preview)
        preview.close()

    assert problems == []


def has_plan(preview: ImportBundleDialog) -> bool:
    return preview.plan is not None


def check_modal(
    qtbot: QtBot, open_modal: Callable[[], object], check: Callable[[QWidget], None]
) -> None:
    """Open a modal dialog, check it while it shows, then close it."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        check(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    open_modal()
    assert seen, "the dialog opened"


def unsigned_bundles(archive: Path, folder: Path) -> list[Path]:
    """Two bundles whose preview refuses them with a long sentence: one unsigned from another
    archive, one exported from this very archive."""
    with open_archive(folder / "publisher.db") as publisher:
        fill_web(publisher, range(1, 4))
        other = export_bundle(publisher, folder / "other.storybundle").path
    with open_archive(archive) as own_archive:
        own = export_bundle(own_archive, folder / "own.storybundle").path
    return [other, own]


def test_the_set_panel_opens_inside_a_small_screen(qtbot: QtBot, open_window: OpenWindow) -> None:
    """A host on a 1024x600 laptop opens Present > Sets for events in the maximised window:
    the window stays on the screen, and so do the panel's buttons."""
    with screen_of(*SIZES["1024x600"]) as area:
        window = open_window()
        window.showMaximized()
        qtbot.waitUntil(lambda: window.frameGeometry().width() <= area.width() + 1)
        window.commands["sets"].trigger()
        panel = window.presenting.panel
        assert panel is not None
        qtbot.wait(50)
        assert outside(window, area) == []
        assert window.width() <= area.width()
        box = QRect(panel.mapTo(window, panel.rect().topLeft()), panel.size())
        assert window.rect().contains(box), f"the panel at {box} in a window of {window.size()}"
