"""The two families of failure.

`KnownError` is the user's or the environment's doing (a missing file, a damaged archive,
a newer schema): it carries one plain sentence to show as it is. Anything else is a bug and
is reported with detail (a traceback with `--debug`, a log entry in the app).
"""


class KnownError(Exception):
    """A failure the user can understand and act on; `str(error)` is the sentence to show."""


class ArchiveError(KnownError):
    """The archive cannot be opened or used as it is."""


class DamagedArchiveError(ArchiveError):
    """SQLite says the archive file is damaged (or is not a database at all)."""


class NewerArchiveError(ArchiveError):
    """The archive was written by a newer Story Reader and must not be touched."""


class DocumentNotFound(KnownError):  # noqa: N818 - reads as the sentence it stands for
    """No document has the given id."""


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a failure
    """Long work stopped because the user asked it to."""
