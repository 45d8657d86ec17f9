"""Stories made into slides that fit the audience screen.

Each story gets a title slide (title, author, date), text slides and a slide for each stored
picture, an optional closing slide with its address as a QR code, and, when the host flagged
it, a content warning card first. Text is packed into a slide's area a block at a time, as
`compose` will lay it out: a paragraph that does not fit what is left moves to the next
slide, and one too long for a whole slide is split at sentence boundaries (and a sentence
too long for a slide, at the last line that fits). A heading is never left alone at the
bottom of a slide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTextBoundaryFinder

from storyreader.archive.queries import DocumentDetail
from storyreader.present.compose import block_layout
from storyreader.present.layout import SlideStyle, lay_out, line_ends
from storyreader.present.set_info import SetInfo, SetItemInfo
from storyreader.present.slides import (
    BlockKind,
    Deck,
    ImageBlock,
    Slide,
    SlideKind,
    StorySlides,
    TextBlock,
    story_blocks,
)

FIT_TOLERANCE = 0.5  # pixels: rounding in the layout, never visible


def build_deck(
    set_info: SetInfo,
    load_document: Callable[[str], DocumentDetail],
    style: SlideStyle,
    *,
    closing_slides: bool = True,
) -> Deck:
    """The slides of a whole set, in order."""
    stories = []
    for number, item in enumerate(set_info.items):
        document = load_document(item.document_id)
        # A story's own text size: paginated with the type it is drawn with (`compose`).
        story_style = style.scaled(item.text_scale)
        slides = story_slides(document, story_style, story=number, closing_slide=closing_slides)
        if item.content_warning:
            warning = Slide(
                SlideKind.WARNING,
                number,
                title=document.title,
                subtitle=item.content_warning,
                language=document.language,
            )
            slides.insert(0, warning)
        if item.text_scale != 1.0:
            slides = [replace(slide, text_scale=item.text_scale) for slide in slides]
        stories.append(_story(item, document, slides))
    return Deck(tuple(stories))


def _story(item: SetItemInfo, document: DocumentDetail, slides: list[Slide]) -> StorySlides:
    return StorySlides(
        document_id=document.id,
        title=document.title,
        presenter_notes=item.presenter_notes,
        content_warning=item.content_warning,
        speaking_seconds=item.speaking_seconds,
        slides=tuple(slides),
        item_id=item.id,
        rehearsed_seconds=item.rehearsed_seconds,
    )


def story_slides(
    document: DocumentDetail, style: SlideStyle, *, story: int = 0, closing_slide: bool = True
) -> list[Slide]:
    language = document.language
    slides = [
        Slide(
            SlideKind.TITLE,
            story,
            title=document.title,
            subtitle=byline(document.author, document.published),
            language=language,
        )
    ]
    stored = {asset.sha256 for asset in document.assets if asset.sha256}
    packer = _Packer(style, language, story, document.title)
    blocks = story_blocks(document.body_html)
    for number, block in enumerate(blocks):
        if isinstance(block, ImageBlock):
            if block.sha256 in stored:
                packer.finish()
                packer.slides.append(
                    Slide(
                        SlideKind.IMAGE,
                        story,
                        title=document.title,
                        image=block.sha256,
                        caption=block.caption or block.alt,
                        language=language,
                    )
                )
            elif block.caption:
                packer.add(TextBlock(BlockKind.PARAGRAPH, block.caption), None)
            continue
        following = next((b for b in blocks[number + 1 :] if isinstance(b, TextBlock)), None)
        packer.add(block, following)
    packer.finish()
    slides.extend(packer.slides)
    if closing_slide and document.url:
        slides.append(
            Slide(
                SlideKind.CLOSING, story, title=document.title, url=document.url, language=language
            )
        )
    return slides


def byline(author: str, published: datetime | None) -> str:
    parts = [author]
    if published is not None:
        locale = QLocale()
        if locale.language() == QLocale.Language.C:
            parts.append(published.date().isoformat())
        else:
            day = QDate(published.year, published.month, published.day)
            parts.append(locale.toString(day, QLocale.FormatType.LongFormat))
    return " · ".join(part for part in parts if part)


def sentences(text: str) -> list[str]:
    """`text` cut at sentence boundaries (Unicode's rules: English and Korean alike)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Sentence, text)
    pieces = []
    start = 0
    while (end := finder.toNextBoundary()) != -1:
        if end > start:
            piece = text[start:end].strip()
            if piece:
                pieces.append(piece)
        start = end
    return pieces


class _Packer:
    """Fills text slides one block at a time."""

    def __init__(self, style: SlideStyle, language: str, story: int, title: str) -> None:
        self.style = style
        self.language = language
        self.story = story
        self.title = title
        self.slides: list[Slide] = []
        self._blocks: list[TextBlock] = []
        self._used = 0.0
        self._room = style.area.height() + FIT_TOLERANCE

    def _height(self, block: TextBlock) -> float:
        return block_layout(block, self.style, self.language).height

    def _needed(self, height: float) -> float:
        return height + (self.style.paragraph_gap if self._blocks else 0.0)

    def _fits(self, height: float) -> bool:
        return self._used + self._needed(height) <= self._room

    def _place(self, block: TextBlock, height: float) -> None:
        self._used += self._needed(height)
        self._blocks.append(block)

    def finish(self) -> None:
        if self._blocks:
            self.slides.append(
                Slide(
                    SlideKind.TEXT,
                    self.story,
                    title=self.title,
                    blocks=tuple(self._blocks),
                    language=self.language,
                )
            )
        self._blocks, self._used = [], 0.0

    def add(self, block: TextBlock, following: TextBlock | None) -> None:
        height = self._height(block)
        if block.kind == BlockKind.HEADING and following is not None:
            # Keep a heading with at least the first sentence of what it heads (its first
            # lines, if that sentence is longer than a slide): what does not fit under the
            # heading continues on the next slide.
            first = sentences(following.text)[:1] or [following.text]
            after = self._height(TextBlock(following.kind, first[0]))
            if after > self._room:
                body = self.style.font(following.kind, self.language)
                after = lay_out("x\u2028x", body, self.style.area.width()).height
            together = height + self.style.paragraph_gap + after
            if self._blocks and not self._fits(together):
                self.finish()
        under_heading = bool(self._blocks) and self._blocks[-1].kind == BlockKind.HEADING
        if self._fits(height):
            self._place(block, height)
        elif self._blocks and height <= self._room and not under_heading:
            self.finish()
            self._place(block, height)
        else:
            self._split(block)

    def _split(self, block: TextBlock) -> None:
        """A block too tall for what is left: sentence by sentence, over as many slides as
        it takes."""
        chunk = ""
        for sentence in sentences(block.text):
            candidate = f"{chunk} {sentence}" if chunk else sentence
            if self._fits(self._height(TextBlock(block.kind, candidate))):
                chunk = candidate
                continue
            if chunk:
                self._place(TextBlock(block.kind, chunk), 0.0)
                self.finish()
                chunk = ""
            elif self._blocks:
                self.finish()
            # `sentence` starts a slide: it fits one, or it is cut at its lines.
            chunk = self._cut_lines(block.kind, sentence)
        if chunk:
            piece = TextBlock(block.kind, chunk)
            self._place(piece, self._height(piece))

    def _cut_lines(self, kind: BlockKind, text: str) -> str:
        """Fill whole slides with the lines of `text`; return the rest (which fits one)."""
        while True:
            piece = TextBlock(kind, text)
            if self._fits(self._height(piece)):
                return text
            ends = line_ends(block_layout(piece, self.style, self.language))
            room = self._room - self._needed(0.0) - self._used
            fitting = [end for end, bottom in ends if bottom <= room]
            cut = fitting[-1] if fitting else ends[0][0]  # at least one line per slide
            self._place(TextBlock(kind, text[:cut].strip()), 0.0)
            self.finish()
            text = text[cut:].strip()
            if not text:
                return ""
