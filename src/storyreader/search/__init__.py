"""Full-text search of the archive: the only package that imports Whoosh.

It owns the derived index beside the archive (`NAME.index/`): its schema and analyzers
(English stemming and accent folding, Korean bigrams), building it aside and swapping it in,
making each commit durable, replaying the archive's index tasks, and checking it against the
archive; the query language people type; and results with snippets, facets, "did you mean"
and "more like this". SQLite stays the only truth: anything wrong with the index is fixed by
rebuilding it from the archive.

    index = SearchIndex.open(archive, progress=..., cancel=...)
    results = index.search('flood rescue -sport kind:letter', sort="date")
"""

from typing import TYPE_CHECKING, Any

from storyreader.search.hits import Hit, SearchResults

if TYPE_CHECKING:
    from storyreader.search.engine import SearchIndex
    from storyreader.search.index import IndexBusyError

__all__ = ["Hit", "IndexBusyError", "SearchIndex", "SearchResults"]


def __getattr__(name: str) -> Any:
    """Whoosh is imported when the index is first needed, not with the package: the desktop
    app shows its window first."""
    if name == "SearchIndex":
        from storyreader.search.engine import SearchIndex

        return SearchIndex
    if name == "IndexBusyError":
        from storyreader.search.index import IndexBusyError

        return IndexBusyError
    raise AttributeError(name)
