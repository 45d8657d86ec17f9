"""Where things live: the user's archive, settings and logs (or, in portable mode, a folder
beside the app), the bundled sample, and the limits on outside input.

Portable mode: when a file named `portable` sits beside the executable, everything the app
writes goes to `StoryReaderData/` beside it, so the app runs from a USB stick without
touching the laptop it runs on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "storyreader"
ARCHIVE_ENV = "STORYREADER_ARCHIVE"
PORTABLE_MARKER = "portable"
PORTABLE_FOLDER = "StoryReaderData"

# Limits on input from outside; every importer and sanitizer reads them from here.
MAX_IMPORT_FILE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_HTML_DEPTH = 16
MAX_HTML_CHARS = 4 * 1024 * 1024
# Pictures kept per document, whatever brings it (sync, a bundle, a local file); the rest
# leave the page.
MAX_IMAGES_PER_DOCUMENT = 60

WORDS_PER_MINUTE = 220  # silent reading speed used for "reading time"


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def executable_dir() -> Path:
    """The folder of the program the user started: the frozen app's, or Python's."""
    return Path(sys.executable).resolve().parent


def portable_dir() -> Path | None:
    """The folder everything lives in when the app runs in portable mode, else None."""
    here = executable_dir()
    if (here / PORTABLE_MARKER).is_file():
        return here / PORTABLE_FOLDER
    return None


def user_data_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def user_keys_dir() -> Path:
    """Where the app keeps the secret keys it makes for signing bundles: the user's own
    configuration folder (or the portable folder), never the archive, which is copied,
    backed up and exported."""
    portable = portable_dir()
    if portable is not None:
        return portable / "keys"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "keys"


def settings_file() -> Path | None:
    """Where the app keeps its settings: a file in portable mode, else the platform's own
    place (None)."""
    portable = portable_dir()
    return portable / "settings.ini" if portable is not None else None


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
