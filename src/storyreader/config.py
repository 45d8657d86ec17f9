"""Where things live: the user's archive, the bundled sample, and the limits on outside input."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "storyreader"
ARCHIVE_ENV = "STORYREADER_ARCHIVE"

# Limits on input from outside; every importer and sanitizer reads them from here.
MAX_IMPORT_FILE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_HTML_DEPTH = 16
MAX_HTML_CHARS = 4 * 1024 * 1024

WORDS_PER_MINUTE = 220  # silent reading speed used for "reading time"


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def default_archive_path() -> Path:
    """The archive used when no `--archive` is given: `STORYREADER_ARCHIVE`, else the user's."""
    configured = os.environ.get(ARCHIVE_ENV)
    if configured:
        return Path(configured).expanduser()
    return user_data_dir() / "archive.db"


def sample_archive_path() -> Path | None:
    """The bundled sample archive: in a frozen build, an installed wheel, or this checkout."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "archive.db")
    candidates.append(package_dir() / "resources" / "sample_archive.db")
    candidates.append(package_dir().parents[1] / "archive.db")  # src layout checkout
    return next((path for path in candidates if path.is_file()), None)
