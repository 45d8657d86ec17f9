"""`SearchIndex`: the one object the command line and the desktop app search through. It keeps
the index (opening, following other processes, rebuilding, catching up, checking); the
answers themselves come from `answers.Answers`, made anew with each searcher.

Thread-safety: any thread may call `search` and `more_like_this` while another calls
`catch_up` or `rebuild`. Index changes are serialized by the maintainer's locks (a thread
lock, then a file lock shared with other processes). Searches share one Whoosh searcher
under `_read_lock`, held only while Whoosh runs (reading SQLite and cutting snippets happen
outside it); after a commit the searcher is replaced under the same lock, so no search ever
uses a closed one.

Other processes: another Story Reader may commit to the index (merging away segment files
this searcher reads) or swap in a rebuilt one at any moment. A commit's own searcher is
opened under the file lock, when no other process can change the files; before each search
the searcher follows what is on disk (`disk_stamp`), and a search that fails because files
went from under it reloads and tries again. A missing file means "reload", never "damaged".

While no usable index exists (first start, or a rebuild after damage) `search` still
answers, from SQLite, by title, and says so in `SearchResults.message`. The index of a
read-only archive is searched as it is, never changed (by title if there is none).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any, Literal

from whoosh.searching import Searcher

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.space import (
    INTAKE_MARGIN,
    MIN_NEEDED,
    disk_full_error,
    folder_size,
    is_disk_full,
    require_space,
)
from storyreader.progress import CancelToken, Progress
from storyreader.search import schema, source
from storyreader.search.answers import Answers, Paging, by_titles, hits
from storyreader.search.correct import WordLists
from storyreader.search.hits import Hit, SearchResults
from storyreader.search.index import (
    DiskIndex,
    IndexBusyError,
    IndexDamaged,
    Maintainer,
    disk_stamp,
    index_dir,
    null_progress,
    release_mapped_pages,
)
from storyreader.search.query import Filter, parse
from storyreader.search.results import every_match

log = logging.getLogger(__name__)

MAX_PAGE_SIZE = 100
CATCH_UP_WAIT = 1.0  # seconds catch_up waits for another writer before leaving tasks for later
REFRESH_ATTEMPTS = 3  # opening a searcher while another process commits can meet a file gone
REFRESH_PAUSE = 0.05
INDEX_PER_TEXT_BYTE = 4  # an index takes about four times its documents' text (bench/search.py)
NO_STAMP = (-2, -2)  # matches no index on disk: the next search reloads


class SearchIndex:
    """The search index of one archive; see the module docstring for threads."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.path = index_dir(archive.path)
        self._maintainer = Maintainer(archive, self.path)
        self._read_lock = threading.RLock()
        self._ix: Any = None
        self._answers: Answers | None = None  # the searcher in use, with what it keeps
        self._stamp = NO_STAMP  # the index on disk the searcher was opened on
        self._word_lists = WordLists()
        self.titles_only_reason: str | None = None  # why searches answer by title, if known

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def attach(cls, archive: Archive) -> SearchIndex:
        """Open the index if it is usable, without rebuilding or catching up (instant).

        Until `rebuild` runs, a missing or damaged index answers searches by title.
        """
        index = cls(archive)
        if archive.read_only is None:
            index._maintainer.clean_leftovers()
            index._maintainer.set_aside_foreign()
        index._load()
        return index

    @classmethod
    def open(
        cls,
        archive: Archive,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> SearchIndex:
        """Open (or rebuild if missing, stale or damaged) the index, then catch up."""
        index = cls.attach(archive)
        if archive.read_only is not None:
            return index  # searched as it is
        try:
            if not index.ready:
                index._ensure_ready(null_progress(progress), cancel)
            index.catch_up(progress)
        except BaseException:
            index.close()
            raise
        return index

    @property
    def ready(self) -> bool:
        """True when searches use the full-text index (False: titles only, from SQLite)."""
        return self._answers is not None

    def _load(self) -> bool:
        """Open the index on disk (checked) and search it from now on; False if unusable.

        An index that another process changed while it was being opened (its stamp moved)
        is opened again: only a failure on an index that held still means it is unusable.
        """
        for attempt in range(REFRESH_ATTEMPTS):
            stamp = disk_stamp(self.path)  # before opening: a change after it shows as stale
            try:
                ix, searcher = self._open_checked()
            except (IndexDamaged, OSError) as why:
                if disk_stamp(self.path) != stamp and attempt + 1 < REFRESH_ATTEMPTS:
                    log.info("The search index changed while it was opened (%s)", why)
                    time.sleep(REFRESH_PAUSE)
                    continue
                if self.path.exists():
                    log.warning(
                        "Search index %s cannot be used (%s); it will be rebuilt", self.path, why
                    )
                return False
            with self._read_lock:
                self._set_searcher(ix, searcher, stamp)
            return True
        return False

    def _open_checked(self) -> tuple[Any, Searcher]:
        writable = self.archive.read_only is None
        ix = DiskIndex(self.path).open_checked(
            self._maintainer.archive_id(),
            (lambda: self._maintainer.locked(timeout=0)) if writable else None,
        )
        try:
            return ix, ix.searcher()
        except Exception as error:  # checked a moment ago: changed since, or torn
            raise IndexDamaged(f"{type(error).__name__}: {error}") from error

    def _set_searcher(
        self, ix: Any, searcher: Searcher | None, stamp: tuple[int, int] = NO_STAMP
    ) -> None:
        old = self._answers
        self._ix, self._stamp = ix, stamp
        self._answers = Answers(searcher, self.archive, self._word_lists) if searcher else None
        if old is not None:
            with contextlib.suppress(Exception):
                old.searcher.close()

    def _mark_damaged(self, error: BaseException) -> None:
        # With the traceback: a bug of ours would look like damage here, and must show.
        log.error("The search index failed (%r); it will be rebuilt", error, exc_info=error)
        with self._read_lock:
            self._set_searcher(None, None)

    def close(self) -> None:
        with self._read_lock:
            self._set_searcher(None, None)

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- changing ------------------------------------------------------------------------

    def rebuild(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> None:
        """Build a new index from SQLite aside, then swap it in. Searches go on meanwhile."""
        self.archive.check_writable()
        with self._maintainer.locked():
            self._rebuild_locked(null_progress(progress), cancel)

    def _rebuild_locked(self, progress: Progress, cancel: CancelToken | None) -> None:
        needed = self._build_size()
        require_space(self.path.parent, needed)
        with self._space_for(needed):
            fresh, up_to = self._maintainer.build_fresh(progress, cancel)
        with self._read_lock:
            self._set_searcher(None, None)
            self._maintainer.swap_in(fresh)
            loaded = self._load()
        if loaded:
            self._maintainer.forget_tasks(up_to)

    def _build_size(self) -> int:
        """The space a rebuild needs: a new index beside the old one, with room to spare."""
        with self.archive.read() as session:
            estimate = source.text_bytes(session) * INDEX_PER_TEXT_BYTE
        return max(estimate, folder_size(self.path)) + INTAKE_MARGIN

    @contextlib.contextmanager
    def _space_for(self, needed: int) -> Iterator[None]:
        """A full disk while writing the index is said as DiskFullError, with `needed`."""
        try:
            yield
        except OSError as error:
            if is_disk_full(error):
                raise disk_full_error(self.path.parent, needed) from error
            raise

    def _ensure_ready(self, progress: Progress, cancel: CancelToken | None = None) -> None:
        """A usable index: under the lock, load it again first (another process may have just
        built it, or swapped it in while this one looked), and build it only if it is still
        missing or damaged."""
        with self._maintainer.locked():
            if not self._load():
                self._rebuild_locked(progress, cancel)

    def catch_up(self, progress: Progress | None = None) -> int:
        """Replay pending index tasks; return how many documents changed in the index.

        With no usable index this rebuilds first. If a rebuild (here or in another process)
        holds the index for more than a second, returns 0 and leaves the tasks for later:
        call again when it has finished.
        """
        progress = null_progress(progress)
        if self.archive.read_only is not None:
            return 0  # the tasks wait for a copy that can be written
        if not self.ready:
            self._ensure_ready(progress)
        try:
            with self._maintainer.locked(timeout=CATCH_UP_WAIT), self._space_for(MIN_NEEDED):
                changed = self._maintainer.apply_tasks(self._ix, progress)
                if changed:
                    self._refresh()  # under the lock: no other process changes the files now
        except IndexBusyError:
            return 0
        except IndexDamaged as error:
            self._mark_damaged(error)
            return 0
        if changed and self._outgrown():
            self._rebuild_outgrown(progress)
        return changed

    def _rebuild_outgrown(self, progress: Progress) -> None:
        """Rebuild for an archive that outgrew its common terms, unless another process is at
        the index (it may be rebuilding it right now: the next catch-up looks again)."""
        with contextlib.suppress(IndexBusyError), self._maintainer.locked(timeout=CATCH_UP_WAIT):
            self._refresh()
            if self._outgrown():
                self._rebuild_locked(progress, None)

    def _outgrown(self) -> bool:
        """True when the archive has grown so much since the last rebuild that the common
        terms it chose (for fast phrases, `schema.PairText`) no longer represent it."""
        with self._reading() as answers:
            if answers is None:
                return False
            built_for: int = getattr(answers.searcher.schema[schema.PAIR], "built_for", 0)
            count: int = answers.searcher.doc_count()
        return count > max(schema.REBUILD_GROWTH * built_for, schema.REBUILD_AT_LEAST)

    def _refresh(self) -> bool:
        """A new searcher on the index as it is on disk now; False if none could be opened
        (the current one is kept: its files stay readable until it is closed)."""
        with self._read_lock:
            if self._ix is None:
                return False
            for attempt in range(REFRESH_ATTEMPTS):
                stamp = disk_stamp(self.path)
                if stamp[0] != self._stamp[0]:  # another folder: a rebuild was swapped in
                    return self._load()
                try:
                    searcher = self._ix.searcher()
                except Exception as error:  # a file merged away as it was opened
                    log.info("Opening the search index again (%r)", error)
                    if attempt + 1 < REFRESH_ATTEMPTS:
                        time.sleep(REFRESH_PAUSE)
                    continue
                self._set_searcher(self._ix, searcher, stamp)
                return True
            return False

    def _follow_disk(self) -> None:
        """If another process changed the index since this searcher was opened, open one on
        the index as it is now (its files may be gone from under the old one)."""
        if self._answers is not None and disk_stamp(self.path) != self._stamp:
            self._refresh()

    def _changed_underneath(self, error: Exception) -> bool:
        """True if `error` came from files another process changed, not from damage: then
        the searcher is opened again rather than the index rebuilt."""
        if not isinstance(error, OSError) and disk_stamp(self.path) == self._stamp:
            return False
        log.info("The search index changed while it was read (%r); opening it again", error)
        self._stamp = NO_STAMP
        return self._refresh()

    # --- searching -----------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Answers | None]:
        with self._read_lock:
            self._follow_disk()
            try:
                yield self._answers
            finally:
                release_mapped_pages()

    def search(
        self,
        query: str,
        *,
        kind: str | None = None,
        language: str | None = None,
        sort: Literal["relevance", "date"] = "relevance",
        page: int = 1,
        page_size: int = 20,
        within: frozenset[str] | None = None,
        suggest: bool = True,
    ) -> SearchResults:
        """Search as people type; never raises for any query text.

        `within` (document ids) keeps results, totals, facets and "did you mean" to those
        documents: what a share to the room serves. None searches the whole archive.
        `suggest=False` skips "did you mean" (and retrying with it): for results shown
        while a word is still being typed, where the correction costs most and helps least.
        """
        paging = Paging(max(1, int(page)), min(MAX_PAGE_SIZE, max(1, int(page_size))))
        parsed = parse(query)
        extra = [Filter("kind", kind)] if kind else []
        extra += [Filter("lang", language)] if language else []
        for attempt in range(2):  # again if the index changed underneath
            with self._reading() as answers:
                if answers is None:
                    break
                try:
                    return answers.search(parsed, extra, sort, paging, within, suggest)
                except Exception as error:
                    if attempt == 0 and self._changed_underneath(error):
                        continue
                    self._mark_damaged(error)
        return by_titles(self.archive, parsed.text, paging, within, self.titles_only_reason)

    # --- more like this ------------------------------------------------------------------

    def more_like_this(self, document_id: str, limit: int = 5) -> list[Hit]:
        """Documents sharing the most distinctive words of this one (never itself)."""
        with self.archive.read() as session:
            docs = source.active_documents(session, [document_id])
        doc = docs.get(document_id)
        if doc is None:
            return []
        text = source.index_fields(doc)[schema.CONTENT]
        with self._reading() as answers:
            if answers is None:
                return []
            try:
                ranked, highlight = answers.similar(document_id, text, limit)
            except Exception as error:
                if not self._changed_underneath(error):
                    self._mark_damaged(error)
                return []
        return hits(self.archive, ranked, highlight)

    def matched_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where the words `query` searches for are in `text`, in every form it matched
        ("rescued" for "rescue", Korean with its particles): to mark them on the page of a
        document opened from the results. Empty while the index is not ready."""
        with self._reading() as answers:
            if answers is None:
                return []
            try:
                highlight = answers.highlight(parse(query))
            except Exception as error:
                if not self._changed_underneath(error):
                    self._mark_damaged(error)
                return []
        return every_match(text, highlight)

    def document_count(self) -> int:
        """How many documents the index holds (0 while it is not ready)."""
        with self._reading() as answers:
            return answers.searcher.doc_count() if answers is not None else 0

    # --- checking ------------------------------------------------------------------------

    def check(self, *, repair: bool = False) -> list[str]:
        """Drift between the archive and the index, as plain sentences (empty: they agree).

        With `repair`, a damaged or unusable index is rebuilt and drift is fixed by queuing
        the documents concerned and catching up.
        """
        problems = self._drift()
        if repair and problems:
            if not self.ready:
                self.rebuild()
            else:
                self._requeue_drift()
                self.catch_up()
        return problems

    def _drift(self) -> list[str]:
        damaged = DiskIndex(self.path).damaged_files() if self.ready else []
        if damaged:
            self._mark_damaged(IndexDamaged(", ".join(damaged)))
            return [
                i18n.fill(i18n.translate("Search", "The search index file %1 is damaged."), name)
                for name in damaged
            ]
        with self.archive.read() as session:
            active = source.active_ids(session)
            pending = source.pending_count(session)
        with self._reading() as answers:
            if answers is None:
                return [
                    i18n.translate(
                        "Search", "The search index is missing or damaged and needs rebuilding."
                    )
                ]
            try:
                indexed = {fields[schema.ID] for fields in answers.searcher.all_stored_fields()}
            except Exception as error:
                self._mark_damaged(error)
                return [
                    i18n.translate("Search", "The search index is damaged and needs rebuilding.")
                ]
        return _drift_sentences(active, indexed, pending)

    def _requeue_drift(self) -> None:
        with self.archive.read() as session:
            active = source.active_ids(session)
        with self._reading() as answers:
            indexed = (
                {f[schema.ID] for f in answers.searcher.all_stored_fields()}
                if answers is not None
                else set()
            )
        wrong = sorted(active ^ indexed)
        if wrong:
            with self._maintainer.locked(), self.archive.write() as session:
                source.queue(session, wrong)


def _drift_sentences(active: set[str], indexed: set[str], pending: int) -> list[str]:
    problems = []
    missing = active - indexed
    extra = indexed - active
    if missing:
        problems.append(
            i18n.fill(
                i18n.translate(
                    "Search",
                    "%1 document(s) are in the archive but not in the search index "
                    "(for example %2).",
                ),
                len(missing),
                sorted(missing)[0],
            )
        )
    if extra:
        problems.append(
            i18n.fill(
                i18n.translate(
                    "Search",
                    "%1 document(s) are in the search index but withdrawn or deleted in the "
                    "archive (for example %2).",
                ),
                len(extra),
                sorted(extra)[0],
            )
        )
    if pending and (missing or extra):
        problems.append(
            i18n.fill(
                i18n.translate("Search", "%1 change(s) are waiting to reach the search index."),
                pending,
            )
        )
    return problems
