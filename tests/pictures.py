"""Real, tiny PNG files for tests: a square of one colour, made here so that no fixture image
has to be committed. A plain module (no fixtures, no side effects): test servers running in
child processes import it too."""

from __future__ import annotations

import struct
import zlib
from typing import Any


def solid_png(colour: bytes, size: int = 1, height: int | None = None) -> bytes:
    """A valid PNG of `size`x`size` pixels (`size`x`height` if given) of one RGB `colour`
    (three bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = (b"\x00" + colour * size) * (height or size)  # a row: filter type 0, its pixels
    header = struct.pack(">IIBBBBB", size, height or size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def save_picture_story(archive: Any, pictures: list[bytes], title: str = "Pictures") -> str:
    """Save a document showing `pictures` (PNG bytes) one after another; returns its id."""
    from storyreader.archive.writes import IncomingDocument, ensure_source, save_document

    images = {f"https://pictures.example.org/{n}.png": data for n, data in enumerate(pictures)}
    figures = "".join(f'<p>Picture {n}.</p><img src="{src}">' for n, src in enumerate(images))
    with archive.write() as session:
        source = ensure_source(session, "Pictures", "site", url="https://pictures.example.org/")
        document_id, _outcome = save_document(
            session,
            source,
            IncomingDocument(
                origin=f"https://pictures.example.org/{title}",
                source_key=title,
                title=title,
                html=f"<p>Before the pictures.</p>{figures}<p>After them.</p>",
                images=images,
            ),
        )
    return document_id
