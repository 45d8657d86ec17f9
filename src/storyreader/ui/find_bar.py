"""Find in the open document: every match highlighted, Enter (or the arrows) for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from storyreader.ui.reader import ReaderView


class FindBar(QWidget):
    """Find in the open document: every match highlighted, Enter for the next one."""

    closed = Signal()

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this document"))
        self.field.setAccessibleName(self.tr("Find in this document"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.previous = QToolButton()
        self.next = QToolButton()
        self.close_button = QToolButton()
        for button, name in (
            (self.previous, self.tr("Previous match")),
            (self.next, self.tr("Next match")),
            (self.close_button, self.tr("Close the find bar")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous, self.next, self.close_button):
            layout.addWidget(button)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(lambda: self._step(backward=False))
        self.next.clicked.connect(lambda: self._step(backward=False))
        self.previous.clicked.connect(lambda: self._step(backward=True))
        self.close_button.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        self.show()
        selected = self._reader.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.field.setFocus()
        self.field.selectAll()
        self._search(self.field.text())

    def close_bar(self) -> None:
        self._reader.find_all("")
        self.hide()
        self.closed.emit()

    def _search(self, text: str) -> None:
        found = self._reader.find_all(text)
        if not text:
            self.count.setText("")
        else:
            self.count.setText(
                self.tr("%n match(es)", "", found) if found else self.tr("No matches")
            )
        if found:
            self._step(backward=False, from_top=True)

    def _step(self, *, backward: bool, from_top: bool = False) -> None:
        text = self.field.text()
        if not text:
            return
        if from_top:
            cursor = self._reader.textCursor()
            cursor.setPosition(0)
            self._reader.setTextCursor(cursor)
        self._reader.find_next(text, backward)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._step(backward=True)
        else:
            super().keyPressEvent(event)
