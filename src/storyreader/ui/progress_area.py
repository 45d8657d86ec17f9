"""Long work in the status bar: what is happening, how far along, and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from storyreader.ui.tasks import QtProgress


class ProgressArea(QWidget):
    """Long work in the status bar: what is happening, how far, and a Cancel button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the work in progress"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._progress: QtProgress | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def follow(self, progress: QtProgress, label: str) -> None:
        self._progress = progress
        self.label.setText(label)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        progress.started.connect(self._started)
        progress.advanced.connect(self._advanced)
        self.show()

    def finish(self, progress: QtProgress) -> None:
        if progress is self._progress:
            self._progress = None
            self.hide()

    def _started(self, label: str, total: int) -> None:
        self.label.setText(label)
        self.bar.setRange(0, max(0, total))
        self.bar.setValue(0)

    def _advanced(self, done: int, _detail: str) -> None:
        if self.bar.maximum() > 0:
            self.bar.setValue(min(done, self.bar.maximum()))

    def _cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(self.tr("Stopping…"))


class WorkProgress(ProgressArea):
    """The status bar's progress area, in a dialog that runs one piece of work at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work: QtProgress | None = None  # the work in progress, if any

    def start(self) -> QtProgress:
        self.work = QtProgress(self)
        self.follow(self.work, "")  # the core names each stage as it starts it
        return self.work

    def done(self) -> None:
        if self.work is not None:
            self.finish(self.work)
            self.work = None
