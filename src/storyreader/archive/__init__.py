"""The archive: one SQLite file holding documents, their media and the reader's own data.

`Archive` (db.py) hands out sessions; `open_archive` (opening.py) creates an archive or brings
it to this version's schema (migrate.py, after a backup by backup.py); models.py is the
schema; queries.py reads and returns plain dataclasses; writes.py holds the units of work
that change documents; sanitize.py cleans untrusted HTML on its way in.
"""

from storyreader.archive.db import Archive
from storyreader.archive.opening import open_archive

__all__ = ["Archive", "open_archive"]
