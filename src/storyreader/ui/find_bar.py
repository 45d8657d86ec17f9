"""Find in the open document: every match highlighted, "3 of 13", the next with Enter or F3,
the previous with Shift+Enter or Shift+F3, Esc to close.

The same bar shows the words of the search a document was opened from ("Search words"),
found by the search index in every form it matched ("rescued" for "rescue"); typing in
the field turns it back into a plain find, and closing it clears the marks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from storyreader import i18n
from storyreader.ui import theme as looks
from storyreader.ui.reader import ReaderView


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._words: str | None = None  # the search shown, while its words are marked
        self.words_label = QLabel(self.tr("Search words:"))
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this document"))
        self.field.setAccessibleName(self.tr("Find in this document"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Matches"))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0000 / 0000"))
        self.previous, self.next, self.close_button = QToolButton(), QToolButton(), QToolButton()
        for button, name in (
            (self.previous, self.tr("Previous match (Shift+Enter)")),
            (self.next, self.tr("Next match (Enter)")),
            (self.close_button, self.tr("Close the find bar (Esc)")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.words_label, self.field, self.count, self.previous, self.next):
            layout.addWidget(widget, 1 if widget is self.field else 0)
        layout.addWidget(self.close_button)
        self.words_label.hide()
        self.field.textEdited.connect(self._typed)
        self.next.clicked.connect(lambda: self.step(backward=False))
        self.previous.clicked.connect(lambda: self.step(backward=True))
        self.close_button.clicked.connect(self.close_bar)
        self.apply_looks(looks.THEMES["light"])

    def apply_looks(self, theme: looks.Theme) -> None:
        for button, name in (
            (self.previous, "up"),
            (self.next, "down"),
            (self.close_button, "close"),
        ):
            button.setIcon(looks.icon(name, theme.text))

    # --- opening and closing --------------------------------------------------------------

    def open_bar(self) -> None:
        """Find: the selected words, or what was last looked for, ready to type over."""
        self.show()
        selected = self._reader.textCursor().selectedText()
        if self._words is None and selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.field.setFocus()
        self.field.selectAll()
        if self._words is None:
            self._find(self.field.text())

    def show_words(self, query: str, spans: list[tuple[int, int]]) -> None:
        """Mark the words a search matched (body spans) and go to the first."""
        self._words = query
        self.words_label.show()
        self.field.setText(query)
        self.show()
        self._reader.mark_words(spans)
        self._reader.marks.step(from_top=True)
        self._show_count()

    def close_bar(self) -> None:
        self._leave_words()
        self._reader.marks.set_matches([])
        self.hide()
        self.closed.emit()

    def forget(self) -> None:
        """Another document is on the page: its marks are gone, and so are the words."""
        self._leave_words()
        if self.isVisible() and self.field.text():
            self._find(self.field.text())
        else:
            self.hide()

    def _leave_words(self) -> None:
        self._words = None
        self.words_label.hide()

    # --- finding --------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._leave_words()
        self._find(text)

    def _find(self, text: str) -> None:
        if self._reader.marks.find_text(text):
            self._reader.marks.step(from_top=True)
        self._show_count()

    def step(self, *, backward: bool) -> None:
        if self._reader.marks.count:
            self._reader.marks.step(backward=backward)
        self._show_count()

    def _show_count(self) -> None:
        marks = self._reader.marks
        if not self.field.text():
            self.count.setText("")
        elif not marks.count:
            self.count.setText(self.tr("No matches"))
        else:
            shown = max(0, marks.current) + 1
            self.count.setText(i18n.fill(self.tr("%1 of %2"), str(shown), str(marks.count)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.field and pressed and self._handle_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step(backward=shifted)
            return True
        return False
