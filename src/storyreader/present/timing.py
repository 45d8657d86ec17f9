"""Speaking time: how long reading a story aloud takes at the host's pace."""

from __future__ import annotations

DEFAULT_WORDS_PER_MINUTE = 130  # an unhurried reading voice, for a room
MIN_WORDS_PER_MINUTE = 60
MAX_WORDS_PER_MINUTE = 300


def clamp_rate(words_per_minute: int) -> int:
    return max(MIN_WORDS_PER_MINUTE, min(MAX_WORDS_PER_MINUTE, int(words_per_minute)))


def speaking_seconds(words: int, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> int:
    """Seconds to read `words` aloud, rounded to the nearest second."""
    return round(max(0, words) * 60 / clamp_rate(words_per_minute))


def format_duration(seconds: int) -> str:
    """ "4:05" under an hour, "1:02:05" beyond: what a clock on a lectern shows."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
