"""Run by test_two_writers.py as one of two processes changing one index at once: each adds a
document, makes it searchable (the "rebuild" one rebuilds the index, swapping in a new
folder, every other time) and searches for it, over and over. Exits 1 with the reason if a
search does not find what was just indexed, or anything fails."""

from __future__ import annotations

import sys
from pathlib import Path

from storyreader.archive import Archive, open_archive
from storyreader.archive.models import IndexTask
from storyreader.search import SearchIndex
from tests.search.conftest import put

TRIES = 100  # catch-ups that may find the other process holding the index for a moment


def indexed(archive: Archive, document_id: str) -> bool:
    with archive.read() as session:
        return not session.query(IndexTask).filter_by(document_id=document_id).count()


def main(db_path: str, role: str, rounds: int) -> None:
    with open_archive(Path(db_path)) as archive, SearchIndex.attach(archive) as index:
        for number in range(rounds):
            word = f"{role}word{number}"
            put(archive, f"{role}{number}", f"{role} {number}", f"kestrel {word} river")
            if role == "rebuild" and number % 2 == 0:
                index.rebuild()
            for _try in range(TRIES):
                if indexed(archive, f"{role}{number}"):
                    break
                index.catch_up()  # 0 while the other process holds the index
            results = index.search(word)
            found = [hit.id for hit in results.hits]
            if not index.ready or found != [f"{role}{number}"]:
                sys.exit(f"round {number}: searching {word} found {found} ({results.message})")
            index.search("kestrel river")  # the other process's documents too


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
