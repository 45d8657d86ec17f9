"""Stories as slides: every slide's text inside its area at common projector sizes, in
English and Korean, split where a reader would split it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from storyreader.archive.library import Library
from storyreader.archive.queries import DocumentDetail
from storyreader.present.compose import compose
from storyreader.present.layout import SlideStyle
from storyreader.present.paginate import build_deck, sentences, story_slides
from storyreader.present.qr import qr_modules
from storyreader.present.set_info import SetInfo
from storyreader.present.sets import Sets
from storyreader.present.slides import (
    BlockKind,
    Deck,
    ImageBlock,
    Slide,
    SlideKind,
    TextBlock,
    story_blocks,
)
from tests.present.conftest import KOREAN_LETTER, LANTERN, LETTERS, PAPER_BOATS, id_of

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
TOLERANCE = 0.5  # pixels of rounding


def assert_inside(slide: Slide, style: SlideStyle) -> None:
    """Every laid-out line of the slide within the slide's area (at its story's text size)."""
    area = style.scaled(slide.text_scale).area
    composition = compose(slide, style)
    for item in composition.texts:
        layout = item.laid.layout
        assert layout.lineCount() > 0
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            top = item.origin.y() + line.y()
            assert top >= area.top() - TOLERANCE, (slide.kind, number)
            assert top + line.height() <= area.bottom() + TOLERANCE, (slide.kind, line.height())
            assert item.origin.x() >= area.left() - TOLERANCE
            assert item.origin.x() + line.x() + line.naturalTextWidth() <= area.right() + TOLERANCE
    for box in (composition.picture, composition.qr):
        if box is not None:
            assert area.adjusted(-1, -1, 1, 1).contains(box)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("title", [PAPER_BOATS, LETTERS, LANTERN, KOREAN_LETTER])
def test_no_slide_overflows(
    qapp: QApplication, library: Library, size: tuple[int, int], title: str
) -> None:
    document = library.document(id_of(library, title))
    document = replace(document, url="https://example.org/stories/" + document.id)
    style = SlideStyle(*size)
    slides = story_slides(document, style)
    kinds = [slide.kind for slide in slides]
    assert kinds[0] == SlideKind.TITLE and kinds[-1] == SlideKind.CLOSING
    assert kinds.count(SlideKind.TEXT) >= 3
    for slide in slides:
        assert_inside(slide, style)
        if slide.kind == SlideKind.TEXT:
            assert slide.blocks[-1].kind != BlockKind.HEADING, "a heading alone at the bottom"
    # Every word of the story is on a slide, in order.
    shown = " ".join(b.text for s in slides for b in s.blocks).split()
    body = [b for b in story_blocks(document.body_html) if isinstance(b, TextBlock)]
    assert shown == " ".join(b.text for b in body).split()


def test_korean_is_set_in_a_font_with_hangul(qapp: QApplication) -> None:
    style = SlideStyle(1920, 1080)
    font = style.font(BlockKind.PARAGRAPH, "ko")
    assert QFontMetricsF(font).inFontUcs4(ord("한"))  # no boxes for Hangul


def test_title_picture_and_closing_slides(qapp: QApplication, library: Library) -> None:
    document = library.document(id_of(library, PAPER_BOATS))
    slides = story_slides(document, SlideStyle(1366, 768))
    title = slides[0]
    assert (title.title, title.subtitle) == (PAPER_BOATS, "Amina · 2017-09-12")
    pictures = [slide for slide in slides if slide.kind == SlideKind.IMAGE]
    assert len(pictures) == 1
    assert pictures[0].image == document.assets[0].sha256
    assert pictures[0].caption.startswith("A paper boat on night water.")
    assert slides[-1].kind == SlideKind.TEXT  # no address, no closing slide
    with_address = replace(document, url="https://example.org/paper-boats")
    closing = story_slides(with_address, SlideStyle(1366, 768))[-1]
    assert closing.kind == SlideKind.CLOSING and closing.url == "https://example.org/paper-boats"
    assert story_slides(with_address, SlideStyle(1366, 768), closing_slide=False)[-1].kind == (
        SlideKind.TEXT
    )
    modules = qr_modules(closing.url)
    assert len(modules) == len(modules[0]) >= 21  # a square QR code, version 1 or more


def synthetic(library: Library, body_html: str, title: str = "A long story") -> DocumentDetail:
    document = library.document(id_of(library, PAPER_BOATS))
    return replace(document, title=title, body_html=body_html, assets=())


def test_a_paragraph_longer_than_a_slide_is_split_at_sentences(
    qapp: QApplication, library: Library
) -> None:
    text = " ".join(f"This is sentence number {n} of a very long paragraph." for n in range(60))
    style = SlideStyle(1024, 768)
    slides = story_slides(synthetic(library, f"<p>{text}</p>"), style)[1:]
    assert len(slides) > 3
    pieces = [slide.blocks[0].text for slide in slides]
    assert all(piece.endswith("paragraph.") for piece in pieces)
    assert " ".join(pieces) == text
    for slide in slides:
        assert_inside(slide, style)


def test_a_sentence_longer_than_a_slide_is_cut_at_its_lines(
    qapp: QApplication, library: Library
) -> None:
    text = "and then " * 400 + "the end."
    style = SlideStyle(1024, 768)
    slides = story_slides(synthetic(library, f"<p>{text}</p>"), style)[1:]
    assert len(slides) > 2
    assert " ".join(s.blocks[0].text for s in slides).split() == text.split()
    for slide in slides:
        assert_inside(slide, style)


def test_a_long_title_and_large_type_still_fit(qapp: QApplication, library: Library) -> None:
    document = synthetic(library, "<p>Short.</p>", title="A title that goes on " * 12)
    for scale in (1.0, 1.6):
        style = SlideStyle(1024, 768, scale)
        for slide in story_slides(document, style):
            assert_inside(slide, style)
    normal = story_slides(library.document(id_of(library, LETTERS)), SlideStyle(1366, 768))
    large = story_slides(library.document(id_of(library, LETTERS)), SlideStyle(1366, 768, 1.5))
    assert len(large) > len(normal)


def test_blocks_of_a_sanitized_body() -> None:
    blocks = story_blocks(
        "<h2>Arrival</h2><p>One <em>two</em>\n three.</p><blockquote><p>Said.</p></blockquote>"
        "<ul><li>First</li><li>Second</li></ul><p>Line<br>break</p>"
        '<figure><img src="asset:abc" alt="Alt"><figcaption>Caption</figcaption></figure>'
        '<p><img src="https://elsewhere.example/x.png"><img src="asset:missing/2"></p>'
    )
    assert blocks == [
        TextBlock(BlockKind.HEADING, "Arrival"),
        TextBlock(BlockKind.PARAGRAPH, "One two three."),
        TextBlock(BlockKind.QUOTE, "Said."),
        TextBlock(BlockKind.ITEM, "First"),
        TextBlock(BlockKind.ITEM, "Second"),
        TextBlock(BlockKind.PARAGRAPH, "Line\u2028break"),
        ImageBlock("abc", "Alt", "Caption"),
        ImageBlock(None, ""),
    ]


def test_sentences_in_english_and_korean(qapp: QApplication) -> None:
    assert sentences("One. Two? Three!") == ["One.", "Two?", "Three!"]
    assert sentences("저는 강을 건넜습니다. 어머니는 남으셨습니다.") == [
        "저는 강을 건넜습니다.",
        "어머니는 남으셨습니다.",
    ]


def test_a_deck_puts_the_warning_card_before_a_flagged_story(
    qapp: QApplication, library: Library, evening: SetInfo
) -> None:
    deck = build_deck(evening, library.document, SlideStyle(1366, 768))
    assert [story.title for story in deck.stories] == [PAPER_BOATS, LANTERN, LETTERS]
    korean = deck.slides[deck.starts[1]]
    assert korean.kind == SlideKind.WARNING and korean.subtitle == "Separation from family"
    assert deck.slides[deck.starts[1] + 1].kind == SlideKind.TITLE
    assert deck.slides[deck.starts[0]].kind == SlideKind.TITLE
    assert len(deck) == sum(len(story.slides) for story in deck.stories)
    for slide in deck.slides:
        assert_inside(slide, SlideStyle(1366, 768))


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_storys_own_text_size_repaginates_it_and_never_overflows(
    qapp: QApplication, library: Library, sets: Sets, evening: SetInfo, size: tuple[int, int]
) -> None:
    style = SlideStyle(*size, 1.15)  # the host's type size, times each story's own
    before = build_deck(evening, library.document, style)
    sets.update_item(evening.items[0].id, text_size=70)  # long paragraphs: smaller
    sets.update_item(evening.items[2].id, text_size=130)
    after = build_deck(sets.get(evening.id), library.document, style)

    def text_slides(deck: Deck, story: int) -> int:
        return sum(1 for s in deck.stories[story].slides if s.kind == SlideKind.TEXT)

    assert text_slides(after, 0) < text_slides(before, 0)
    assert text_slides(after, 1) == text_slides(before, 1)
    assert text_slides(after, 2) > text_slides(before, 2)
    assert {s.text_scale for s in after.stories[0].slides} == {0.7}
    assert {s.text_scale for s in after.stories[2].slides} == {1.3}
    for slide in after.slides:
        assert_inside(slide, style)
    # Drawn at its own size: the smaller story's body type is smaller on the screen too.
    first_text = next(s for s in after.stories[0].slides if s.kind == SlideKind.TEXT)
    drawn = compose(first_text, style).texts[0].laid.layout.font().pixelSize()
    assert drawn == round(style.scaled(0.7).base_px) < round(style.base_px)
