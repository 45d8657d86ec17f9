"""Schema 8: a web source's own rules for reading its pages.

An optional CSS selector for the article's container, and a JSON list of CSS selectors for
what to drop from each page, for the sites the general rules cannot read.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sqlalchemy.Column("article_selector", sqlalchemy.Text(), nullable=True))
        batch.add_column(
            sqlalchemy.Column(
                "drop_selectors", sqlalchemy.Text(), nullable=False, server_default="[]"
            )
        )
    # The server default only fills existing rows; the model gives new rows their value.
    with op.batch_alter_table("sources") as batch:
        batch.alter_column("drop_selectors", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("drop_selectors")
        batch.drop_column("article_selector")
