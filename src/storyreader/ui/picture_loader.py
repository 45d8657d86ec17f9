"""Decoding large pictures off the GUI thread, for the reading page.

A picture of tens of megapixels takes a second or more to decode; a document may hold dozens.
The reading page shows a placeholder of the right size at once and asks for the picture
here; one worker thread decodes pictures one at a time (so at most one full-size decode is
in memory) and hands each back on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage

from storyreader.present.pictures import decode_fitted


class _Relay(QObject):
    decoded = Signal(str, QImage)


class _Decode(QRunnable):
    def __init__(self, key: str, data: bytes, bound: QSize, relay: _Relay) -> None:
        super().__init__()
        self._key, self._data, self._bound, self._relay = key, data, bound, relay

    def run(self) -> None:
        self._relay.decoded.emit(self._key, decode_fitted(self._data, self._bound))


class PictureLoader(QObject):
    """`request` a picture; `decoded(key, image)` follows on the GUI thread (a null image if
    it could not be read). `forget` drops the requests not started yet."""

    decoded = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.decoded.connect(self.decoded)

    def request(self, key: str, data: bytes, bound: QSize) -> None:
        self._pool.start(_Decode(key, data, bound, self._relay))

    def forget(self) -> None:
        self._pool.clear()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for the decode under way (tests, and closing)."""
        return self._pool.waitForDone(timeout_ms)
