"""Rebuild on several cores: each process indexes its share of the documents into its own
Whoosh index, then the parent adopts their segments into one table of contents.

Whoosh's own `procs=` writer pickles every document through a queue and forks (unsafe in a
process that runs Qt threads); here workers are *spawned*, read their documents from SQLite
themselves, and hand back nothing but finished segment files. Segments are self-contained
files named by a random id, so adopting them is a rename plus a new table of contents.
A frozen app must call `multiprocessing.freeze_support()` first thing in `main`.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import queue
import shutil
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import TOC, clean_files

from storyreader.archive.space import is_disk_full
from storyreader.errors import Cancelled, KnownError
from storyreader.progress import CancelToken, Progress
from storyreader.search import source
from storyreader.search.writer import FastSegmentWriter

PARALLEL_MIN_DOCS = 1_000  # below this, starting processes costs more than it saves
SEGMENT_DOCS = 5_000
ID_BATCH = 400


def worker_count(total: int) -> int:
    if total < PARALLEL_MIN_DOCS:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def index_ids(archive: Any, ix: Any, ids: Sequence[str], report: Any, stop: Any) -> None:
    """Index the active documents among `ids` into `ix`, a segment per SEGMENT_DOCS."""
    writer = None
    in_segment = 0
    try:
        for start in range(0, len(ids), ID_BATCH):
            if stop():
                raise Cancelled
            chunk = ids[start : start + ID_BATCH]
            with archive.read() as session:
                docs = source.active_documents(session, chunk)
            writer = writer or FastSegmentWriter(ix)
            for document_id in chunk:
                if document_id in docs:
                    writer.add_document(**source.index_fields(docs[document_id]))
            in_segment += len(chunk)
            report(len(chunk))
            if in_segment >= SEGMENT_DOCS:
                writer.commit(merge=False)
                writer, in_segment = None, 0
        if writer is not None:
            writer.commit(merge=False)
            writer = None
    finally:
        if writer is not None:
            writer.cancel()


def _worker(
    archive_path: str, folder: str, schema: Any, ids: list[str], progress: Any, stop: Any
) -> None:
    """Entry point of a spawned process; `schema` is the parent index's own.

    A failure is handed to the parent (which says it, as its own) rather than printed here:
    a damaged archive or a full disk is one sentence, never a worker's traceback.
    """
    from storyreader.archive.db import Archive

    try:
        archive = Archive(Path(archive_path))
        try:
            ix = whoosh_index.create_in(folder, schema)
            index_ids(archive, ix, ids, progress.put, stop.is_set)
        finally:
            archive.close()
    except Cancelled:
        return
    except KeyboardInterrupt:  # the parent says what happened
        sys.exit(1)
    except Exception as error:
        progress.put(WorkerFailure.of(error))
        sys.exit(1)


@dataclass(frozen=True)
class WorkerFailure:
    """What stopped a worker, sent to the parent in place of a progress count."""

    known: KnownError | None  # a failure with its sentence (a damaged archive…)
    disk_full: bool
    text: str  # otherwise: the traceback of a bug, for --debug and the log

    @classmethod
    def of(cls, error: Exception) -> WorkerFailure:
        if isinstance(error, KnownError):
            return cls(error, False, str(error))
        return cls(None, is_disk_full(error), "".join(traceback.format_exception(error)))

    def error(self) -> BaseException:
        if self.known is not None:
            return self.known
        if self.disk_full:
            return OSError(errno.ENOSPC, "No space left on device (in an indexing process)")
        return RuntimeError(f"An indexing process failed:\n{self.text}")


def build_parallel(
    archive: Any,
    ix: Any,
    folder: Path,
    ids: list[str],
    workers: int,
    progress: Progress,
    cancel: CancelToken | None,
) -> None:
    """Index `ids` into `ix` (in `folder`) with `workers` processes, this one included."""
    context = multiprocessing.get_context("spawn")
    shares = [ids[i::workers] for i in range(workers)]
    counts = context.Queue()
    stop = context.Event()
    parts = [folder / f"part-{n}" for n in range(1, workers)]
    processes = []
    for part, share in zip(parts, shares[1:], strict=True):
        part.mkdir()
        process = context.Process(
            target=_worker,
            args=(str(archive.path), str(part), ix.schema, share, counts, stop),
            daemon=True,
        )
        process.start()
        processes.append(process)

    def report(count: int) -> None:
        progress.advance(count)
        _drain(counts, progress)

    def stopped() -> bool:
        return cancel is not None and cancel.cancelled

    try:
        index_ids(archive, ix, shares[0], report, stopped)
        for process in processes:
            while process.is_alive():
                process.join(0.2)
                _drain(counts, progress)
                if stopped():
                    raise Cancelled
            if process.exitcode != 0:
                _drain(counts, progress)  # its reason, if it could give one
                raise RuntimeError(f"An indexing process failed (exit code {process.exitcode}).")
        _drain(counts, progress)
        adopt_segments(ix, folder, parts)
    except BaseException:
        stop.set()
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()
        raise
    finally:
        for part in parts:
            shutil.rmtree(part, ignore_errors=True)


def _drain(counts: Any, progress: Progress) -> None:
    """Pass the workers' counts on; raise what stopped one of them, if one said so."""
    while True:
        try:
            item = counts.get_nowait()
        except queue.Empty:
            return
        if isinstance(item, WorkerFailure):
            raise item.error()
        progress.advance(item)


def adopt_segments(ix: Any, folder: Path, parts: list[Path]) -> None:
    """Move the parts' segment files into `folder` and list them in a new TOC there."""
    toc = ix._read_toc()
    segments = list(toc.segments)
    for part in parts:
        part_ix = whoosh_index.open_dir(str(part))
        segments.extend(part_ix._read_toc().segments)
        for entry in part.iterdir():
            if entry.suffix != ".toc" and not entry.name.endswith("LOCK"):
                entry.replace(folder / entry.name)
    generation = toc.generation + 1
    TOC(toc.schema, segments, generation).write(ix.storage, ix.indexname)
    clean_files(ix.storage, ix.indexname, generation, segments)
