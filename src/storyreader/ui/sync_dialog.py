"""The Sources dialog: the web sources an archive syncs, adding and removing them, and
"Sync now" with a progress bar per source, Cancel, and the report at the end.

All the work happens in the core (`storyreader.sync`) through the `TaskRunner`: listing on
the read lane, adding, removing and syncing on the write lane. Standalone: the main window
opens `SourcesDialog(archive, runner)` and listens to `synced` to refresh its lists.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.models import KNOWN_KINDS
from storyreader.errors import KnownError
from storyreader.sync import (
    FetchPolicy,
    SourceInfo,
    SyncReport,
    add_source,
    list_sources,
    remove_source,
    sync_sources,
)
from storyreader.ui.dates import format_moment
from storyreader.ui.item_models import kind_name
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.tasks import QtProgress, TaskRunner

# What people read for the core's source types and sync outcomes.
TYPE_NAMES: Mapping[str, str] = {
    "auto": str(QT_TRANSLATE_NOOP("SourcesDialog", "Detect automatically")),
    "site": str(QT_TRANSLATE_NOOP("SourcesDialog", "Web site")),
    "feed": str(QT_TRANSLATE_NOOP("SourcesDialog", "Feed")),
    "wordpress": str(QT_TRANSLATE_NOOP("SourcesDialog", "WordPress")),
}
OUTCOME_NAMES: Mapping[str, str] = {
    "partial": str(QT_TRANSLATE_NOOP("SourcesDialog", "some pages failed")),
    "failed": str(QT_TRANSLATE_NOOP("SourcesDialog", "failed")),
    "cancelled": str(QT_TRANSLATE_NOOP("SourcesDialog", "stopped")),
    "interrupted": str(QT_TRANSLATE_NOOP("SourcesDialog", "interrupted")),
}


class SourcesDialog(FittingDialog):
    """See the module docstring."""

    synced = Signal(object)  # list[SyncReport]

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        policy: FetchPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.setMinimumWidth(640)
        self._archive, self._runner, self._policy = archive, runner, policy
        self._progress: QtProgress | None = None

        self.table = QTreeWidget()
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Documents"), self.tr("Last sync")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Web sources"))

        self.url = QLineEdit()
        self.url.setPlaceholderText("https://example.org/blog")
        self.url.setAccessibleName(self.tr("Address of the new source"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("(from the address)"))
        self.kind = QComboBox()
        for kind in KNOWN_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.type = QComboBox()
        for type_ in TYPE_NAMES:
            self.type.addItem(self._type_name(type_), type_)
        self.add_button = QPushButton(self.tr("&Add"))
        adding = QGroupBox(self.tr("Add a source"))
        form = QFormLayout(adding)
        form.addRow(self.tr("Add&ress"), self.url)
        form.addRow(self.tr("&Name"), self.name)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        type_label = QLabel(self.tr("&Type"))
        type_label.setBuddy(self.type)
        kind_row.addWidget(type_label)
        kind_row.addWidget(self.type)
        kind_row.addStretch(1)
        kind_row.addWidget(self.add_button)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)  # the row is a layout, so the form cannot set it
        form.addRow(kind_label, kind_row)
        self._add_rule_fields(form)

        self.stage = QLabel()
        self.stage.setWordWrap(True)  # a failure is a sentence
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop syncing after the current batch"))
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.sync_button = self.buttons.addButton(
            self.tr("&Sync now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        self.empty = QLabel(
            self.tr(
                "No web sources yet. Add a blog, a feed or a WordPress site below, then sync "
                "while you have a connection: everything stays readable offline afterwards."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(adding)
        layout.addWidget(self.stage)
        layout.addLayout(progress_row)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self._add)
        self.url.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.sync_button.clicked.connect(self._sync)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._show_progress(False)
        self._update_buttons()
        self.refresh()

    def _add_rule_fields(self, form: QFormLayout) -> None:
        """Optional CSS selectors for sites whose pages the general rules cannot read."""
        self.article_selector = QLineEdit()
        self.article_selector.setPlaceholderText(self.tr("(found by itself) e.g. article .post"))
        self.article_selector.setToolTip(
            self.tr("A CSS selector for the article on each page, if it is not found by itself.")
        )
        self.drop_selector = QLineEdit()
        self.drop_selector.setPlaceholderText(self.tr("(nothing) e.g. .related, .donate-box"))
        self.drop_selector.setToolTip(
            self.tr("CSS selectors, separated by commas, for what to leave out of each page.")
        )
        form.addRow(self.tr("Art&icle"), self.article_selector)
        form.addRow(self.tr("&Leave out"), self.drop_selector)

    # --- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        archive = self._archive
        self._runner.run(lambda: list_sources(archive), self._listed, self._failed)

    def _listed(self, infos: list[SourceInfo]) -> None:
        self.table.clear()
        for info in infos:
            synced = ""
            if info.last_synced_at is not None:  # stored as UTC, shown in local time
                synced = format_moment(info.last_synced_at)
            outcome = OUTCOME_NAMES.get(info.last_outcome or "")
            if outcome:
                synced += f" ({self.tr(outcome)})"
            item = QTreeWidgetItem(
                [info.name, self._type_name(info.type), f"{info.documents:,}", synced]
            )
            rules = [info.url, info.article_selector, *info.drop_selectors]
            item.setToolTip(0, "\n".join(rule for rule in rules if rule))
            item.setData(0, Qt.ItemDataRole.UserRole, info.name)
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not infos)
        self._update_buttons()
        self.refit()

    def _type_name(self, type_: str) -> str:
        name = TYPE_NAMES.get(type_)
        return self.tr(name) if name else type_

    def selected_names(self) -> list[str]:
        return [str(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.table.selectedItems()]

    def _update_buttons(self) -> None:
        busy = self._progress is not None
        self.sync_button.setEnabled(not busy and self.table.topLevelItemCount() > 0)
        self.remove_button.setEnabled(not busy and bool(self.selected_names()))
        self.add_button.setEnabled(not busy)

    # --- adding and removing ------------------------------------------------------------

    def _add(self) -> None:
        url = self.url.text().strip()
        if not url or self._progress is not None:
            return
        archive, policy = self._archive, self._policy
        name, kind, type_ = (
            self.name.text().strip() or None,
            str(self.kind.currentData()),
            str(self.type.currentData()),
        )
        article, drop = self.article_selector.text(), [self.drop_selector.text()]
        self.stage.setText(i18n.fill(self.tr("Looking at %1…"), url))
        self.stage.show()

        def added(info: SourceInfo) -> None:
            for field in (self.url, self.name, self.article_selector, self.drop_selector):
                field.clear()
            self.stage.setText(
                i18n.fill(self.tr("Added %1 (%2)."), info.name, self._type_name(info.type))
            )
            self.refresh()

        self._runner.run(
            lambda: add_source(
                archive,
                url,
                name=name,
                type_=type_,
                kind=kind,
                article_selector=article,
                drop_selectors=drop,
                policy=policy,
            ),
            added,
            self._failed,
            lane="write",
        )

    def _remove(self) -> None:
        names = self.selected_names()
        archive = self._archive

        def work() -> None:
            for name in names:
                remove_source(archive, name)

        def removed(_result: object) -> None:
            self.stage.setText(
                i18n.fill(
                    self.tr("Removed %1; its documents stay in the archive."), ", ".join(names)
                )
            )
            self.stage.show()
            self.refresh()

        self._runner.run(work, removed, self._failed, lane="write")

    # --- syncing ------------------------------------------------------------------------

    def sync_all(self) -> None:
        """Sync every source (the main window's Sync now); nothing if a sync is running."""
        if self._progress is None:
            self.table.clearSelection()
            self._sync()

    def _sync(self) -> None:
        names: Sequence[str] = self.selected_names()
        archive, policy = self._archive, self._policy
        progress = QtProgress(self)
        progress.started.connect(self._stage_started)
        progress.advanced.connect(self._advanced)
        self._progress = progress
        self.report.clear()
        self._show_progress(True)
        self._update_buttons()
        self._runner.run(
            lambda: sync_sources(archive, names, progress, progress.cancel_token, policy=policy),
            self._synced,
            self._failed,
            lane="write",
        )

    def _advanced(self, done: int, _detail: str) -> None:
        # A method, not a lambda: a closure over the dialog, released by a worker's emit,
        # could free the dialog off the GUI thread (see ui/tasks.py).
        self.bar.setValue(done)

    def _stage_started(self, label: str, total: int) -> None:
        self.stage.setText(label)
        self.bar.setRange(0, max(total, 0))  # an unknown total shows a busy bar
        self.bar.setValue(0)

    def _cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.stage.setText(self.tr("Stopping after the current batch…"))
            self.cancel_button.setEnabled(False)

    def _synced(self, reports: list[SyncReport]) -> None:
        self._finish()
        self.stage.clear()
        self.report.setText(self._describe(reports))
        self.refit()
        self.synced.emit(reports)
        self.refresh()

    def _describe(self, reports: list[SyncReport]) -> str:
        if not reports:
            return html.escape(self.tr("Stopped before any source was synced."))
        lines = []
        for report in reports:
            lines.append(f"<p><b>{html.escape(str(report.message or report.summary()))}</b>")
            failures = [] if report.message else report.failures[:10]
            for failure in failures:
                lines.append(f"<br>{html.escape(failure.url)}: {html.escape(str(failure.reason))}")
            if len(report.failures) > len(failures) and not report.message:
                more = i18n.fill(
                    self.tr("…and %1 more."), str(len(report.failures) - len(failures))
                )
                lines.append(f"<br>{html.escape(more)}")
            lines.append("</p>")
        return "".join(lines)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, KnownError):
            self.stage.setText(str(error))
        else:
            self.stage.setText(
                i18n.fill(self.tr("Something went wrong: %1"), f"{type(error).__name__}")
            )
        self.stage.show()
        self._update_buttons()
        self.refit()

    def _finish(self) -> None:
        self._progress = None
        self._show_progress(False)
        self._update_buttons()

    def _show_progress(self, visible: bool) -> None:
        self.bar.setVisible(visible)
        self.cancel_button.setVisible(visible)
        self.cancel_button.setEnabled(visible)
        if visible:
            self.stage.show()

    def reject(self) -> None:
        if self._progress is not None:
            self._progress.cancel()  # the runner finishes the batch; nothing is lost
        super().reject()
