"""A set on paper: a 16:9 page for every slide, and a handout of the stories."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.paginate import build_deck
from storyreader.present.pdf import (
    PDF_STYLE,
    write_handout_pdf,
    write_set_slides_pdf,
    write_slides_pdf,
)
from storyreader.present.set_info import SetInfo


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, read from the PDF's page objects."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = []
    for match in re.finditer(rb"/Type\s*/Page\b(.*?)>>", data, re.DOTALL):
        box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", match.group(1))
        assert box is not None
        pages.append((float(box.group(1)), float(box.group(2))))
    return pages


def pictures_in(path: Path) -> int:
    """How many pictures the PDF holds (image objects, not the page's list of kinds)."""
    return len(re.findall(rb"/Subtype\s*/Image\b", path.read_bytes()))


def stored_pictures(library: Library, info: SetInfo) -> int:
    documents = [library.document(item.document_id) for item in info.items]
    return len({asset.sha256 for doc in documents for asset in doc.assets if asset.sha256})


def test_one_16_9_page_per_slide(
    qapp: QApplication, library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    deck = build_deck(evening, library.document, PDF_STYLE)
    out = tmp_path / "slides.pdf"
    written = write_slides_pdf(deck, out, title=evening.name, load_media=library.media)
    pages = pdf_pages(out)
    assert written == len(deck) == len(pages)
    assert len(deck) > 20
    for width, height in pages:
        assert width / height == pytest.approx(16 / 9, rel=0.01)
    assert pictures_in(out) == stored_pictures(library, evening) > 0  # the stories' pictures


def test_the_hosts_type_size_carries_into_the_pdf(
    qapp: QApplication, library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    pages = write_set_slides_pdf(normal, evening, library.document, library.media)
    assert pages == len(pdf_pages(normal)) == len(build_deck(evening, library.document, PDF_STYLE))
    more = write_set_slides_pdf(large, evening, library.document, library.media, font_scale=1.5)
    assert more == len(pdf_pages(large)) > pages


def test_a_handout_puts_each_story_on_its_own_pages(
    qapp: QApplication, library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, evening, library.document, library.media)
    pages = pdf_pages(out)
    assert len(pages) >= 1 + len(evening.items)  # the contents, then a page or more a story
    for width, height in pages:
        assert (width, height) == pytest.approx((595, 842), abs=2)  # A4 portrait
    assert pictures_in(out) == stored_pictures(library, evening) > 0  # from the archive
    shorter = tmp_path / "shorter.pdf"
    one = SetInfo(**{**vars(evening), "items": evening.items[:1]})
    write_handout_pdf(shorter, one, library.document, library.media)
    assert len(pdf_pages(shorter)) < len(pages)


def test_an_unwritable_place_is_said_plainly(
    qapp: QApplication, library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "out.pdf"
    deck = build_deck(evening, library.document, PDF_STYLE)
    with pytest.raises(KnownError, match="Cannot write"):
        write_slides_pdf(deck, missing)
    with pytest.raises(KnownError, match="Cannot write"):
        write_handout_pdf(missing, evening, library.document, library.media)
    with pytest.raises(KnownError, match="Cannot write"):
        write_set_slides_pdf(missing, evening, library.document, library.media)
