"""Story Reader: read, search and present an archive of stories and letters, offline."""

__version__ = "0.1.0"
