"""The archive: one SQLite file holding documents, their media and the reader's own data.

`Archive` (db.py) opens, migrates and hands out sessions; models.py is the schema;
queries.py reads and returns plain dataclasses; writes.py holds the units of work that
change documents; sanitize.py cleans untrusted HTML on its way in.
"""

from storyreader.archive.db import Archive, open_archive

__all__ = ["Archive", "open_archive"]
