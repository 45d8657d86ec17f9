"""The set-list editor: make, rename, copy and delete sets; add stories (dropped from the
library or search results), put them in order, write presenter notes and content warnings;
see the speaking time; choose how slides look; and present, export or print the set.

Every change is written to the archive at once, on the runner's write lane (one at a time,
in order); the dialog then shows the set as `Sets` returns it. It is not modal, so documents
can be dragged into it from the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.set_info import (
    MAX_NAME_CHARS,
    MAX_WARNING_CHARS,
    ImportedSet,
    SetInfo,
    SetItemInfo,
)
from storyreader.present.sets import Sets
from storyreader.present.timing import (
    DEFAULT_WORDS_PER_MINUTE,
    MAX_WORDS_PER_MINUTE,
    MIN_WORDS_PER_MINUTE,
    format_duration,
)
from storyreader.ui.present import set_paper
from storyreader.ui.present.set_items import ITEM_ROLE, ItemList, item_label, set_label
from storyreader.ui.present.slide_looks import SlideLooks
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner

T = TypeVar("T")
SET_ROLE = Qt.ItemDataRole.UserRole + 2
NOTES_SAVE_DELAY_MS = 600


class SetsDialog(QDialog):
    present_requested = Signal(int)  # a set id

    def __init__(
        self,
        library: Library,
        settings: Settings,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sets for events"))
        self.setModal(False)
        self._library, self._settings, self._runner = library, settings, runner
        self._sets = Sets(library.archive)
        self.current: SetInfo | None = None
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self._build()
        self.reload()
        self.resize(1040, 680)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.set_list = QListWidget()
        self.set_list.setAccessibleName(self.tr("Sets"))
        self.set_list.currentItemChanged.connect(lambda *_: self._on_set_chosen())
        left = QVBoxLayout()
        left.addWidget(self.set_list, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&New"), self.new_set),
            (self.tr("D&uplicate"), self.duplicate_set),
            (self.tr("&Delete…"), self.delete_set),
        ):
            row.addWidget(_button(text, slot))
        left.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(_button(self.tr("&Import…"), self.import_set))
        row.addWidget(_button(self.tr("E&xport…"), self.export_set))
        left.addLayout(row)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.editingFinished.connect(self._save_details)
        self.dated = QCheckBox(self.tr("Set a date"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.dated.toggled.connect(self.date.setEnabled)
        self.dated.toggled.connect(lambda _on: self._save_details())
        self.date.dateChanged.connect(lambda _day: self._save_details())
        self.venue = QLineEdit()
        self.venue.setMaxLength(MAX_NAME_CHARS)
        self.venue.editingFinished.connect(self._save_details)
        self.rate = QSpinBox()
        self.rate.setRange(MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE)
        self.rate.setSuffix(self.tr(" words a minute"))
        self.rate.editingFinished.connect(self._save_details)
        details = QFormLayout()
        details.addRow(self.tr("&Name:"), self.name)
        when = QHBoxLayout()
        when.addWidget(self.dated)
        when.addWidget(self.date, 1)
        details.addRow(self.tr("Date:"), when)
        details.addRow(self.tr("&Venue:"), self.venue)
        details.addRow(self.tr("Speaking &rate:"), self.rate)

        self.items = ItemList()
        self.items.setAccessibleName(self.tr("Stories in the set"))
        self.items.currentItemChanged.connect(lambda *_: self._on_item_chosen())
        self.items.documents_dropped.connect(self.add_documents)
        self.items.item_moved.connect(self._move)
        self.hint = QLabel(self.tr("Drag stories here from the library or the search results."))
        self.hint.setWordWrap(True)
        self.total = QLabel()
        moves = QHBoxLayout()
        moves.addWidget(_button(self.tr("Move &up"), lambda: self._step(-1)))
        moves.addWidget(_button(self.tr("Move d&own"), lambda: self._step(1)))
        moves.addWidget(_button(self.tr("Re&move"), self.remove_item))
        moves.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setPlaceholderText(self.tr("Notes for you, shown only on the presenter console"))
        self.notes.textChanged.connect(self._notes_timer.start)
        self.warning = QLineEdit()
        self.warning.setMaxLength(MAX_WARNING_CHARS)
        self.warning.setPlaceholderText(self.tr("e.g. violence, loss of a child (empty: none)"))
        self.warning.editingFinished.connect(self._save_warning)
        item_form = QFormLayout()
        item_form.addRow(self.tr("Presenter n&otes:"), self.notes)
        item_form.addRow(self.tr("Content &warning:"), self.warning)

        middle = QVBoxLayout()
        middle.addLayout(details)
        middle.addWidget(self.items, 2)
        middle.addWidget(self.hint)
        middle.addLayout(moves)
        middle.addWidget(self.total)
        middle.addLayout(item_form, 1)
        self.details_widget = QWidget()
        self.details_widget.setLayout(middle)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.details_widget)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.looks = SlideLooks(self._settings)
        layout.addWidget(self.looks)
        actions = QHBoxLayout()
        self.present_button = _button(self.tr("&Present"), self._present)
        self.present_button.setDefault(True)
        actions.addWidget(self.present_button)
        actions.addWidget(_button(self.tr("Slides as PD&F…"), lambda: self.export_pdf(False)))
        actions.addWidget(_button(self.tr("&Handout as PDF…"), lambda: self.export_pdf(True)))
        actions.addWidget(_button(self.tr("Pri&nt handout…"), self.print_handout))
        actions.addStretch(1)
        actions.addWidget(_button(self.tr("&Close"), self.close))
        layout.addLayout(actions)

    # --- the sets -------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """List the sets again, selecting `select` (or the one that was selected)."""
        wanted = select if select is not None else (self.current.id if self.current else None)
        self.set_list.blockSignals(True)
        self.set_list.clear()
        for info in self._sets.all():
            item = QListWidgetItem(set_label(info))
            item.setData(SET_ROLE, info.id)
            self.set_list.addItem(item)
            if info.id == wanted:
                self.set_list.setCurrentItem(item)
        if self.set_list.currentItem() is None and self.set_list.count():
            self.set_list.setCurrentRow(0)
        self.set_list.blockSignals(False)
        self._on_set_chosen()

    def _on_set_chosen(self) -> None:
        self._save_notes()
        item = self.set_list.currentItem()
        self.current = self._sets.get(int(item.data(SET_ROLE))) if item is not None else None
        self._show_current()

    def _show_current(self, item_id: int | None = None) -> None:
        info = self.current
        self.details_widget.setEnabled(info is not None)
        self.present_button.setEnabled(bool(info and info.items))
        for widget in (self.name, self.venue, self.rate, self.dated, self.date):
            widget.blockSignals(True)
        self.name.setText(info.name if info else "")
        self.venue.setText(info.venue if info else "")
        self.rate.setValue(info.words_per_minute if info else DEFAULT_WORDS_PER_MINUTE)
        self.dated.setChecked(bool(info and info.event_date))
        self.date.setEnabled(bool(info and info.event_date))
        if info and info.event_date:
            self.date.setDate(
                QDate(info.event_date.year, info.event_date.month, info.event_date.day)
            )
        for widget in (self.name, self.venue, self.rate, self.dated, self.date):
            widget.blockSignals(False)
        self.items.blockSignals(True)
        self.items.clear()
        for number, story in enumerate(info.items if info else (), 1):
            row = QListWidgetItem(item_label(number, story))
            row.setData(ITEM_ROLE, story.id)
            if story.content_warning:
                row.setToolTip(i18n.fill(self.tr("Content warning: %1"), story.content_warning))
            self.items.addItem(row)
            if story.id == item_id:
                self.items.setCurrentItem(row)
        self.items.blockSignals(False)
        self._on_item_chosen()
        if info is not None:
            self.total.setText(
                i18n.fill(
                    self.tr(
                        "Stories: %1 · read aloud in about %2 (minutes:seconds) "
                        "at %3 words a minute"
                    ),
                    len(info.items),
                    format_duration(info.total_seconds),
                    info.words_per_minute,
                )
            )
            current_row = self.set_list.currentItem()
            if current_row is not None:
                current_row.setText(set_label(info))
        else:
            self.total.setText(self.tr("Make a set with New, or import one."))

    def _current_item(self) -> SetItemInfo | None:
        row = self.items.currentItem()
        if row is None or self.current is None:
            return None
        item_id = int(row.data(ITEM_ROLE))
        return next((item for item in self.current.items if item.id == item_id), None)

    def _on_item_chosen(self) -> None:
        item = self._current_item()
        self.notes.blockSignals(True)
        self.notes.setPlainText(item.presenter_notes if item else "")
        self.notes.blockSignals(False)
        self.warning.setText(item.content_warning if item else "")
        self.notes.setEnabled(item is not None)
        self.warning.setEnabled(item is not None)

    def _write(
        self,
        change: Callable[[], T],
        done: Callable[[T], object],
        title: str | None = None,
        *,
        reshow: bool = True,
    ) -> None:
        """One change on the write lane; a refusal is told in a sentence (titled `title`),
        then the set is shown as it is (unless not `reshow`: the typing is kept)."""

        def refused(error: BaseException) -> None:
            if not isinstance(error, KnownError):
                self._runner.report(error)
                return
            QMessageBox.warning(self, title or self.windowTitle(), str(error))
            if reshow:
                self._apply_done(None)

        self._runner.write(change, done, refused, owner=self)

    def _apply(self, change: Callable[[], object], item_id: int | None = None) -> None:
        """Make one change; show the set as the archive has it after."""
        self._write(change, lambda _result: self._apply_done(item_id))

    def _apply_done(self, item_id: int | None) -> None:
        if self.current is not None:
            try:
                self.current = self._sets.get(self.current.id)
            except KnownError:
                self.current = None
                self.reload()
                return
        self._show_current(item_id)

    def new_set(self) -> None:
        self._write(lambda: self._sets.create(self.tr("New set")), self._created)

    def _created(self, created: SetInfo) -> None:
        self.reload(select=created.id)
        self.name.setFocus()
        self.name.selectAll()

    def duplicate_set(self) -> None:
        if self.current is not None:
            set_id = self.current.id
            self._write(
                lambda: self._sets.duplicate(set_id), lambda copy: self.reload(select=copy.id)
            )

    def delete_set(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the set?"),
            i18n.fill(
                self.tr(
                    "Delete the set %1? Its notes and warnings go with it; the stories stay in "
                    "the library."
                ),
                f"“{self.current.name}”",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            set_id = self.current.id
            self._write(lambda: self._sets.delete(set_id), lambda _none: self._deleted(set_id))

    def _deleted(self, set_id: int) -> None:
        if self.current is not None and self.current.id == set_id:
            self.current = None
        self.reload()

    def _save_details(self) -> None:
        info = self.current
        if info is None:
            return
        day = self.date.date()
        event_date = date(day.year(), day.month(), day.day()) if self.dated.isChecked() else None
        name = self.name.text().strip() or info.name
        self._apply(
            lambda: self._sets.update(
                info.id,
                name=name,
                event_date=event_date,
                venue=self.venue.text(),
                words_per_minute=self.rate.value(),
            ),
            self._selected_item_id(),
        )

    def _selected_item_id(self) -> int | None:
        item = self._current_item()
        return item.id if item else None

    # --- the stories ----------------------------------------------------------------------

    def add_documents(self, document_ids: list[str], row: int | None = None) -> None:
        """Documents dropped on the set (on a new set, when there is none yet) at `row`
        (None or negative: at the end)."""
        row = None if row is None or row < 0 else row
        if self.current is not None:
            target = self.current.id
            self._apply(lambda: self._sets.add(target, document_ids, at=row))
            return
        name = self.tr("New set")

        def create_and_add() -> int:
            created = self._sets.create(name)
            self._sets.add(created.id, document_ids, at=row)
            return created.id

        self._write(create_and_add, lambda set_id: self.reload(select=set_id))

    def remove_item(self) -> None:
        item = self._current_item()
        if item is not None:
            self._apply(lambda: self._sets.remove(item.id))

    def _move(self, item_id: int, row: int) -> None:
        self._apply(lambda: self._sets.move(item_id, row), item_id)

    def _step(self, step: int) -> None:
        item = self._current_item()
        if item is not None:
            self._move(item.id, max(0, item.position + step))

    def _save_notes(self, then: Callable[[], object] | None = None) -> None:
        """Write the notes being typed, if they changed; then `then`."""
        self._notes_timer.stop()
        item, info = self._current_item(), self.current
        if item is None or info is None or self.notes.toPlainText().strip() == item.presenter_notes:
            if then is not None:
                then()
            return
        notes, set_id = self.notes.toPlainText(), info.id

        def saved(_result: object) -> None:
            if self.current is not None and self.current.id == set_id:
                self.current = self._sets.get(set_id)
            if then is not None:
                then()

        # Refused when too long, or when the story left the set meanwhile.
        self._write(
            lambda: self._sets.update_item(item.id, presenter_notes=notes), saved, reshow=False
        )

    def _save_warning(self) -> None:
        item = self._current_item()
        if item is not None and self.warning.text().strip() != item.content_warning:
            text = self.warning.text()
            self._apply(lambda: self._sets.update_item(item.id, content_warning=text), item.id)

    # --- files, paper and the show ----------------------------------------------------------

    def import_set(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a set"), "", self.tr("Sets (*.json);;All files (*)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        self._write(lambda: self._sets.import_file(path), self._imported, self.tr("Import a set"))

    def _imported(self, imported: ImportedSet) -> None:
        self.reload(select=imported.set.id)
        if imported.missing:
            titles = "\n".join(f"• {m.title or m.document_id}" for m in imported.missing)
            QMessageBox.information(
                self,
                self.tr("Import a set"),
                self.tr("These stories are not in your archive and were left out:")
                + "\n\n"
                + titles,
            )

    def export_set(self) -> None:
        if self.current is None:
            return
        suggested = f"{self.current.name[:60]}.json".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the set"), suggested, self.tr("Sets (*.json)")
        )
        if path:
            try:
                self._sets.export(self.current.id, Path(path))
            except KnownError as error:
                QMessageBox.warning(self, self.tr("Export the set"), str(error))

    def export_pdf(self, handout: bool) -> None:
        if self.current is not None and self.current.items:
            set_paper.export_pdf(self, self._library, self._settings, self.current, handout)

    def write_pdf(self, path: Path, *, handout: bool) -> None:
        if self.current is not None:
            set_paper.write_pdf(self, self._library, self._settings, self.current, path, handout)

    def print_handout(self) -> None:
        if self.current is not None and self.current.items:
            set_paper.print_handout(self, self._library, self.current)

    def _present(self) -> None:
        self._save_notes(then=self._request_show)  # the console shows the notes just typed

    def _request_show(self) -> None:
        if self.current is not None and self.current.items:
            self.present_requested.emit(self.current.id)


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(lambda _checked=False: slot())
    return button
