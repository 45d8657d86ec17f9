"""The reading page's type families: one family for Korean and Latin on the same page.

A Latin face (DejaVu Serif, Noto Serif) has no Hangul, so Qt draws Korean in a fallback
face: smaller-looking and lighter, since each face's letters fill its em differently. A page
with any Hangul is set in a face that has both scripts, drawn as one design (Noto CJK,
Nanum); a page without keeps the Latin face.
"""

from __future__ import annotations

import re

from storyreader.ui.theme import SANS, SERIF, first_installed

# Faces with Hangul and Latin letters of one design, best first.
KOREAN_SERIF = ("Noto Serif CJK KR", "Noto Serif KR", "Source Han Serif K", "NanumMyeongjo")
KOREAN_SANS = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans K",
    "NanumBarunGothic",
    "NanumGothic",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def has_hangul(text: str) -> bool:
    return _HANGUL.search(text) is not None


def page_families(typeface: str, text: str = "") -> list[str]:
    """The families for a page of `text` in the chosen typeface ("serif" or "sans")."""
    latin = SERIF if typeface == "serif" else SANS
    if not has_hangul(text):
        return list(latin)
    korean = KOREAN_SERIF if typeface == "serif" else KOREAN_SANS
    both = first_installed(korean)
    return [both, *latin] if both else list(latin)
