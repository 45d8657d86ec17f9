"""A rehearsal's clock, headless: how long the host spent on each story, and which stories
they went all the way through.

The show tells it each slide it arrives at, with the time; the time from one arrival to the
next is the story's that was up (blanking and the overview included: the room would wait
for them too). A story's time is kept only once every one of its slides has been shown, so
skipping through a story never replaces a real rehearsal of it.
"""

from __future__ import annotations

from storyreader.present.slides import Deck


class RehearsalClock:
    def __init__(self, deck: Deck) -> None:
        self._deck = deck
        self._spent: dict[int, float] = {}  # by story number
        self._seen: set[int] = set()  # slide indexes shown
        self._done: set[int] = set()  # stories gone through before the deck was replaced
        self._story = -1
        self._since = 0.0

    def arrive(self, index: int, now: float) -> None:
        """The host is at slide `index` from time `now` (seconds, any monotonic clock)."""
        self._stop(now)
        if 0 <= index < len(self._deck.slides):
            self._seen.add(index)
            self._story = self._deck.story_at(index)
            self._since = now

    def _stop(self, now: float) -> None:
        if self._story >= 0:
            self._spent[self._story] = self._spent.get(self._story, 0.0) + now - self._since
        self._story = -1

    def replace_deck(self, deck: Deck, index: int, now: float) -> None:
        """The show was paginated again (another screen): the slides seen so far no longer
        match; the stories gone through, and every story's time, are kept."""
        self._stop(now)
        self._done.update(s for s in range(len(self._deck.stories)) if self.complete(s))
        self._deck = deck
        self._seen.clear()
        self.arrive(index, now)

    def complete(self, story: int) -> bool:
        """Whether every slide of `story` has been shown."""
        if story in self._done:
            return True
        start = self._deck.starts[story]
        count = len(self._deck.stories[story].slides)
        return all(index in self._seen for index in range(start, start + count))

    def seconds(self, now: float) -> dict[int, int]:
        """The rehearsed time of each story gone through, by set item id, as of `now`."""
        spent = dict(self._spent)
        if self._story >= 0:
            spent[self._story] = spent.get(self._story, 0.0) + now - self._since
        return {
            self._deck.stories[story].item_id: round(total)
            for story, total in spent.items()
            if self.complete(story)
        }
