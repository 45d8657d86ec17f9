"""manifest.json: who made the bundle, when, what it holds, and every member's SHA-256."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from storyreader.bundle.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    IN_THE_BUNDLE,
    KIND,
    MEDIA_PREFIX,
    BundleError,
    Limits,
    iso,
    parse_moment,
    sha256_text,
)
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.untrusted_json import Fields, load

THE_MANIFEST = QT_TRANSLATE_NOOP("Bundles", "the manifest")


@dataclass(frozen=True)
class MemberEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class SourceEntry:
    name: str
    type: str
    url: str | None
    default_kind: str


@dataclass(frozen=True)
class Manifest:
    archive_id: str  # the exporting archive: with the key, who published the bundle
    sequence: int
    created_at: datetime  # naive UTC
    since_sequence: int | None  # a delta since that bundle of the same archive
    since: datetime | None  # a delta of documents changed at or after this moment
    source_filter: str | None
    documents: int  # document lines (active ones)
    withdrawn: int  # withdrawal lines
    sources: tuple[SourceEntry, ...]
    members: Mapping[str, MemberEntry]
    format_version: int = FORMAT_VERSION

    @property
    def media_count(self) -> int:
        return sum(1 for name in self.members if name.startswith(MEDIA_PREFIX))

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "version": self.format_version,
            "archive_id": self.archive_id,
            "sequence": self.sequence,
            "created_at": iso(self.created_at),
            "since_sequence": self.since_sequence,
            "since": iso(self.since),
            "source_filter": self.source_filter,
            "counts": {
                "documents": self.documents,
                "withdrawn": self.withdrawn,
                "media": self.media_count,
            },
            "sources": [vars(source) for source in self.sources],
            "members": {
                name: {"sha256": entry.sha256, "size": entry.size}
                for name, entry in sorted(self.members.items())
            },
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        parsed = load(raw, THE_MANIFEST, IN_THE_BUNDLE, max_bytes=Limits.max_manifest_bytes)
        data = Fields(parsed, THE_MANIFEST, IN_THE_BUNDLE)
        if data.text("format", 64) != FORMAT_NAME:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "This file is not a Story Reader bundle (its manifest says so).",
                )
            )
        version = data.integer("version")
        if version != FORMAT_VERSION:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "This bundle uses format %1; this version of Story Reader reads format %2. "
                    "Update Story Reader to import it.",
                ),
                version,
                FORMAT_VERSION,
            )
        counts = data.nested("counts")
        sources = tuple(_source_entry(item) for item in data.array("sources", 10_000))
        members: dict[str, MemberEntry] = {}
        for name, value in data.mapping("members", Limits.max_members).items():
            where = QT_TRANSLATE_NOOP("Bundles", "the manifest's entry for %1").with_values(name)
            entry = Fields(value, where, IN_THE_BUNDLE)
            members[name] = MemberEntry(
                entry.parsed("sha256", 64, sha256_text), entry.integer("size")
            )
        manifest = cls(
            archive_id=data.text("archive_id", 64),
            sequence=data.integer("sequence"),
            created_at=data.parsed("created_at", 64, parse_moment),
            since_sequence=data.optional_integer("since_sequence"),
            since=data.optional_parsed("since", 64, parse_moment),
            source_filter=data.optional_text("source_filter", 200),
            documents=counts.integer("documents"),
            withdrawn=counts.integer("withdrawn"),
            sources=sources,
            members=members,
            format_version=version,
        )
        if not manifest.archive_id.strip() or manifest.sequence < 1:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's manifest does not say which archive made it.",
                )
            )
        if len({source.name for source in sources}) != len(sources):
            raise BundleError(
                QT_TRANSLATE_NOOP("Bundles", "The bundle's manifest names the same source twice.")
            )
        return manifest


def _source_entry(value: object) -> SourceEntry:
    item = Fields(value, QT_TRANSLATE_NOOP("Bundles", "a source in the manifest"), IN_THE_BUNDLE)
    entry = SourceEntry(
        name=item.text("name", 200),
        type=item.text("type", 32),
        url=item.optional_text("url", 2000),
        default_kind=item.text("default_kind", 32),
    )
    if not entry.name.strip() or not KIND.fullmatch(entry.default_kind):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "A source in the bundle's manifest has no usable name or kind.",
            )
        )
    return entry
