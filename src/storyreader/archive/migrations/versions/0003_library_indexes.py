"""Schema 3: covering indexes for the library list and the sidebar's counts.

A document's row holds its whole text, so any query that scans the table reads every story;
these indexes let the list's ids and the counts come from a few pages instead (at 10,000
documents: 120 ms to a few ms each).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_documents_listing", "documents", ["status", "published", "id"])
    op.create_index(
        "ix_documents_facets",
        "documents",
        ["status", "kind", "language", "published", "source_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_documents_facets", "documents")
    op.drop_index("ix_documents_listing", "documents")
