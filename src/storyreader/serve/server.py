"""`ShareServer`: the web reader running on a thread of its own, so the desktop app can host
it without blocking its window, and the command line can run it headless.

    server = ShareServer(archive, Share.of_set(3), index=index, host=pick_address().address)
    server.start()              # raises KnownError: port taken, address gone, nothing shared
    server.address              # http://192.168.1.20:8765/t/<token>/   (for the QR code)
    server.phones()             # distinct phones seen in the last minute
    server.stop()               # the port is free when this returns

The server checks every few seconds that its address is still the laptop's (the Wi-Fi can
drop or change): if not, it stops and calls `on_stopped` with the reason, from its thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence
from storyreader.present.qr import qr_modules
from storyreader.serve.content import Content
from storyreader.serve.network import EVERY_INTERFACE, is_present, list_addresses, pick_address
from storyreader.serve.remote import RemoteAccess, ShowRemote
from storyreader.serve.share import Share

if TYPE_CHECKING:
    from aiohttp import web

    from storyreader.search import SearchIndex
    from storyreader.serve.web_app import Settings

# aiohttp and the pages load when serving starts, not when the app imports this module (the
# app runs the server in a process of its own and only reads the address check from here).

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
WORKERS = 4  # threads for SQLite and Whoosh; more would only queue on the GIL
ADDRESS_CHECK_SECONDS = 5.0
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


class ShareError(KnownError):
    """Sharing cannot start as asked."""


class ShareServer:
    """See the module docstring. Not restartable: make a new one to share again."""

    def __init__(
        self,
        archive: Archive,
        share: Share,
        *,
        index: SearchIndex | None,
        host: str,
        port: int = DEFAULT_PORT,
        every_interface: bool = False,
        remote: ShowRemote | None = None,
        on_stopped: Callable[[str], None] | None = None,
        address_check: Callable[[str], bool] | None = None,
    ) -> None:
        if host in EVERY_INTERFACE and not every_interface:
            raise ShareError(
                QT_TRANSLATE_NOOP(
                    "Serve",
                    "Sharing on every network this laptop is on must be asked for explicitly.",
                )
            )
        self.archive = archive
        self.host, self.port = host, port
        self.token = secrets.token_urlsafe(16)
        self._share, self._index = share, index
        self._remote, self._on_stopped = remote, on_stopped
        self._address_check = address_check or (lambda address: is_present(address))
        self.access = RemoteAccess()
        self._settings: Settings | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._stopping = threading.Event()
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="share")

    # --- what the host sees --------------------------------------------------------------

    @property
    def address(self) -> str:
        """The reader's address for phones (the QR code's text)."""
        return f"http://{self._public_host()}:{self.port}/t/{self.token}/"

    @property
    def remote_address(self) -> str:
        """The presenter's remote (the host's own phone; it asks for `pin`)."""
        return f"{self.address}remote"

    @property
    def pin(self) -> str:
        return self.access.pin

    def new_pin(self) -> str:
        return self.access.new_pin()

    def _public_host(self) -> str:
        return pick_address().address if self.host in EVERY_INTERFACE else self.host

    def qr_modules(self) -> list[list[bool]]:
        return qr_modules(self.address)

    def phones(self) -> int:
        """Distinct phones (client addresses) that asked for something in the last minute."""
        return self._settings.visitors.count() if self._settings is not None else 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def shared_count(self) -> int:
        return len(self._settings.content.entries()) if self._settings is not None else 0

    # --- changing what is served ----------------------------------------------------------

    def update(self, share: Share) -> None:
        """Share something else (or the same set after it changed), at the same address."""
        content = Content(self.archive, share.resolve(self.archive))
        if self._settings is not None:
            self._settings.content = content
        self._share = share

    def set_remote(self, remote: ShowRemote | None) -> None:
        """Offer the presenter's remote (a show started) or take it away (None)."""
        self._remote = remote
        if self._settings is not None:
            self._settings.remote = remote

    # --- starting and stopping ------------------------------------------------------------

    def start(self) -> str:
        """Bind, start serving on a thread of its own, and return the address."""
        if self._thread is not None:
            raise RuntimeError("a ShareServer starts once")
        from storyreader.serve.web_app import Settings

        content = Content(self.archive, self._share.resolve(self.archive))
        self._settings = Settings(self.token, content, self._index, remote=self._remote)
        self._settings.access = self.access
        sock = self._bind()
        self.port = sock.getsockname()[1]
        started = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._serve, args=(sock, started, failure), name="share-server", daemon=True
        )
        self._thread.start()
        if not started.wait(START_TIMEOUT) or failure:
            self.stop()
            if failure:
                raise failure[0]
            raise ShareError(QT_TRANSLATE_NOOP("Serve", "The web reader did not start in time."))
        return self.address

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if os.name != "nt":  # on Windows it would let another program share the port
                # For a port left in TIME_WAIT by our own last stop; a listener still refuses.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(128)
            sock.setblocking(False)
        except OSError as error:
            sock.close()
            raise ShareError(_bind_sentence(self.host, self.port, error)) from None
        return sock

    def _serve(
        self, sock: socket.socket, started: threading.Event, failure: list[BaseException]
    ) -> None:
        from aiohttp import web

        from storyreader.serve.web_app import make_app

        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            assert self._settings is not None
            app = make_app(self._settings, self._pool)
            runner = web.AppRunner(
                app,
                access_log=None,
                logger=_RequestLog(logging.getLogger("aiohttp.server"), {}),
                handle_signals=False,
                shutdown_timeout=1,
            )
            loop.run_until_complete(runner.setup())
            loop.run_until_complete(web.SockSite(runner, sock).start())
            self._runner = runner
            watch = loop.create_task(self._watch_address())
            started.set()
            loop.run_forever()
            watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(watch)
            loop.run_until_complete(runner.cleanup())
        except BaseException as error:
            failure.append(error)
            started.set()
        finally:
            sock.close()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _watch_address(self) -> None:
        while True:
            await asyncio.sleep(ADDRESS_CHECK_SECONDS)
            present = await asyncio.get_running_loop().run_in_executor(
                self._pool, self._address_check, self.host
            )
            if not present:
                reason = address_gone(self.host)
                log.warning("%s", reason)
                self._request_stop()
                if self._on_stopped is not None:
                    self._on_stopped(reason)
                return

    def _request_stop(self) -> None:
        self._stopping.set()
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # closed in between
                loop.call_soon_threadsafe(loop.stop)

    def stop(self) -> None:
        """Stop serving; when this returns the port is free and no request is answered."""
        self._request_stop()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_TIMEOUT)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> ShareServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


class _RequestLog(logging.LoggerAdapter[logging.Logger]):
    """aiohttp's server log, where a request it cannot parse (a scanner, a phone's broken
    browser, anyone on the room's network) is one line at info level: logged as an error with
    its traceback, as aiohttp does, a busy evening would fill the log. Anything else it
    reports stays an error."""

    def exception(self, msg: object, *args: object, **kwargs: Any) -> None:
        from aiohttp.http_exceptions import HttpProcessingError

        error = kwargs.get("exc_info")
        if not isinstance(error, HttpProcessingError):
            super().exception(msg, *args, **kwargs)
            return
        kwargs.pop("exc_info")
        self.info(f"{msg}: %s %s", *args, error.code, error.message, **kwargs)


def address_gone(host: str) -> str:
    """Why sharing stopped when the laptop lost `host` (the Wi-Fi dropped), translated."""
    return i18n.fill(
        i18n.translate("Serve", "Sharing stopped: this laptop no longer has the address %1."),
        host,
    )


def _bind_sentence(host: str, port: int, error: OSError) -> Sentence:
    if error.errno == errno.EADDRINUSE:
        template = QT_TRANSLATE_NOOP(
            "Serve",
            "Port %2 on %1 is in use by another program; choose another port.",
        )
    elif error.errno == errno.EADDRNOTAVAIL:
        template = QT_TRANSLATE_NOOP("Serve", "%1 is not an address of this laptop.")
    elif error.errno == errno.EACCES:
        template = QT_TRANSLATE_NOOP(
            "Serve",
            "Port %2 needs administrator rights; use 1024 or above.",
        )
    else:
        template = QT_TRANSLATE_NOOP("Serve", "Cannot share on %1, port %2.")
    return template.with_values(host, port)


__all__ = [
    "DEFAULT_PORT",
    "ShareError",
    "ShareServer",
    "address_gone",
    "is_present",
    "list_addresses",
    "pick_address",
]
