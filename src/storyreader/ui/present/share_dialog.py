"""Present > Share with the room…: what to share (tonight's set, shelves and tags, or the whole
library), on which of the laptop's addresses, Start and Stop; while sharing, the address as
text and as a QR code, and how many phones are connected. It may be closed while sharing goes
on (the status bar says so, and reopens it); `Sharing` does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.archive.browse import SidebarCounts
from storyreader.errors import KnownError
from storyreader.present.set_info import SetInfo
from storyreader.serve import DEFAULT_PORT, NetworkAddress, Share, list_addresses
from storyreader.serve.network import EVERY_INTERFACE
from storyreader.ui.present.qr_code import QrCode
from storyreader.ui.present.sharing import Sharing
from storyreader.ui.screen_fit import FittingDialog
from storyreader.ui.wrapping import sentence

ERROR_STYLE = "color: #c0392b;"


class ShareDialog(FittingDialog):
    def __init__(self, sharing: Sharing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with the room"))
        self._sharing = sharing
        self._tonight: SetInfo | None = None
        self._addresses: list[NetworkAddress] = []
        self._build()
        sharing.changed.connect(self.show_state)
        self.show_state()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        intro = sentence(
            self.tr(
                "Phones on the same Wi-Fi as this laptop read what you share in their browser, "
                "with no internet. Only what you choose is shared, and only to read."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        columns.addWidget(self._choices(), 3)
        columns.addWidget(self._served(), 2)
        layout.addLayout(columns, 1)
        self.error = sentence()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Start sharing"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.stop_button = buttons.addButton(
            self.tr("S&top sharing"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Sharing goes on when this window is closed"))
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choices(self) -> QWidget:
        self.what = QGroupBox(self.tr("What to share"))
        self.tonight = QRadioButton()
        self.picked = QRadioButton(self.tr("These shelves and tags:"))
        self.everything = QRadioButton(self.tr("The whole library"))
        self._kinds = QButtonGroup(self)
        for button in (self.tonight, self.picked, self.everything):
            self._kinds.addButton(button)
        self.shelves_and_tags = QListWidget()
        self.shelves_and_tags.setAccessibleName(self.tr("Shelves and tags to share"))
        self.shelves_and_tags.setMinimumHeight(72)
        self.shelves_and_tags.itemChanged.connect(lambda _item: self.picked.setChecked(True))
        for shelf, text in (
            ("favourites", self.tr("Favourites")),
            ("unread", self.tr("Unread")),
            ("recent", self.tr("Recently read")),
        ):
            self._add_choice(text, ("shelf", shelf))
        what = QVBoxLayout(self.what)
        what.addWidget(self.tonight)
        what.addWidget(self.picked)
        what.addWidget(self.shelves_and_tags, 1)
        what.addWidget(self.everything)

        self.where = QGroupBox(self.tr("Where phones find it"))
        self.address_choice = QComboBox()
        self.address_choice.setAccessibleName(self.tr("Network address"))
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.no_network = sentence(
            self.tr(
                "This laptop is on no network: join the room's Wi-Fi (or start a hotspot) and "
                "open this window again. Until then it can share on 127.0.0.1, which only this "
                "laptop can open."
            )
        )
        self.no_network.hide()
        where = QFormLayout(self.where)
        where.addRow(self.tr("Address:"), self.address_choice)
        where.addRow(self.tr("Port:"), self.port)
        where.addRow(self.no_network)

        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.what, 1)
        box.addWidget(self.where)
        return column

    def _served(self) -> QWidget:
        self.served = QGroupBox(self.tr("Sharing"))
        self.code = QrCode(188)  # a phone reads it from a metre or two off the screen
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("The address phones open"))
        self.copy_button = QPushButton(self.tr("&Copy the address"))
        self.copy_button.clicked.connect(self._copy)
        self.state = sentence()
        self.state.setAccessibleName(self.tr("Sharing state"))
        self.when_it_stops = sentence(
            self.tr(
                "Sharing stops when you quit Story Reader, and by itself when this laptop's "
                "address changes (it is checked every few seconds)."
            )
        )
        self.when_it_stops.setStyleSheet("color: palette(placeholder-text);")
        served = QVBoxLayout(self.served)
        served.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        served.addWidget(self.address)
        served.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        served.addWidget(self.state)
        served.addStretch(1)
        served.addWidget(self.when_it_stops)
        self.served.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        return self.served

    def _add_choice(self, text: str, data: tuple[str, str]) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.shelves_and_tags.addItem(item)

    # --- what the host may choose ---------------------------------------------------------

    def offer(self, tonight: SetInfo | None, addresses: list[NetworkAddress] | None = None) -> None:
        """Tonight's set (the set panel's) and the laptop's addresses, as they are now."""
        self._tonight = tonight
        if tonight is not None and tonight.items:
            self.tonight.setText(
                i18n.fill(
                    self.tr("Tonight's set: %1 (%n document(s))", "", len(tonight.items)),
                    tonight.name,
                )
            )
            self.tonight.setEnabled(True)
            self.tonight.setChecked(True)
        else:
            self.tonight.setText(self.tr("Tonight's set (choose one in the set panel first)"))
            self.tonight.setEnabled(False)
            if self.tonight.isChecked() or self._kinds.checkedButton() is None:
                self.everything.setChecked(True)
        self._offer_addresses(addresses if addresses is not None else list_addresses())

    def _offer_addresses(self, addresses: list[NetworkAddress]) -> None:
        chosen = self.address_choice.currentData()
        self._addresses = addresses
        self.address_choice.clear()
        for address in addresses:
            label = address.label()
            if address.kind == "loopback":
                label = i18n.fill(self.tr("%1 (this laptop only)"), address.address)
            self.address_choice.addItem(label, address.address)
        self.address_choice.addItem(self.tr("Every network of this laptop (0.0.0.0)"), "0.0.0.0")
        index = self.address_choice.findData(chosen) if chosen else -1
        self.address_choice.setCurrentIndex(max(0, index))
        self.no_network.setVisible(all(item.kind == "loopback" for item in addresses))

    def offer_tags(self, counts: SidebarCounts) -> None:
        """The library's tags, to tick (read in the background)."""
        for row in range(self.shelves_and_tags.count() - 1, -1, -1):
            kind, _value = self.shelves_and_tags.item(row).data(Qt.ItemDataRole.UserRole)
            if kind == "tag":
                self.shelves_and_tags.takeItem(row)
        for tag, count in counts.tags:
            self._add_choice(i18n.fill(self.tr("Tag: %1 (%2)"), tag, count), ("tag", tag))

    def choice(self) -> Share:
        if self.tonight.isChecked() and self._tonight is not None:
            return Share.of_set(self._tonight.id)
        if self.everything.isChecked():
            return Share.whole_library()
        picked: dict[str, list[str]] = {"shelf": [], "tag": []}
        for row in range(self.shelves_and_tags.count()):
            item = self.shelves_and_tags.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, value = item.data(Qt.ItemDataRole.UserRole)
                picked[kind].append(value)
        return Share(shelves=tuple(picked["shelf"]), tags=tuple(picked["tag"]))  # type: ignore[arg-type]

    # --- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        host = str(self.address_choice.currentData() or "127.0.0.1")
        every = host in EVERY_INTERFACE
        if every and not self._every_network_confirmed():
            return
        share = self.choice()
        if not (share.set_ref or share.shelves or share.tags or share.everything):
            self._show_error(self.tr("Tick a shelf or a tag to share, or choose another option."))
            return
        self._show_error("")
        self._sharing.start(
            share, host, self.port.value(), every_interface=every, failed=self._refused
        )
        self.show_state()

    def _every_network_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Share on every network?"),
            self.tr(
                "Every network this laptop is on could reach the stories, including a wired "
                "or office network. Share on all of them?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self._show_error(str(error))
        else:
            self._show_error(self.tr("Sharing could not start; the log has the details."))
            raise error  # reported by the task runner, as any bug

    def stop(self) -> None:
        self._sharing.stop()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.refit()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._sharing.address)

    # --- how it stands --------------------------------------------------------------------

    def show_state(self) -> None:
        sharing = self._sharing
        active, starting = sharing.active, sharing.starting
        for part in (self.what, self.where):
            part.setEnabled(not active and not starting)
        self.start_button.setEnabled(not active and not starting)
        self.stop_button.setEnabled(active)
        self.code.set_text(sharing.address)
        self.code.setVisible(active)
        self.address.setText(sharing.address)
        self.address.setVisible(active)
        self.copy_button.setVisible(active)
        self.state.setText(self._state_text())
        if sharing.stop_reason and not active:
            self._show_error(sharing.stop_reason)
        self.refit()

    def _state_text(self) -> str:
        sharing = self._sharing
        if sharing.starting:
            return self.tr("Starting…")
        if not sharing.active:
            return self.tr("Not sharing. Choose what to share and where, then Start sharing.")
        documents = self.tr("Sharing %n document(s).", "", sharing.shared_count())
        phones = self.tr("%n phone(s) connected.", "", sharing.phones())
        return f"{documents} {phones}"

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(820, 520)
