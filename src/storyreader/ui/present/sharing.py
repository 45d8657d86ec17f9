"""Sharing with the room from the app (Present > Share with the room…): one `ShareServer` at a
time, started in the background, stopped on Stop, when the app quits, or by the server itself
when the laptop's address goes away (it checks every few seconds).

The server runs on threads of its own and never touches a Qt object: what it reports (its own
stop, a phone's clicker command) comes here through queued signals, and the show's state goes
to it through a `RelayRemote` that the show publishes to after every change. The phone-as-clicker
is offered for as long as sharing lasts; with no show running it says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStatusBar, QToolButton

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.serve import RelayRemote, RemoteState, Share, ShareServer
from storyreader.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from storyreader.search import SearchIndex
    from storyreader.ui.present.show_controller import ShowController

PHONES_EVERY_MS = 3000  # how often the count of connected phones is looked at


class Sharing(QObject):
    changed = Signal()  # started, stopped, or the count of phones moved
    _server_stopped = Signal(str)  # from the server's thread: the address went away
    _clicker = Signal(str)  # from the server's thread: a command from the host's phone

    def __init__(
        self,
        archive: Archive,
        index: Callable[[], SearchIndex | None],
        runner: TaskRunner,
        status_bar: QStatusBar,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive, self._index, self._runner, self._say = archive, index, runner, say
        self.server: ShareServer | None = None
        self._starting = False
        self.stop_reason = ""  # why sharing last stopped on its own ("" when the host stopped it)
        self._phones = 0
        self._show: ShowController | None = None
        self._relay = RelayRemote(self._clicker.emit)
        self._clicker.connect(self._on_clicker, Qt.ConnectionType.QueuedConnection)
        self._server_stopped.connect(self._stopped_by_server, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(PHONES_EVERY_MS)
        self._timer.timeout.connect(self._count_phones)
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
        return self._starting

    @property
    def address(self) -> str:
        return self.server.address if self.server is not None else ""

    def phones(self) -> int:
        return self._phones

    def shared_count(self) -> int:
        return self.server.shared_count() if self.server is not None else 0

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
        if self.server is not None or self._starting:
            return
        server = ShareServer(
            self._archive,
            share,
            index=self._index(),
            host=host,
            port=port,
            every_interface=every_interface,
            remote=self._relay,
            on_stopped=self._server_stopped.emit,
        )
        self._starting = True
        self.stop_reason = ""

        def started(_address: str) -> None:
            self._starting = False
            self.server = server
            self._phones = 0
            self._timer.start()
            self._publish()
            self._offer_to_show()
            self._show_indicator()
            self.changed.emit()

        def refused(error: BaseException) -> None:
            self._starting = False
            server.stop()
            failed(error)
            self.changed.emit()

        self._runner.run(server.start, started, refused, owner=self)

    def stop(self) -> None:
        """Stop serving; the port is free when this returns."""
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        self._ended()

    def _stopped_by_server(self, reason: str) -> None:
        if self.server is None:
            return
        self.stop()
        self.stop_reason = reason
        self._say(reason)
        self.changed.emit()

    def _ended(self) -> None:
        self._timer.stop()
        self._phones = 0
        self.indicator.hide()
        self._offer_to_show()
        self.changed.emit()

    # --- phones ---------------------------------------------------------------------------

    def _count_phones(self) -> None:
        if self.server is None:
            return
        phones = self.server.phones()
        if phones != self._phones:
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
        self._relay.publish(RemoteState())  # the host's phone says no show is running

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
        self._relay.publish(show.remote_state() if show is not None else RemoteState())

    def _on_clicker(self, command: str) -> None:
        show = self._show
        if show is not None and show.running and command in ("next", "previous", "black", "logo"):
            getattr(show, command)()
