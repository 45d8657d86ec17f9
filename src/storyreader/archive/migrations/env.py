"""Alembic environment: always run in-process on a connection handed in by `migrate.py`."""

from alembic import context

from storyreader.archive.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy and swap tables instead
)
with context.begin_transaction():
    context.run_migrations()
