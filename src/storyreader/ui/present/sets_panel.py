"""The set panel, beside the library (a dock of the main window, as OpenLP keeps its service
list beside its library): choose or make a set, drop stories into it from the list or the
search results, put them in order, write presenter notes, a content warning and a text size
for each; see each story's speaking time beside its rehearsed time; then rehearse, present,
or put the set on paper.

Every change is written to the archive at once, on the runner's write lane (one at a time,
in order); the panel then shows the set as `Sets` returns it. Narrow by design: the set's
details fold away, and the buttons stay at the foot whatever the panel's height.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.present.set_info import (
    MAX_WARNING_CHARS,
    TEXT_SIZES,
    SetInfo,
    SetItemInfo,
)
from storyreader.present.sets import Sets
from storyreader.present.timing import (
    format_duration,
)
from storyreader.ui.present import set_paper
from storyreader.ui.present.set_actions import SetFiles
from storyreader.ui.present.set_details import SetDetails
from storyreader.ui.present.set_items import ItemList, set_label
from storyreader.ui.settings import Settings
from storyreader.ui.tasks import TaskRunner

T = TypeVar("T")
NOTES_SAVE_DELAY_MS = 600


class SetsPanel(QWidget):
    show_requested = Signal(int, bool)  # a set id; True for a rehearsal

    def __init__(
        self,
        library: Library,
        settings: Settings,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sets for events"))
        self._library, self._settings, self._runner = library, settings, runner
        self._sets = Sets(library.archive)
        self.current: SetInfo | None = None
        self.share_address: Callable[[], str] = lambda: ""  # the room's, for the handout
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.files = SetFiles(self, self._sets, self._write, self.reload)
        self._build()
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.set_choice = QComboBox()
        self.set_choice.setAccessibleName(self.tr("Set"))
        self.set_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.set_choice.setMinimumContentsLength(12)
        self.set_choice.currentIndexChanged.connect(lambda _row: self._on_set_chosen())
        self.new_button = _button(self.tr("&New"), self.new_set)
        self.more = QToolButton()
        self.more.setText(self.tr("More"))
        self.more.setAccessibleName(self.tr("More for this set"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more)
        more.addAction(self.tr("D&uplicate"), self.duplicate_set)
        more.addAction(self.tr("&Delete…"), self.delete_set)
        more.addSeparator()
        more.addAction(self.tr("&Import a set…"), self.files.import_set)
        more.addAction(self.tr("E&xport the set…"), lambda: self.files.export_set(self.current))
        more.addSeparator()
        more.addAction(self.tr("Slide &settings…"), self._slide_settings)
        self.more.setMenu(more)
        top = QHBoxLayout()
        top.addWidget(self.set_choice, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.more)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.details = SetDetails()
        self.details.edited.connect(self._save_details)
        body.addWidget(self.details)
        body.addWidget(self._stories(), 1)
        body.addWidget(self._story_editor())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._foot())

    def _stories(self) -> QWidget:
        self.items = ItemList()
        self.items.setAccessibleName(self.tr("Stories in the set"))
        self.items.setMinimumHeight(120)
        self.items.currentItemChanged.connect(lambda *_: self._on_item_chosen())
        self.items.documents_dropped.connect(self.add_documents)
        self.items.item_moved.connect(self._move)
        self.hint = QLabel(
            self.tr("Drag stories here from the library or the search results, or use Add to set.")
        )
        self.hint.setWordWrap(True)
        self.total = QLabel()
        self.total.setWordWrap(True)
        moves = QHBoxLayout()
        moves.addWidget(_button(self.tr("Move &up"), lambda: self._step(-1)))
        moves.addWidget(_button(self.tr("Move d&own"), lambda: self._step(1)))
        moves.addWidget(_button(self.tr("Re&move"), self.remove_item))
        moves.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items, 1)
        column.addWidget(self.hint)
        column.addLayout(moves)
        column.addWidget(self.total)
        return box

    def _story_editor(self) -> QWidget:
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setPlaceholderText(self.tr("Notes for you, shown only on the presenter console"))
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(140)
        self.notes.textChanged.connect(self._notes_timer.start)
        self.warning = QLineEdit()
        self.warning.setMaxLength(MAX_WARNING_CHARS)
        self.warning.setPlaceholderText(self.tr("e.g. violence, loss of a child (empty: none)"))
        self.warning.editingFinished.connect(self._save_warning)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size of this story's slides"))
        for percent in TEXT_SIZES:
            label = self.tr("As the set") if percent == 100 else f"{percent}%"
            self.text_size.addItem(label, percent)
        self.text_size.activated.connect(lambda _row: self._save_text_size())
        self.story_form = QWidget()
        form = QFormLayout(self.story_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Presenter n&otes:"), self.notes)
        form.addRow(self.tr("Content &warning:"), self.warning)
        form.addRow(self.tr("&Text size:"), self.text_size)
        return self.story_form

    def _foot(self) -> QHBoxLayout:
        self.present_button = _button(self.tr("&Present"), lambda: self._request_show(False))
        self.rehearse_button = _button(self.tr("&Rehearse"), lambda: self._request_show(True))
        self.paper = QToolButton()
        self.paper.setText(self.tr("Paper"))
        self.paper.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.paper)
        menu.addAction(self.tr("Slides as PD&F…"), lambda: self.export_pdf(False))
        menu.addAction(self.tr("&Handout as PDF…"), lambda: self.export_pdf(True))
        menu.addAction(self.tr("Pri&nt the handout…"), self.print_handout)
        self.paper.setMenu(menu)
        foot = QHBoxLayout()
        foot.addWidget(self.present_button)
        foot.addWidget(self.rehearse_button)
        foot.addWidget(self.paper)
        foot.addStretch(1)
        return foot

    def _slide_settings(self) -> None:
        from storyreader.ui.present.slide_looks import SlideLooksDialog

        SlideLooksDialog(self._settings, self).exec()

    # --- the sets -------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """List the sets again, choosing `select` (or the one that was chosen)."""
        wanted = select if select is not None else (self.current.id if self.current else None)
        self.set_choice.blockSignals(True)
        self.set_choice.clear()
        for info in self._sets.all():
            self.set_choice.addItem(set_label(info), info.id)
            if info.id == wanted:
                self.set_choice.setCurrentIndex(self.set_choice.count() - 1)
        self.set_choice.blockSignals(False)
        self._on_set_chosen()

    def _on_set_chosen(self) -> None:
        self._save_notes()
        set_id = self.set_choice.currentData()
        self.current = self._sets.get(int(set_id)) if set_id is not None else None
        self._show_current()

    def _show_current(self, item_id: int | None = None) -> None:
        info = self.current
        self.body.setEnabled(info is not None)
        self.details.show_set(info)
        self.items.show_items(info, item_id)
        self._on_item_chosen()
        self._show_totals(info)

    def _show_totals(self, info: SetInfo | None) -> None:
        if info is None:
            self.total.setText(self.tr("Make a set with New, or import one (More)."))
            return
        total = i18n.fill(
            self.tr("Stories: %1 · read aloud in about %2 (minutes:seconds)"),
            len(info.items),
            format_duration(info.total_seconds),
        )
        if info.rehearsed_seconds is not None:
            total += " · " + i18n.fill(
                self.tr("rehearsed %1 (%2 of %3 stories)"),
                format_duration(info.rehearsed_seconds),
                info.rehearsed_count,
                len(info.items),
            )
        self.total.setText(total)
        row = self.set_choice.currentIndex()
        if row >= 0:
            self.set_choice.setItemText(row, set_label(info))

    def _current_item(self) -> SetItemInfo | None:
        row = self.items.currentItem()
        if row is None or self.current is None:
            return None
        item_id = self.items.item_id(row)
        return next((item for item in self.current.items if item.id == item_id), None)

    def _on_item_chosen(self) -> None:
        item = self._current_item()
        self.notes.blockSignals(True)
        self.notes.setPlainText(item.presenter_notes if item else "")
        self.notes.blockSignals(False)
        self.warning.setText(item.content_warning if item else "")
        self.text_size.setCurrentIndex(
            max(0, self.text_size.findData(item.text_size if item else 100))
        )
        self.story_form.setEnabled(item is not None)

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
            QMessageBox.warning(self, title or self.tr("Sets for events"), str(error))
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
        self.details.unfold(True)
        self.details.name.setFocus()
        self.details.name.selectAll()

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
        details = self.details
        name = details.name.text().strip() or info.name
        event_date, venue, rate = details.event_date(), details.venue.text(), details.rate.value()
        self._apply(
            lambda: self._sets.update(
                info.id, name=name, event_date=event_date, venue=venue, words_per_minute=rate
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

    def _save_text_size(self) -> None:
        item = self._current_item()
        size = int(self.text_size.currentData())
        if item is not None and size != item.text_size:
            self._apply(lambda: self._sets.update_item(item.id, text_size=size), item.id)

    # --- paper and the show ---------------------------------------------------------------

    def export_pdf(self, handout: bool) -> None:
        set_paper.export_pdf(
            self, self._library, self._settings, self.current, handout, self.share_address()
        )

    def write_pdf(self, path: Path, *, handout: bool) -> int | None:
        """Write the chosen set's slides (or handout) to `path`, without asking where."""
        if self.current is None:
            return None
        return set_paper.write_pdf(
            self,
            self._library,
            self._settings,
            self.current,
            path,
            handout,
            self.share_address(),
        )

    def print_handout(self) -> None:
        set_paper.print_handout(self, self._library, self.current, self.share_address())

    def _request_show(self, rehearsal: bool) -> None:
        # The console shows the notes just typed.
        self._save_notes(then=lambda: self._show(rehearsal))

    def _show(self, rehearsal: bool) -> None:
        info = self.current
        if info is None or not info.items:
            QMessageBox.information(self, self.tr("Present"), set_paper.nothing_to_show(info))
            return
        self.show_requested.emit(info.id, rehearsal)


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(lambda _checked=False: slot())
    return button
