"""Whose documents a bundle may change: what importing one line does to this archive's copy
(`Change`), and whether the document is the bundle's own (`Judge`).

A publisher is the exporting archive's identity together with the key that signed its bundle
(`Publisher`; no key for an unsigned or untrusted one), so a bundle that only claims a
publisher's identity cannot change what that publisher's signed bundles brought. A bundle
changes what its publisher's bundles brought, and what a web source it shares (the same
address) brought here; anything else it names (a file the reader imported, another source's
page) is left alone and listed, unless the reader lets it take them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from storyreader.archive.models import BundleImport, Document, DocumentStatus
from storyreader.archive.writes import Publisher
from storyreader.bundle.document_lines import DocumentLine, fingerprint
from storyreader.bundle.manifest import SourceEntry
from storyreader.bundle.verify import OpenedBundle


class Change(enum.StrEnum):
    """What importing one line does to this archive's copy of its document."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    WITHDRAW = "withdraw"
    NOTHING = "nothing"  # the withdrawal of a document this archive lacks or withdrew


@dataclass(frozen=True)
class OtherDocument:
    """A document here that a bundle would change but did not bring: left alone unless the
    reader lets the bundle take it."""

    id: str
    title: str
    source: str  # the source it is in here
    change: str  # "update" or "withdraw"


class Judge:
    """Decides line by line what importing does, and whether the bundle may: a publisher
    changes only what its own bundles brought, and what this archive's own sync brought from
    a web source the bundle shares (the same type and address). A local file has no address,
    so no bundle shares it; another publisher's documents are that publisher's."""

    def __init__(self, bundle: OpenedBundle) -> None:
        self.owner = bundle.publisher
        self.entries: dict[str, SourceEntry] = {e.name: e for e in bundle.manifest.sources}
        self.shared = {(e.type, e.url) for e in bundle.manifest.sources if e.url}

    @staticmethod
    def change(line: DocumentLine, document: Document | None) -> Change:
        active = document is not None and document.status == DocumentStatus.ACTIVE
        if line.withdrawn:
            return Change.WITHDRAW if active else Change.NOTHING
        if document is None:
            return Change.NEW
        if active and fingerprint(document) == line.fingerprint:
            return Change.UNCHANGED
        return Change.UPDATE

    def owns(self, line: DocumentLine, document: Document) -> bool:
        if (document.bundle_publisher, document.bundle_key_id) == (
            self.owner.archive_id,
            self.owner.key_id,
        ):
            return True
        if document.bundle_publisher is not None or document.source.url is None:
            return False  # another publisher's, or a local file (which has no address)
        here = (document.source.type, document.source.url)
        if line.withdrawn:  # a withdrawal names no source: any the bundle shares will do
            return here in self.shared
        entry = self.entries[line.source]
        return here == (entry.type, entry.url)

    def other(self, line: DocumentLine, document: Document | None, change: Change) -> bool:
        """Whether `change` would touch a document that is not the bundle's own."""
        return (
            change in (Change.UPDATE, Change.WITHDRAW)
            and document is not None
            and not self.owns(line, document)
        )


def other_document(document: Document, change: Change) -> OtherDocument:
    return OtherDocument(document.id, document.title, document.source.name, change.value)


def local_documents(session: Session, ids: Sequence[str]) -> dict[str, Document]:
    return {
        document.id: document
        for document in session.scalars(
            select(Document)
            .where(Document.id.in_(ids))
            .options(selectinload(Document.tags), selectinload(Document.source))
        )
    }


def publisher_lane(publisher: Publisher) -> tuple[ColumnElement[bool], ...]:
    """The bundles counted together: the same archive, signed by the same trusted key (or
    all unsigned and untrusted ones). An unsigned bundle claiming a signed publisher's
    identity thus never moves that publisher's numbers."""
    key = (
        BundleImport.key_id.is_(None)
        if publisher.key_id is None
        else BundleImport.key_id == publisher.key_id
    )
    return (BundleImport.publisher == publisher.archive_id, key)
