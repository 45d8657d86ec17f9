"""The archive schema as typed SQLAlchemy models.

Documents, tags and media come from outside (import, sync, bundles) and may be replaced by a
later import; `ReadingState`, `Bookmark` and `Note` are the reader's own and are written only
by the reader. Datetimes are stored as naive UTC.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# The newest migration's revision; a test checks it against migrations/versions/.
SCHEMA_REVISION = "0010"


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: DateTime(), str: Text()}


class DocumentStatus(enum.StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


KNOWN_KINDS = ("story", "letter", "update", "appeal")


class ArchiveInfo(Base):
    """Key/value facts about the archive itself (its identity, when it was made)."""

    __tablename__ = "archive_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str]


class Source(Base):
    """Where documents come from: a local import, the bundled sample, later a web site."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    url: Mapped[str | None]
    default_kind: Mapped[str] = mapped_column(String(32), default="story")
    created_at: Mapped[datetime]
    # Web sources (schema 0004): URL patterns as JSON lists of globs, and where sync got to.
    include_patterns: Mapped[str] = mapped_column(default="[]")
    exclude_patterns: Mapped[str] = mapped_column(default="[]")
    cursor: Mapped[str | None]  # the source's own high-water mark (WordPress modified_after)
    last_synced_at: Mapped[datetime | None]
    # Its own rules for reading pages (schema 0008): the article's container, and a JSON
    # list of what to drop, as CSS selectors.
    article_selector: Mapped[str | None]
    drop_selectors: Mapped[str] = mapped_column(default="[]")


document_tags = Table(
    "document_tags",
    Base.metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("source_id", "source_key", name="uq_documents_source_identity"),
        Index("ix_documents_published", "published"),
        Index("ix_documents_kind", "kind"),
        # Covering indexes: the list's ids and the sidebar's counts without reading texts.
        Index("ix_documents_listing", "status", "published", "id"),
        Index("ix_documents_facets", "status", "kind", "language", "published", "source_id"),
    )

    # A short id derived from the document's origin, so that it is the same in every archive.
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    source_key: Mapped[str]
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str]
    author: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(16))
    published: Mapped[datetime | None]
    updated: Mapped[datetime | None]
    summary: Mapped[str] = mapped_column(default="")
    body_html: Mapped[str]
    body_text: Mapped[str]
    url: Mapped[str | None]
    content_hash: Mapped[str] = mapped_column(String(64))
    word_count: Mapped[int] = mapped_column(Integer)
    reading_minutes: Mapped[int] = mapped_column(Integer)
    status: Mapped[DocumentStatus] = mapped_column(
        Enum(DocumentStatus, native_enum=False, length=16, validate_strings=True),
        default=DocumentStatus.ACTIVE,
    )
    created_at: Mapped[datetime]
    modified_at: Mapped[datetime]
    # What the id derives from (a canonical URL, "sample:path", ...), so that a bundle can
    # carry it on (schema 0007; last, where the migration adds it). NULL only for older rows
    # whose origin could not be recovered.
    origin: Mapped[str | None]
    # The bundle publisher (the exporting archive's identity) whose bundle last wrote this
    # document, and the key that signed that bundle (NULL: unsigned); both NULL when this
    # archive's own import or sync wrote it. A bundle changes only its own (schema 0009).
    bundle_publisher: Mapped[str | None] = mapped_column(String(64))
    bundle_key_id: Mapped[str | None] = mapped_column(String(64))

    source: Mapped[Source] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=document_tags, order_by=Tag.name)
    assets: Mapped[list[Asset]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Asset.position"
    )


class Media(Base):
    """A stored file (an image), addressed by the SHA-256 of its bytes, shared by documents."""

    __tablename__ = "media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Asset(Base):
    """A document's reference to a media file; `sha256` is None until the file is stored."""

    __tablename__ = "assets"
    __table_args__ = (UniqueConstraint("document_id", "url", name="uq_assets_document_url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    url: Mapped[str]
    position: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(ForeignKey("media.sha256"), index=True)
    mime: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)

    document: Mapped[Document] = relationship(back_populates="assets")


# --- The reader's own data: never written by import, sync or bundles. ---


class ReadingState(Base):
    __tablename__ = "reading_state"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    is_read: Mapped[bool] = mapped_column(default=False)
    favourite: Mapped[bool] = mapped_column(default=False)
    position: Mapped[float] = mapped_column(default=0.0)  # fraction of the document scrolled
    last_opened_at: Mapped[datetime | None]


class Bookmark(Base):
    __tablename__ = "bookmarks"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[float]
    label: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    quote: Mapped[str] = mapped_column(default="")  # the selected text the note is about
    start: Mapped[int] = mapped_column(Integer, default=0)  # character offsets in body_text
    end: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(default="")
    # Set when the document changed under the note, so the reader can check it still fits.
    document_changed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


# --- Outbox for the derived search index. ---


class IndexTask(Base):
    """ "Document X changed": written in the same transaction as the change.

    The indexer replays tasks in id order and looks at the document as it is now (indexed if
    active, removed if withdrawn or gone), so replaying a task twice is harmless.
    """

    __tablename__ = "index_tasks"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime]


# --- Sync (schema 0004): what the web last said about each URL, and a log of every run. ---


class HttpCacheEntry(Base):
    """The validators a server gave for a URL, so the next sync asks "changed since?"."""

    __tablename__ = "http_cache"

    url: Mapped[str] = mapped_column(primary_key=True)
    etag: Mapped[str | None]
    last_modified: Mapped[str | None]
    content_sha256: Mapped[str | None] = mapped_column(String(64))  # when a server gives neither
    status: Mapped[int] = mapped_column(Integer, default=200)
    fetched_at: Mapped[datetime]


class SyncRun(Base):
    """One sync of one source: its counts, and the reason for every URL that failed."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    source_name: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(16), default="running")  # ok, failed, cancelled
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    bytes_downloaded: Mapped[int] = mapped_column(BigInteger, default=0)
    report_json: Mapped[str] = mapped_column(default="{}")  # failures by URL, messages


# --- Bundles (schema 0005): whom we trust, what we exported, what we imported. ---


class TrustedKey(Base):
    """A publisher's Ed25519 public key that signed bundles may be imported from."""

    __tablename__ = "trusted_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    key_id: Mapped[str] = mapped_column(String(64), unique=True)  # short fingerprint to show
    public_key: Mapped[str]  # base64 of the 32-byte key
    added_at: Mapped[datetime]


class BundleExport(Base):
    """A bundle this archive wrote; its sequence only grows, and `--since` counts from it."""

    __tablename__ = "bundle_exports"

    sequence: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    created_at: Mapped[datetime]
    since_sequence: Mapped[int | None] = mapped_column(Integer)  # None: a full bundle
    documents: Mapped[int] = mapped_column(Integer, default=0)
    media: Mapped[int] = mapped_column(Integer, default=0)


class BundleImport(Base):
    """A bundle imported here: refuses a replay of an older one from the same publisher."""

    __tablename__ = "bundle_imports"
    __table_args__ = (Index("ix_bundle_imports_publisher", "publisher", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    publisher: Mapped[str] = mapped_column(String(64))  # the exporting archive's identity
    key_id: Mapped[str | None] = mapped_column(String(64))  # None: imported unsigned
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    bundle_created_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    report_json: Mapped[str] = mapped_column(default="{}")


# --- Set lists for events (schema 0006): the host's own data, like notes. ---


class PresentationSet(Base):
    __tablename__ = "sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    event_date: Mapped[datetime | None]
    venue: Mapped[str] = mapped_column(default="")
    words_per_minute: Mapped[int] = mapped_column(Integer, default=130)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    items: Mapped[list[SetItem]] = relationship(
        back_populates="set", cascade="all, delete-orphan", order_by="SetItem.position"
    )


class SetItem(Base):
    __tablename__ = "set_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("sets.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    presenter_notes: Mapped[str] = mapped_column(default="")
    content_warning: Mapped[str] = mapped_column(default="")  # empty: none
    text_size: Mapped[int] = mapped_column(Integer, default=100)  # % of the show's type size
    rehearsed_seconds: Mapped[int | None] = mapped_column(Integer)  # None: not rehearsed

    set: Mapped[PresentationSet] = relationship(back_populates="items")
    document: Mapped[Document] = relationship()
