"""Schema 6: set lists for events, the host's own data.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sets",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column("name", sqlalchemy.String(200), nullable=False),
        sqlalchemy.Column("event_date", sqlalchemy.DateTime(), nullable=True),
        sqlalchemy.Column("venue", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("words_per_minute", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("updated_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_table(
        "set_items",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column(
            "set_id",
            sqlalchemy.Integer(),
            sqlalchemy.ForeignKey("sets.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sqlalchemy.Column(
            "document_id",
            sqlalchemy.String(16),
            sqlalchemy.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sqlalchemy.Column("position", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("presenter_notes", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("content_warning", sqlalchemy.Text(), nullable=False),
    )
    op.create_index("ix_set_items_set_id", "set_items", ["set_id"])
    op.create_index("ix_set_items_document_id", "set_items", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_set_items_document_id", "set_items")
    op.drop_index("ix_set_items_set_id", "set_items")
    op.drop_table("set_items")
    op.drop_table("sets")
