"""Commands over the search index: search, and rebuild the index."""

from __future__ import annotations

import argparse
import html
import sys
import time
from typing import TYPE_CHECKING, Any

from storyreader.cli.common import Commands, index_for_search, iso, open_for, positive, print_json

if TYPE_CHECKING:
    from storyreader.search import SearchResults


def register(commands: Commands) -> None:
    sub = commands.add(
        "search", cmd_search, "search the full text (see `search --help` for syntax)"
    )
    sub.description = SEARCH_SYNTAX
    sub.formatter_class = argparse.RawDescriptionHelpFormatter
    sub.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    sub.add_argument("--kind", help="only documents of this kind (story, letter, ...)")
    sub.add_argument("--lang", dest="language", metavar="LANG", help="only this language")
    sub.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    sub.add_argument("--limit", type=positive, default=10, help="hits per page (default 10)")
    sub.add_argument("--page", type=positive, default=1)
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    commands.add("reindex", cmd_reindex, "rebuild the search index from the archive")


SEARCH_SYNTAX = """search the full text of the archive

  flood rescue            documents with both words ("rescue" also finds "rescued")
  "food parcels"          the exact phrase
  letter OR appeal        either word
  rescue -sport           leave out documents with a word
  repat*                  words starting so
  kind:letter author:jane tag:advocacy lang:ko year:2019 date:2019-01..2020-06
"""


def cmd_search(args: argparse.Namespace) -> int:
    from storyreader.progress import TerminalProgress

    with open_for(args) as archive, index_for_search(archive, TerminalProgress()) as index:
        results = index.search(
            " ".join(args.query),
            kind=args.kind,
            language=args.language,
            sort=args.sort,
            page=args.page,
            page_size=args.limit,
        )
    if args.json:
        print_json(_results_json(results))
    else:
        _print_results(results)
    return 0


def _results_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query,
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "suggestion": results.suggestion,
        "message": results.message,
        "facets": {name: dict(counts) for name, counts in results.facets.items()},
        "hits": [
            {
                "id": hit.id,
                "title": hit.title,
                "kind": hit.kind,
                "author": hit.author,
                "language": hit.language,
                "published": iso(hit.published),
                "score": round(hit.score, 4),
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }


def _print_results(results: SearchResults) -> None:
    bold, plain = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("", "")
    if results.message:
        print(results.message, file=sys.stderr)
    if results.suggestion and results.suggestion not in (results.message or ""):
        print(f"Did you mean: {results.suggestion}?", file=sys.stderr)
    if results.total == 0:
        if not results.message:
            print(f"No documents match “{results.query.strip()}”.", file=sys.stderr)
        return
    count = f"{results.total:,} result{'s' if results.total != 1 else ''}"
    if results.pages > 1:
        count += f", page {results.page} of {results.pages}"
    print(count)
    for hit in results.hits:
        date = hit.published.date().isoformat() if hit.published else "          "
        author = f" — {hit.author}" if hit.author else ""
        print(f"\n{hit.id}  {date}  {hit.kind:<7} {bold}{hit.title}{plain}{author}")
        snippet = hit.snippet.replace("<b>", bold).replace("</b>", plain)
        print("    " + html.unescape(snippet))


def cmd_reindex(args: argparse.Namespace) -> int:
    from storyreader.progress import TerminalProgress
    from storyreader.search import SearchIndex

    started = time.monotonic()
    with open_for(args) as archive, SearchIndex.attach(archive) as index:
        index.rebuild(TerminalProgress())
        total = index.document_count()
    print(f"Indexed {total:,} documents in {time.monotonic() - started:.1f} s.")
    return 0
