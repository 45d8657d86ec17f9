"""Local import: files and folders of Markdown, HTML and plain text into the archive.

parse.py turns one file's bytes into an `IncomingDocument` or a one-line reason to skip it;
local.py walks the paths, reads images beside the files, and saves in batches.
"""

from storyreader.importing.local import ImportReport, import_paths

__all__ = ["ImportReport", "import_paths"]
