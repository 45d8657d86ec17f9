"""Schema 4: web sources (URL patterns, a cursor), the HTTP cache and the sync log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(
            sa.Column("include_patterns", sa.Text(), nullable=False, server_default="[]")
        )
        batch.add_column(
            sa.Column("exclude_patterns", sa.Text(), nullable=False, server_default="[]")
        )
        batch.add_column(sa.Column("cursor", sa.Text(), nullable=True))
        batch.add_column(sa.Column("last_synced_at", sa.DateTime(), nullable=True))
    # The server defaults only fill existing rows; the models give new rows their values.
    with op.batch_alter_table("sources") as batch:
        batch.alter_column("include_patterns", server_default=None)
        batch.alter_column("exclude_patterns", server_default=None)
    op.create_table(
        "http_cache",
        sa.Column("url", sa.Text(), primary_key=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("content_sha256", sa.String(64), nullable=True),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "source_id",
            sa.Integer(),
            sa.ForeignKey("sources.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("source_name", sa.String(200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("withdrawn", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("bytes_downloaded", sa.BigInteger(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_sync_runs_source_id", "sync_runs", ["source_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_runs_source_id", "sync_runs")
    op.drop_table("sync_runs")
    op.drop_table("http_cache")
    with op.batch_alter_table("sources") as batch:
        for column in ("last_synced_at", "cursor", "exclude_patterns", "include_patterns"):
            batch.drop_column(column)
