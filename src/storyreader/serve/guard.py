"""Limits on what each phone may ask, and who is connected.

`RateLimit` is a token bucket per client address (a page with its pictures is a burst; a
phone that keeps asking faster than a person reads is slowed with 429). `Visitors` counts
the distinct clients seen recently: the "phones connected" the host sees. Both are bounded:
clients idle for a while are forgotten, so a room of strangers cannot grow them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

RATE_PER_SECOND = 10.0
BURST = 60.0
RECENT_SECONDS = 60.0  # a phone counts as connected for this long after its last request
MAX_CLIENTS = 4096  # clients remembered at once; beyond this, the idlest are forgotten

Clock = Callable[[], float]


class RateLimit:
    def __init__(
        self, rate: float = RATE_PER_SECOND, burst: float = BURST, clock: Clock = time.monotonic
    ) -> None:
        self.rate, self.burst, self._clock = rate, burst, clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, when)
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 if the request may go on, else the seconds to wait before asking again."""
        now = self._clock()
        with self._lock:
            tokens, when = self._buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - when) * self.rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                return (1.0 - tokens) / self.rate
            self._buckets[client] = (tokens - 1.0, now)
            if len(self._buckets) > MAX_CLIENTS:
                self._forget(now)
            return 0.0

    def _forget(self, now: float) -> None:
        full_after = self.burst / self.rate  # an idle bucket is full again: nothing to keep
        for client, (_tokens, when) in list(self._buckets.items()):
            if now - when > full_after:
                del self._buckets[client]
        while len(self._buckets) > MAX_CLIENTS:
            del self._buckets[next(iter(self._buckets))]


class Visitors:
    def __init__(self, window: float = RECENT_SECONDS, clock: Clock = time.monotonic) -> None:
        self.window, self._clock = window, clock
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def saw(self, client: str) -> None:
        now = self._clock()
        with self._lock:
            self._seen.pop(client, None)
            self._seen[client] = now  # the dict stays in order of last request
            if len(self._seen) > MAX_CLIENTS:
                self._seen.pop(next(iter(self._seen)))

    def count(self) -> int:
        """Distinct clients with a request in the last `window` seconds."""
        now = self._clock()
        with self._lock:
            while self._seen:
                oldest, when = next(iter(self._seen.items()))
                if now - when <= self.window:
                    break
                del self._seen[oldest]
            return len(self._seen)
