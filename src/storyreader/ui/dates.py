"""Dates and times as the reader's region writes them, with four-digit years.

The region is the system's, whatever language the app speaks (app.install_translations keeps
it): a British reader who chooses English keeps 14/03/2026 and 20:47. A region's short date
with a two-digit year ("26. 3. 14.", "3/14/26") is written with all four digits, since an
archive spans decades. Without a configured locale (C), dates are ISO 8601.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

_SHORT_YEAR = re.compile(r"(?<!y)y{1,3}(?!y)")


def date_pattern(locale: QLocale) -> str:
    """The locale's short date pattern with a four-digit year."""
    return _SHORT_YEAR.sub("yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))


def _unconfigured(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def format_date(moment: datetime | date | None) -> str:
    """A calendar date (a publication date: no time zone to apply)."""
    if moment is None:
        return ""
    day = moment.date() if isinstance(moment, datetime) else moment
    locale = QLocale()
    if _unconfigured(locale):
        return day.isoformat()
    return str(locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale)))


def format_moment(moment: datetime | None) -> str:
    """A moment (stored as UTC; naive means UTC) as a date and a time on the reader's clock."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    local = aware.astimezone()
    locale = QLocale()
    if _unconfigured(locale):
        return f"{local:%Y-%m-%d %H:%M}"
    shown = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.systemTimeZone(),
    )
    pattern = f"{date_pattern(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    return str(locale.toString(shown, pattern))
