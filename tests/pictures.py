"""Real, tiny PNG files for tests: a square of one colour, made here so that no fixture image
has to be committed. A plain module (no fixtures, no side effects): test servers running in
child processes import it too."""

from __future__ import annotations

import struct
import zlib


def solid_png(colour: bytes, size: int = 1) -> bytes:
    """A valid PNG of `size`x`size` pixels of one RGB `colour` (three bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = (b"\x00" + colour * size) * size  # each row: filter type 0, then its pixels
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
