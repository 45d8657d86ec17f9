"""The two families of failure.

`KnownError` is the user's or the environment's doing (a missing file, a damaged archive,
a newer schema): it carries one plain sentence to show as it is, in the reader's language.
Anything else is a bug and is reported with detail (a traceback with `--debug`, a log entry
in the app).
"""

from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence


class KnownError(Exception):
    """A failure the user can understand and act on.

    It keeps its sentence in English with its values, and `str(error)` translates it when it
    is shown: Korean in the Korean app, English on the command line.

        raise KnownError(QT_TRANSLATE_NOOP("Archive", "Cannot read %1: %2."), path, reason)
    """

    def __init__(self, sentence: Sentence, *values: object) -> None:
        if values:
            assert not sentence.values, "the values go in one place"
            sentence = sentence.with_values(*values)
        super().__init__(sentence)
        self.sentence = sentence

    def __str__(self) -> str:
        return str(self.sentence)


NO_SUCH_DOCUMENT = QT_TRANSLATE_NOOP("Archive", "No document has the id %1.")


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
