"""`SearchIndex`: the one object the command line and the desktop app search through.

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
from dataclasses import dataclass
from typing import Any, Literal

from whoosh import query as whoosh_query
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
from storyreader.search.build import Highlight, build
from storyreader.search.correct import WordLists, correct_query
from storyreader.search.docsets import matching_docs
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
from storyreader.search.phrase import posting_ids
from storyreader.search.query import Filter, parse
from storyreader.search.ranking import TIE_SLACK, order_ties
from storyreader.search.results import make_snippet, top_counts

log = logging.getLogger(__name__)

FACET_FIELDS = {
    "kind": schema.KIND,
    "tag": schema.TAG,
    "language": schema.LANG,
    "year": schema.YEAR,
}
MAX_PAGE_SIZE = 100
MORE_LIKE_TERMS = 12
CATCH_UP_WAIT = 1.0  # seconds catch_up waits for another writer before leaving tasks for later
REFRESH_ATTEMPTS = 3  # opening a searcher while another process commits can meet a file gone
REFRESH_PAUSE = 0.05
INDEX_PER_TEXT_BYTE = 4  # an index takes about four times its documents' text (bench/search.py)
NO_STAMP = (-2, -2)  # matches no index on disk: the next search reloads


@dataclass
class _Outcome:
    total: int
    ranked: list[tuple[str, float]]  # (document id, score) for the requested page
    facets: dict[str, list[tuple[str, int]]]


class SearchIndex:
    """The search index of one archive; see the module docstring for threads."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.path = index_dir(archive.path)
        self._maintainer = Maintainer(archive, self.path)
        self._read_lock = threading.RLock()
        self._ix: Any = None
        self._searcher: Searcher | None = None
        self._stamp = NO_STAMP  # the index on disk the searcher was opened on
        self._facet_sets: dict[str, dict[str, frozenset[int]]] | None = None
        # The docnums of the last `within` set asked for, for the searcher in use.
        self._within: tuple[frozenset[str], frozenset[int]] | None = None
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
        return self._searcher is not None

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
        old = self._searcher
        self._ix, self._searcher, self._facet_sets = ix, searcher, None
        self._within = None
        self._stamp = stamp
        if old is not None:
            with contextlib.suppress(Exception):
                old.close()

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
        with self._reading() as searcher:
            if searcher is None:
                return False
            built_for: int = getattr(searcher.schema[schema.PAIR], "built_for", 0)
            count: int = searcher.doc_count()
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
        if self._searcher is not None and disk_stamp(self.path) != self._stamp:
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
    def _reading(self) -> Iterator[Searcher | None]:
        with self._read_lock:
            self._follow_disk()
            try:
                yield self._searcher
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
        page = max(1, int(page))
        page_size = min(MAX_PAGE_SIZE, max(1, int(page_size)))
        parsed = parse(query)
        extra = [Filter("kind", kind)] if kind else []
        extra += [Filter("lang", language)] if language else []
        for attempt in range(2):  # again if the index changed underneath
            with self._reading() as searcher:
                if searcher is None:
                    break
                try:
                    allowed = None if within is None else self._docnums(searcher, within)
                    return self._search_index(
                        searcher, parsed, extra, sort, (page, page_size), allowed, suggest
                    )
                except Exception as error:
                    if attempt == 0 and self._changed_underneath(error):
                        continue
                    self._mark_damaged(error)
        return self._search_titles(parsed.text, page, page_size, within)

    def _docnums(self, searcher: Searcher, ids: frozenset[str]) -> frozenset[int]:
        """The docnums of `ids` in this searcher (kept for the next search of the same ids)."""
        known = self._within
        if known is not None and known[0] == ids:
            return known[1]
        found = matching_docs(
            searcher, whoosh_query.Or([whoosh_query.Term(schema.ID, doc_id) for doc_id in ids])
        )
        self._within = (ids, frozenset(found))
        return self._within[1]

    def _search_index(
        self,
        searcher: Searcher,
        parsed: Any,
        extra: list[Filter],
        sort: str,
        paging: tuple[int, int],
        allowed: frozenset[int] | None,
        suggest: bool = True,
    ) -> SearchResults:
        page, page_size = paging
        built = build(parsed, searcher.reader(), extra)
        messages = list(parsed.messages)
        if built.query is None:
            messages.append(_nothing_to_search(built.dropped))
            return SearchResults(parsed.text, 0, page, page_size, [], message=" ".join(messages))
        outcome = self._run(searcher, built.query, sort, paging, allowed)
        suggestion = None
        if built.unknown_words and suggest:
            suggestion = correct_query(
                parsed, built.unknown_words, searcher.reader(), self._word_lists
            )
        if suggestion and allowed is not None and outcome.total:
            # Offer only a correction that finds something among the allowed documents:
            # its words may otherwise come from documents that were not shared.
            again = build(parse(suggestion), searcher.reader(), extra)
            if again.query is None or not matching_docs(searcher, again.query) & allowed:
                suggestion = None
        if suggestion and outcome.total == 0:
            corrected = parse(suggestion)
            built_again = build(corrected, searcher.reader(), extra)
            if built_again.query is not None:
                retry = self._run(searcher, built_again.query, sort, paging, allowed)
                if not retry.total and allowed is not None:
                    suggestion = None
                if retry.total:
                    messages.append(
                        i18n.fill(
                            i18n.translate(
                                "Search", "Nothing matches “%1”; showing results for “%2”."
                            ),
                            parsed.text.strip(),
                            suggestion,
                        )
                    )
                    outcome, built = retry, built_again
        hits = self._hits(outcome.ranked, built.highlight)
        return SearchResults(
            parsed.text,
            outcome.total,
            page,
            page_size,
            hits,
            suggestion,
            outcome.facets,
            " ".join(messages) or None,
        )

    def _run(
        self,
        searcher: Searcher,
        q: Any,
        sort: str,
        paging: tuple[int, int],
        allowed: frozenset[int] | None,
    ) -> _Outcome:
        page, page_size = paging
        limit = page * page_size
        published = searcher.reader().column_reader(schema.PUBLISHED)
        only = None if allowed is None else set(allowed)
        if sort == "date":
            results = searcher.search(
                q, limit=limit, sortedby=schema.PUBLISHED, reverse=True, filter=only
            )
            ranked = [(hit.docnum, float(hit.score or 0.0)) for hit in results]
        else:
            results = searcher.search(q, limit=limit + TIE_SLACK, filter=only)
            ranked = order_ties(
                [(hit.docnum, float(hit.score or 0.0)) for hit in results], published
            )
        page_hits = ranked[(page - 1) * page_size : limit]
        ids = [(searcher.stored_fields(docnum)[schema.ID], score) for docnum, score in page_hits]
        # The total and the facets need every match; ids alone cost little next to scoring.
        matched = matching_docs(searcher, q)
        if allowed is not None:
            matched &= allowed
        return _Outcome(len(matched), ids, self._facets(searcher, matched))

    def _facets(self, searcher: Searcher, matched: Any) -> dict[str, list[tuple[str, int]]]:
        sets = self._facet_sets
        if sets is None:
            sets = self._facet_sets = _facet_sets(searcher)
        facets = {}
        for name, by_value in sets.items():
            counts = {value: len(docs & matched) for value, docs in by_value.items()}
            facets[name] = top_counts(counts)
        facets["year"].sort(key=lambda item: item[0], reverse=True)
        return facets

    def _hits(self, ranked: list[tuple[str, float]], highlight: Highlight) -> list[Hit]:
        if not ranked:
            return []
        with self.archive.read() as session:
            shown = source.shown_documents(session, [doc_id for doc_id, _score in ranked])
        hits = []
        for doc_id, score in ranked:
            doc = shown.get(doc_id)
            if doc is None:  # withdrawn or deleted since it was indexed: never shown
                continue
            snippet = make_snippet(doc.body_text or doc.summary, highlight)
            hits.append(
                Hit(
                    doc.id,
                    doc.title,
                    doc.kind,
                    doc.author,
                    doc.language,
                    doc.published,
                    float(score),
                    snippet,
                )
            )
        return hits

    def _search_titles(
        self, text: str, page: int, page_size: int, within: frozenset[str] | None = None
    ) -> SearchResults:
        words = list("".join(c if c.isalnum() else " " for c in text).split())[:10]
        with self.archive.read() as session:
            total, ids = source.title_matches(
                session, words, (page - 1) * page_size, page_size, within
            )
        highlight = Highlight()
        hits = self._hits([(doc_id, 0.0) for doc_id in ids], highlight)
        message = self.titles_only_reason or i18n.translate(
            "Search",
            "The search index is being built; until it is ready, only titles are searched.",
        )
        return SearchResults(text, total, page, page_size, hits, None, {}, message)

    # --- more like this ------------------------------------------------------------------

    def more_like_this(self, document_id: str, limit: int = 5) -> list[Hit]:
        """Documents sharing the most distinctive words of this one (never itself)."""
        with self.archive.read() as session:
            docs = source.active_documents(session, [document_id])
        doc = docs.get(document_id)
        if doc is None:
            return []
        text = source.index_fields(doc)[schema.CONTENT]
        with self._reading() as searcher:
            if searcher is None:
                return []
            try:
                q, highlight = _distinctive_query(searcher, text)
                if q is None:
                    return []
                q = whoosh_query.AndNot(q, whoosh_query.Term(schema.ID, document_id))
                results = searcher.search(q, limit=max(1, limit))
                ranked = [(hit[schema.ID], hit.score or 0.0) for hit in results]
            except Exception as error:
                if not self._changed_underneath(error):
                    self._mark_damaged(error)
                return []
        return self._hits(ranked, highlight)

    def document_count(self) -> int:
        """How many documents the index holds (0 while it is not ready)."""
        with self._reading() as searcher:
            return searcher.doc_count() if searcher is not None else 0

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
            return [f"The search index file {name} is damaged." for name in damaged]
        with self.archive.read() as session:
            active = source.active_ids(session)
            pending = source.pending_count(session)
        with self._reading() as searcher:
            if searcher is None:
                return ["The search index is missing or damaged and needs rebuilding."]
            try:
                indexed = {fields[schema.ID] for fields in searcher.all_stored_fields()}
            except Exception as error:
                self._mark_damaged(error)
                return ["The search index is damaged and needs rebuilding."]
        return _drift_sentences(active, indexed, pending)

    def _requeue_drift(self) -> None:
        with self.archive.read() as session:
            active = source.active_ids(session)
        with self._reading() as searcher:
            indexed = (
                {f[schema.ID] for f in searcher.all_stored_fields()}
                if searcher is not None
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
            f"{len(missing)} document(s) are in the archive but not in the search index "
            f"(for example {sorted(missing)[0]})."
        )
    if extra:
        problems.append(
            f"{len(extra)} document(s) are in the search index but withdrawn or deleted "
            f"in the archive (for example {sorted(extra)[0]})."
        )
    if pending and (missing or extra):
        problems.append(f"{pending} change(s) are waiting to reach the search index.")
    return problems


def _nothing_to_search(dropped: list[str]) -> str:
    if dropped:
        words = ", ".join(f"“{word}”" for word in dropped[:5])
        if len(dropped) == 1:
            return i18n.fill(
                i18n.translate("Search", "%1 is too common to search for; add a less common word."),
                words,
            )
        return i18n.fill(
            i18n.translate("Search", "%1 are too common to search for; add a less common word."),
            words,
        )
    return i18n.translate("Search", "Type a word to search for.")


def _facet_sets(searcher: Searcher) -> dict[str, dict[str, frozenset[int]]]:
    """For each facet, value -> the documents having it (built once per searcher; deleted
    documents may be included: counts only ever intersect these with live matches)."""
    sets: dict[str, dict[str, set[int]]] = {name: {} for name in FACET_FIELDS}
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        for name, fieldname in FACET_FIELDS.items():
            for btext in reader.expand_prefix(fieldname, ""):
                docs = posting_ids(reader.postings(fieldname, btext))
                value = sets[name].setdefault(btext.decode("utf-8"), set())
                value.update(docs if offset == 0 else {doc + offset for doc in docs})
    return {name: {v: frozenset(d) for v, d in by.items()} for name, by in sets.items()}


def _distinctive_query(searcher: Searcher, text: str) -> tuple[Any | None, Highlight]:
    """The document's terms with the best tf-idf, as an OR query."""
    positions = schema.index_terms(text)
    reader = searcher.reader()
    total = max(1, reader.doc_count())
    scored = []
    for term, poses in positions.items():
        if len(term) < 3 or term.isdigit():
            continue
        df = reader.doc_frequency(schema.CONTENT, term)
        if df <= 1:
            continue
        scored.append((len(poses) * _idf(total, df), term))
    best = sorted(scored, reverse=True)[:MORE_LIKE_TERMS]
    if not best:
        return None, Highlight()
    q = whoosh_query.Or(
        [whoosh_query.Term(schema.CONTENT, term, boost=weight) for weight, term in best]
    )
    return q, Highlight(terms={term for _w, term in best})


def _idf(total: int, df: int) -> float:
    import math

    return math.log(1 + total / df)
