"""Schema 6: set lists for events, the host's own data.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("event_date", sa.DateTime(), nullable=True),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("words_per_minute", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "set_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "set_id", sa.Integer(), sa.ForeignKey("sets.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "document_id",
            sa.String(16),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("presenter_notes", sa.Text(), nullable=False),
        sa.Column("content_warning", sa.Text(), nullable=False),
    )
    op.create_index("ix_set_items_set_id", "set_items", ["set_id"])
    op.create_index("ix_set_items_document_id", "set_items", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_set_items_document_id", "set_items")
    op.drop_index("ix_set_items_set_id", "set_items")
    op.drop_table("set_items")
    op.drop_table("sets")
