"""The slide model, and a story's sanitized HTML read as blocks to put on slides.

A story becomes blocks (paragraphs, headings, quotations, list items, pictures with their
captions); `paginate` lays the blocks out on slides. Pictures are `asset:` references to the
archive's media and are drawn from there only. A `Deck` is the slides of a whole set, in
order, with where each story starts.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from storyreader.archive.media import ASSET_SCHEME
from storyreader.archive.sanitize import BLOCK_TAGS


class BlockKind(enum.StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    ITEM = "item"  # a list item, shown with a bullet


@dataclass(frozen=True)
class TextBlock:
    kind: BlockKind
    text: str  # plain text; U+2028 where the story breaks a line


@dataclass(frozen=True)
class ImageBlock:
    sha256: str | None  # None: the picture was never stored
    alt: str = ""
    caption: str = ""


StoryBlock = TextBlock | ImageBlock


class SlideKind(enum.StrEnum):
    WARNING = "warning"  # a content warning card before a flagged story
    TITLE = "title"
    TEXT = "text"
    IMAGE = "image"
    CLOSING = "closing"  # the story's address as a QR code
    SHARE = "share"  # the address phones in the room read the shared stories at, as a QR code


@dataclass(frozen=True)
class Slide:
    kind: SlideKind
    story: int  # index of the story in the deck
    title: str = ""  # the story's title (shown on title slides; named in the console)
    subtitle: str = ""  # author and date on a title slide; the warning on a warning card
    blocks: tuple[TextBlock, ...] = ()
    image: str | None = None  # sha256 of the picture on an image slide
    caption: str = ""
    url: str = ""  # the closing slide's address
    language: str = "en"
    text_scale: float = 1.0  # the story's own text size, times the show's type size


def share_slide(address: str, language: str = "en") -> Slide:
    """ "Read these stories on your phone": the address the app shares on, as a QR code."""
    return Slide(SlideKind.SHARE, -1, url=address, language=language)


@dataclass(frozen=True)
class StorySlides:
    document_id: str
    title: str
    presenter_notes: str
    content_warning: str
    speaking_seconds: int
    slides: tuple[Slide, ...]
    item_id: int = 0  # the set item this story is, for its rehearsed time
    rehearsed_seconds: int | None = None


@dataclass(frozen=True)
class Deck:
    stories: tuple[StorySlides, ...]
    slides: tuple[Slide, ...] = field(init=False)
    starts: tuple[int, ...] = field(init=False)  # the index of each story's first slide

    def __post_init__(self) -> None:
        slides: list[Slide] = []
        starts: list[int] = []
        for story in self.stories:
            starts.append(len(slides))
            slides.extend(story.slides)
        object.__setattr__(self, "slides", tuple(slides))
        object.__setattr__(self, "starts", tuple(starts))

    def __len__(self) -> int:
        return len(self.slides)

    def story_at(self, index: int) -> int:
        """The story the slide at `index` belongs to (-1 for an empty deck)."""
        return self.slides[index].story if 0 <= index < len(self.slides) else -1


# --- reading sanitized HTML as blocks ------------------------------------------------------

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
LINE_BREAK = "\u2028"


class _BlockReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[StoryBlock] = []
        self._open: list[str] = []
        self._text: list[str] = []
        self._figure_image: int | None = None  # the block index of the figure's picture
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self._image({name: value or "" for name, value in attrs})
            return
        if tag == "br":
            self._write(LINE_BREAK)
            return
        if tag in ("td", "th") and self._text:
            self._write(" · ")
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "figure":
            self._figure_image = None
        elif tag == "figcaption":
            self._caption = []
        if tag != "hr":  # a void element: it never closes
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._open:
            return
        if tag == "figcaption":
            self._end_caption()
        elif tag in BLOCK_TAGS:
            self._flush()
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self._caption is not None:
            self._caption.append(data)
        else:
            self._write(data)

    def _write(self, text: str) -> None:
        self._text.append(text)

    def _kind(self) -> BlockKind:
        if any(tag in _HEADINGS for tag in self._open):
            return BlockKind.HEADING
        if "li" in self._open or "dd" in self._open:
            return BlockKind.ITEM
        if "blockquote" in self._open:
            return BlockKind.QUOTE
        return BlockKind.PARAGRAPH

    def _flush(self) -> None:
        text = _clean("".join(self._text))
        self._text = []
        if text:
            self.blocks.append(TextBlock(self._kind(), text))

    def _image(self, attributes: dict[str, str]) -> None:
        self._flush()
        source = attributes.get("src", "")
        if not source.startswith(ASSET_SCHEME):
            return  # sanitized bodies hold nothing else; never look further
        key = source.removeprefix(ASSET_SCHEME)
        sha256 = None if key.startswith("missing/") else key
        self.blocks.append(ImageBlock(sha256, _clean(attributes.get("alt", ""))))
        if "figure" in self._open:
            self._figure_image = len(self.blocks) - 1

    def _end_caption(self) -> None:
        caption = _clean("".join(self._caption or []))
        self._caption = None
        if not caption:
            return
        index = self._figure_image
        picture = self.blocks[index] if index is not None else None
        if index is not None and isinstance(picture, ImageBlock):
            self.blocks[index] = replace(picture, caption=caption)
        else:
            self.blocks.append(TextBlock(BlockKind.PARAGRAPH, caption))

    def close(self) -> None:
        super().close()
        self._flush()


def _clean(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split(LINE_BREAK))
    return LINE_BREAK.join(line for line in lines if line)


def story_blocks(body_html: str) -> list[StoryBlock]:
    """The blocks of a sanitized body, in reading order."""
    reader = _BlockReader()
    reader.feed(body_html)
    reader.close()
    return reader.blocks
