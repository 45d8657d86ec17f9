"""Schema 5: trusted publisher keys, and the bundles exported and imported.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("key_id", sa.String(64), nullable=False, unique=True),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "bundle_exports",
        sa.Column("sequence", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("since_sequence", sa.Integer(), nullable=True),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("media", sa.Integer(), nullable=False),
    )
    op.create_table(
        "bundle_imports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("publisher", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(64), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("bundle_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_bundle_imports_publisher", "bundle_imports", ["publisher", "sequence"])


def downgrade() -> None:
    op.drop_index("ix_bundle_imports_publisher", "bundle_imports")
    op.drop_table("bundle_imports")
    op.drop_table("bundle_exports")
    op.drop_table("trusted_keys")
