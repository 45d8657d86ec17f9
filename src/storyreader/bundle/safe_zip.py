"""Reading a bundle's zip safely: its directory is checked against `Limits` (names, links and
devices, sizes, compression ratio, member count) before a single byte is extracted, and every
member is read through with its size and SHA-256 checked against the manifest."""

from __future__ import annotations

import hashlib
import re
import stat
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from storyreader.bundle.format import DOCUMENTS, MANIFEST, SIGNATURE, BundleError, Limits
from storyreader.bundle.manifest import MemberEntry
from storyreader.i18n import QT_TRANSLATE_NOOP

_MEDIA_NAME = re.compile(r"media/[0-9a-f]{64}")
_EOCD = b"PK\x05\x06"
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def _precheck_directory(path: Path, limits: Limits) -> None:
    """Refuse an absurd member count or central directory from the end record alone, before
    `zipfile` builds an object for every entry."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        tail_size = min(size, 65_535 + 22)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) < at + 22:
        raise BundleError(_INCOMPLETE)
    entries, directory_size = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries != 0xFFFF:  # zip64 keeps the real count elsewhere: `check_members` counts
        _check_count(entries, limits)
    if directory_size != 0xFFFFFFFF and directory_size > limits.max_central_directory_bytes:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's table of contents is far too large; nothing was read.",
            )
        )


def _check_count(members: int, limits: Limits) -> None:
    if members > limits.max_members + 2:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle holds %1 files, more than the %2 a bundle may hold; nothing was read "
                "from it.",
            ),
            f"{members:,}",
            f"{limits.max_members:,}",
        )


_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Bundles",
    "The file is not a complete bundle: it may have been cut short while copying, or it is not a "
    "Story Reader bundle at all.",
)


def open_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """The bundle's zip, once every entry in its directory has passed `check_members`."""
    _precheck_directory(path, limits)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error):
        raise BundleError(_INCOMPLETE) from None
    try:
        check_members(archive.infolist(), limits)
    except BaseException:
        archive.close()
        raise
    return archive


def check_members(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse unsafe names, links, devices, bombs and surprises, from the directory alone."""
    _check_count(len(members), limits)
    seen: set[str] = set()
    total = 0
    for info in members:
        name = info.filename
        _check_name(name)
        _check_type(info)
        if name in seen:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle holds two files named %1; nothing was read.",
                ),
                name,
            )
        seen.add(name)
        if info.flag_bits & 0x1:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's file %1 is encrypted; bundles never are.",
                ),
                name,
            )
        if info.compress_type not in _ALLOWED_METHODS:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's file %1 is compressed in an unexpected way.",
                ),
                name,
            )
        if info.file_size > _member_limit(name, limits):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's file %1 would unpack to %2 bytes, more than a bundle may hold; "
                    "nothing was read from it.",
                ),
                name,
                f"{info.file_size:,}",
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's file %1 would unpack from %2 to %3 bytes (a zip bomb); nothing "
                    "was read from it.",
                ),
                name,
                f"{info.compress_size:,}",
                f"{info.file_size:,}",
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle would unpack to %1 bytes, more than a bundle may hold; nothing was "
                "read from it.",
            ),
            f"{total:,}",
        )
    if MANIFEST not in seen:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The file has no bundle manifest; it is not a Story Reader bundle.",
            )
        )


def _check_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if (
        name.startswith(("/", "\\"))
        or ".." in parts
        or re.match(r"[A-Za-z]:", name)
        or "\x00" in name
        or "\\" in name
    ):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle holds a file with an unsafe path (%1); refused.",
            ),
            repr(name),
        )
    if name not in (MANIFEST, SIGNATURE, DOCUMENTS) and not _MEDIA_NAME.fullmatch(name):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle holds a file bundles never hold (%1); refused.",
            ),
            repr(name),
        )


def _check_type(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if stat.S_ISLNK(mode):
        raise BundleError(
            QT_TRANSLATE_NOOP("Bundles", "The bundle holds a link (%1); refused."),
            repr(info.filename),
        )
    if info.is_dir() or (kind and not stat.S_ISREG(mode)):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle holds a folder, device or other special file (%1); refused.",
            ),
            repr(info.filename),
        )


def _member_limit(name: str, limits: Limits) -> int:
    if name == MANIFEST:
        return limits.max_manifest_bytes
    if name == SIGNATURE:
        return limits.max_signature_bytes
    if name == DOCUMENTS:
        return limits.max_documents_bytes
    return limits.max_media_bytes


def read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member already limited in size by `check_members` (the manifest, the signature)."""
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise damaged(name) from error


def damaged(name: str) -> BundleError:
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Bundles",
            "The bundle's file %1 is damaged or was changed after the bundle was made; nothing was "
            "imported.",
        ),
        name,
    )


def verify_member(
    archive: zipfile.ZipFile, name: str, expected: MemberEntry, chunk: int = 1 << 20
) -> Iterator[int]:
    """Read a member through, checking its size and SHA-256; yields the bytes read so far."""
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(name) as stream:
            while block := stream.read(chunk):
                size += len(block)
                if size > expected.size:
                    raise damaged(name)
                digest.update(block)
                yield len(block)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise damaged(name) from error
    if size != expected.size or digest.hexdigest() != expected.sha256:
        raise damaged(name)


def read_lines(archive: zipfile.ZipFile, limits: Limits) -> Iterator[bytes]:
    """documents.jsonl line by line, each no longer than `limits.max_line_bytes`."""
    try:
        with archive.open(DOCUMENTS) as stream:
            yield from _lines(stream, limits.max_line_bytes)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise damaged(DOCUMENTS) from error


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes]:
    while line := stream.readline(limit + 1):
        if len(line) > limit:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "A document in the bundle is larger than a document may be.",
                )
            )
        if not line.strip():  # the exporter never writes one; millions cost minutes to skip
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's documents file has an empty line, which bundles never have; "
                    "nothing was imported.",
                )
            )
        yield line
