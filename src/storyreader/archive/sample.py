"""The bundled sample archive: a new user's first archive is a copy of it."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import uuid
from pathlib import Path

from storyreader.config import sample_archive_path


def install_sample(target: Path) -> None:
    """Copy the bundled sample archive to `target`, atomically (never a half-copied file)."""
    sample = sample_archive_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    if sample is None:
        return  # a fresh empty archive is created instead
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(handle)
    try:
        source, destination = sqlite3.connect(sample), sqlite3.connect(temporary)
        try:
            source.backup(destination)
            # A copy is an archive of its own: give it its own identity.
            destination.execute(
                "UPDATE archive_info SET value = ? WHERE key = 'archive_id'", (str(uuid.uuid4()),)
            )
            destination.commit()
        finally:
            source.close()
            destination.close()
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)
