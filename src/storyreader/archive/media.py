"""Stored media: recognising image bytes and addressing them by their SHA-256."""

from __future__ import annotations

import hashlib

ASSET_SCHEME = "asset:"

# Raster formats QTextBrowser can show; SVG is left out because it is a document, not a picture.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff_image_mime(data: bytes) -> str | None:
    """The image type the bytes really are, whatever their name claims; None if not an image."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def asset_reference(sha256: str) -> str:
    """How sanitized HTML refers to a stored file; the reader resolves it from the archive."""
    return f"{ASSET_SCHEME}{sha256}"


def missing_asset_reference(position: int) -> str:
    """A placeholder for an image that could not be stored (yet)."""
    return f"{ASSET_SCHEME}missing/{position}"
