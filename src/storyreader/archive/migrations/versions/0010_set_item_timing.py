"""Schema 10: each story of a set keeps its own text size and its rehearsed time.

`text_size` is a percentage of the show's type size (100: as the set), for a story whose long
paragraphs read better smaller; `rehearsed_seconds` is how long the host took over the story
in their last rehearsal (NULL: not rehearsed yet), shown beside the estimate.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("set_items") as batch:
        batch.add_column(sa.Column("text_size", sa.Integer(), nullable=False, server_default="100"))
        batch.add_column(sa.Column("rehearsed_seconds", sa.Integer(), nullable=True))
    # The server default only fills existing rows; the model gives new rows their value.
    with op.batch_alter_table("set_items") as batch:
        batch.alter_column("text_size", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("set_items") as batch:
        batch.drop_column("rehearsed_seconds")
        batch.drop_column("text_size")
