"""Benchmark: our Whoosh search against SQLite FTS5 on the same synthetic archives.

    .venv/bin/python bench/search.py            # 1,000 and 10,000 documents
    .venv/bin/python bench/search.py --large    # also 50,000
    python bench/search.py --korean             # bigrams vs Kiwi (needs kiwipiepy)

Archives are deterministic: documents of 600 to 2,000 words drawn from a Zipf vocabulary,
a tenth of them Korean (Hangul words, often with a particle). Rows are inserted in bulk (this
is a benchmark); our index is built only through `SearchIndex` (rebuild, catch_up). Each
query time (the median of three runs of it) includes what a user sees: the top 10 hits
with snippets (ours also counts the total and the facets). FTS5 uses `porter unicode61
remove_diacritics 2`, `snippet()` and `bm25` ranking; it has no typo tolerance, so its
misspelled-word row finds nothing.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

SEED = 20261123
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "ca",
    "ce",
    "ci",
    "co",
    "da",
    "de",
    "di",
    "do",
    "du",
    "fa",
    "fe",
    "fi",
    "fo",
    "ga",
    "ge",
    "gi",
    "go",
    "ha",
    "he",
    "hi",
    "ho",
    "ja",
    "jo",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "pa",
    "pe",
    "pi",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "su",
    "ta",
    "te",
    "ti",
    "to",
    "tu",
    "va",
    "ve",
    "vi",
    "vo",
    "wa",
    "we",
    "wi",
    "ya",
    "yo",
    "za",
    "ze",
    "zo",
]
ENDINGS = ["", "", "", "s", "ed", "ing", "tion", "er", "ly", "ment"]
HANGUL = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추"
PARTICLES = ["", "", "은", "는", "이", "가", "을", "를", "에", "에서", "의", "으로", "와"]
KINDS = ["story", "story", "story", "letter", "update", "appeal"]
TAGS = [
    "advocacy",
    "floods",
    "refugees",
    "health",
    "education",
    "north korea",
    "food",
    "detention",
    "family",
    "law",
]
QUERY_TYPES = ["one word", "two words", "phrase", "prefix", "misspelled", "filtered"]


@dataclass
class Corpus:
    english: list[str]
    korean: list[str]
    english_weights: list[float]
    korean_weights: list[float]


def make_vocabulary(rng: random.Random, size: int, korean: bool) -> list[str]:
    seen: set[str] = set()
    words: list[str] = []
    while len(words) < size:
        if korean:
            word = "".join(rng.choice(HANGUL) for _ in range(rng.choice([2, 2, 3, 3, 4])))
        else:
            count = rng.choice([1, 2, 2, 3, 3, 4])
            word = "".join(rng.choice(SYLLABLES) for _ in range(count)) + rng.choice(ENDINGS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_corpus() -> Corpus:
    rng = random.Random(SEED)
    english = make_vocabulary(rng, 30_000, korean=False)
    korean = make_vocabulary(rng, 12_000, korean=True)

    def zipf(n: int) -> list[float]:
        return list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(n)))

    return Corpus(english, korean, zipf(len(english)), zipf(len(korean)))


def make_document(corpus: Corpus, rng: random.Random, number: int) -> dict[str, Any]:
    korean = number % 10 == 9
    vocabulary = corpus.korean if korean else corpus.english
    weights = corpus.korean_weights if korean else corpus.english_weights
    words = rng.choices(vocabulary, cum_weights=weights, k=rng.randint(600, 2000))
    if korean:
        words = [word + rng.choice(PARTICLES) for word in words]
    paragraphs = [" ".join(words[i : i + 120]) for i in range(0, len(words), 120)]
    title = " ".join(rng.choices(vocabulary, cum_weights=weights, k=rng.randint(3, 8)))
    return {
        "id": f"b{number:07d}",
        "kind": rng.choice(KINDS),
        "title": title.capitalize(),
        "author": " ".join(rng.choices(corpus.english[:500], k=2)).title(),
        "language": "ko" if korean else "en",
        "published": datetime(2000, 1, 1) + timedelta(days=rng.randint(0, 9000)),
        "body_text": "\n\n".join(paragraphs),
        "tags": rng.sample(TAGS, rng.randint(0, 3)),
    }


def documents(corpus: Corpus, start: int, count: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed + start)
    for number in range(start, start + count):
        yield make_document(corpus, rng, number)


# --- the archive -------------------------------------------------------------------------


def insert_documents(archive: Any, docs: list[dict[str, Any]], *, with_tasks: bool) -> None:
    """Bulk insert through SQLAlchemy Core (fast, and the enum columns stay right)."""
    from sqlalchemy import insert, select

    from storyreader.archive.models import Document, IndexTask, Source, Tag, document_tags

    now = datetime(2026, 1, 1)
    with archive.write() as session:
        source_id = session.scalar(select(Source.id).where(Source.name == "bench"))
        if source_id is None:
            source_id = session.scalar(
                insert(Source)
                .values(name="bench", type="local", created_at=now)
                .returning(Source.id)
            )
        tag_ids = dict(session.execute(select(Tag.name, Tag.id)).all())
        for name in TAGS:
            if name not in tag_ids:
                tag_ids[name] = session.scalar(insert(Tag).values(name=name).returning(Tag.id))
        rows = [
            {
                "id": d["id"],
                "source_id": source_id,
                "source_key": d["id"],
                "kind": d["kind"],
                "title": d["title"],
                "author": d["author"],
                "language": d["language"],
                "published": d["published"],
                "updated": None,
                "summary": "",
                "body_html": "",
                "body_text": d["body_text"],
                "url": None,
                "content_hash": d["id"],
                "word_count": len(d["body_text"].split()),
                "reading_minutes": 1,
                "status": "active",
                "created_at": now,
                "modified_at": now,
            }
            for d in docs
        ]
        session.execute(insert(Document), rows)
        links = [{"document_id": d["id"], "tag_id": tag_ids[t]} for d in docs for t in d["tags"]]
        if links:
            session.execute(insert(document_tags), links)
        if with_tasks:
            session.execute(
                insert(IndexTask), [{"document_id": d["id"], "created_at": now} for d in docs]
            )


def build_archive(folder: Path, corpus: Corpus, size: int) -> Path:
    from sqlalchemy import delete

    from storyreader.archive import open_archive
    from storyreader.archive.models import IndexTask

    path = folder / f"bench-{size}.db"
    archive = open_archive(path)
    try:
        batch: list[dict[str, Any]] = []
        for doc in documents(corpus, 0, size):
            batch.append(doc)
            if len(batch) == 1000:
                insert_documents(archive, batch, with_tasks=False)
                batch = []
        if batch:
            insert_documents(archive, batch, with_tasks=False)
        with archive.write() as session:
            session.execute(delete(IndexTask))
    finally:
        archive.close()
    return path


def build_fts(folder: Path, corpus: Corpus, size: int) -> tuple[sqlite3.Connection, float, int]:
    path = folder / f"fts-{size}.db"
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, body, kind UNINDEXED, "
        "lang UNINDEXED, year UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')"
    )
    docs = list(documents(corpus, 0, size))
    start = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO fts VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    d["id"],
                    d["title"],
                    d["body_text"],
                    d["kind"],
                    d["language"],
                    str(d["published"].year),
                )
                for d in docs
            ],
        )
    rate = size / (time.perf_counter() - start)
    return connection, rate, path.stat().st_size


# --- queries -----------------------------------------------------------------------------


def make_queries(corpus: Corpus, count: int) -> dict[str, list[tuple[str, str]]]:
    """(our query, FTS5 query) pairs per type, from mid-frequency words."""
    rng = random.Random(SEED + 1)
    middle = corpus.english[200:3000]
    doc_rng = random.Random(SEED + 2)
    queries: dict[str, list[tuple[str, str]]] = {name: [] for name in QUERY_TYPES}
    for _ in range(count):
        one, two = rng.sample(middle, 2)
        queries["one word"].append((one, one))
        queries["two words"].append((f"{one} {two}", f"{one} {two}"))
        words = make_document(corpus, doc_rng, 1)["body_text"].split()
        at = rng.randrange(len(words) - 1)
        phrase = f'"{words[at]} {words[at + 1]}"'
        queries["phrase"].append((phrase, phrase))
        prefix = rng.choice([w for w in middle if len(w) >= 6])[:4] + "*"
        queries["prefix"].append((prefix, prefix))
        word = rng.choice([w for w in middle if len(w) >= 7])
        at = rng.randrange(1, len(word) - 1)
        typo = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        queries["misspelled"].append((typo, typo))
        queries["filtered"].append((f"{one} kind:letter", one))
    return queries


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(run: Callable[[], object], repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        run()
    return (time.perf_counter() - start) * 1000 / repeat


def latency(run: Callable[[], object]) -> float:
    """Milliseconds for one query: the median of three runs (this shared 2-core machine
    stalls a process now and then; one stall should not decide a p95)."""
    return statistics.median(timed(run) for _ in range(3))


def fts_query(connection: sqlite3.Connection, kind: str, text: str) -> list[Any]:
    where = "fts MATCH ?" + (" AND kind = 'letter'" if kind == "filtered" else "")
    sql = (
        f"SELECT id, snippet(fts, 2, '<b>', '</b>', '…', 30) FROM fts WHERE {where} "
        "ORDER BY rank LIMIT 10"
    )
    return connection.execute(sql, (text,)).fetchall()


# --- running -----------------------------------------------------------------------------


def folder_size(path: Path) -> int:
    return sum(entry.stat().st_size for entry in path.rglob("*") if entry.is_file())


def measure(folder: Path, corpus: Corpus, size: int, count: int) -> dict[str, Any]:
    from storyreader.archive import open_archive
    from storyreader.search import SearchIndex

    print(f"\n== {size:,} documents ==", flush=True)
    db_path = build_archive(folder, corpus, size)
    archive = open_archive(db_path)
    start = time.perf_counter()
    index = SearchIndex.open(archive)  # no index yet: a full rebuild
    our_rate = size / (time.perf_counter() - start)
    fts, fts_rate, fts_bytes = build_fts(folder, corpus, size)
    report: dict[str, Any] = {
        "size": size,
        "our_rate": our_rate,
        "fts_rate": fts_rate,
        "our_bytes": folder_size(index.path),
        "fts_bytes": fts_bytes,
        "latency": {},
    }
    queries = make_queries(corpus, count)
    index.search("warm up")
    for kind, pairs in queries.items():
        ours = [latency(partial(index.search, q, page_size=10)) for q, _f in pairs]
        theirs = [latency(partial(fts_query, fts, kind, f)) for _q, f in pairs]
        report["latency"][kind] = (ours, theirs)
    report["fresh"] = time_new_documents(archive, index, corpus, size)
    index.close()
    archive.close()
    fts.close()
    report["first_result"] = time_first_result(db_path)
    return report


def time_new_documents(archive: Any, index: Any, corpus: Corpus, size: int) -> float:
    """Seconds from 20 new documents committed to all 20 found by a search."""
    new = list(documents(corpus, size, 20, seed=SEED + 99))
    marker = "zzbenchmarker"
    for doc in new:
        doc["body_text"] += f" {marker}"
    insert_documents(archive, new, with_tasks=True)
    start = time.perf_counter()
    index.catch_up()
    found = index.search(marker, page_size=20).total
    elapsed = time.perf_counter() - start
    if found != 20:
        print(f"  (only {found} of the 20 new documents were found)")
    return elapsed


FIRST_RESULT = """
import sys, time
from pathlib import Path
from storyreader.archive.db import {opener}
from storyreader.search import SearchIndex
archive = {opener}(Path(sys.argv[1]))
index = SearchIndex.attach(archive)
results = index.search(sys.argv[2], page_size=10)
print(results.total, flush=True)
"""


def time_first_result(db_path: Path) -> dict[str, float]:
    """Process start to first printed result: through `open_archive` (migration check, as
    the CLI does) and through `Archive` directly (what search itself costs)."""
    times = {}
    for label, opener in (("open_archive", "open_archive"), ("Archive", "Archive")):
        code = FIRST_RESULT.format(opener=opener)
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", code, str(db_path), "bagi"], capture_output=True, text=True
            )
            if done.returncode:
                raise RuntimeError(f"The first-result process failed:\n{done.stderr}")
            runs.append(time.perf_counter() - start)
        times[label] = statistics.median(runs)
    return times


def print_report(report: dict[str, Any]) -> None:
    size = report["size"]
    print(f"\n{size:,} documents          ours        FTS5      ours/FTS5")
    print(
        f"build rate (docs/s)  {report['our_rate']:9.0f}  {report['fts_rate']:9.0f}  "
        f"{report['our_rate'] / report['fts_rate']:9.2f}"
    )
    print(
        f"index size (MB)      {report['our_bytes'] / 1e6:9.1f}  {report['fts_bytes'] / 1e6:9.1f}"
        f"  {report['our_bytes'] / report['fts_bytes']:9.2f}"
    )
    print("latency ms (median / p95), top 10 with snippets")
    for kind, (ours, theirs) in report["latency"].items():
        om, op = statistics.median(ours), percentile(ours, 0.95)
        tm, tp = statistics.median(theirs), percentile(theirs, 0.95)
        print(
            f"  {kind:<12} {om:6.1f} / {op:6.1f}  {tm:6.1f} / {tp:6.1f}  "
            f"{om / max(tm, 0.001):6.1f} / {op / max(tp, 0.001):6.1f}"
        )
    print(f"20 new documents searchable: {report['fresh']:.2f} s")
    first = report["first_result"]
    print(
        f"process start to first result: {first['open_archive']:.2f} s with open_archive, "
        f"{first['Archive']:.2f} s with Archive (no migration check)"
    )


# --- Korean: bigrams against Kiwi --------------------------------------------------------

KOREAN_DOCS = {
    "k1": "북한은 인권 문제로 국제 사회의 비판을 받고 있습니다.",
    "k2": "한국어를 배우는 탈북민들이 서울에서 새 삶을 시작했습니다.",
    "k3": "난민들은 국경을 넘어 중국으로 건너갔다.",
    "k4": "인권 단체가 정부에 편지를 보냈습니다.",
    "k5": "서울의 겨울은 춥고 길다.",
    "k6": "우리는 가족과 함께 한국어 수업에 참석했습니다.",
    "k7": "정부는 난민 보호를 위한 법을 만들었다.",
    "k8": "탈북민의 증언이 국제 사회에 알려졌다.",
    "k9": "아이들이 밥을 먹었습니다.",
    "k10": "개인권리를 존중해야 한다.",
    "k11": "그들은 어제 학교에 갔다.",
    "k12": "가족들은 서로 편지를 썼다.",
}
KOREAN_QUERIES = {
    "북한": {"k1"},
    "북한이": {"k1"},
    "한국어": {"k2", "k6"},
    "한국어를": {"k2", "k6"},
    "난민": {"k3", "k7"},
    "난민을": {"k3", "k7"},
    "인권": {"k1", "k4"},
    "편지": {"k4", "k12"},
    "서울": {"k2", "k5"},
    "서울에서": {"k2", "k5"},
    "탈북민": {"k2", "k8"},
    "정부가": {"k4", "k7"},
    "가족": {"k6", "k12"},
    "국제": {"k1", "k8"},
    "증언": {"k8"},
    "겨울": {"k5"},
    "아이들": {"k9"},
    "권리": {"k10"},
    "먹다": {"k9"},  # verb endings: bigrams miss these
    "가다": {"k11"},
    "쓰다": {"k12"},
}


def korean_bench() -> None:
    """Precision and recall on a small test set, and analysis speed, for both methods."""
    from storyreader.search.korean import strip_particle
    from storyreader.search.schema import bigrams, index_terms

    def bigram_match(query: str, text: str) -> bool:
        grams = bigrams(strip_particle(query))
        terms = index_terms(text)
        return all(g in terms for g in grams) and _adjacent(grams, terms)

    _score("bigrams", bigram_match)
    documents = [" ".join(KOREAN_DOCS.values()) * 8 + f" {n}" for n in range(100)]
    chars = sum(len(text) for text in documents)
    speed = _speed(lambda: [index_terms(text) for text in documents], chars)
    print(f"bigrams: {speed:.1f} MB/s analysed, 0 s to load")
    try:
        kiwi_module = importlib.import_module("kiwipiepy")  # optional: not a dependency
    except ImportError:
        print("kiwipiepy is not installed: `pip install kiwipiepy` to compare")
        return
    start = time.perf_counter()
    kiwi = kiwi_module.Kiwi()
    kiwi.tokenize("준비")
    load = time.perf_counter() - start

    def morphemes(text: str) -> set[str]:
        tags = ("NN", "VV", "VA", "SL")
        return {t.form for t in kiwi.tokenize(text) if t.tag.startswith(tags)}

    _score("kiwi", lambda q, t: morphemes(q) <= morphemes(t))
    speed = _speed(lambda: [kiwi.tokenize(text) for text in documents], chars)
    print(f"kiwi: {speed:.1f} MB/s analysed, {load:.2f} s to load")


def _adjacent(grams: list[str], terms: dict[str, list[int]]) -> bool:
    starts = set(terms.get(grams[0], []))
    return any(all(p + i in set(terms.get(g, [])) for i, g in enumerate(grams)) for p in starts)


def _score(name: str, match: Callable[[str, str], bool]) -> None:
    found = expected = right = 0
    for query, wanted in KOREAN_QUERIES.items():
        got = {doc for doc, text in KOREAN_DOCS.items() if match(query, text)}
        found += len(got)
        expected += len(wanted)
        right += len(got & wanted)
    print(
        f"{name}: recall {right / expected:.2f}, precision {right / max(found, 1):.2f} "
        f"({len(KOREAN_QUERIES)} queries, {len(KOREAN_DOCS)} documents)"
    )


def _speed(run: Callable[[], object], chars: int) -> float:
    seconds = timed(run, repeat=3) / 1000
    return chars * 3 / 1e6 / seconds  # Hangul is 3 bytes a character in UTF-8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="also 50,000 documents")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated sizes")
    parser.add_argument("--queries", type=int, default=40, help="queries per type")
    parser.add_argument("--korean", action="store_true", help="only compare Korean analyzers")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if args.korean:
        korean_bench()
        return
    sizes = [int(size) for size in args.sizes.split(",")] + ([50_000] if args.large else [])
    folder = Path(tempfile.mkdtemp(prefix="storyreader-bench-"))
    print(f"work folder: {folder} ({os.cpu_count()} cores)")
    corpus = make_corpus()
    try:
        reports = [measure(folder, corpus, size, args.queries) for size in sizes]
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    for report in reports:
        print_report(report)


if __name__ == "__main__":
    main()
