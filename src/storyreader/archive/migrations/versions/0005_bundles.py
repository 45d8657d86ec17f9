"""Schema 5: trusted publisher keys, and the bundles exported and imported.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_keys",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column("name", sqlalchemy.String(200), nullable=False, unique=True),
        sqlalchemy.Column("key_id", sqlalchemy.String(64), nullable=False, unique=True),
        sqlalchemy.Column("public_key", sqlalchemy.Text(), nullable=False),
        sqlalchemy.Column("added_at", sqlalchemy.DateTime(), nullable=False),
    )
    op.create_table(
        "bundle_exports",
        sqlalchemy.Column("sequence", sqlalchemy.Integer(), primary_key=True, autoincrement=False),
        sqlalchemy.Column("created_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("since_sequence", sqlalchemy.Integer(), nullable=True),
        sqlalchemy.Column("documents", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("media", sqlalchemy.Integer(), nullable=False),
    )
    op.create_table(
        "bundle_imports",
        sqlalchemy.Column("id", sqlalchemy.Integer(), primary_key=True),
        sqlalchemy.Column("publisher", sqlalchemy.String(64), nullable=False),
        sqlalchemy.Column("key_id", sqlalchemy.String(64), nullable=True),
        sqlalchemy.Column("sequence", sqlalchemy.Integer(), nullable=False),
        sqlalchemy.Column("bundle_sha256", sqlalchemy.String(64), nullable=False),
        sqlalchemy.Column("bundle_created_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("imported_at", sqlalchemy.DateTime(), nullable=False),
        sqlalchemy.Column("report_json", sqlalchemy.Text(), nullable=False),
    )
    op.create_index("ix_bundle_imports_publisher", "bundle_imports", ["publisher", "sequence"])


def downgrade() -> None:
    op.drop_index("ix_bundle_imports_publisher", "bundle_imports")
    op.drop_table("bundle_imports")
    op.drop_table("bundle_exports")
    op.drop_table("trusted_keys")
