"""A room to share to: the sample archive with a set, a note, a bookmark and favourites (which
must never be served), its search index, and real servers on 127.0.0.1."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from storyreader.archive import open_archive
from storyreader.archive.db import Archive
from storyreader.archive.library import Library
from storyreader.present.sets import Sets
from storyreader.search import SearchIndex
from storyreader.serve import RemoteState, Share, ShareServer, ShowRemote

PAPER_BOATS = "The Paper Boats"  # English story, a picture
LANTERN = "창가의 등불"  # Korean story, a picture
CHILDREN = "Children Do Not Belong in Detention: Write to Your Representative"  # appeal
KOREAN_APPEAL = "구금된 탈북민의 강제송환을 멈춰 주세요"
CHALK = "Chalk Dust"  # not in the set; has a picture of its own
SET_NAME = "Winter evening"
NOTE = "Host's private note: ask Amina before quoting zebrafinch"
BOOKMARK = "bookmark label quokkapaddle"


@dataclass
class Room:
    archive: Archive
    index: SearchIndex
    ids: dict[str, str]  # title -> id
    set_id: int

    def id(self, title: str) -> str:
        return self.ids[title]


@pytest.fixture(scope="session")
def room(sample_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Room]:
    folder = tmp_path_factory.mktemp("room")
    shutil.copy(sample_template, folder / "sample.db")
    archive = open_archive(folder / "sample.db")
    library = Library(archive)
    ids = {document.title: document.id for document in library.documents()}
    made = Sets(archive).create(SET_NAME, [ids[PAPER_BOATS], ids[LANTERN], ids[CHILDREN]])
    Sets(archive).update_item(made.items[0].id, presenter_notes="Set notes: pause after the boats")
    library.add_note(ids[PAPER_BOATS], "boats", 0, 5, NOTE)
    library.add_note(ids[CHALK], "chalk", 0, 5, NOTE)
    library.add_bookmark(ids[PAPER_BOATS], 0.5, BOOKMARK)
    library.set_favourite(ids[CHALK], True)
    library.set_read(ids[PAPER_BOATS], True)
    index = SearchIndex.open(archive)
    yield Room(archive, index, ids, made.id)
    index.close()
    archive.close()


@pytest.fixture
def room_copy(room: Room, tmp_path: Path) -> Path:
    """A copy of the room's archive and its index, for a process of its own."""
    source = room.archive.path
    target = tmp_path / "room.db"
    with room.archive.read() as session:
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(source, target)
    shutil.copytree(source.with_suffix(".index"), target.with_suffix(".index"))
    return target


@dataclass
class SlideShow:
    """A show in memory: the far side of `ShowRemote`, as the presenter's show will be."""

    slides: list[tuple[str, str]]  # (story title, notes)
    position: int = 0
    screen: str = "slide"
    calls: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self) -> None:
        with self.lock:
            self.calls.append("next")
            if self.screen != "slide":
                self.screen = "slide"
            else:
                self.position = min(self.position + 1, len(self.slides) - 1)

    def previous(self) -> None:
        with self.lock:
            self.calls.append("previous")
            if self.screen != "slide":
                self.screen = "slide"
            else:
                self.position = max(self.position - 1, 0)

    def black(self) -> None:
        with self.lock:
            self.calls.append("black")
            self.screen = "slide" if self.screen == "black" else "black"

    def logo(self) -> None:
        with self.lock:
            self.calls.append("logo")
            self.screen = "slide" if self.screen == "logo" else "logo"

    def state(self) -> RemoteState:
        with self.lock:
            title, notes = self.slides[self.position]
            return RemoteState(
                running=True,
                number=self.position + 1,
                count=len(self.slides),
                title=title,
                notes=notes,
                screen=self.screen,  # type: ignore[arg-type]
            )


def slide_show() -> SlideShow:
    return SlideShow(
        [
            (PAPER_BOATS, "Pause after the boats.\nAsk who has folded one."),
            (PAPER_BOATS, ""),
            (LANTERN, "한국어로 읽기"),
        ]
    )


Serve = Callable[..., ShareServer]


@pytest.fixture
def serve(room: Room, allow_loopback: None) -> Iterator[Serve]:
    """Start a real server on 127.0.0.1 (any free port); stopped after the test."""
    started: list[ShareServer] = []

    def start(share: Share | None = None, remote: ShowRemote | None = None, **kw) -> ShareServer:
        server = ShareServer(
            room.archive,
            share or Share.of_set(room.set_id),
            index=room.index,
            host="127.0.0.1",
            port=0,
            remote=remote,
            **kw,
        )
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10, follow_redirects=False) as opened:
        yield opened
