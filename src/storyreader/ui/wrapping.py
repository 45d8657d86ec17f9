"""Widgets whose sentences wrap instead of running off the edge: a label that carries a
sentence, and a check box whose text is one (QCheckBox's own text never wraps, so a long
one widens its dialog past a small screen, or is cut)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


def sentence(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for a sentence or two: wrapped at its width, growing in height as it needs."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.pos()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box with a sentence beside it that wraps; a click on the sentence toggles it,
    as on a check box's own text."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _ClickableLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self.box.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def isChecked(self) -> bool:  # noqa: N802 - QCheckBox's name
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802 - QCheckBox's name
        self.box.setChecked(checked)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - QCheckBox's name
        self.box.setAccessibleName(text)
        self.label.setText(text)
