"""`storyreader --self-test`: prove an installed or frozen app works, with no display.

On a fresh copy of the sample archive it opens the real main window, waits for the search
index, searches, opens a hit and a document with a stored picture, and checks that the
translations, the SVG icons and the picture formats are all there; then it extracts a story
from a web page, writes a signed bundle and imports it into a second archive, and writes a
set's slides as a PDF, so that a frozen build missing any library those need fails here.
Prints one line per check; exit status 0 only if every check passed. (Packaging runs it on
the frozen build.)
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyreader.archive.db import Archive
    from storyreader.ui.window_protocol import AppWindow

CHECKS_TIMEOUT = 90.0


def run_self_test() -> int:
    from PySide6.QtCore import qInstallMessageHandler

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The offscreen platform remarks on every window that it cannot pass on size hints.
    qInstallMessageHandler(
        lambda _kind, _context, text: None if "propagateSizeHints" in text else print(text)
    )
    with tempfile.TemporaryDirectory(prefix="storyreader-self-test-") as work:
        return _run(Path(work))


def _run(work: Path) -> int:
    from PySide6.QtCore import QEventLoop, QLibraryInfo, QSize, QTranslator
    from PySide6.QtGui import QImageReader

    from storyreader.app import TRANSLATIONS, make_app
    from storyreader.archive import open_archive
    from storyreader.archive.library import Library
    from storyreader.archive.sample import install_sample
    from storyreader.ui.main_window import MainWindow
    from storyreader.ui.settings import Settings
    from storyreader.ui.tasks import TaskRunner
    from storyreader.ui.theme import icon

    app = make_app()
    results: list[tuple[str, bool]] = []

    def check(name: str, passed: bool) -> None:
        results.append((name, passed))
        print(f"{'ok ' if passed else 'FAIL'} {name}", flush=True)

    def wait(until: Callable[[], bool]) -> bool:
        deadline = time.monotonic() + CHECKS_TIMEOUT
        while not until() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return until()

    archive_path = work / "archive.db"
    install_sample(archive_path)
    check("the sample archive is bundled", archive_path.is_file())
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    check(
        "picture formats: png, jpeg, gif, webp, svg",
        {"png", "jpeg", "gif", "webp", "svg"} <= formats,
    )
    check("icons are drawn from SVG", not icon("search", "#000").pixmap(QSize(32, 32)).isNull())
    korean = QTranslator()
    check("the Korean translation is bundled", korean.load(str(TRANSLATIONS / "storyreader_ko.qm")))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    check("Qt's own translations are bundled", any(Path(qt_translations).glob("qtbase_ko.qm")))

    with open_archive(archive_path) as archive:
        runner = TaskRunner()
        window = MainWindow(Library(archive), Settings(work / "settings.ini"), runner)
        window.show()
        library = window.library
        check("the window lists the documents", library.model.rowCount() >= 12)
        check("the search index is built", wait(window.is_idle))
        library.search_field.setText("freedom")
        found = wait(lambda: library.results.model.rowCount() > 0)
        check("a search finds documents", found)
        hit = library.results.model.hit(0)
        if hit is not None:
            window.open_document(hit.id)
            check("a hit opens", hit.title in window.reading.view.toPlainText())
        pictured = next(
            (doc for doc in Library(archive).documents() if doc.title == "The Paper Boats"), None
        )
        if pictured is not None:
            window.open_document(pictured.id)
            app.processEvents()
            check("a stored picture shows", _has_picture(window))
        window.close()
        runner.wait()
        check("a web page's story is extracted", _extracts_a_page())
        check("a signed bundle is written and read back", _bundle_round_trip(archive, work))
        check("a set's slides are written as a PDF", _slides_pdf(archive, work))
    passed = all(ok for _name, ok in results)
    print("self-test passed" if passed else "self-test FAILED", flush=True)
    return 0 if passed else 1


def _extracts_a_page() -> bool:
    from storyreader.sync.extract import PageRules, extract_page

    page = (
        "<html><head><title>A night by the river | Site</title></head><body><nav>Menu</nav>"
        "<article><h1>A night by the river</h1><p>We crossed the river before dawn, and the "
        "water was cold.</p><p>Our neighbours had left a lamp in the window.</p>"
        '<p class="donate">Give today</p></article></body></html>'
    )
    # A source's own rules are CSS selectors: this needs cssselect in the build too.
    rules = PageRules(drop=("p.donate",))
    entry = extract_page(page, "https://example.org/blog/a-night", rules)
    return (
        entry.title == "A night by the river"
        and "lamp" in entry.html
        and "Menu" not in entry.html
        and "Give today" not in entry.html
    )


def _bundle_round_trip(archive: Archive, work: Path) -> bool:
    from storyreader.archive import open_archive
    from storyreader.bundle import export_bundle, import_bundle, open_bundle
    from storyreader.bundle.sign import SecretKey
    from storyreader.bundle.trust import trust_key

    key = SecretKey.generate()
    written = export_bundle(archive, work / "self-test.storybundle", key=key)
    with open_archive(work / "reader.db") as reader:
        trust_key(reader, key.public, "self-test")
        with open_bundle(reader, written.path) as bundle:
            report = import_bundle(reader, bundle)
    return len(report.created) == written.documents > 0


def _slides_pdf(archive: Archive, work: Path) -> bool:
    from storyreader.archive.library import Library
    from storyreader.present.paginate import build_deck
    from storyreader.present.pdf import PDF_STYLE, write_slides_pdf
    from storyreader.present.sets import Sets

    library = Library(archive)
    chosen = [document.id for document in library.documents()[:2]]
    info = Sets(archive).create("Self-test", chosen)
    deck = build_deck(info, library.document, PDF_STYLE, closing_slides=True)
    pages = write_slides_pdf(deck, work / "slides.pdf", load_media=library.media)
    return pages == len(deck.slides) > 2 and (work / "slides.pdf").stat().st_size > 0


def _has_picture(window: AppWindow) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    reader = window.reading.view
    html = reader.document().toHtml()
    start = html.find('src="asset:')
    if start < 0:
        return False
    name = html[start + 5 : html.index('"', start + 5)]
    image = reader.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    return isinstance(image, QImage) and not image.isNull()
