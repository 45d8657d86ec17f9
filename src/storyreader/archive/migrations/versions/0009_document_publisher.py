"""Schema 9: which bundle publisher brought each document, so that a bundle changes only its own.

A bundle's document ids derive from origins, so a bundle could name any document in the
archive (a file the reader imported, a page another source synced) and rewrite or withdraw
it. Each document now records the publisher whose bundle last wrote it, and the key that
signed that bundle (NULL: imported unsigned); both NULL for what this archive's own import
or sync wrote. A publisher may change only its own documents and those of a web source it
shares (the same address); `bundle import` leaves the others alone unless told to take them.

Rows from before this schema cannot say which bundle brought them, so they keep NULL and
count as the reader's own: a publisher's next bundle still updates those of the web sources
it shares, and lists the rest by title for the reader to accept once.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(
            sqlalchemy.Column("bundle_publisher", sqlalchemy.String(64), nullable=True)
        )
        batch.add_column(sqlalchemy.Column("bundle_key_id", sqlalchemy.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("bundle_key_id")
        batch.drop_column("bundle_publisher")
