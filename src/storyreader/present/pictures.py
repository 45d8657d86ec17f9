"""Stored pictures decoded at the size they are shown, and a cache of those scaled images.

A stored picture may be as large as Qt will decode (its 256 MB limit: 7,900 pixels square);
a document may hold dozens. Every view of one (the reading page, a slide, a PDF, a handout,
a printout) asks for it fitted to a box: `QImageReader.setScaledSize` decodes it straight
to that size (JPEG decodes at the smaller size; PNG decodes whole, briefly, then scales),
and only the scaled image is kept. The header gives a picture's size without decoding it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

MediaLoader = Callable[[str], tuple[str, bytes] | None]

MAX_SIDE = 2560  # no view shows a picture larger: a 4K projector's picture box, paper at 280 dpi
CACHE_BYTES = 160 * 1024 * 1024  # scaled pictures kept, most recently used first


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer  # the buffer must outlive the reader's use


def picture_size(data: bytes) -> QSize:
    """The picture's size, read from its header (nothing decoded); empty if not a picture."""
    reader, _buffer = _reader(data)
    size = reader.size()
    return size if size.isValid() and not size.isEmpty() else QSize()


def fitted_size(size: QSize, bound: QSize) -> QSize:
    """`size` scaled down to fit `bound` (and MAX_SIDE), keeping its shape; never enlarged."""
    if size.isEmpty():
        return QSize()
    width = min(bound.width(), MAX_SIDE) if bound.width() > 0 else MAX_SIDE
    height = min(bound.height(), MAX_SIDE) if bound.height() > 0 else MAX_SIDE
    scale = min(1.0, width / size.width(), height / size.height())
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def decode_fitted(data: bytes, bound: QSize) -> QImage:
    """The picture decoded at most `bound` large (and MAX_SIDE); a null image if the bytes are
    not a picture Qt can read (or one larger than Qt's allocation limit)."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return QImage()
    target = fitted_size(size, bound)
    if target != size:
        reader.setScaledSize(target)
    return reader.read()


class PictureCache:
    """Scaled pictures by (sha256, size), within a byte budget, least recently used dropped.

    Used by one thread at a time (the one painting). The original sizes are remembered, so a
    picture asked for again at a size already decoded costs no database read.
    """

    def __init__(self, load_media: MediaLoader | None, budget: int = CACHE_BYTES) -> None:
        self._load_media = load_media
        self._budget = budget
        self._sizes: dict[str, QSize] = {}  # the original's size; empty: not a picture
        self._images: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self._bytes = 0

    def image(self, sha256: str, bound: QSize) -> QImage | None:
        """The picture fitted to `bound` (device pixels), or None if it cannot be shown."""
        known = self._sizes.get(sha256)
        if known is not None:
            if known.isEmpty():
                return None
            target = fitted_size(known, bound)
            cached = self._images.get((sha256, target.width(), target.height()))
            if cached is not None:
                self._images.move_to_end((sha256, target.width(), target.height()))
                return cached
        found = self._load_media(sha256) if self._load_media else None
        if found is None:
            self._sizes[sha256] = QSize()
            return None
        image = decode_fitted(found[1], bound)
        self._sizes[sha256] = picture_size(found[1]) if not image.isNull() else QSize()
        if image.isNull():
            return None
        self._keep((sha256, image.width(), image.height()), image)
        return image

    def _keep(self, key: tuple[str, int, int], image: QImage) -> None:
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self._budget and len(self._images) > 1:
            _key, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    @property
    def held_bytes(self) -> int:
        """The bytes of the scaled pictures kept now."""
        return self._bytes

    def held(self) -> list[QImage]:
        return list(self._images.values())
