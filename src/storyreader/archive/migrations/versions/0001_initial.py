"""Schema 1: documents, tags, media, sources and the reader's own data.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "archive_info",
        sqlalchemy.Column("key", sqlalchemy.String(64), primary_key=True),
        sqlalchemy.Column("value", sqlalchemy.Text(), nullable=False),
    )
    op.create_table(
        "sources",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column("name", sqlalchemy.String(200), nullable=False, unique=True),
        sqlalchemy.Column("type", sqlalchemy.String(32), nullable=False),
        sqlalchemy.Column("url", sqlalchemy.Text(), nullable=True),
        sqlalchemy.Column("default_kind", sqlalchemy.String(32), nullable=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_table(
        "tags",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column("name", sqlalchemy.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "documents",
        sqlalchemy.Column("id", sqlalchemy.String(16), primary_key=True),
        sqlalchemy.Column(
            "source_id", sqlalchemy.Integer(), sqlalchemy.ForeignKey("sources.id"), nullable=False
        ),
        sqlalchemy.Column("source_key", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("kind", sqlalchemy.String(32), nullable=False),
        sqlalchemy.Column("title", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("author", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("language", sqlalchemy.String(16), nullable=False),
        sqlalchemy.Column("published", sqlalchemy.DateTime(), nullable=True),
        sqlalchemy.Column("updated", sqlalchemy.DateTime(), nullable=True),
        sqlalchemy.Column("summary", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("body_html", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("body_text", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("url", sqlalchemy.Text(), nullable=True),
        sqlalchemy.Column("content_hash", sqlalchemy.String(64), nullable=False),
        sqlalchemy.Column("word_count", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("reading_minutes", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("status", sqlalchemy.String(16), nullable=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("modified_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.UniqueConstraint("source_id", "source_key", name="uq_documents_source_identity"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_kind", "documents", ["kind"])
    op.create_table(
        "document_tags",
        sqlalchemy.Column(
            "document_id",
            sqlalchemy.String(16),
            sqlalchemy.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sqlalchemy.Column(
            "tag_id",
            sqlalchemy.Integer(),
            sqlalchemy.ForeignKey("tags.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_table(
        "media",
        sqlalchemy.Column("sha256", sqlalchemy.String(64), primary_key=True),
        sqlalchemy.Column("mime", sqlalchemy.String(64), nullable=False),
        sqlalchemy.Column("size", sqlalchemy.BigInteger(), nullable=False),
        sqlalchemy.Column("data", sqlalchemy.LargeBinary(), nullable=False),
    )
    op.create_table(
        "assets",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column(
            "document_id",
            sqlalchemy.String(16),
            sqlalchemy.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sqlalchemy.Column("url", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("position", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column(
            "sha256", sqlalchemy.String(64), sqlalchemy.ForeignKey("media.sha256"), nullable=True
        ),
        sqlalchemy.Column("mime", sqlalchemy.String(64), nullable=False),
        sqlalchemy.Column("size", sqlalchemy.BigInteger(), nullable=False),
        sqlalchemy.UniqueConstraint("document_id", "url", name="uq_assets_document_url"),
    )
    op.create_index("ix_assets_sha256", "assets", ["sha256"])
    op.create_table(
        "reading_state",
        sqlalchemy.Column(
            "document_id",
            sqlalchemy.String(16),
            sqlalchemy.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sqlalchemy.Column("is_read", sqlalchemy.Boolean(), nullable=False),
        sqlalchemy.Column("favourite", sqlalchemy.Boolean(), nullable=False),
        sqlalchemy.Column("position", sqlalchemy.Double(), nullable=False),
        sqlalchemy.Column("last_opened_at", sqlalchemy.DateTime(), nullable=True),
    )
    op.create_table(
        "bookmarks",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column(
            "document_id",
            sqlalchemy.String(16),
            sqlalchemy.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sqlalchemy.Column("position", sqlalchemy.Double(), nullable=False),
        sqlalchemy.Column("label", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_index("ix_bookmarks_document_id", "bookmarks", ["document_id"])
    op.create_table(
        "notes",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column(
            "document_id",
            sqlalchemy.String(16),
            sqlalchemy.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sqlalchemy.Column("quote", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("start", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("end", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("text", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("document_changed", sqlalchemy.Boolean(), nullable=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("updated_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_index("ix_notes_document_id", "notes", ["document_id"])


def downgrade() -> None:
    for table in (
        "notes",
        "bookmarks",
        "reading_state",
        "assets",
        "media",
        "document_tags",
        "documents",
        "tags",
        "sources",
        "archive_info",
    ):
        op.drop_table(table)
