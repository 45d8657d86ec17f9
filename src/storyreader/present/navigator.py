"""Where a show is, headless: the slide on screen, blanking, typed slide numbers, and the
content warning card that stands before a flagged story until the host moves on.

The views turn keys into these calls and draw what `screen` says; nothing here knows about
windows or screens, so the rules can be read (and checked) in one place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from storyreader.present.layout import DEFAULT_THEME
from storyreader.present.slides import Deck, Slide, SlideKind

MAX_TYPED_DIGITS = 4


class Screen(enum.StrEnum):
    SLIDE = "slide"
    BLACK = "black"
    LOGO = "logo"
    SHARE = "share"  # "Read these stories on your phone": the shared address as a QR code


@dataclass(frozen=True)
class ShowOptions:
    theme: str = DEFAULT_THEME
    font_scale: float = 1.0
    closing_slides: bool = True
    logo_path: str = ""  # the organisation's logo for the blank-to-logo screen
    organisation: str = ""  # shown on that screen when there is no logo


class Navigator:
    """The position in a deck, and what the audience sees."""

    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        self.index = 0
        self.screen = Screen.SLIDE
        self.typed = ""  # digits typed so far, for "number then Enter"
        self._warned: set[int] = set()  # stories whose warning the audience has seen
        self._after_warning: int | None = None  # where a jump was going when a card stood in
        self._arrive(0)

    @property
    def slide(self) -> Slide | None:
        return self.deck.slides[self.index] if self.deck.slides else None

    @property
    def next_slide(self) -> Slide | None:
        following = self.index + 1
        if self._after_warning is not None:
            following = self._after_warning
        return self.deck.slides[following] if following < len(self.deck.slides) else None

    @property
    def story(self) -> int:
        return self.deck.story_at(self.index)

    def _arrive(self, index: int) -> None:
        slide = self.deck.slides[index] if self.deck.slides else None
        if slide is not None and slide.kind == SlideKind.WARNING:
            self._warned.add(slide.story)

    # --- moving -----------------------------------------------------------------------

    def go_to(self, index: int) -> bool:
        """Show slide `index` (clamped); a flagged story's warning comes first. True if the
        audience now sees something else."""
        if not self.deck.slides:
            return False
        unblanked = self._unblank()
        index = max(0, min(index, len(self.deck.slides) - 1))
        story = self.deck.story_at(index)
        warning = self.deck.starts[story] if story >= 0 else 0
        target_is_card = self.deck.slides[index].kind == SlideKind.WARNING
        if (
            not target_is_card
            and self.deck.slides[warning].kind == SlideKind.WARNING
            and story not in self._warned
        ):
            self._after_warning = index if index != warning + 1 else None
            index = warning
        else:
            self._after_warning = None
        changed = index != self.index or unblanked
        self.index = index
        self._arrive(index)
        return changed

    def _unblank(self) -> bool:
        blanked, self.screen = self.screen != Screen.SLIDE, Screen.SLIDE
        return blanked

    def forward(self) -> bool:
        if self._unblank():
            return True  # the first press brings back the slide that was up, unmoved
        if self._after_warning is not None:
            target, self._after_warning = self._after_warning, None
            return self.go_to(target)
        return self.go_to(self.index + 1)

    def back(self) -> bool:
        if self._unblank():
            return True
        self._after_warning = None
        return self.go_to(self.index - 1)

    def first(self) -> bool:
        return self.go_to(0)

    def last(self) -> bool:
        return self.go_to(len(self.deck.slides) - 1)

    def go_to_story(self, story: int) -> bool:
        if 0 <= story < len(self.deck.starts):
            return self.go_to(self.deck.starts[story])
        return False

    # --- typed numbers ------------------------------------------------------------------

    def type_digit(self, digit: str) -> None:
        if digit.isdigit() and len(self.typed) < MAX_TYPED_DIGITS:
            self.typed += digit

    def erase_digit(self) -> bool:
        """Backspace while typing a number; False when there was nothing typed."""
        if not self.typed:
            return False
        self.typed = self.typed[:-1]
        return True

    def enter(self) -> bool:
        """Enter: go to the typed slide number (1 is the first), else forward."""
        if self.typed:
            number, self.typed = int(self.typed), ""
            return self.go_to(number - 1) if number >= 1 else False
        return self.forward()

    def cancel_typing(self) -> bool:
        had, self.typed = bool(self.typed), ""
        return had

    # --- blanking -----------------------------------------------------------------------

    def toggle(self, screen: Screen) -> None:
        """B or . for black, W for the logo, Q for the phones' QR code; the same key again
        brings the slide back."""
        self.screen = Screen.SLIDE if self.screen == screen else screen

    def replace_deck(self, deck: Deck) -> None:
        """The same show paginated again (another screen size): keep the story and about
        the same place in it."""
        story = self.story
        old_start = self.deck.starts[story] if story >= 0 else 0
        old_count = sum(1 for slide in self.deck.slides if slide.story == story) or 1
        fraction = (self.index - old_start) / old_count
        self.deck = deck
        self._after_warning = None
        if story < 0 or story >= len(deck.starts):
            self.index = 0
            return
        count = sum(1 for slide in deck.slides if slide.story == story) or 1
        self.index = min(len(deck.slides) - 1, deck.starts[story] + round(fraction * count))
