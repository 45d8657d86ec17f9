"""Benchmark: phones in a room reading a share, over loopback.

    .venv/bin/python bench/serve.py                         # 100 phones, 60 s a phase (~3 min)
    .venv/bin/python bench/serve.py --phones 20 --seconds 15 --documents 200   # a quick look

Generates a deterministic archive (bench/bundle.py's generator, with 160x160 pictures),
builds its search index, and starts the real `storyreader serve --all` in a process of its
own on 127.0.0.1. Then, in two phases of `--seconds` each, `--phones` simulated phones (each
from its own loopback address, 127.0.x.y, as phones on a Wi-Fi have their own addresses)
read as people do, with 1-4 s between actions: open the list, open a story and load its
pictures; or search, typing one of 200 words (the results fragment for each keystroke from
the second, 250 ms apart, as the page's script asks) and then opening the results page.

- baseline: the same bytes (pages, fragments, pictures, saved from the web reader first)
  served as static files by aiohttp's file handler in another process;
- the web reader itself.

Prints p50/p95 times per kind of request, errors, and the server's resident memory every
10 s. Targets: p95 <= 100 ms for pages, <= 250 ms for search; no errors; memory flat after
the first 10 s (less than 10% and 16 MB above the 10 s figure at any later sample).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import aiohttp

import bundle
from storyreader.archive import open_archive
from storyreader.archive.models import Document
from storyreader.search import SearchIndex

ROOT = Path(__file__).resolve().parents[1]
THINK = (1.0, 4.0)
KEYSTROKE = 0.25
PICTURE = re.compile(r'<img src="([^"]+)"')


@dataclass
class Site:
    """Where the phones go: the URL of each thing, on the web reader or the static copy."""

    base: str
    documents: list[str]  # document ids
    pictures: dict[str, list[str]]  # document id -> picture paths (under base's origin)
    words: list[str]
    static: bool = False

    def index(self) -> str:
        return self.base + ("index.html" if self.static else "")

    def document(self, doc: str) -> str:
        return f"{self.base}d/{doc}" + (".html" if self.static else "")

    def search(self, q: str, fragment: bool) -> str:
        if self.static:
            return f"{self.base}search/{quote(q)}{'-fragment' if fragment else ''}.html"
        return f"{self.base}search?q={quote(q)}" + ("&fragment=1" if fragment else "")


@dataclass
class Stats:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)


async def fetch(session: aiohttp.ClientSession, url: str, kind: str, stats: Stats) -> str:
    started = time.perf_counter()
    try:
        async with session.get(url) as response:
            body = await response.read()
            if response.status != 200:
                stats.errors.append(f"{response.status} {url}")
                return ""
    except (aiohttp.ClientError, TimeoutError) as error:
        stats.errors.append(f"{type(error).__name__} {url}")
        return ""
    stats.times[kind].append((time.perf_counter() - started) * 1000)
    return body.decode("utf-8", "replace") if kind != "picture" else ""


async def phone(number: int, site: Site, until: float, stats: Stats) -> None:
    rng = random.Random(number)
    local = f"127.0.{1 + number // 200}.{2 + number % 200}"
    connector = aiohttp.TCPConnector(local_addr=(local, 0), limit=6)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.sleep(rng.uniform(0, THINK[1]))  # phones arrive over a few seconds
        while time.monotonic() < until:
            if rng.random() < 0.6:
                await fetch(session, site.index(), "page", stats)
                doc = rng.choice(site.documents)
                await fetch(session, site.document(doc), "page", stats)
                origin = site.base.split("/t/")[0]
                await asyncio.gather(
                    *(
                        fetch(session, origin + path, "picture", stats)
                        for path in site.pictures[doc]
                    )
                )
            else:
                word = rng.choice(site.words)
                for end in range(2, len(word) + 1):
                    await fetch(session, site.search(word[:end], True), "search as you type", stats)
                    await asyncio.sleep(KEYSTROKE)
                await fetch(session, site.search(word, False), "search page", stats)
            await asyncio.sleep(rng.uniform(*THINK))


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def run_phase(
    site: Site, phones: int, seconds: float, pid: int
) -> tuple[Stats, list[tuple[float, float]]]:
    stats = Stats()
    memory: list[tuple[float, float]] = []
    started = time.monotonic()
    until = started + seconds

    async def sample() -> None:
        while time.monotonic() < until:
            memory.append((time.monotonic() - started, rss_mb(pid)))
            await asyncio.sleep(1.0)

    sampler = asyncio.create_task(sample())
    await asyncio.gather(*(phone(n, site, until, stats) for n in range(phones)))
    memory.append((time.monotonic() - started, rss_mb(pid)))
    await sampler
    return stats, memory


# --- the archive, the servers ------------------------------------------------------------


def make_archive(folder: Path, documents: int, images: int) -> Path:
    path = folder / "bench.db"
    bundle.png = functools.partial(bundle.png, size=160)  # phone-sized pictures, not icons
    bundle.build_archive(path, documents, images)
    with open_archive(path) as archive:
        SearchIndex.open(archive).close()
    return path


def query_words(path: Path, count: int = 200) -> list[str]:
    with open_archive(path) as archive, archive.read() as session:
        titles = [row[0] for row in session.query(Document.title).limit(400)]
    words = sorted({word.lower() for title in titles for word in title.split() if len(word) >= 5})
    return random.Random(7).sample(words, min(count, len(words)))


def start_reader(path: Path) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "storyreader", "serve", "--archive", str(path), "--all"]
    command += ["--host", "127.0.0.1", "--port", "0", "--no-qr"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip().startswith("http://"):
            return child, line.strip()
    raise SystemExit("storyreader serve did not start")


def start_static(folder: Path) -> tuple[subprocess.Popen[str], str]:
    code = (
        "import asyncio, sys; from aiohttp import web\n"
        "async def main():\n"
        "    app = web.Application(); app.router.add_static('/', sys.argv[1])\n"
        "    runner = web.AppRunner(app, access_log=None); await runner.setup()\n"
        "    site = web.TCPSite(runner, '127.0.0.1', 0); await site.start()\n"
        "    print(site._server.sockets[0].getsockname()[1], flush=True)\n"
        "    await asyncio.Event().wait()\n"
        "asyncio.run(main())\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    port = child.stdout.readline().strip()
    return child, f"http://127.0.0.1:{port}/"


async def mirror(address: str, folder: Path, words: list[str]) -> Site:
    """Save what the phones will ask for, as files, and learn each document's pictures."""
    origin, token_path = address.split("/t/")[0], "/t/" + address.split("/t/")[1]
    base = folder / token_path.strip("/")
    (base / "d").mkdir(parents=True)
    (base / "search").mkdir()
    async with aiohttp.ClientSession() as session:

        async def save(url: str, target: Path) -> str:
            async with session.get(url) as response:
                data = await response.read()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            return data.decode("utf-8", "replace")

        home = await save(address, base / "index.html")
        documents = sorted(set(re.findall(r'href="' + re.escape(token_path) + r'd/(\w+)"', home)))
        pictures: dict[str, list[str]] = {}
        for doc in documents:
            page = await save(f"{address}d/{doc}", base / "d" / f"{doc}.html")
            pictures[doc] = PICTURE.findall(page)
            for path in pictures[doc]:
                await save(origin + path, folder / path.lstrip("/"))
        for word in words:
            for end in range(2, len(word) + 1):
                q = word[:end]
                await save(
                    f"{address}search?q={quote(q)}&fragment=1",
                    base / "search" / f"{q}-fragment.html",
                )
            await save(f"{address}search?q={quote(word)}", base / "search" / f"{word}.html")
    return Site(address, documents, pictures, words)


# --- reporting ---------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def report(name: str, stats: Stats, load: tuple[float, float]) -> None:
    for kind in ("page", "search as you type", "search page", "picture"):
        times = stats.times.get(kind, [])
        print(
            f"  {name:12} {kind:20} {len(times):7,}  p50 {percentile(times, 0.5):6.1f} ms"
            f"  p95 {percentile(times, 0.95):6.1f} ms"
        )
    print(f"  {name:12} machine load average {load[0]:.1f} before, {load[1]:.1f} after (2 cores)")
    print(
        f"  {name:12} errors {len(stats.errors)}"
        + (f"  e.g. {stats.errors[:3]}" if stats.errors else "")
    )


def memory_line(memory: list[tuple[float, float]]) -> tuple[str, bool]:
    marks = [
        next((mb for t, mb in memory if t >= mark), memory[-1][1]) for mark in range(0, 61, 10)
    ]
    at_ten = next((mb for t, mb in memory if t >= 10), memory[-1][1])
    later = max(mb for t, mb in memory if t >= 10) if any(t >= 10 for t, _ in memory) else at_ten
    growth = later - at_ten
    flat = growth <= min(16.0, 0.10 * at_ten) or growth <= 1.0
    text = " ".join(f"{mb:.0f}" for mb in marks)
    return (
        f"  RSS every 10 s (MB): {text}; most after 10 s: +{growth:.1f} MB over the 10 s figure",
        flat,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--images", type=int, default=200)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    try:
        started = time.perf_counter()
        path = make_archive(folder, args.documents, args.images)
        print(
            f"archive: {args.documents:,} documents, {args.images:,} pictures of 160x160 "
            f"(generated and indexed in {time.perf_counter() - started:.1f} s)"
        )
        words = query_words(path)
        reader, address = start_reader(path)
        statics = folder / "static"
        site = asyncio.run(mirror(address, statics, words))
        static, static_origin = start_static(statics)
        try:
            baseline = Site(
                static_origin.rstrip("/") + address.split(address.split("/t/")[0])[1],
                site.documents,
                site.pictures,
                words,
                static=True,
            )
            think = f"{THINK[0]:.0f}-{THINK[1]:.0f} s"
            print(f"{args.phones} phones, {args.seconds:.0f} s a phase, {think} between actions")
            before = os.getloadavg()[0]
            base_stats, _base_memory = asyncio.run(
                run_phase(baseline, args.phones, args.seconds, static.pid)
            )
            between = os.getloadavg()[0]
            cpu_before = cpu_seconds(reader.pid)
            stats, memory = asyncio.run(run_phase(site, args.phones, args.seconds, reader.pid))
            cpu = cpu_seconds(reader.pid) - cpu_before
            after = os.getloadavg()[0]
        finally:
            static.terminate()
            reader.terminate()
            static.wait(10)
            reader.wait(10)
        print("                           requests     p50          p95")
        report("static files", base_stats, (before, between))
        report("web reader", stats, (between, after))
        line, flat = memory_line(memory)
        print("web reader memory and CPU")
        print(line)
        share = cpu / args.seconds
        print(f"  CPU used: {cpu:.1f} s in {args.seconds:.0f} s ({share:.0%} of one core)")
        pages = percentile(stats.times["page"], 0.95)
        search = max(
            percentile(stats.times["search as you type"], 0.95),
            percentile(stats.times["search page"], 0.95),
        )
        ratio = pages / max(0.1, percentile(base_stats.times["page"], 0.95))
        print(f"pages p95 {ratio:.1f}x the static files' p95")
        verdict = {True: "met", False: "NOT met"}
        print(f"target pages p95 <= 100 ms:  {verdict[pages <= 100]} ({pages:.1f} ms)")
        print(f"target search p95 <= 250 ms: {verdict[search <= 250]} ({search:.1f} ms)")
        print(f"target no errors:            {verdict[not stats.errors]} ({len(stats.errors)})")
        print(f"target memory flat after 10 s: {verdict[flat]}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
