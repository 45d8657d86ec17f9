"""Hand-made bundles, as a hostile publisher (or one with a stolen key) would make them: any
lines, any counts, signed or not. Small by default so that the tests that use them stay fast."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from storyreader.archive.writes import stable_id
from storyreader.bundle.format import DOCUMENTS, MANIFEST, MEDIA_PREFIX, SIGNATURE
from storyreader.bundle.sign import SecretKey

ZERO_FINGERPRINT = "0" * 64


def document_line(origin: str, title: str, **fields: Any) -> dict[str, Any]:
    """An active document line whose id belongs to `origin`, as the exporter writes one."""
    line: dict[str, Any] = {
        "id": stable_id(origin),
        "status": "active",
        "origin": origin,
        "source": "Stories site",
        "source_key": origin,
        "kind": "story",
        "title": title,
        "author": "",
        "language": "en",
        "published": None,
        "updated": None,
        "summary": "",
        "url": None,
        "tags": [],
        "html": f"<p>{title}: the river rose in the night.</p>",
        "text": None,
        "images": {},
        "fingerprint": ZERO_FINGERPRINT,
    }
    line.update(fields)
    return line


def withdrawal_line(document_id: str) -> dict[str, Any]:
    return {"id": document_id, "status": "withdrawn"}


def encode(lines: Iterable[Mapping[str, Any]]) -> bytes:
    """documents.jsonl as the exporter writes it (escapes such as \\ud800 kept as written)."""
    return b"".join(json.dumps(line, separators=(",", ":")).encode() + b"\n" for line in lines)


def write_bundle(
    path: Path,
    documents: bytes,
    *,
    archive_id: str = "hostile-publisher",
    sequence: int = 1,
    counts: tuple[int, int] | None = None,
    key: SecretKey | None = None,
    media: Mapping[str, bytes] | None = None,
    sources: Iterable[Mapping[str, Any]] | None = None,
) -> Path:
    """A bundle holding `documents` (documents.jsonl's bytes) and `media` (by SHA-256).

    `counts` is what the manifest declares (documents, withdrawals); by default what the
    lines hold. Signed with `key` when one is given."""
    if counts is None:
        statuses = [json.loads(line)["status"] for line in documents.splitlines() if line.strip()]
        counts = (statuses.count("active"), statuses.count("withdrawn"))
    members = {DOCUMENTS: documents} | {
        MEDIA_PREFIX + sha: data for sha, data in (media or {}).items()
    }
    manifest = {
        "format": "storyreader-bundle",
        "version": 1,
        "archive_id": archive_id,
        "sequence": sequence,
        "created_at": datetime(2026, 12, 1, 9, 0).isoformat(),
        "since_sequence": None,
        "since": None,
        "source_filter": None,
        "counts": {"documents": counts[0], "withdrawn": counts[1], "media": len(media or {})},
        "sources": list(
            sources
            if sources is not None
            else [
                {
                    "name": "Stories site",
                    "type": "site",
                    "url": "https://stories.example.org/",
                    "default_kind": "story",
                }
            ]
        ),
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    raw = json.dumps(manifest, indent=1).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(MANIFEST, raw)
        if key is not None:
            signature = key.sign(raw, f"bundle {sequence} of {archive_id}")
            bundle.writestr(SIGNATURE, signature.to_text())
        for name, data in members.items():
            bundle.writestr(name, data)
    return path
