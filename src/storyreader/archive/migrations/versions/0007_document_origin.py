"""Schema 7: each document keeps its origin, the string its id is derived from.

Until now an archive kept only the id, so a bundle export had to guess the origin back. The
backfill makes the same guesses, once, over the existing rows: the source key, the web
address, `sample:<key>`, and `file://<key>` for an absolute path; a guess counts only when its
hash is the row's id. Rows where no guess matches keep a NULL origin.

The id formula is copied here rather than imported from `storyreader.archive.writes`: that
module imports the ORM models, which change with later schemas, and a migration must keep
meaning what it meant when it was released. The formula itself can never change (every
archive's ids depend on it); `tests/test_migrations.py` checks the backfill against the
current code.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import base64
import hashlib
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def _stable_id(origin: str) -> str:
    digest = hashlib.sha256(origin.encode("utf-8", "surrogatepass")).digest()
    return base64.b32encode(digest).decode("ascii")[:12].lower()


def _recovered_origin(document_id: str, source_key: str, url: str | None) -> str | None:
    candidates = [source_key, url or "", f"sample:{source_key}"]
    if source_key.startswith("/"):
        candidates.append(Path(source_key).as_uri())
    return next(
        (origin for origin in candidates if origin and _stable_id(origin) == document_id), None
    )


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sqlalchemy.Column("origin", sqlalchemy.Text(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sqlalchemy.text("SELECT id, source_key, url FROM documents")).all()
    found = [
        {"id": document_id, "origin": origin}
        for document_id, source_key, url in rows
        if (origin := _recovered_origin(document_id, source_key, url)) is not None
    ]
    if found:  # one executemany; an empty parameter list would mean "no parameters"
        connection.execute(
            sqlalchemy.text("UPDATE documents SET origin = :origin WHERE id = :id"), found
        )


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("origin")
