"""Benchmark: exporting and importing an offline bundle of a large archive.

    .venv/bin/python bench/bundle.py                     # 10,000 documents, 2,000 images
    .venv/bin/python bench/bundle.py --documents 1000    # a quick look

Generates a deterministic archive (documents of 300 to 1,200 words in sanitized HTML, one in
five with a distinct 48x48 PNG), then times, as medians of `--repeat` runs:

- `export_bundle` of the whole archive, signed;
- `open_bundle` + `import_bundle` into an empty archive (copy, verify, compare, apply through
  `storyreader.archive.writes`, which sanitizes every document again);
- the search index built for the imported archive (`SearchIndex.open`), reported apart;
- baselines from the same run: writing and reading the same bytes with plain `zipfile`
  (no database, no checks), and an `sqlite3` backup copy of the archive.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from storyreader.archive import Archive, open_archive
from storyreader.archive.media import asset_reference, sha256_hex
from storyreader.archive.models import Asset, Document, Media, Source, Tag, document_tags
from storyreader.archive.writes import stable_id
from storyreader.bundle import export_bundle, import_bundle, open_bundle
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.search import SearchIndex

SEED = 20261201
KINDS = ("story", "letter", "update", "appeal")
TAGS = ("advocacy", "refugees", "education", "health", "housing", "campaign", "family")


def png(rng: random.Random, size: int = 48) -> bytes:
    """A distinct PNG of random pixels (so that it does not compress to nothing)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + rng.randbytes(size * 3) for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def build_archive(path: Path, documents: int, images: int) -> None:
    """Insert the archive in bulk (this is a benchmark of bundles, not of importing)."""
    rng = random.Random(SEED)
    vocabulary = [
        "".join(rng.choices("abcdefghijklmnoprstuvwy", k=rng.randint(2, 9))) for _ in range(8000)
    ]
    now = datetime(2026, 1, 1)
    every = max(1, documents // images) if images else 0
    with open_archive(path) as archive, archive.write() as session:
        source_id = session.scalar(
            insert(Source)
            .values(
                name="Bench site", type="site", url="https://bench.example.org/", created_at=now
            )
            .returning(Source.id)
        )
        tag_ids = {
            name: session.scalar(insert(Tag).values(name=name).returning(Tag.id)) for name in TAGS
        }
        rows: list[dict[str, object]] = []
        assets: list[dict[str, object]] = []
        media: list[dict[str, object]] = []
        links: list[dict[str, object]] = []
        for number in range(documents):
            url = f"https://bench.example.org/story/{number}"
            document_id = stable_id(url)
            words = rng.choices(vocabulary, k=rng.randint(300, 1200))
            paragraphs = [" ".join(words[i : i + 90]) for i in range(0, len(words), 90)]
            body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            if every and number % every == 0 and len(media) < images:
                data = png(rng)
                sha = sha256_hex(data)
                media.append({"sha256": sha, "mime": "image/png", "size": len(data), "data": data})
                assets.append(
                    {
                        "document_id": document_id,
                        "url": f"https://bench.example.org/img/{number}.png",
                        "position": 0,
                        "sha256": sha,
                        "mime": "image/png",
                        "size": len(data),
                    }
                )
                body += (
                    f'<figure><img src="{asset_reference(sha)}" alt="picture {number}"></figure>'
                )
            rows.append(
                {
                    "id": document_id,
                    "origin": url,  # what the id derives from; a bundle carries it
                    "source_id": source_id,
                    "source_key": url,
                    "kind": KINDS[number % 4],
                    "title": " ".join(rng.choices(vocabulary, k=5)).capitalize(),
                    "author": " ".join(rng.choices(vocabulary[:300], k=2)).title(),
                    "language": "en",
                    "published": datetime(2005, 1, 1) + timedelta(days=rng.randint(0, 7000)),
                    "updated": None,
                    "summary": "",
                    "body_html": body,
                    "body_text": "\n\n".join(paragraphs),
                    "url": url,
                    "content_hash": document_id,
                    "word_count": len(words),
                    "reading_minutes": max(1, len(words) // 220),
                    "status": "active",
                    "created_at": now,
                    "modified_at": now,
                }
            )
            links.extend(
                {"document_id": document_id, "tag_id": tag_ids[tag]}
                for tag in rng.sample(TAGS, rng.randint(0, 3))
            )
        session.execute(insert(Document), rows)
        if media:
            session.execute(insert(Media), media)
            session.execute(insert(Asset), assets)
        if links:
            session.execute(insert(document_tags), links)


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def zip_baseline(bundle: Path, folder: Path) -> tuple[float, float]:
    """Plain zipfile: write the bundle's members (same bytes, same compression) and read them
    all back, with no database and no checks."""
    with zipfile.ZipFile(bundle) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    copy = folder / "baseline.zip"

    def write() -> None:
        with zipfile.ZipFile(copy, "w") as target:
            for info, data in members:
                target.writestr(info, data)

    def read() -> None:
        with zipfile.ZipFile(copy) as target:
            for info in target.infolist():
                target.read(info)

    return timed(write), timed(read)


def sqlite_backup(path: Path, folder: Path) -> float:
    def copy() -> None:
        target_path = folder / "backup.db"
        target_path.unlink(missing_ok=True)
        source = sqlite3.connect(path)
        target = sqlite3.connect(target_path)
        source.backup(target)
        target.close()
        source.close()

    return timed(copy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--images", type=int, help="default: one for every five documents")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-index", action="store_true", help="skip timing the search index")
    args = parser.parse_args()
    images = args.images if args.images is not None else args.documents // 5
    key = SecretKey.generate()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        folder = Path(tmp)
        publisher_path = folder / "publisher.db"
        started = time.perf_counter()
        build_archive(publisher_path, args.documents, images)
        print(
            f"archive: {args.documents:,} documents, {images:,} images, "
            f"{publisher_path.stat().st_size / 2**20:,.0f} MB "
            f"(generated in {time.perf_counter() - started:.1f} s)",
            flush=True,
        )
        exports, imports, zip_writes, zip_reads, backups = [], [], [], [], []
        bundle = folder / "bench.storybundle"
        reader: Archive | None = None
        for run in range(args.repeat):
            with open_archive(publisher_path) as publisher:

                def export_all(archive: Archive = publisher) -> None:
                    report = export_bundle(archive, bundle, key=key)
                    # A bundle missing documents would be fast and prove nothing.
                    assert report.documents == args.documents and not report.skipped

                exports.append(timed(export_all))
            reader_path = folder / f"reader{run}" / "reader.db"
            reader_path.parent.mkdir()
            if reader is not None:
                reader.close()
            reader = open_archive(reader_path)
            trust_key(reader, key.public, "Bench")

            def import_once(archive: Archive = reader) -> None:
                with open_bundle(archive, bundle) as opened:
                    import_bundle(archive, opened)

            imports.append(timed(import_once))
            write, read = zip_baseline(bundle, folder)
            zip_writes.append(write)
            zip_reads.append(read)
            backups.append(sqlite_backup(publisher_path, folder))
            print(
                f"  run {run + 1}: export {exports[-1]:.1f} s, import {imports[-1]:.1f} s",
                flush=True,
            )
        assert reader is not None
        indexing = None if args.no_index else timed(lambda: SearchIndex.open(reader).close())
        reader.close()
        size = bundle.stat().st_size / 2**20
        zip_total = statistics.median(zip_writes) + statistics.median(zip_reads)
        export_median, import_median = statistics.median(exports), statistics.median(imports)
        print(f"\nbundle: {size:,.0f} MB; medians of {args.repeat} runs")
        print(f"export                          {export_median:7.1f} s")
        print(f"import (copy, verify, apply)    {import_median:7.1f} s")
        print(
            f"baseline: zipfile write + read  {zip_total:7.1f} s  "
            f"(export {export_median / max(statistics.median(zip_writes), 1e-9):.0f}x, "
            f"import {import_median / max(statistics.median(zip_reads), 1e-9):.0f}x)"
        )
        print(f"baseline: sqlite3 backup copy   {statistics.median(backups):7.1f} s")
        if indexing is not None:
            print(f"search index for the import     {indexing:7.1f} s (apart from the import)")
        target = 60.0
        verdict = "met" if max(export_median, import_median) < target else "NOT met"
        print(f"target: export and import each under {target:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
