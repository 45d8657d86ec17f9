"""The handout as printed: every picture within the text's margins, each caption on its
picture's page, no heading at the foot of a page; read back from the PDF's own drawing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storyreader.archive.library import Library
from storyreader.archive.writes import IncomingDocument, ensure_source, save_document
from storyreader.present.pdf import HANDOUT_MARGIN_MM, lay_out_handout, write_handout_pdf
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from tests.pictures import solid_png
from tests.present.pdf_drawing import PageDrawing, pages

MARGIN_PT = HANDOUT_MARGIN_MM / 25.4 * 72
ROUNDING = 0.5  # points
FILLER = (
    "The river rose in the night and by morning the school was an island; the teachers "
    "carried the registers up to the roof, and the children counted boats until the water "
    "went down again, three days later, leaving a line of mud on every wall. "
) * 2


def save_story(library: Library, number: int, picture: bytes) -> str:
    """A story with `number` paragraphs before a captioned picture, then a heading."""
    before = "".join(f"<p>{FILLER}</p>" for _ in range(number))
    address = f"https://handout.example.org/{number}.png"
    body = (
        f"{before}<figure><img src='{address}' alt='A picture'>"
        f"<figcaption>Caption {number}: what the picture shows, in a line or two of its "
        "own.</figcaption></figure>"
        f"<h2>After picture {number}</h2><p>{FILLER}</p><h2>The end</h2><p>{FILLER}</p>"
    )
    with library.archive.write() as session:
        source = ensure_source(session, "Handout", "site", url="https://handout.example.org/")
        document_id, _outcome = save_document(
            session,
            source,
            IncomingDocument(
                origin=f"https://handout.example.org/story/{number}",
                source_key=str(number),
                title=f"Story {number}",
                html=body,
                images={address: picture},
            ),
        )
    return document_id


@pytest.fixture
def awkward_set(library: Library) -> SetInfo:
    """Pictures wider than the page, and one taller, landing at every height of a page."""
    wide, tall = solid_png(b"\x30\x60\x90", 1600, 900), solid_png(b"\x90\x60\x30", 500, 1400)
    ids = [save_story(library, number, tall if number == 3 else wide) for number in range(9)]
    return Sets(library.archive).create("Handout", ids)


def check_pictures_inside_the_text(drawn: list[PageDrawing]) -> int:
    """Every picture within the text's column (its left edge mirrored on the right: the
    margins are even) and within the page's margins; returns how many there are."""
    count = 0
    for page in drawn:
        if not page.pictures:
            continue
        left = min(x for x, _y in page.text_starts)  # where the text starts: the left margin
        assert left >= MARGIN_PT - ROUNDING
        for box in page.pictures:
            count += 1
            assert box.left >= left - ROUNDING
            assert box.right <= page.width - left + ROUNDING, "past the right margin"
            assert box.bottom >= MARGIN_PT - ROUNDING
            assert box.top <= page.height - MARGIN_PT + ROUNDING
    return count


def test_every_picture_fits_the_text_and_keeps_its_caption(
    qapp: QApplication, library: Library, awkward_set: SetInfo, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    written = write_handout_pdf(out, awkward_set, library.document, library.media)
    drawn = pages(out)
    assert written == len(drawn)
    assert check_pictures_inside_the_text(drawn) == len(awkward_set.items)

    # The same layout, as printed: each caption on its picture's page, no heading left alone.
    handout = lay_out_handout(awkward_set, library.document, library.media)
    assert handout.page_count == len(drawn)
    placed = handout.pictures()
    assert [sum(1 for p in placed if p.page == number) for number in range(len(drawn))] == [
        len(page.pictures) for page in drawn
    ]
    for picture in placed:
        assert picture.caption_page == picture.page, "a caption alone on the next page"
        assert picture.box.right() <= handout.page.width() + ROUNDING
        assert picture.box.bottom() <= handout.page.height() + ROUNDING
    headings = handout.headings()
    assert len(headings) == 2 * len(awkward_set.items) + 1 + len(awkward_set.items)
    assert all(heading == after for heading, after in headings), "a heading ends a page"
    # Some pictures had to move to keep their captions: the test sets that up.
    assert any(picture.box.top() < ROUNDING for picture in placed)


def test_the_evenings_handout_prints_well(
    qapp: QApplication, library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    out = tmp_path / "evening.pdf"
    write_handout_pdf(out, evening, library.document, library.media)
    assert check_pictures_inside_the_text(pages(out)) == 3
    handout = lay_out_handout(evening, library.document, library.media)
    assert all(p.caption_page == p.page for p in handout.pictures())
    assert all(heading == after for heading, after in handout.headings())


def test_a_picture_moved_to_the_next_page_leaves_no_line_at_the_foot_of_the_last(
    qapp: QApplication, library: Library, evening: SetInfo, tmp_path: Path
) -> None:
    """The page before a picture that was moved over is clipped at its own foot, and a PDF
    viewer draws the picture's edge there as a dark hairline unless it is not painted."""
    out = tmp_path / "evening.pdf"
    write_handout_pdf(out, evening, library.document, library.media)
    handout = lay_out_handout(evening, library.document, library.media)
    assert any(p.box.top() < 1 and p.page for p in handout.pictures()), "the set moves one"
    assert [page.edges for page in pages(out)] == [[] for _ in range(handout.page_count)]
