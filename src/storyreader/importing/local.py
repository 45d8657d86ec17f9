"""Importing files and folders: walk, parse, read the images beside them, save in batches."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.media import sniff_image_mime
from storyreader.archive.sanitize import image_sources
from storyreader.archive.writes import IncomingDocument, SaveOutcome, ensure_source, save_document
from storyreader.config import MAX_IMAGE_BYTES
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence
from storyreader.importing.parse import (
    SUPPORTED_SUFFIXES,
    SkipFile,
    detect_language,
    parse_file,
    strip_tags,
)
from storyreader.progress import CancelToken, NullProgress, Progress

BATCH_SIZE = 50
# Files a folder of documents usually holds that are not documents themselves.
_NOT_DOCUMENTS = ("readme", "license", "licence", "changelog")


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[Path, Sentence]] = field(default_factory=list)

    @property
    def total_saved(self) -> int:
        return len(self.created) + len(self.updated) + len(self.unchanged)


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, Sentence]]]:
    """The files to import, in a stable order, and the paths that cannot be used at all."""
    files: list[Path] = []
    problems: list[tuple[Path, Sentence]] = []
    for path in paths:
        if path.is_dir():
            files.extend(_documents_in(path))
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                problems.append(
                    (
                        path,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "only Markdown, HTML and plain-text files can be imported",
                        ),
                    )
                )
        else:
            problems.append((path, QT_TRANSLATE_NOOP("Import", "there is no such file or folder")))
    return list(dict.fromkeys(files)), problems


def _documents_in(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.stem.lower() in _NOT_DOCUMENTS or path.is_symlink() or not path.is_file():
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path


def import_paths(
    archive: Archive,
    paths: Sequence[Path],
    *,
    kind: str | None = None,
    source_name: str = "local",
    key_root: Path | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import every usable file under `paths`; skipped files are reported, never fatal.

    Identity is the file's absolute path, or its path below `key_root` when one is given
    (the sample archive uses that so that it is the same on every machine).
    """
    progress = progress or NullProgress()
    report = ImportReport()
    files, problems = collect_files(paths)
    for path, reason in problems:
        _skip(report, progress, path, reason)
    progress.start(i18n.translate("Progress", "Importing"), len(files))
    for start in range(0, len(files), BATCH_SIZE):
        if cancel:
            cancel.raise_if_cancelled()
        batch = [
            (path, _prepare(path, kind, key_root)) for path in files[start : start + BATCH_SIZE]
        ]
        with archive.write() as session:
            source = ensure_source(session, source_name, "sample" if key_root else "local")
            for path, prepared in batch:
                if isinstance(prepared, Sentence):
                    _skip(report, progress, path, prepared)
                else:
                    document_id, outcome = save_document(session, source, prepared)
                    _record(report, document_id, outcome)
                progress.advance(1, str(path))
    return report


def _skip(report: ImportReport, progress: Progress, path: Path, reason: Sentence) -> None:
    report.skipped.append((path, reason))
    progress.message(i18n.fill(i18n.translate("Import", "Skipped %1: %2."), path, reason))


def _record(report: ImportReport, document_id: str, outcome: SaveOutcome) -> None:
    {
        SaveOutcome.CREATED: report.created,
        SaveOutcome.UPDATED: report.updated,
        SaveOutcome.UNCHANGED: report.unchanged,
    }[outcome].append(document_id)


def _prepare(path: Path, kind: str | None, key_root: Path | None) -> IncomingDocument | Sentence:
    """The document in `path`, or the reason it cannot be imported."""
    try:
        parsed = parse_file(path)
    except SkipFile as skip:
        return skip.sentence
    resolved = path.resolve()
    if key_root is not None:
        key = _path_text(resolved.relative_to(key_root.resolve()))
        origin = f"sample:{key}"
    else:
        key = _path_text(resolved)
        origin = resolved.as_uri()
    text_for_language = parsed.text if parsed.text is not None else strip_tags(parsed.html)
    return IncomingDocument(
        origin=origin,
        source_key=key,
        title=parsed.title,
        html=parsed.html,
        text=parsed.text,
        kind=kind or parsed.kind or "story",
        author=parsed.author,
        language=parsed.language or detect_language(parsed.title + "\n" + text_for_language),
        published=parsed.published,
        summary=parsed.summary,
        tags=parsed.tags,
        images=_read_images(path.parent, image_sources(parsed.html)),
    )


def _path_text(path: Path) -> str:
    """A path as storable text that tells every file apart: a file name that is not UTF-8
    keeps its odd bytes as `\\xe9` escapes (cleaning them to U+FFFD would give two such
    files the same key)."""
    return os.fsencode(path.as_posix()).decode("utf-8", "backslashreplace")


def _read_images(folder: Path, sources: list[str]) -> dict[str, bytes]:
    """The bytes of images referenced by relative path that really are images."""
    images: dict[str, bytes] = {}
    for src in sources:
        parts = urlsplit(src)
        if parts.scheme or parts.netloc or not parts.path:
            continue  # remote images are sync's business; a local import never fetches
        candidate = folder / unquote(parts.path)
        try:
            if not candidate.is_file() or candidate.stat().st_size > MAX_IMAGE_BYTES:
                continue
            data = candidate.read_bytes()
        except OSError:
            continue
        if sniff_image_mime(data):
            images[src] = data
    return images
