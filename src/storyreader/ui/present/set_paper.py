"""A set on paper, from the set-list editor: its slides or its handout as a PDF, and the
handout printed. The pages themselves are the core's (`storyreader.present.pdf`).

Its sentences are the editor's (translation context "SetsDialog").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.set_info import SetInfo
from storyreader.ui.present.show_options import load_options
from storyreader.ui.settings import Settings


def export_pdf(
    parent: QWidget, library: Library, settings: Settings, info: SetInfo, handout: bool
) -> None:
    """Ask where, then write the slides (or the handout) as a PDF."""
    suffix = (
        QCoreApplication.translate("SetsDialog", "handout")
        if handout
        else QCoreApplication.translate("SetsDialog", "slides")
    )
    suggested = f"{info.name[:60]} - {suffix}.pdf".replace("/", "-")
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SetsDialog", "Save as PDF"),
        suggested,
        QCoreApplication.translate("SetsDialog", "PDF documents (*.pdf)"),
    )
    if path:
        write_pdf(parent, library, settings, info, Path(path), handout)


def write_pdf(
    parent: QWidget,
    library: Library,
    settings: Settings,
    info: SetInfo,
    path: Path,
    handout: bool,
) -> None:
    from storyreader.present.layout import theme_named
    from storyreader.present.pdf import write_handout_pdf, write_set_slides_pdf

    try:
        if handout:
            write_handout_pdf(path, info, library.document, library.media)
        else:
            options = load_options(settings)
            write_set_slides_pdf(
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
            parent, QCoreApplication.translate("SetsDialog", "Save as PDF"), str(error)
        )


def print_handout(parent: QWidget, library: Library, info: SetInfo) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from storyreader.present.pdf import print_handout as print_pages

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_pages(printer, info, library.document, library.media)
