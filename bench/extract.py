"""Benchmark: finding a page's article, ours against trafilatura and readability-lxml.

    tar -xJf ../shared/peers/readability-test-pages.tar.xz -C /tmp
    .venv/bin/pip install -e '.[bench]'          # the two peers, for this script only
    .venv/bin/python bench/extract.py /tmp/test-pages
    .venv/bin/python bench/extract.py /tmp/test-pages --engines ours --worst 15

Over Mozilla Readability's test pages (each folder: `source.html`, `expected.html`,
`expected-metadata.json`), every engine extracts every page, and this prints per engine:

- text: the mean over pages of a 4-word shingle F1 (with precision and recall) of the
  article's words against `expected.html`'s; a page with nothing found scores 0;
- pages with nothing found;
- title, byline and date accuracy against `expected-metadata.json` (byline and date only
  over the pages that have one);
- pictures: how many of `expected.html`'s pictures the article keeps (the same address, or
  one of the same picture's `srcset` or lazy-loading addresses; 1x1 spacers, and the
  avatars of authors and commenters, are not the article's pictures), and how many of its
  `<figcaption>` texts;
- pages per second: the median of `--repeat` timed passes over all pages (extraction only:
  no scoring, files read beforehand), in the process's CPU time (the figure the target is
  about: this machine is shared, and waiting for a core is not the extractor's cost) and in
  wall-clock time.

The expected article is Readability's view, not ground truth; the F1 forgives differences of
markup and small differences of boundary, as extraction benchmarks do.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin

import lxml.html

from storyreader.sync.dates import parse_date
from storyreader.sync.extract import NoArticle, extract_page

PAGE_URL = "http://fakehost/test/page.html"  # where Readability's tests say each page was
SHINGLE = 4


@dataclass(frozen=True)
class Page:
    name: str
    source: str
    expected_html: str
    metadata: dict[str, object]


@dataclass(frozen=True)
class Found:
    """What an engine made of a page: the article's HTML and what it says about it."""

    html: str
    title: str = ""
    byline: str = ""
    date: str = ""


@dataclass
class Score:
    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    bylines: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    pictures: list[int] = field(default_factory=lambda: [0, 0])  # kept, expected
    captions: list[int] = field(default_factory=lambda: [0, 0])
    rates: list[float] = field(default_factory=list)  # pages per CPU second
    wall_rates: list[float] = field(default_factory=list)
    per_page: dict[str, float] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)


Engine = Callable[[str, str], Found | None]


# --- the engines -------------------------------------------------------------------------------


def ours(source: str, url: str) -> Found | None:
    try:
        entry = extract_page(source, url)
    except NoArticle:
        return None
    date = entry.published.isoformat() if entry.published else ""
    return Found(entry.html, entry.title, entry.author, date)


def trafilatura_engine() -> Engine:
    import trafilatura
    from trafilatura.htmlprocessing import build_html_output

    def run(source: str, url: str) -> Found | None:
        document: Any = trafilatura.bare_extraction(
            source,
            url=url,
            include_images=True,
            include_comments=False,
            with_metadata=True,
            output_format="html",
        )
        if document is None or document.body is None:
            return None
        body = build_html_output(document, False)
        return Found(body, document.title or "", document.author or "", document.date or "")

    return run


def readability_engine() -> Engine:
    from readability import Document

    def run(source: str, url: str) -> Found | None:
        document = Document(source, url=url)
        body = document.summary(html_partial=True)
        author = document.author()
        byline = "" if author in (None, "[no-author]") else str(author)
        return Found(body, document.title() or "", byline)

    return run


ENGINES: dict[str, Callable[[], Engine]] = {
    "ours": lambda: ours,
    "trafilatura": trafilatura_engine,
    "readability-lxml": readability_engine,
}


# --- scoring -----------------------------------------------------------------------------------


def words(markup: str) -> list[str]:
    if not markup.strip():
        return []
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    text = " ".join(root.itertext())
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def shingles(tokens: list[str]) -> Counter[tuple[str, ...]]:
    size = min(SHINGLE, len(tokens))
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def text_scores(found: str, expected: str) -> tuple[float, float, float]:
    ours_, theirs = shingles(words(found)), shingles(words(expected))
    overlap = sum((ours_ & theirs).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision = overlap / sum(ours_.values())
    recall = overlap / sum(theirs.values())
    return 2 * precision * recall / (precision + recall), precision, recall


def plain(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", html.unescape(text)).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"]", "", text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return " ".join(text.split())


def same_byline(found: str, expected: str) -> bool:
    found, expected = (re.sub(r"^by\s+", "", plain(v)).strip(" ,.|") for v in (found, expected))
    if not found or not expected:
        return False
    return found == expected or (min(len(found), len(expected)) >= 4 and found in expected)


def same_date(found: str, expected: str) -> bool:
    """The same day, as the page wrote it or in UTC (ours keeps dates in UTC)."""
    if not found:
        return False
    if found[:10] == expected.strip()[:10]:
        return True
    ours_, theirs = parse_date(found), parse_date(expected)
    return ours_ is not None and theirs is not None and ours_.date() == theirs.date()


def picture_addresses(image: lxml.html.HtmlElement) -> set[str]:
    found = set()
    for name, value in image.attrib.items():
        if name in ("src", "data-src", "data-original", "data-lazy-src") and value.strip():
            found.add(value.strip())
        elif "srcset" in name:
            found.update(srcset_urls(value))
    return {
        unquote(urljoin(PAGE_URL, address)) for address in found if not address.startswith("data:")
    }


def srcset_urls(srcset: str) -> list[str]:
    """As browsers read it: a URL runs to white space (CDNs put commas in them), and its
    descriptors run to the next comma."""
    urls, position = [], 0
    while match := re.compile(r"[\s,]*(\S+)").match(srcset, position):
        url, position = match.group(1), match.end()
        if not url.endswith(","):
            end = srcset.find(",", position)
            position = len(srcset) if end < 0 else end + 1
        urls.append(url.rstrip(","))
    return urls


def pictures(markup: str) -> list[set[str]]:
    """Each picture's addresses (spacers declared a pixel in size are not pictures)."""
    if not markup.strip():
        return []
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    return [
        found
        for image in root.iter("img")
        if not is_spacer(image) and (found := picture_addresses(image))
    ]


def portraits(source: str, byline: object) -> set[str]:
    """The addresses of the page's portraits of people (an author's or a commenter's avatar,
    told by its class or its parent's, or by an `alt` that is the byline): not the article's
    pictures. Read from the page itself, since Readability's expected.html drops classes."""
    root = lxml.html.document_fromstring(source)
    author = re.sub(r"^by\s+", "", plain(byline))
    return {
        address
        for image in root.iter("img")
        if is_portrait(image) or (author and plain(image.get("alt")) == author)
        for address in picture_addresses(image)
    }


def is_spacer(image: lxml.html.HtmlElement) -> bool:
    sizes = (image.get("width"), image.get("height"))
    return all(size in ("0", "1") for size in sizes)


def is_portrait(image: lxml.html.HtmlElement) -> bool:
    parent = image.getparent()
    marks = " ".join(
        element.get("class") or "" for element in (image, parent) if element is not None
    )
    return bool(re.search(r"avatar|author|profile-image", marks, re.IGNORECASE))


def captions(markup: str) -> list[str]:
    """Each caption's words, as `words` reads them."""
    if not markup.strip():
        return []
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    found = (words(lxml.html.tostring(c, encoding="unicode")) for c in root.iter("figcaption"))
    return [" ".join(tokens) for tokens in found if tokens]


def score_page(score: Score, page: Page, found: Found | None) -> None:
    meta = page.metadata
    body = found.html if found else ""
    f1, precision, recall = text_scores(body, page.expected_html)
    if found is None or not words(body):
        score.empty.append(page.name)
    score.f1.append(f1)
    score.precision.append(precision)
    score.recall.append(recall)
    score.per_page[page.name] = f1
    misses = score.misses.setdefault(page.name, [])
    title_ok = bool(found) and plain(found.title if found else "") == plain(meta.get("title"))
    score.titles.append(title_ok)
    if not title_ok:
        misses.append(f"title {found.title if found else ''!r} != {meta.get('title')!r}")
    if isinstance(meta.get("byline"), str) and meta["byline"]:
        ok = bool(found) and same_byline(found.byline if found else "", str(meta["byline"]))
        score.bylines.append(ok)
        if not ok:
            misses.append(f"byline {found.byline if found else ''!r} != {meta['byline']!r}")
    if isinstance(meta.get("publishedTime"), str) and meta["publishedTime"]:
        ok = bool(found) and same_date(found.date if found else "", str(meta["publishedTime"]))
        score.dates.append(ok)
        if not ok:
            misses.append(f"date {found.date if found else ''!r} != {meta['publishedTime']!r}")
    kept = set().union(*pictures(body)) if body else set()
    faces = portraits(page.source, meta.get("byline"))
    for addresses in pictures(page.expected_html):
        if addresses & faces:
            continue
        score.pictures[1] += 1
        if addresses & kept:
            score.pictures[0] += 1
        else:
            misses.append(f"picture {sorted(addresses)[0]}")
    text = f" {' '.join(words(body))} "
    for caption in captions(page.expected_html):
        score.captions[1] += 1
        if f" {caption} " in text:
            score.captions[0] += 1
        else:
            misses.append(f"caption {caption[:60]!r}")


# --- running -----------------------------------------------------------------------------------


def load(folder: Path, only: list[str]) -> list[Page]:
    pages = []
    for path in sorted(p for p in folder.iterdir() if (p / "source.html").exists()):
        if only and path.name not in only:
            continue
        pages.append(
            Page(
                path.name,
                (path / "source.html").read_text(encoding="utf-8"),
                (path / "expected.html").read_text(encoding="utf-8"),
                json.loads((path / "expected-metadata.json").read_text(encoding="utf-8")),
            )
        )
    return pages


def run_engine(engine: Engine, pages: list[Page], repeat: int) -> tuple[Score, float]:
    score = Score()
    results: dict[str, Found | None] = {}
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        for page in pages:
            results[page.name] = quietly(engine, page.source)
        score.rates.append(len(pages) / (time.process_time() - cpu))
        score.wall_rates.append(len(pages) / (time.perf_counter() - started))
    for page in pages:
        score_page(score, page, results[page.name])
    return score, statistics.median(score.rates)


def quietly(engine: Engine, source: str) -> Found | None:
    try:
        return engine(source, PAGE_URL)
    except Exception as error:  # a peer's crash counts as nothing found
        print(f"  ({type(error).__name__}: {error})", file=sys.stderr)
        return None


def share(values: list[bool]) -> str:
    return f"{sum(values)}/{len(values)} ({sum(values) / max(1, len(values)):.0%})"


def table(scores: dict[str, tuple[Score, float]], count: int) -> Iterator[str]:
    names = list(scores)
    width = max(16, *(len(n) for n in names)) + 2
    yield f"{count} pages".ljust(30) + "".join(n.rjust(width) for n in names)
    rows: list[tuple[str, Callable[[Score, float], str]]] = [
        ("text F1", lambda s, _r: f"{statistics.mean(s.f1):.3f}"),
        ("text precision", lambda s, _r: f"{statistics.mean(s.precision):.3f}"),
        ("text recall", lambda s, _r: f"{statistics.mean(s.recall):.3f}"),
        ("pages with nothing found", lambda s, _r: str(len(s.empty))),
        ("title right", lambda s, _r: share(s.titles)),
        ("byline right (has one)", lambda s, _r: share(s.bylines)),
        ("date right (has one)", lambda s, _r: share(s.dates)),
        ("pictures kept", lambda s, _r: "{}/{}".format(*s.pictures)),
        ("captions kept", lambda s, _r: "{}/{}".format(*s.captions)),
        ("pages/s, CPU time (median)", lambda _s, r: f"{r:.1f}"),
        ("pages/s, wall clock (median)", lambda s, _r: f"{statistics.median(s.wall_rates):.1f}"),
    ]
    for label, cell in rows:
        yield label.ljust(30) + "".join(cell(*scores[n]).rjust(width) for n in names)


TARGETS = (
    ("F1 >= 0.96", lambda s, _r: statistics.mean(s.f1) >= 0.96),
    ("nothing found on <= 2 pages", lambda s, _r: len(s.empty) <= 2),
    ("title right >= 95%", lambda s, _r: sum(s.titles) >= 0.95 * len(s.titles)),
    ("byline right >= 80%", lambda s, _r: sum(s.bylines) >= 0.8 * max(1, len(s.bylines))),
    ("every picture kept", lambda s, _r: s.pictures[0] == s.pictures[1]),
    ("every caption kept", lambda s, _r: s.captions[0] == s.captions[1]),
    (">= 50 pages/s (CPU time)", lambda _s, r: r >= 50),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("pages", type=Path, help="the unpacked test-pages folder")
    parser.add_argument("--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES))
    parser.add_argument("--only", nargs="*", default=[], help="these pages only")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (median)")
    parser.add_argument("--worst", type=int, default=0, help="list ours' N worst pages")
    args = parser.parse_args()
    pages = load(args.pages, args.only)
    if not pages:
        parser.error(f"no test pages in {args.pages}")
    scores = {}
    for name in args.engines:
        print(f"running {name} ...", file=sys.stderr)
        scores[name] = run_engine(ENGINES[name](), pages, args.repeat)
    print("\n".join(table(scores, len(pages))))
    if "ours" in scores:
        score, rate = scores["ours"]
        met = [f"{label}: {'met' if check(score, rate) else 'NOT met'}" for label, check in TARGETS]
        print("targets for ours: " + "; ".join(met))
        if args.worst:
            print(f"\nours' {args.worst} worst pages:")
            for name, f1 in sorted(score.per_page.items(), key=lambda kv: kv[1])[: args.worst]:
                print(f"  {f1:.3f} {name}")
            print("\nours' other misses:")
            for name, misses in score.misses.items():
                for miss in misses:
                    print(f"  {name}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
