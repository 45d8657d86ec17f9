"""documents.jsonl: one JSON object a line, a document or the withdrawal of one, and the
fingerprint that says whether an archive's copy of a document is the same."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from storyreader.bundle.format import (
    IN_THE_BUNDLE,
    KIND,
    SHA256,
    BundleError,
    Limits,
    iso,
    parse_moment,
    sha256_text,
)
from storyreader.config import MAX_HTML_CHARS
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.untrusted_json import Fields, load

if TYPE_CHECKING:  # the format itself never needs the ORM at run time
    from storyreader.archive.models import Document

_DOCUMENT_ID = re.compile(r"[a-z2-7]{12}")  # writes.stable_id: base32, lower case
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")


@dataclass(frozen=True)
class DocumentLine:
    """One line of documents.jsonl: a document to save, or (status "withdrawn") one to withdraw.

    A withdrawal carries only the id: a withdrawn story may have been withdrawn to protect
    someone, so its text never travels.
    """

    id: str
    status: str  # "active" or "withdrawn"
    origin: str = ""
    source: str = ""
    source_key: str = ""
    kind: str = "story"
    title: str = ""
    author: str = ""
    language: str = "en"
    published: datetime | None = None
    updated: datetime | None = None
    summary: str = ""
    url: str | None = None
    tags: tuple[str, ...] = ()
    html: str = ""  # the body, with each stored image pointing at its original address
    text: str | None = None  # given only when it is not simply the text of the HTML
    images: Mapping[str, str] = field(default_factory=dict)  # image address -> media sha256
    fingerprint: str = ""  # of what the reader sees; see `fingerprint`

    @property
    def withdrawn(self) -> bool:
        return self.status == "withdrawn"

    def to_json(self) -> str:
        if self.withdrawn:
            data: dict[str, Any] = {"id": self.id, "status": self.status}
        else:
            data = {
                "id": self.id,
                "status": self.status,
                "origin": self.origin,
                "source": self.source,
                "source_key": self.source_key,
                "kind": self.kind,
                "title": self.title,
                "author": self.author,
                "language": self.language,
                "published": iso(self.published),
                "updated": iso(self.updated),
                "summary": self.summary,
                "url": self.url,
                "tags": list(self.tags),
                "html": self.html,
                "text": self.text,
                "images": dict(self.images),
                "fingerprint": self.fingerprint,
            }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_line(raw: bytes, number: int) -> DocumentLine:
    """A checked document line; `number` (from 1) names it in the error."""
    where = QT_TRANSLATE_NOOP("Bundles", "document line %1").with_values(number)
    data = Fields(
        load(raw, where, IN_THE_BUNDLE, max_bytes=Limits.max_line_bytes), where, IN_THE_BUNDLE
    )
    document_id = data.text("id", 16)
    if not _DOCUMENT_ID.fullmatch(document_id):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's document line %1 has an id that is not a document id.",
            ),
            number,
        )
    status = data.text("status", 16)
    if status == "withdrawn":
        return DocumentLine(id=document_id, status=status)
    if status != "active":
        raise BundleError(
            QT_TRANSLATE_NOOP("Bundles", "The bundle's document line %1 has an unknown status."),
            number,
        )
    images: dict[str, str] = {}
    for address, sha in data.mapping("images", 1_000).items():
        if not isinstance(sha, str) or not SHA256.fullmatch(sha) or len(address) > 4_000:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's document line %1 names an image it cannot hold.",
                ),
                number,
            )
        images[address] = sha
    line = DocumentLine(
        id=document_id,
        status=status,
        origin=data.text("origin", 4_000),
        source=data.text("source", 200),
        source_key=data.text("source_key", 4_000),
        kind=data.text("kind", 32),
        title=data.text("title", 2_000),
        author=data.text("author", 1_000),
        language=data.text("language", 16),
        published=data.optional_parsed("published", 64, parse_moment),
        updated=data.optional_parsed("updated", 64, parse_moment),
        summary=data.text("summary", 20_000),
        url=data.optional_text("url", 4_000),
        tags=tuple(data.strings("tags", 200, 200)),
        # Sanitized HTML can be a little longer than the input the sanitizer accepts.
        html=data.text("html", 4 * MAX_HTML_CHARS),
        text=data.optional_text("text", 4 * MAX_HTML_CHARS),
        images=images,
        fingerprint=data.parsed("fingerprint", 64, sha256_text),
    )
    if not KIND.fullmatch(line.kind) or not _LANGUAGE.fullmatch(line.language):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's document line %1 has a kind or language that is not valid.",
            ),
            number,
        )
    if not line.title.strip() or not line.source_key:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's document line %1 has no title or no key at its source.",
            ),
            number,
        )
    return line


def fingerprint(document: Document) -> str:
    """A hash of what a reader sees of a stored document, the same in every archive: the
    exporter writes it, the importer compares it with its own copy to know what is unchanged.
    (`document.source` and `document.tags` are read: load them with the document.)"""
    fields = [
        document.source.name,
        document.kind,
        document.title,
        document.author,
        document.language,
        iso(document.published),
        iso(document.updated),
        document.summary,
        document.url,
        sorted(tag.name for tag in document.tags),
        document.body_html,
        document.body_text,
    ]
    encoded = json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha256(encoded).hexdigest()
