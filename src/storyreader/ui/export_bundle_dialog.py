"""Exporting an offline bundle: everything or what changed, from one source or all, signed
with the reader's own key (File > Keys) or, after a warning, unsigned. The work runs in the
core (`storyreader.bundle.export_bundle`) through the `TaskRunner`, with progress and Cancel.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.bundle import (
    BUNDLE_SUFFIX,
    ExportReport,
    export_bundle,
)
from storyreader.bundle.export import export_choices
from storyreader.errors import Cancelled, KnownError
from storyreader.ui.key_forms import confirm_unsigned, unlock_key
from storyreader.ui.progress_area import WorkProgress
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.tasks import TaskRunner


class ExportBundleDialog(FittingDialog):
    """Write a bundle: everything or what changed, one source or all, signed (with the
    reader's own key, from File > Keys, unless another is chosen) or, after a warning, not."""

    exported = Signal(object)  # the ExportReport

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        signing_key: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setMinimumWidth(480)
        self._archive, self._runner = archive, runner
        self.report: ExportReport | None = None
        choices = export_choices(archive)
        self.out = QLineEdit()
        self.out.setPlaceholderText(self.tr("events.storybundle"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_out)
        self.everything = QRadioButton(self.tr("Everything"))
        self.since_bundle = QRadioButton(self.tr("Changes since bundle"))
        self.since_date = QRadioButton(self.tr("Changes since"))
        self.everything.setChecked(True)
        self.bundle_number = QSpinBox()
        self.bundle_number.setRange(1, max(1, choices.last_sequence or 1))
        self.bundle_number.setValue(choices.last_sequence or 1)
        self.since_bundle.setEnabled(choices.last_sequence is not None)
        self.date = QDateEdit(QDate.currentDate().addDays(-30))
        self.date.setCalendarPopup(True)
        self.source = QComboBox()
        self.source.addItem(self.tr("All sources"), None)
        for name in choices.sources:
            self.source.addItem(name, name)
        self.key = QLineEdit(str(signing_key) if signing_key else "")
        self.key.setPlaceholderText(self.tr("a secret key file (leave empty: not signed)"))
        browse_key = QPushButton(self.tr("Choose…"))
        browse_key.clicked.connect(self._choose_key)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = WorkProgress()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self._start)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&File:"), _row(self.out, browse))
        scope = QVBoxLayout()
        scope.addWidget(self.everything)
        scope.addWidget(_row(self.since_bundle, self.bundle_number))
        scope.addWidget(_row(self.since_date, self.date))
        form.addRow(self.tr("What:"), scope)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("Sign &with:"), _row(self.key, browse_key))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a bundle"), "", self.tr("Story Reader bundles (*.storybundle)")
        )
        if name:
            self.out.setText(name)

    def _choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sign with"), "", self.tr("Secret keys (*.key);;All files (*)")
        )
        if name:
            self.key.setText(name)

    def since(self) -> int | datetime | None:
        if self.since_bundle.isChecked():
            return self.bundle_number.value()
        if self.since_date.isChecked():
            day: date = self.date.date().toPython()  # type: ignore[assignment]
            return datetime.combine(day, time())  # midnight UTC, as the command line reads it
        return None

    def _start(self) -> None:
        out_text = self.out.text().strip()
        if not out_text:
            self._say(self.tr("Choose the file to write first."))
            return
        out = Path(out_text)
        if not out.suffix:
            out = out.with_suffix(BUNDLE_SUFFIX)
        key_text = self.key.text().strip()
        if not key_text and not confirm_unsigned(self):
            return
        try:
            key = unlock_key(self, Path(key_text)) if key_text else None
        except KnownError as error:
            self._say(str(error))
            return
        if key_text and key is None:  # the passphrase was not given
            return
        self.message.clear()
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        progress = self.progress.start()
        archive, since, source = self._archive, self.since(), self.source.currentData()

        def work() -> ExportReport:
            return export_bundle(
                archive,
                out,
                since=since,
                source=source,
                key=key,
                progress=progress,
                cancel=progress.cancel_token,
            )

        self._runner.run(work, self._done, self._failed, lane="write")

    def _done(self, report: ExportReport) -> None:
        self.progress.done()
        self.report = report
        self.close_button.setEnabled(True)
        self.export_button.setEnabled(True)
        # The next export may count from this one.
        self.since_bundle.setEnabled(True)
        self.bundle_number.setMaximum(report.sequence)
        self.bundle_number.setValue(report.sequence)
        signed = (
            i18n.fill(self.tr("signed with key %1"), report.signed_by)
            if report.signed_by
            else self.tr("not signed")
        )
        self._say(
            i18n.fill(
                self.tr("Wrote %1: bundle %2, %3 documents, %4 withdrawals, %5 pictures, %6."),
                report.path.name,
                report.sequence,
                f"{report.documents:,}",
                f"{report.withdrawn:,}",
                f"{report.media:,}",
                signed,
            )
        )
        self.exported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.progress.done()
        self.close_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self._say(self.tr("Stopped; no bundle was written."))
        elif isinstance(error, KnownError):
            self._say(str(error))
        else:
            self._say(
                i18n.fill(
                    self.tr("The bundle could not be written because of an unexpected error: %1"),
                    f"{type(error).__name__}: {error}",
                )
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.refit()


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return holder
