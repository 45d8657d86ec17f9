"""Sentences the core shows people, translatable without the core importing Qt.

The core writes `i18n.fill(i18n.translate("Context", "Text with %1"), value)`: Qt's `lupdate`
collects the `translate` calls (exactly two string arguments, as Qt's own), the desktop app
installs its translator here, and the command line keeps the English. `%1`, `%2`… are
filled in after translating, so a translation may put them in another order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str], str]
_translator: Translator | None = None
_PLACEHOLDER = re.compile(r"%(\d+)")


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def fill(template: str, *values: object) -> str:
    """Put `values` in for %1, %2… (Qt's placeholders), in one pass: a value that itself holds
    "%2" (a publisher's or a file's name) is left as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
