"""What the host shares: a `Share` (a set, shelves, tags, or the whole library) resolved to
the documents it holds, once, when sharing starts (`update` on the server shares again).

Resolving reads the set list and the shelves through their own modules and keeps only
document ids and the set's name: nothing else of the host's or the reader's data (set notes,
read state, favourites) comes into the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from storyreader.archive.browse import LibraryView, Shelf, document_ids
from storyreader.archive.db import Archive
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

SHELVES: tuple[Shelf, ...] = get_args(Shelf)


class NothingToShare(KnownError):  # noqa: N818 - reads as the sentence it stands for
    """The chosen set, shelves and tags hold no documents."""


@dataclass(frozen=True)
class Share:
    """The host's choice. Parts add up: a set's stories first (in the set's order), then
    the shelves' and tags' documents, newest first; `everything` is the whole library."""

    set_ref: str | None = None  # a set's number or name (as `storyreader sets` takes)
    shelves: tuple[Shelf, ...] = ()
    tags: tuple[str, ...] = ()
    everything: bool = False

    @classmethod
    def of_set(cls, set_id: int | str) -> Share:
        return cls(set_ref=str(set_id))

    @classmethod
    def whole_library(cls) -> Share:
        return cls(everything=True)

    def resolve(self, archive: Archive) -> Shared:
        """The documents shared now; raises NothingToShare when there are none."""
        ordered: list[str] = []
        title = ""
        with archive.read() as session:
            if self.set_ref is not None:
                from storyreader.present.sets import find_set

                found = find_set(session, self.set_ref)
                title = found.name
                ordered += [item.document_id for item in found.items]
            views = [LibraryView(shelf=shelf) for shelf in self.shelves]
            views += [LibraryView(tag=tag.strip().lower()) for tag in self.tags]
            if self.everything:
                views = [LibraryView(shelf="all")]
            for view in views:
                ordered += document_ids(session, view)
        unique = tuple(dict.fromkeys(ordered))
        if not unique:
            raise NothingToShare(
                QT_TRANSLATE_NOOP(
                    "Serve",
                    "There is nothing to share: what you chose holds no documents.",
                )
            )
        return Shared(title, unique, frozenset(unique))


@dataclass(frozen=True)
class Shared:
    """A resolved share: its title (a set's name, or "" for the generic one) and ids."""

    title: str
    ordered: tuple[str, ...]
    ids: frozenset[str]
