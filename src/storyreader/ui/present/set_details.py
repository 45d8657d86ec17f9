"""A set's details in the set panel: its name, date, venue and speaking rate, folded away
under a one-line summary until the host opens them (they are set once; the stories are what
the panel is for)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.present.set_info import MAX_NAME_CHARS, SetInfo
from storyreader.present.timing import (
    DEFAULT_WORDS_PER_MINUTE,
    MAX_WORDS_PER_MINUTE,
    MIN_WORDS_PER_MINUTE,
)


class SetDetails(QWidget):
    edited = Signal()  # the host changed a detail: save them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("Details"))
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.unfold)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.editingFinished.connect(self.edited)
        self.dated = QCheckBox(self.tr("Set a date"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.dated.toggled.connect(self.date.setEnabled)
        self.dated.toggled.connect(lambda _on: self.edited.emit())
        self.date.dateChanged.connect(lambda _day: self.edited.emit())
        self.venue = QLineEdit()
        self.venue.setMaxLength(MAX_NAME_CHARS)
        self.venue.editingFinished.connect(self.edited)
        self.rate = QSpinBox()
        self.rate.setRange(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE)
        self.rate.setSuffix(self.tr(" words a minute"))
        self.rate.editingFinished.connect(self.edited)
        self._lay_out()

    def _lay_out(self) -> None:
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.name)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date, 1)
        form.addRow(self.tr("Date:"), when)
        form.addRow(self.tr("&Venue:"), self.venue)
        form.addRow(self.tr("Speaking &rate:"), self.rate)
        self.form.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.summary, 1)
        column.addLayout(row)
        column.addWidget(self.form)

    def unfold(self, shown: bool) -> None:
        self.toggle.setChecked(shown)
        self.form.setVisible(shown)
        self.summary.setVisible(not shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def show_set(self, info: SetInfo | None) -> None:
        fields = (self.name, self.venue, self.rate, self.dated, self.date)
        for widget in fields:
            widget.blockSignals(True)
        self.name.setText(info.name if info else "")
        self.venue.setText(info.venue if info else "")
        self.rate.setValue(info.words_per_minute if info else DEFAULT_WORDS_PER_MINUTE)
        self.dated.setChecked(bool(info and info.event_date))
        self.date.setEnabled(bool(info and info.event_date))
        if info and info.event_date:
            day = info.event_date
            self.date.setDate(QDate(day.year, day.month, day.day))
        for widget in fields:
            widget.blockSignals(False)
        parts = []
        if info is not None:
            parts = [
                info.event_date.isoformat() if info.event_date else "",
                info.venue,
                i18n.fill(self.tr("%1 words a minute"), str(info.words_per_minute)),
            ]
        self.summary.setText(" · ".join(part for part in parts if part))

    def event_date(self) -> date | None:
        day = self.date.date()
        return date(day.year(), day.month(), day.day()) if self.dated.isChecked() else None
