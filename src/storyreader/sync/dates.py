"""Dates as the web writes them (RFC 822 in RSS, ISO 8601 in Atom and JSON, "March 4, 2024"
on a page), read into naive UTC datetimes as the archive stores them."""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TEXT_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # March 4, 2024
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),  # 4 March 2024
)
_ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")


def to_naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def parse_date(text: str | None) -> datetime | None:
    """A date in any of the forms above, or None."""
    if not text:
        return None
    text = text.strip()
    if not text:
        return None
    return _iso(text) or _rfc822(text) or _words(text)


def _iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00").replace("z", "+00:00")
    try:
        return to_naive_utc(datetime.fromisoformat(candidate))
    except ValueError:
        return None


def _rfc822(text: str) -> datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return to_naive_utc(moment)


def _words(text: str) -> datetime | None:
    """A date written out in words, or an ISO date inside other text."""
    for pattern in _TEXT_DATES:
        match = pattern.search(text)
        if match:
            month = _MONTHS.get(match["month"].lower())
            if month:
                return _safe(int(match["year"]), month, int(match["day"]))
    match = _ISO_DATE.search(text)
    if match:
        return _safe(int(match["year"]), int(match["month"]), int(match["day"]))
    return None


def _safe(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None
