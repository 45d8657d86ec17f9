"""Sentences the core shows people, translatable without the core importing Qt.

The core writes `i18n.fill(i18n.translate("Context", "Text with %1"), value)`: Qt's `lupdate`
collects the `translate` calls (exactly two string arguments, as Qt's own), the desktop app
installs its translator here, and the command line keeps the English. `%1`, `%2`… are
filled in after translating, so a translation may put them in another order.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]
_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def fill(template: str, *values: object) -> str:
    """Put `values` in for %1, %2… (Qt's placeholders)."""
    for number, value in reversed(list(enumerate(values, 1))):  # %10 before %1
        template = template.replace(f"%{number}", str(value))
    return template
