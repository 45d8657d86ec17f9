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

from storyreader.search.engine import SearchIndex
from storyreader.search.index import IndexBusyError
from storyreader.search.results import Hit, SearchResults

__all__ = ["Hit", "IndexBusyError", "SearchIndex", "SearchResults"]
