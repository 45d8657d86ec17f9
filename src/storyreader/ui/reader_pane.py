"""The right-hand pane: a toolbar for the open document, the reading page, the find bar, and
a friendly empty state when nothing is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyreader.ui.reader import MediaLoader, ReaderView


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


class ReaderPane(QWidget):
    """The toolbar, the page (or the empty state) and the find bar."""

    def __init__(self, load_media: MediaLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toolbar = QToolBar(self.tr("Document"))
        self.toolbar.setAccessibleName(self.tr("Document actions"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.view = ReaderView(load_media)
        self.empty = QLabel(
            self.tr(
                "Choose a story, letter or appeal from the list to read it here.\n\n"
                "Everything is on this computer: no connection is needed."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No document open"))
        self.empty.setContentsMargins(40, 40, 40, 40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.find_bar = FindBar(self.view)
        self.find_bar.hide()
        self.find_bar.closed.connect(self.view.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)
        self.show_empty()

    def show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty)
        self.toolbar.setEnabled(False)
        self.find_bar.hide()

    def show_page(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self.toolbar.setEnabled(True)

    @property
    def has_document(self) -> bool:
        return self.stack.currentWidget() is self.view
