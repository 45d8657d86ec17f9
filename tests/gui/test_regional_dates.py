"""Dates and times follow the system's region, with four-digit years, whatever language the
app is set to speak: each case is a fresh process with its own system locale, as a laptop's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CHILD = """
import sys
from datetime import datetime
from PySide6.QtWidgets import QApplication
from storyreader.app import install_translations
from storyreader.ui.dates import format_date, format_moment
app = QApplication([])
install_translations(app, sys.argv[1])
print(format_date(datetime(2026, 3, 14)))
print(format_moment(datetime(2026, 3, 14, 20, 47)))
"""


def shown(system_locale: str, language: str) -> list[str]:
    env = {
        **os.environ,
        "LANG": system_locale,
        "LC_ALL": system_locale,
        "TZ": "UTC",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, language],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("system_locale", "language", "day", "moment"),
    [
        # A British laptop whose reader chose English: not 3/14/26, 8:47 PM.
        ("en_GB.UTF-8", "en", "14/03/2026", "14/03/2026 20:47"),
        # Korean as the system has it: not "26. 3. 14.".
        ("ko_KR.UTF-8", "", "2026. 3. 14.", "2026. 3. 14. 오후 8:47"),
        # An American laptop keeps its order, with the whole year.
        ("en_US.UTF-8", "ko", "3/14/2026", "3/14/2026 8:47\u202fPM"),
    ],
    ids=["British, English chosen", "Korean", "American, Korean chosen"],
)
def test_dates_keep_the_region_and_four_digit_years(
    system_locale: str, language: str, day: str, moment: str
) -> None:
    assert shown(system_locale, language) == [day, moment]
