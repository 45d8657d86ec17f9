"""The bundle file: its layout, the limits on what it may hold, and how it says it is wrong.

A `.storybundle` is a zip holding exactly these members and nothing else:

    manifest.json          format, the exporting archive's identity, a sequence number that
                           only grows, when it was made, counts, the sources, and the SHA-256
                           and size of every other member (manifest.py)
    manifest.json.minisig  the manifest's signature (minisign format), when signed (sign.py)
    documents.jsonl        one JSON object a line: a document, or the withdrawal of one
                           (document_lines.py)
    media/<sha256>         each stored image, named by the SHA-256 of its bytes

Never an index, a database or a pickle: the importer builds its own from these. Everything
treats the file as hostile: the zip's directory is checked against `Limits` before a single
byte is extracted (safe_zip.py), and every JSON value through `storyreader.untrusted_json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from storyreader.config import MAX_IMAGE_BYTES
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.untrusted_json import Origin, Wording

FORMAT_NAME = "storyreader-bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".storybundle"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
DOCUMENTS = "documents.jsonl"
MEDIA_PREFIX = "media/"
SHA256 = re.compile(r"[0-9a-f]{64}")
KIND = re.compile(r"[a-z][a-z0-9-]{0,31}")  # the same rule as local import's front matter


class BundleError(KnownError):
    """A bundle cannot be used: damaged, unsafe, untrusted or out of order. One sentence."""


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold; checked from the zip's directory before anything is read."""

    max_bundle_bytes: int = 16 * 2**30
    max_members: int = 200_000
    max_total_bytes: int = 16 * 2**30  # all members, uncompressed
    max_documents_bytes: int = 8 * 2**30
    max_media_bytes: int = MAX_IMAGE_BYTES
    max_manifest_bytes: int = 64 * 2**20
    max_signature_bytes: int = 16 * 1024
    max_ratio: int = 100  # uncompressed / compressed; text compresses 3-10 times, bombs 1000
    ratio_floor: int = 2**20  # smaller members may have any ratio (they cannot hurt)
    max_line_bytes: int = 64 * 2**20  # one document's JSON line (HTML and text, escaped)
    # Document and withdrawal lines together, as the manifest declares them: each costs a
    # database lookup or write, so a small file of many short lines must not run for hours.
    max_lines: int = 200_000
    max_central_directory_bytes: int = 64 * 2**20


# How the bundle's JSON says what is wrong with it (%2 is where: "the manifest", "document
# line 3"; the bundle is not named, as every sentence about it is about the one being read).
IN_THE_BUNDLE = Origin(
    Wording(
        BundleError,
        not_json=QT_TRANSLATE_NOOP("Bundles", "The bundle's %2 is not valid JSON."),
        too_big=QT_TRANSLATE_NOOP(
            "Bundles",
            "The bundle's %2 is larger or more deeply nested than Story Reader ever writes it; "
            "nothing was imported.",
        ),
        not_object=QT_TRANSLATE_NOOP("Bundles", "In the bundle, %2 is not a JSON object."),
        unusable=QT_TRANSLATE_NOOP("Bundles", "In the bundle, %2 has no usable `%3`."),
        unstorable=QT_TRANSLATE_NOOP(
            "Bundles",
            "In the bundle, %2 has %4 in `%3`; Story Reader never writes one, so the bundle was "
            "refused and nothing was imported.",
        ),
    )
)


def sha256_text(text: str) -> str:
    """`text` if it is a SHA-256 in hex, as bundles write them; else ValueError."""
    if not SHA256.fullmatch(text):
        raise ValueError(text)
    return text


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def parse_moment(text: str) -> datetime:
    """A naive UTC datetime from ISO 8601 (a date alone means its midnight, UTC)."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment
