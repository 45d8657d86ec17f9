"""Importing an offline bundle: showing what `bundle inspect` says and asking first
(exporting is `export_bundle_dialog.py`). The work runs in the core (`storyreader.bundle`)
through the `TaskRunner`, on the write lane, with a progress bar and Cancel.

Standalone: the main window opens `ImportBundleDialog(archive, path, runner)` from a menu or
a dropped file, and listens to `imported` to refresh its lists.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.bundle import (
    ImportPlan,
    ImportReport,
    OpenedBundle,
    import_bundle,
    inspect_bundle,
    open_bundle,
)
from storyreader.bundle.plan import refusal
from storyreader.errors import Cancelled, KnownError
from storyreader.ui.dates import format_moment
from storyreader.ui.progress_area import WorkProgress
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.tasks import TaskRunner
from storyreader.ui.wrapping import WrappingCheckBox

# Titles of documents a bundle did not bring, shown in the dialog (`bundle inspect --json`
# lists every one).
SHOWN_TITLES = 20


class ImportBundleDialog(FittingDialog):
    """Check a bundle, say what importing it would change, and import it if the user agrees."""

    imported = Signal(object)  # the ImportReport

    def __init__(
        self, archive: Archive, path: Path, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a bundle"))
        self.setMinimumWidth(480)
        self._archive, self._path, self._runner = archive, Path(path), runner
        self._bundle: OpenedBundle | None = None
        self._closed = False
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.summary = QLabel(i18n.fill(self.tr("Checking %1…"), html.escape(self._path.name)))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allow_unsigned = WrappingCheckBox(
            self.tr("I know where this bundle came from: import it without a trusted signature")
        )
        self.allow_unsigned.hide()
        self.allow_takeover = WrappingCheckBox("")
        self.allow_takeover.hide()
        self.progress = WorkProgress()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._start_import)
        self.close_button.clicked.connect(self.reject)
        self.allow_unsigned.toggled.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.allow_unsigned)
        layout.addWidget(self.allow_takeover)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._check()

    # --- checking -------------------------------------------------------------------------

    def _check(self) -> None:
        progress = self.progress.start()
        archive, path = self._archive, self._path

        def work() -> tuple[OpenedBundle, ImportPlan]:
            bundle = open_bundle(archive, path, progress=progress, cancel=progress.cancel_token)
            try:
                return bundle, inspect_bundle(archive, bundle, progress=progress)
            except BaseException:
                bundle.close()
                raise

        self._runner.run(work, self._checked, self._failed)

    def _checked(self, result: tuple[OpenedBundle, ImportPlan]) -> None:
        self.progress.done()
        self._bundle, self.plan = result
        if self._closed:  # closed while checking
            self._release()
            return
        self.summary.setText(self._describe(self.plan))
        self.allow_unsigned.setVisible(self.plan.trust != "trusted" and not self.plan.problem)
        others = len(self.plan.not_theirs)
        self.allow_takeover.setText(
            self.tr(
                "Also let it change the %n document(s) listed above, which it did not bring",
                "",
                others,
            )
        )
        self.allow_takeover.setVisible(bool(others) and not self.plan.problem)
        self._update_button()
        self.refit()

    def _describe(self, plan: ImportPlan) -> str:
        def line(label: str, text: str) -> str:
            return f"<tr><td><b>{html.escape(label)}</b>&nbsp;</td><td>{text}</td></tr>"

        if plan.trust == "trusted":
            signer = i18n.fill(
                self.tr("%1 (key %2): trusted, signature valid"),
                html.escape(plan.trusted_as or ""),
                plan.key_id or "",
            )
        elif plan.trust == "unknown key":
            signer = i18n.fill(
                self.tr("key %1, which this archive does <b>not</b> trust"), plan.key_id or ""
            )
        else:
            signer = self.tr("nobody: this bundle is <b>not</b> signed")
        scope = self.tr("everything") if plan.kind == "full" else self.tr("changes only")
        made = format_moment(plan.created_at)
        rows = [
            line(self.tr("File"), html.escape(self._path.name)),
            line(self.tr("Bundle"), f"{plan.sequence} ({scope}), {made}"),
            line(self.tr("Signed by"), signer),
            line(
                self.tr("Holds"),
                i18n.fill(
                    self.tr("%1 documents, %2 withdrawals, %3 pictures"),
                    f"{plan.documents:,}",
                    f"{plan.withdrawn:,}",
                    f"{plan.media:,}",
                ),
            ),
            line(
                self.tr("Importing"),
                i18n.fill(
                    self.tr("adds %1, updates %2, withdraws %3, leaves %4 as they are"),
                    f"{len(plan.new):,}",
                    f"{len(plan.updated):,}",
                    f"{len(plan.to_withdraw):,}",
                    f"{len(plan.unchanged):,}",
                ),
            ),
        ]
        notes = [html.escape(str(warning)) for warning in plan.warnings]
        if plan.not_theirs:
            notes.append(self._others(plan))
        if plan.replay == "already imported":
            notes.append(self.tr("This bundle was already imported; importing it changes nothing."))
        refused = refusal(plan, allow_unsigned=False)
        if refused:
            notes.append(f"<b>{html.escape(str(refused))}</b>")
        return f"<table>{''.join(rows)}</table>" + "".join(f"<p>{note}</p>" for note in notes)

    def _others(self, plan: ImportPlan) -> str:
        """The documents here the bundle would change but did not bring, by title."""
        changes = {"update": self.tr("update"), "withdraw": self.tr("withdraw")}
        items = "".join(
            f"<li>{html.escape(other.title)} ({html.escape(other.source)}): "
            f"{changes.get(other.change, other.change)}</li>"
            for other in plan.not_theirs[:SHOWN_TITLES]
        )
        rest = len(plan.not_theirs) - SHOWN_TITLES
        if rest > 0:
            items += "<li>" + self.tr("… and %n more", "", rest) + "</li>"
        heading = self.tr(
            "It would also change %n document(s) it did not bring; importing leaves those "
            "as they are:",
            "",
            len(plan.not_theirs),
        )
        return f"{heading}<ul>{items}</ul>"

    def _update_button(self) -> None:
        plan = self.plan
        self.import_button.setEnabled(
            plan is not None
            and self.report is None
            and refusal(plan, allow_unsigned=self.allow_unsigned.isChecked()) is None
        )

    # --- importing --------------------------------------------------------------------------

    def _start_import(self) -> None:
        bundle = self._bundle
        if bundle is None:
            return
        self.import_button.setEnabled(False)
        self.allow_unsigned.setEnabled(False)
        self.allow_takeover.setEnabled(False)
        self.close_button.setEnabled(False)
        progress = self.progress.start()
        archive, allow = self._archive, self.allow_unsigned.isChecked()
        takeover = self.allow_takeover.isChecked()

        def work() -> ImportReport:
            return import_bundle(
                archive,
                bundle,
                allow_unsigned=allow,
                allow_takeover=takeover,
                progress=progress,
                cancel=progress.cancel_token,
            )

        self._runner.run(work, self._import_done, self._failed, lane="write")

    def _import_done(self, report: ImportReport) -> None:
        self.progress.done()
        self.report = report
        self.close_button.setEnabled(True)
        counts = report.counts()
        if report.already_imported:
            text = self.tr("This bundle was already imported; nothing changed.")
        else:
            text = i18n.fill(
                self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 withdrawn."),
                *(f"{counts[key]:,}" for key in ("created", "updated", "unchanged", "withdrawn")),
            )
        if report.left_alone:
            text += " " + self.tr(
                "Left %n document(s) it did not bring unchanged.", "", len(report.left_alone)
            )
        if report.taken_over:
            text += " " + self.tr(
                "Changed %n document(s) it did not bring, as you allowed.",
                "",
                len(report.taken_over),
            )
        self.summary.setText(html.escape(text))
        self.allow_unsigned.hide()
        self.allow_takeover.hide()
        self._release()
        self.refit()
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.progress.done()
        self.close_button.setEnabled(True)
        if isinstance(error, Cancelled):
            text = self.tr("Stopped; nothing after the last completed batch was changed.")
        elif isinstance(error, KnownError):
            text = str(error)
        else:
            text = i18n.fill(
                self.tr("The bundle could not be used because of an unexpected error: %1"),
                f"{type(error).__name__}: {error}",
            )
        self.summary.setText(f"<b>{html.escape(text)}</b>")
        self.allow_unsigned.hide()
        self.allow_takeover.hide()
        self.import_button.setEnabled(False)
        self._release()
        self.refit()

    def _release(self) -> None:
        if self._bundle is not None:
            self._bundle.close()  # deletes the private copy
            self._bundle = None

    def done(self, result: int) -> None:
        if self.progress.work is not None:  # still working: stop it first
            self.progress.work.cancel()
            if not self.close_button.isEnabled():
                return  # an import stops at the end of its batch, then the dialog can close
        self._closed = True
        self._release()
        super().done(result)
