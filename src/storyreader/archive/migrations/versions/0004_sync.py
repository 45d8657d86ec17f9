"""Schema 4: web sources (URL patterns, a cursor), the HTTP cache and the sync log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(
            sqlalchemy.Column(
                "include_patterns", sqlalchemy.Text(), nullable=False, server_default="[]"
            )
        )
        batch.add_column(
            sqlalchemy.Column(
                "exclude_patterns", sqlalchemy.Text(), nullable=False, server_default="[]"
            )
        )
        batch.add_column(sqlalchemy.Column("cursor", sqlalchemy.Text(), nullable=True))
        batch.add_column(sqlalchemy.Column("last_synced_at", sqlalchemy.DateTime(), nullable=True))
    # The server defaults only fill existing rows; the models give new rows their values.
    with op.batch_alter_table("sources") as batch:
        batch.alter_column("include_patterns", server_default=None)
        batch.alter_column("exclude_patterns", server_default=None)
    op.create_table(
        "http_cache",
        sqlalchemy.Column("url", sqlalchemy.Text(), primary_key=True),
        sqlalchemy.Column("etag", sqlalchemy.Text(), nullable=True),
        sqlalchemy.Column("last_modified", sqlalchemy.Text(), nullable=True),
        sqlalchemy.Column("content_sha256", sqlalchemy.String(64), nullable=True),
        sqlalchemy.Column("status", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("fetched_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_table(
        "sync_runs",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column(
            "source_id",
            sqlalchemy.Integer(),
            sqlalchemy.ForeignKey("sources.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sqlalchemy.Column("source_name", sqlalchemy.String(200), nullable=False),
        sqlalchemy.Column("started_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("finished_at", sqlalchemy.DateTime(), nullable=True),
        sqlalchemy.Column("outcome", sqlalchemy.String(16), nullable=False),
        sqlalchemy.Column("created", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("updated", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("withdrawn", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("unchanged", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("failed", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("bytes_downloaded", sqlalchemy.BigInteger(), nullable=False),
        sqlalchemy.Column("report_json", sqlalchemy.Text(), nullable=False),
    )
    op.create_index("ix_sync_runs_source_id", "sync_runs", ["source_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_runs_source_id", "sync_runs")
    op.drop_table("sync_runs")
    op.drop_table("http_cache")
    with op.batch_alter_table("sources") as batch:
        for column in ("last_synced_at", "cursor", "exclude_patterns", "include_patterns"):
            batch.drop_column(column)
