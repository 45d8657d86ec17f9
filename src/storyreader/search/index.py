"""The index on disk: open it or rebuild it aside and swap, make every commit durable, replay
the archive's index tasks, and check it against the archive.

Layout beside `NAME.db`:

    NAME.index/                 the live index (Whoosh files + our sentinel)
      storyreader-index.json    sentinel: format, schema version, archive id, sealed files
    NAME.index.lock             one process at a time changes the index (a file lock)
    NAME.index.new-<random>/    a rebuild in progress, swapped in when complete

The sentinel is written last, after the files are fsynced: a folder without it did not come
from this app (Whoosh's table of contents is a pickle: we never unpickle a stranger's) and is
set aside, not opened. The sentinel also lists the sealed files with their size, CRC-32 and
the CRC-32 of their first and last 64 KiB. On open, a sealed file whose size or edges changed
(cut short or zeroed) means "damaged", and so does any error while opening or probing the
index; `check` compares whole files. Damaged, stale or missing means: rebuild into a
fresh folder from SQLite, then swap. Files written by a commit that was not sealed (the
process died between Whoosh's commit and ours) are probed, fsynced and sealed on open.

Index tasks are deleted only after the commit that applied them is sealed; replaying one
twice is harmless, because a task only says "look at document X as it is now".
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import mmap
import os
import re
import shutil
import threading
import time
import uuid
import weakref
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.util.filelock import FileLock

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.queries import archive_id
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.progress import CancelToken, NullProgress, Progress
from storyreader.search import schema, source
from storyreader.search.parallel import build_parallel, worker_count
from storyreader.search.writer import FastSegmentWriter

log = logging.getLogger(__name__)

SENTINEL = "storyreader-index.json"
FORMAT = "storyreader-search-index"
LOCK_TIMEOUT = 10.0
TASK_BATCH = 2_000
COMMON_SAMPLE = 400  # documents read to choose the common terms at a rebuild
LEFTOVER_AGE = 3600.0  # a `.new-` folder untouched this long is a dead rebuild's


class IndexBusyError(KnownError):
    """Another Story Reader process is changing the search index."""


class IndexDamaged(Exception):  # noqa: N818 - a state, handled by rebuilding
    """The index on disk cannot be used as it is."""


def index_dir(archive_path: Path) -> Path:
    return archive_path.with_suffix(".index")


def fsync_path(path: Path, *, directory: bool = False) -> None:
    if directory and os.name == "nt":  # Windows cannot open a folder to fsync it
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


EDGE_BYTES = 65_536


def _index_files(folder: Path) -> list[Path]:
    return [
        entry
        for entry in folder.iterdir()
        if entry.is_file()
        and not entry.name.startswith(SENTINEL)
        and not entry.name.endswith("LOCK")
    ]


def edges_crc(path: Path, size: int) -> int:
    """CRC-32 of a file's first and last 64 KiB: cheap enough for every open, and where a
    torn write shows (a file cut short, or zeroed)."""
    with path.open("rb") as stream:
        head = stream.read(EDGE_BYTES)
        stream.seek(max(0, size - EDGE_BYTES))
        return zlib.crc32(stream.read(EDGE_BYTES), zlib.crc32(head))


def full_crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def seal(folder: Path, archive_id: str) -> None:
    """fsync every file and the folder, then write the sentinel listing them (atomically).

    Each file is listed with its size, its CRC-32 and the CRC-32 of its edges. Whoosh never
    rewrites a segment file, so a file sealed before keeps its listing and only new files
    are read whole.
    """
    before = (read_sentinel(folder) or {}).get("files") or {}
    files = {}
    for entry in _index_files(folder):
        fsync_path(entry)
        size = entry.stat().st_size
        known = before.get(entry.name)
        if isinstance(known, list) and len(known) == 3 and known[0] == size:
            files[entry.name] = known
        else:
            files[entry.name] = [size, full_crc(entry), edges_crc(entry, size)]
    fsync_path(folder, directory=True)
    sentinel = {
        "format": FORMAT,
        "schema": schema.SCHEMA_VERSION,
        "archive": archive_id,
        "files": files,
    }
    temp = folder / f"{SENTINEL}.tmp"
    with temp.open("w", encoding="utf-8") as stream:
        json.dump(sentinel, stream)
        stream.flush()
        os.fsync(stream.fileno())
    temp.replace(folder / SENTINEL)
    fsync_path(folder, directory=True)


def read_sentinel(folder: Path) -> dict[str, Any] | None:
    """The sentinel if this folder is one of ours, else None."""
    try:
        data = json.loads((folder / SENTINEL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data


class DiskIndex:
    """One index folder: checked before it is opened, sealed after each commit."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ix: Any = None

    def open_checked(
        self, archive_id: str, sealing: Callable[[], AbstractContextManager[None]] | None
    ) -> Any:
        """Open the Whoosh index if it is ours, current and sound; else raise IndexDamaged.

        `sealing` gives the writers' lock: files nobody sealed are sealed under it, and only
        if it is free at once (a writer holding it is sealing its own commit right now).
        None: the index is only read (a read-only archive), never sealed.
        """
        sentinel = read_sentinel(self.folder)
        if sentinel is None:
            raise IndexDamaged("no sentinel")
        if sentinel.get("schema") != schema.SCHEMA_VERSION or sentinel.get("archive") != archive_id:
            raise IndexDamaged("built for another schema or archive")
        sealed = sentinel.get("files") or {}
        try:
            unsealed = self._compare_sizes(sealed)
        except OSError as error:  # a file went while being read: another process changed it
            raise IndexDamaged(f"{type(error).__name__}: {error}") from error
        ix, failure = _open_and_probe(self.folder)
        if failure is not None:
            raise IndexDamaged(failure)
        if unsealed and sealing is not None:  # a commit whose process died before sealing
            # Sealing is the next commit's job too: a busy lock or a full disk can wait.
            with contextlib.suppress(IndexBusyError, OSError), sealing():
                seal(self.folder, archive_id)
        self.ix = ix
        return ix

    def _compare_sizes(self, sealed: dict[str, Any]) -> bool:
        """Check sealed files' sizes and edges; True if some file is not sealed yet."""
        unsealed = False
        for entry in _index_files(self.folder):
            known = sealed.get(entry.name)
            if not isinstance(known, list) or len(known) != 3:
                unsealed = True
                continue
            size = entry.stat().st_size
            if size != known[0] or edges_crc(entry, size) != known[2]:
                raise IndexDamaged(f"{entry.name} was damaged")
        return unsealed

    def damaged_files(self) -> list[str]:
        """Sealed files whose whole content no longer matches its CRC (for `check`)."""
        sealed = (read_sentinel(self.folder) or {}).get("files") or {}
        damaged = []
        for entry in _index_files(self.folder):
            known = sealed.get(entry.name)
            if not isinstance(known, list) or len(known) != 3:
                continue
            if entry.stat().st_size != known[0] or full_crc(entry) != known[1]:
                damaged.append(entry.name)
        return sorted(damaged)


_MAPPED: weakref.WeakSet[mmap.mmap] = weakref.WeakSet()


class MappedStorage(FileStorage):  # type: ignore[misc]
    """Whoosh's file storage, reading files through `mmap`.

    Whoosh's own choices are a compound file copied whole into memory when opened (a third
    of a second, and the index's size in RAM, per searcher at 10,000 documents) or plain
    files read with a seek and a read system call per access (twice as slow to search).
    A memory map costs neither; searches are serialized, so its shared position is safe.

    While `opened` is a list, the files opened are kept in it, so that an open that fails
    half-way can close them (Whoosh leaves them open when a torn file makes it raise).
    """

    opened: list[StructFile] | None = None

    def open_file(self, name: str, **kwargs: Any) -> Any:
        with open(self._fpath(name), "rb") as raw:  # noqa: PTH123 - Whoosh's own path
            if os.fstat(raw.fileno()).st_size == 0:
                opened = StructFile(io.BytesIO(b""), name=name, **kwargs)
            else:
                mapped = mmap.mmap(raw.fileno(), 0, access=mmap.ACCESS_READ)
                _MAPPED.add(mapped)
                opened = StructFile(mapped, name=name, **kwargs)
        if self.opened is not None:
            self.opened.append(opened)
        return opened


def release_mapped_pages() -> None:
    """Let go of the index pages a search touched (they stay in the system's file cache).

    Every page of a memory-mapped file that is read counts in the process's resident memory
    until unmapped; at 50,000 documents a few searches hold 250 MB that way. Reading them
    again costs a page-table update per page, not a disk read.
    """
    if not hasattr(mmap, "MADV_DONTNEED"):  # Windows: the system trims mappings itself
        return
    for mapped in list(_MAPPED):
        with contextlib.suppress(ValueError, OSError):  # closed since
            mapped.madvise(mmap.MADV_DONTNEED)


def disk_stamp(folder: Path) -> tuple[int, int]:
    """Which index is on disk now: the folder's inode (a rebuild swaps in another folder) and
    its newest generation (each commit makes one); (-1, -1) while there is none."""
    try:
        inode = folder.stat().st_ino
        generations = [
            int(match.group(1))
            for entry in folder.iterdir()
            if (match := _TOC_NAME.match(entry.name)) is not None
        ]
    except OSError:
        return -1, -1
    return inode, max(generations, default=-1)


_TOC_NAME = re.compile(r"^_MAIN_(\d+)\.toc$")


def open_index(folder: Path) -> Any:
    return MappedStorage(str(folder)).open_index()


def _open_and_probe(folder: Path) -> tuple[Any, str | None]:
    """Open and probe; on failure, the reason. The files a failed attempt opened are closed
    here (not left to the garbage collector, which in the app may run on a worker thread
    and must not be made to collect Qt objects there)."""
    storage = MappedStorage(str(folder))
    storage.opened = []
    try:
        ix = storage.open_index()
        probe(ix)
    except Exception as error:
        for opened in storage.opened:
            with contextlib.suppress(Exception):
                opened.close()
        return None, f"{type(error).__name__}: {error}"
    finally:
        storage.opened = None
    return ix, None


def probe(ix: Any) -> None:
    """Read a little of every segment: the table of contents, stored fields, a column, the
    first postings of each field. Torn or zeroed files fail here rather than mid-search."""
    with ix.searcher() as searcher:
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            count = reader.doc_count_all()
            if count:
                reader.stored_fields(0)
                reader.stored_fields(count - 1)
                column = reader.column_reader(schema.PUBLISHED)
                _ = column[0], column[count - 1]
            for fieldname in (schema.ID, schema.CONTENT, schema.SPELL):
                for btext in reader.expand_prefix(fieldname, ""):
                    reader.postings(fieldname, btext).all_ids()
                    break
        searcher.doc_count()


class Maintainer:
    """Writes to the index for one archive: rebuild, catch up, repair. Holds the locks."""

    def __init__(self, archive: Archive, folder: Path) -> None:
        self.archive = archive
        self.folder = folder
        self.thread_lock = threading.Lock()
        self.workers = 0  # processes for a rebuild; 0: as many as cores, for large archives
        self._file_lock = FileLock(str(folder.with_name(folder.name + ".lock")))

    @contextlib.contextmanager
    def locked(self, timeout: float | None = None) -> Iterator[None]:
        """This thread, then this process, alone may change the index; IndexBusyError if not."""
        timeout = LOCK_TIMEOUT if timeout is None else timeout
        if not self.thread_lock.acquire(timeout=timeout):
            raise IndexBusyError(
                QT_TRANSLATE_NOOP("Search", "The search index is busy; try again in a moment.")
            )
        try:
            if not _try_for(self._file_lock.acquire, timeout):
                raise IndexBusyError(
                    QT_TRANSLATE_NOOP(
                        "Search",
                        "Another Story Reader is updating the search index; try again when it has "
                        "finished.",
                    )
                )
            try:
                yield
            finally:
                self._file_lock.release()
        finally:
            self.thread_lock.release()

    def archive_id(self) -> str:
        with self.archive.read() as session:
            return archive_id(session)

    def build_fresh(self, progress: Progress, cancel: CancelToken | None) -> tuple[Path, int]:
        """Build a complete, sealed index in a new folder; return it and the last task it
        covers. The ids and that task are read together; a document changed after that
        is indexed as it is when read, and its own, later task replays it again (harmless)."""
        fresh = self.folder.with_name(f"{self.folder.name}.new-{uuid.uuid4().hex[:8]}")
        fresh.mkdir()
        try:
            with self.archive.read() as session:
                up_to = source.max_task_id(session)
                identity = archive_id(session)
                ids = sorted(source.active_ids(session))
            progress.start(i18n.translate("Progress", "Building the search index"), len(ids))
            fields = schema.build_schema(self._common_terms(ids), len(ids))
            ix = whoosh_index.create_in(str(fresh), fields)
            workers = self.workers or worker_count(len(ids))
            build_parallel(self.archive, ix, fresh, ids, workers, progress, cancel)
            seal(fresh, identity)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        return fresh, up_to

    def _common_terms(self, ids: list[str]) -> frozenset[str]:
        """The most common terms of an even sample of the documents (for the `pair` field)."""
        step = max(1, len(ids) // COMMON_SAMPLE)
        sample = ids[::step][:COMMON_SAMPLE]
        with self.archive.read() as session:
            docs = source.active_documents(session, sample)
        return schema.choose_common_terms(
            source.index_fields(doc)[schema.CONTENT] for doc in docs.values()
        )

    def swap_in(self, fresh: Path) -> None:
        """Replace the live folder with `fresh` (two renames; the parent is fsynced)."""
        old = None
        if self.folder.exists():
            old = self.folder.with_name(f"{self.folder.name}.old-{uuid.uuid4().hex[:8]}")
            self.folder.replace(old)
        fresh.replace(self.folder)
        fsync_path(self.folder.parent, directory=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def apply_tasks(self, ix: Any, progress: Progress) -> int:
        """Replay pending tasks in batches; each batch is committed, sealed, then forgotten."""
        changed = 0
        identity = self.archive_id()
        while True:
            with self.archive.read() as session:
                tasks = source.pending_tasks(session, TASK_BATCH)
                if not tasks:
                    return changed
                ids = list(dict.fromkeys(document_id for _task, document_id in tasks))
                docs = source.active_documents(session, ids)
            if changed == 0:
                progress.start(i18n.translate("Progress", "Updating the search index"), None)
            self._commit_changes(ix, ids, docs)
            seal(self.folder, identity)
            with self.archive.write() as session:
                source.delete_tasks(session, tasks[-1][0])
            changed += len(ids)
            progress.advance(len(ids))

    @staticmethod
    def _commit_changes(ix: Any, ids: list[str], docs: dict[str, source.IndexDoc]) -> None:
        writer = FastSegmentWriter(ix, timeout=LOCK_TIMEOUT)
        try:
            for document_id in ids:
                doc = docs.get(document_id)
                if doc is None:
                    writer.delete_by_term(schema.ID, document_id)
                else:
                    writer.update_document(**source.index_fields(doc))
            writer.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                writer.cancel()
            raise

    def forget_tasks(self, up_to: int) -> None:
        with self.archive.write() as session:
            source.delete_tasks(session, up_to)

    def clean_leftovers(self) -> None:
        """Remove folders of rebuilds that died (only ones untouched for an hour: another
        process may be rebuilding right now)."""
        now = time.time()
        for pattern in (".new-*", ".old-*"):
            for entry in self.folder.parent.glob(self.folder.name + pattern):
                with contextlib.suppress(OSError):
                    if entry.is_dir() and now - entry.stat().st_mtime > LEFTOVER_AGE:
                        shutil.rmtree(entry, ignore_errors=True)

    def set_aside_foreign(self) -> Path | None:
        """Move a folder that is not one of our indexes out of the way, untouched. (One
        with a sentinel we cannot read is ours, damaged: a rebuild replaces it.)"""
        if not self.folder.exists() or (self.folder / SENTINEL).exists():
            return None
        if self.folder.is_dir() and not any(self.folder.iterdir()):
            self.folder.rmdir()
            return None
        aside = self.folder.with_name(f"{self.folder.name}.unknown-{uuid.uuid4().hex[:8]}")
        self.folder.replace(aside)
        log.warning("%s is not a Story Reader index; moved it to %s", self.folder, aside)
        return aside


def _try_for(acquire: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if acquire(blocking=False):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def null_progress(progress: Progress | None) -> Progress:
    return progress if progress is not None else NullProgress()
