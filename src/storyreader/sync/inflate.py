"""Compressed bodies inflated a chunk at a time, never past a size cap: a small compressed
bomb stops at the cap like any large body."""

from __future__ import annotations

import zlib

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

ACCEPT_ENCODING = "gzip, deflate"  # what `Inflater` inflates within the size cap
_GZIP_MAGIC = b"\x1f\x8b"


class NotGzipError(KnownError):
    """A file that says it is gzip is not (its reason completes "... cannot be read: ...")."""


class Inflater:
    """Inflates a gzip or deflate body a chunk at a time, never past `limit` bytes out."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit, self.size = limit, 0
        self._gzip = encoding in ("gzip", "x-gzip")
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes) -> bytes:
        if not self._started and not self._gzip and data:
            self._started = True
            if data[0] & 0x0F != 8:  # a deflate body without its zlib header, as some send
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        out: list[bytes] = []
        while data:
            chunk = self._inflate.decompress(data, self.limit - self.size + 1)
            self.size += len(chunk)
            if self.size > self.limit:
                raise OverflowError
            out.append(chunk)
            data = self._inflate.unconsumed_tail
        return b"".join(out)


def gunzip(data: bytes, limit: int) -> bytes:
    """`data` inflated if it is gzip (a `.gz` file), else as it is; OverflowError past
    `limit` bytes inflated."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        return Inflater("gzip", limit).feed(data)
    except zlib.error as error:
        raise NotGzipError(QT_TRANSLATE_NOOP("Sync", "it is not valid gzip (%1)"), error) from None
