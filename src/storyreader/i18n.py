"""Sentences the core shows people, translatable without the core importing Qt.

Two ways in, both collected by Qt's `lupdate` (it reads the calls by name, with exactly two
string arguments):

- `translate("Context", "Text with %1")` translates now: for what is shown at once (a
  progress line, a search's message), filled with `fill`.
- `QT_TRANSLATE_NOOP("Context", "Text with %1")` marks a `Sentence` that is kept in English
  with its values and translated when it is shown: what an error (`KnownError`), a report or
  a plan carries from a worker thread or the command line to whoever reads it. `str()` of it
  is the sentence in the reader's language.

The desktop app installs its translator here; the command line keeps the English. `%1`,
`%2`… are filled in after translating, so a translation may put them in another order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

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
    "%2" (a publisher's or a file's name) is left as it is. A value is shown with `str`, so a
    `Sentence` among them is translated too."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


@dataclass(frozen=True)
class Sentence:
    """A sentence in English with its values, translated only when shown (`str`)."""

    context: str
    template: str
    values: tuple[object, ...] = ()

    def with_values(self, *values: object) -> Sentence:
        return Sentence(self.context, self.template, values)

    def __str__(self) -> str:
        return fill(translate(self.context, self.template), *self.values)

    def english(self) -> str:
        """The sentence untranslated, whatever language the app speaks (for logs)."""
        english = (
            value.english() if isinstance(value, Sentence) else value for value in self.values
        )
        return fill(self.template, *english)


def QT_TRANSLATE_NOOP(context: str, template: str) -> Sentence:  # noqa: N802 - lupdate's name
    """Mark `template` for translation in `context`; it is translated when shown."""
    return Sentence(context, template)
