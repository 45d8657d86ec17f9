"""A set on paper, from the set panel: its slides or its handout as a PDF (then said, with
a way to open the folder), and the handout printed. The pages themselves are the core's
(`storyreader.present.pdf`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.set_info import SetInfo
from storyreader.ui.present.show_options import load_options
from storyreader.ui.settings import Settings


def nothing_to_show(info: SetInfo | None) -> str:
    """Why a set cannot be presented or printed yet, in a sentence."""
    if info is None:
        return QCoreApplication.translate(
            "SetPaper",
            "There is no set yet. Make one with New, then drag stories into it from the "
            "library or the search results.",
        )
    return i18n.fill(
        QCoreApplication.translate(
            "SetPaper",
            "The set %1 has no stories yet. Drag some into it from the library or the search "
            "results, or use Add to set.",
        ),
        f"“{info.name}”",
    )


def _has_stories(parent: QWidget, info: SetInfo | None, title: str) -> bool:
    if info is not None and info.items:
        return True
    QMessageBox.information(parent, title, nothing_to_show(info))
    return False


def export_pdf(
    parent: QWidget,
    library: Library,
    settings: Settings,
    info: SetInfo | None,
    handout: bool,
    share_address: str = "",
) -> Path | None:
    """Ask where, then write the slides (or the handout) as a PDF; None if not written."""
    title = (
        QCoreApplication.translate("SetPaper", "Handout as PDF")
        if handout
        else QCoreApplication.translate("SetPaper", "Slides as PDF")
    )
    if not _has_stories(parent, info, title):
        return None
    assert info is not None
    suffix = (
        QCoreApplication.translate("SetPaper", "handout")
        if handout
        else QCoreApplication.translate("SetPaper", "slides")
    )
    suggested = f"{info.name[:60]} - {suffix}.pdf".replace("/", "-")
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("SetPaper", "PDF documents (*.pdf)")
    )
    if not path:
        return None
    written = write_pdf(parent, library, settings, info, Path(path), handout, share_address)
    if written is not None:
        confirm_saved(parent, title, Path(path), written)
        return Path(path)
    return None


def write_pdf(
    parent: QWidget,
    library: Library,
    settings: Settings,
    info: SetInfo,
    path: Path,
    handout: bool,
    share_address: str = "",
) -> int | None:
    """Write the PDF; the number of pages, or None if it could not be (said in a sentence).
    A handout carries `share_address` (the room's, while sharing) on its first page."""
    from storyreader.present.layout import theme_named
    from storyreader.present.pdf import write_handout_pdf, write_set_slides_pdf

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if handout:
            return write_handout_pdf(
                path, info, library.document, library.media, share_address=share_address
            )
        options = load_options(settings)
        return write_set_slides_pdf(
            path,
            info,
            library.document,
            library.media,
            theme=theme_named("light" if options.theme == "dark" else options.theme),
            font_scale=options.font_scale,
            closing_slides=options.closing_slides,
        )
    except KnownError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("SetPaper", "Save as PDF"), str(error)
        )
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


def confirm_saved(parent: QWidget, title: str, path: Path, pages: int) -> None:
    """Say where the PDF went, and offer to open its folder."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Information)
    saved = QCoreApplication.translate("SetPaper", "Saved %n page(s) as %1.", "", pages)
    box.setText(i18n.fill(saved, path.name))
    box.setInformativeText(str(path.parent))
    folder = box.addButton(
        QCoreApplication.translate("SetPaper", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def print_handout(
    parent: QWidget, library: Library, info: SetInfo | None, share_address: str = ""
) -> None:
    if not _has_stories(parent, info, QCoreApplication.translate("SetPaper", "Print the handout")):
        return
    assert info is not None
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from storyreader.present.pdf import print_handout as print_pages

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    try:
        print_pages(printer, info, library.document, library.media, share_address)
    except KnownError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("SetPaper", "Print the handout"), str(error)
        )
