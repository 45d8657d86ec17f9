"""What is marked on the reading page: passages with notes, and matches (of find in page, or
the words of the search a document was opened from), one of them the current match.

Marks are Qt's extra selections: drawn over the text without changing the document. Notes
are tinted and underlined; matches are in the highlight colour, the current one in the
accent colour; stepping from match to match selects it and scrolls it into view.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from storyreader.ui.theme import THEMES, Theme

MAX_MATCHES = 5_000
Span = tuple[int, int]  # document positions, start and end


class PageMarks:
    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self.theme: Theme = THEMES["light"]
        self._notes: list[Span] = []
        self._matches: list[Span] = []
        self._current = -1

    # --- what is marked -------------------------------------------------------------------

    @property
    def count(self) -> int:
        return len(self._matches)

    @property
    def current(self) -> int:
        """The current match's index (0-based), or -1 before the first step."""
        return self._current

    @property
    def matches(self) -> list[Span]:
        return list(self._matches)

    def clear(self) -> None:
        self._notes, self._matches, self._current = [], [], -1
        self._view.setExtraSelections([])

    def set_notes(self, spans: list[Span]) -> None:
        self._notes = sorted(spans)
        self._draw()

    def find_text(self, text: str) -> int:
        """Mark every match of `text` (case-insensitive); return how many there are."""
        spans: list[Span] = []
        document = self._view.document()
        cursor = document.find(text, 0) if text else QTextCursor()
        while not cursor.isNull() and len(spans) < MAX_MATCHES:
            spans.append((cursor.selectionStart(), cursor.selectionEnd()))
            cursor = document.find(text, cursor)
        return self.set_matches(spans)

    def set_matches(self, spans: list[Span]) -> int:
        self._matches, self._current = sorted(spans)[:MAX_MATCHES], -1
        self._draw()
        return len(self._matches)

    # --- stepping -------------------------------------------------------------------------

    def step(self, *, backward: bool = False, from_top: bool = False) -> int:
        """Go to the next (or previous) match after the current one, or after the text
        cursor (the top with `from_top`), wrapping around; return its index or -1."""
        if not self._matches:
            return -1
        starts = [start for start, _end in self._matches]
        if self._current >= 0:
            here = self._current + (-1 if backward else 1)
        elif from_top:
            here = len(starts) - 1 if backward else 0
        else:
            position = self._view.textCursor().selectionStart()
            if backward:
                here = bisect_left(starts, position) - 1
            else:
                here = bisect_right(starts, position - 1)
        self.go_to(here % len(self._matches))
        return self._current

    def go_to(self, index: int) -> None:
        self._current = index
        start, end = self._matches[index]
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._bring_into_view()
        self._draw()

    def _bring_into_view(self) -> None:
        """A match near an edge, or out of view, is brought a third of the way down."""
        view = self._view
        rect, height = view.cursorRect(), view.viewport().height()
        margin = rect.height() * 2
        if rect.top() < margin or rect.bottom() > height - margin:
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    # --- drawing --------------------------------------------------------------------------

    def _draw(self) -> None:
        theme = self.theme
        note = _format(theme.note, underline=theme.accent)
        match = _format(theme.highlight, ink=theme.highlight_text)
        current = _format(theme.accent, ink=theme.base)
        selections = [self._selection(span, note) for span in self._notes]
        selections += [
            self._selection(span, current if index == self._current else match)
            for index, span in enumerate(self._matches)
        ]
        self._view.setExtraSelections(selections)

    def _selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        length = self._view.document().characterCount() - 1
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(min(span[0], length))
        cursor.setPosition(min(span[1], length), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection


def _format(background: str, *, ink: str = "", underline: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    if ink:
        fmt.setForeground(QColor(ink))
    if underline:  # seen without telling colours apart, too
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(underline))
    return fmt
