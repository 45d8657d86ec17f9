"""Sharing with the room from the app (Present > Share with the room…): one web reader at a
time, in a process of its own (`ShareProcess`), stopped on Stop, when the app quits, or when
the laptop's address goes away (looked at every few seconds, here).

The server runs in another process so that its threads never wait on the app's interpreter
(nor the app's search and window on its): what it reports (a phone's clicker command, how
many phones came) arrives on the GUI thread as the child's lines are read, and the show's
state goes to it after every change. The phone-as-clicker is offered for as long as sharing
lasts; with no show running it says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar, QToolButton

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.serve import RemoteState, Share
from storyreader.serve import server as server_module
from storyreader.serve.child import share_to_json, state_to_json
from storyreader.ui.present.share_process import Listening, ShareProcess

if TYPE_CHECKING:
    from storyreader.ui.present.show_controller import ShowController

PHONES_EVERY_MS = 3000  # how often the count of connected phones is looked at


class Sharing(QObject):
    changed = Signal()  # started, stopped, or the count of phones moved

    def __init__(
        self,
        archive: Archive,
        status_bar: QStatusBar,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive, self._say = archive, say
        self.server: Listening | None = None
        self._process: ShareProcess | None = None
        self._host = ""
        self.stop_reason = ""  # why sharing last stopped on its own ("" when the host stopped it)
        self._phones = 0
        self._show: ShowController | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(PHONES_EVERY_MS)
        self._timer.timeout.connect(self._count_phones)
        self._address_timer = QTimer(self)
        self._address_timer.timeout.connect(self._check_address)
        self.indicator = QToolButton()  # in the status bar while sharing; reopens the dialog
        self.indicator.setAutoRaise(True)
        self.indicator.hide()
        status_bar.addPermanentWidget(self.indicator)

    # --- what the dialog and the show read ------------------------------------------------

    @property
    def active(self) -> bool:
        return self.server is not None

    @property
    def starting(self) -> bool:
        return self._process is not None and self.server is None

    @property
    def address(self) -> str:
        return self.server.address if self.server is not None else ""

    def phones(self) -> int:
        return self._phones

    def shared_count(self) -> int:
        return self.server.shared if self.server is not None else 0

    # --- starting and stopping ------------------------------------------------------------

    def start(
        self,
        share: Share,
        host: str,
        port: int,
        *,
        every_interface: bool = False,
        failed: Callable[[BaseException], None],
    ) -> None:
        """Start sharing in the background; `changed` when it runs, else `failed(error)`."""
        if self._process is not None:
            return
        process = self._process = ShareProcess(self)
        self._host = host
        self.stop_reason = ""

        def started(listening: Listening) -> None:
            self.server = listening
            self._phones = 0
            self._timer.start()
            self._address_timer.start(round(server_module.ADDRESS_CHECK_SECONDS * 1000))
            self._publish()
            self._offer_to_show()
            self._show_indicator()
            self.changed.emit()

        def refused(error: BaseException) -> None:
            self._forget(process)
            self.changed.emit()
            failed(error)

        process.listening.connect(started)
        process.refused.connect(refused)
        process.phones.connect(self._phones_counted)
        process.clicker.connect(self._on_clicker)
        process.died.connect(self._died)
        process.start(
            {
                "archive": str(self._archive.path),
                "share": share_to_json(share),
                "host": host,
                "port": port,
                "every_interface": every_interface,
            }
        )

    def _forget(self, process: ShareProcess) -> None:
        process.stop()
        process.deleteLater()
        if self._process is process:
            self._process = None

    def stop(self) -> None:
        """Stop serving; the port is free when this returns."""
        process = self._process
        if process is None:
            return
        was_serving = self.server is not None
        self.server = None
        self._forget(process)
        if was_serving:
            self._ended()
        else:
            self.changed.emit()

    def _check_address(self) -> None:
        if self.server is not None and not server_module.is_present(self._host):
            self._stopped_by_itself(server_module.address_gone(self._host))

    def _died(self) -> None:
        self._stopped_by_itself(
            i18n.translate("Serve", "Sharing stopped unexpectedly; the log has the details.")
        )

    def _stopped_by_itself(self, reason: str) -> None:
        if self.server is None:
            return
        self.stop()
        self.stop_reason = reason
        self._say(reason)
        self.changed.emit()

    def _ended(self) -> None:
        self._timer.stop()
        self._address_timer.stop()
        self._phones = 0
        self.indicator.hide()
        self._offer_to_show()
        self.changed.emit()

    # --- phones ---------------------------------------------------------------------------

    def _count_phones(self) -> None:
        if self.server is not None and self._process is not None:
            self._process.send({"phones": None})

    def _phones_counted(self, phones: int) -> None:
        if self.server is not None and phones != self._phones:
            self._phones = phones
            self._show_indicator()
            self.changed.emit()

    def _show_indicator(self) -> None:
        text = self.tr("Sharing · %n phone(s)", "", self._phones)
        self.indicator.setText(text)
        self.indicator.setToolTip(
            i18n.fill(self.tr("Phones open %1 (Present > Share with the room…)"), self.address)
        )
        self.indicator.show()

    # --- the show and the phone-as-clicker ------------------------------------------------

    def attach_show(self, show: ShowController) -> None:
        """A show started: the clicker drives it, and Q can show the room's QR code."""
        self._show = show
        show.changed.connect(self._publish)
        show.ended.connect(self._show_ended)
        self._offer_to_show()
        self._publish()

    def _show_ended(self) -> None:
        self._show = None
        self._send_state(RemoteState())  # the host's phone says no show is running

    def _offer_to_show(self) -> None:
        show = self._show
        if show is None or not show.running:
            return
        server = self.server
        show.set_share(server.address if server is not None else None)
        show.console.show_clicker(
            server.remote_address if server is not None else "",
            server.pin if server is not None else "",
        )

    def _publish(self) -> None:
        show = self._show
        self._send_state(show.remote_state() if show is not None else RemoteState())

    def _send_state(self, state: RemoteState) -> None:
        if self._process is not None:
            self._process.send({"state": state_to_json(state)})

    def _on_clicker(self, command: str) -> None:
        show = self._show
        if show is not None and show.running and command in ("next", "previous", "black", "logo"):
            getattr(show, command)()
