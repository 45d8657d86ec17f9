"""Big pictures cost what they are shown at: slides, PDFs and handouts decode each picture at
the size it is drawn, and keep only those scaled images."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from storyreader.archive.library import Library
from storyreader.present.handout import HANDOUT_PICTURE_SIDE
from storyreader.present.pdf import write_handout_pdf, write_set_slides_pdf
from storyreader.present.pictures import MAX_SIDE, PictureCache
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from tests.pictures import save_picture_story, solid_png

BIG = (3200, 1800)  # 23 MB decoded: big enough to show, small enough for a quick test
SMALL = (120, 90)


def pdf_pictures(path: Path) -> list[tuple[int, int]]:
    """The pixel size of every picture the PDF holds."""
    found = []
    for match in re.finditer(rb"/Subtype\s*/Image\b(.*?)>>", path.read_bytes(), re.DOTALL):
        width = re.search(rb"/Width\s+(\d+)", match.group(1))
        height = re.search(rb"/Height\s+(\d+)", match.group(1))
        assert width is not None and height is not None
        found.append((int(width.group(1)), int(height.group(1))))
    return found


@pytest.fixture
def pictures_set(library: Library) -> SetInfo:
    """A story with a big picture (wider than tall) and a small one, in a set of its own."""
    document_id = save_picture_story(
        library.archive,
        [solid_png(b"\x20\x80\xc0", *BIG), solid_png(b"\xc0\x40\x20", *SMALL)],
        title="Pictures from the camp",
    )
    return Sets(library.archive).create("Pictures", [document_id])


def test_a_slides_pdf_holds_each_picture_at_the_size_it_is_drawn(
    qapp: QApplication, library: Library, pictures_set: SetInfo, tmp_path: Path
) -> None:
    out = tmp_path / "slides.pdf"
    write_set_slides_pdf(out, pictures_set, library.document, library.media)
    sizes = sorted(pdf_pictures(out))
    assert len(sizes) == 2
    small, big = sizes
    assert small == SMALL  # never enlarged
    assert max(big) <= MAX_SIDE < max(BIG)  # not the 3,200 pixels stored
    assert big[0] / big[1] == pytest.approx(BIG[0] / BIG[1], rel=0.01)  # its shape kept


def test_a_handout_holds_pictures_no_wider_than_it_prints_them(
    qapp: QApplication, library: Library, pictures_set: SetInfo, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, pictures_set, library.document, library.media)
    sizes = sorted(pdf_pictures(out))
    assert len(sizes) == 2
    small, big = sizes
    assert small == SMALL
    assert big[0] == HANDOUT_PICTURE_SIDE < BIG[0]
    assert big[0] / big[1] == pytest.approx(BIG[0] / BIG[1], rel=0.01)


def test_the_picture_cache_holds_scaled_pictures_only(
    qapp: QApplication, library: Library, pictures_set: SetInfo
) -> None:
    story = library.document(pictures_set.items[0].document_id)
    big, small = (asset.sha256 for asset in story.assets)
    assert big is not None and small is not None
    cache = PictureCache(library.media)
    shown = cache.image(big, QSize(640, 360))
    assert shown is not None and shown.size() == QSize(640, 360)
    assert cache.image(small, QSize(640, 360)).size() == QSize(*SMALL)  # type: ignore[union-attr]
    preview = cache.image(big, QSize(160, 160))  # a console preview: a size of its own
    assert preview is not None and preview.size() == QSize(160, 90)
    assert sorted((image.width(), image.height()) for image in cache.held()) == [
        (120, 90),
        (160, 90),
        (640, 360),
    ]
    assert cache.image(big, QSize(640, 360)) is shown  # decoded once


def test_the_picture_cache_keeps_within_its_budget(
    qapp: QApplication, library: Library, pictures_set: SetInfo
) -> None:
    story = library.document(pictures_set.items[0].document_id)
    big = story.assets[0].sha256
    assert big is not None
    cache = PictureCache(library.media, budget=500_000)  # room for one 400x225 picture
    for width in (400, 401, 402, 403):
        assert cache.image(big, QSize(width, 1000)) is not None
    assert len(cache.held()) == 1 and cache.held_bytes <= 500_000
    assert cache.held()[0].width() == 403  # the most recently used is kept
