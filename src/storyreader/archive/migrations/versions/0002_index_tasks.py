"""Schema 2: the outbox of index tasks, written with every change that search must see.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "index_tasks",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True, autoincrement=True),
        sqlalchemy.Column("document_id", sqlalchemy.String(16), nullable=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_index("ix_index_tasks_document_id", "index_tasks", ["document_id"])
    # Every document that existed before this schema must reach the index.
    op.execute(
        "INSERT INTO index_tasks (document_id, created_at) "
        "SELECT id, CURRENT_TIMESTAMP FROM documents ORDER BY id"
    )


def downgrade() -> None:
    op.drop_index("ix_index_tasks_document_id", "index_tasks")
    op.drop_table("index_tasks")
