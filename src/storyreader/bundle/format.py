"""The bundle file: its layout, the limits on what it may hold, and reading a zip safely.

A `.storybundle` is a zip holding exactly these members and nothing else:

    manifest.json          format, the exporting archive's identity, a sequence number that
                           only grows, when it was made, counts, the sources, and the SHA-256
                           and size of every other member
    manifest.json.minisig  the manifest's signature (minisign format), when signed
    documents.jsonl        one JSON object a line: a document, or the withdrawal of one
    media/<sha256>         each stored image, named by the SHA-256 of its bytes

Never an index, a database or a pickle: the importer builds its own from these. Everything
here treats the file as hostile: the zip's directory is checked against `Limits` (names,
links and devices, sizes, compression ratio, member count) before a single byte is
extracted, and every JSON value is checked for type and size before it is used.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from storyreader import storable
from storyreader.config import MAX_HTML_CHARS, MAX_IMAGE_BYTES
from storyreader.errors import KnownError

if TYPE_CHECKING:  # the format itself never needs the ORM at run time
    from storyreader.archive.models import Document

FORMAT_NAME = "storyreader-bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".storybundle"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
DOCUMENTS = "documents.jsonl"
MEDIA_PREFIX = "media/"
_MEDIA_NAME = re.compile(r"media/[0-9a-f]{64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DOCUMENT_ID = re.compile(r"[a-z2-7]{12}")  # writes.stable_id: base32, lower case
_KIND = re.compile(r"[a-z][a-z0-9-]{0,31}")  # the same rule as local import's front matter
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")


class BundleError(KnownError):
    """A bundle cannot be used: damaged, unsafe, untrusted or out of order. One sentence."""


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold; checked from the zip's directory before anything is read."""

    max_bundle_bytes: int = 16 * 2**30
    max_members: int = 200_000
    max_total_bytes: int = 16 * 2**30  # all members, uncompressed
    max_documents_bytes: int = 8 * 2**30
    max_media_bytes: int = MAX_IMAGE_BYTES
    max_manifest_bytes: int = 64 * 2**20
    max_signature_bytes: int = 16 * 1024
    max_ratio: int = 100  # uncompressed / compressed; text compresses 3-10 times, bombs 1000
    ratio_floor: int = 2**20  # smaller members may have any ratio (they cannot hurt)
    max_line_bytes: int = 64 * 2**20  # one document's JSON line (HTML and text, escaped)
    # Document and withdrawal lines together, as the manifest declares them: each costs a
    # database lookup or write, so a small file of many short lines must not run for hours.
    max_lines: int = 200_000
    max_central_directory_bytes: int = 64 * 2**20


# --- the manifest ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class SourceEntry:
    name: str
    type: str
    url: str | None
    default_kind: str


@dataclass(frozen=True)
class Manifest:
    archive_id: str  # the exporting archive: with the key, who published the bundle
    sequence: int
    created_at: datetime  # naive UTC
    since_sequence: int | None  # a delta since that bundle of the same archive
    since: datetime | None  # a delta of documents changed at or after this moment
    source_filter: str | None
    documents: int  # document lines (active ones)
    withdrawn: int  # withdrawal lines
    sources: tuple[SourceEntry, ...]
    members: Mapping[str, MemberEntry]
    format_version: int = FORMAT_VERSION

    @property
    def media_count(self) -> int:
        return sum(1 for name in self.members if name.startswith(MEDIA_PREFIX))

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "version": self.format_version,
            "archive_id": self.archive_id,
            "sequence": self.sequence,
            "created_at": iso(self.created_at),
            "since_sequence": self.since_sequence,
            "since": iso(self.since),
            "source_filter": self.source_filter,
            "counts": {
                "documents": self.documents,
                "withdrawn": self.withdrawn,
                "media": self.media_count,
            },
            "sources": [vars(source) for source in self.sources],
            "members": {
                name: {"sha256": entry.sha256, "size": entry.size}
                for name, entry in sorted(self.members.items())
            },
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        data = Fields(load_json(raw, "manifest"), "the manifest")
        if data.text("format", 64) != FORMAT_NAME:
            raise BundleError("This file is not a Story Reader bundle (its manifest says so).")
        version = data.integer("version")
        if version != FORMAT_VERSION:
            raise BundleError(
                f"This bundle uses format {version}; this version of Story Reader reads "
                f"format {FORMAT_VERSION}. Update Story Reader to import it."
            )
        counts = data.nested("counts")
        sources = tuple(_source_entry(item) for item in data.array("sources", 10_000))
        members: dict[str, MemberEntry] = {}
        for name, value in data.mapping("members").items():
            entry = Fields(value, f"the manifest's entry for {name}")
            members[name] = MemberEntry(entry.sha256("sha256"), entry.integer("size"))
        manifest = cls(
            archive_id=data.text("archive_id", 64),
            sequence=data.integer("sequence"),
            created_at=data.moment("created_at"),
            since_sequence=data.optional_integer("since_sequence"),
            since=data.optional_moment("since"),
            source_filter=data.optional_text("source_filter", 200),
            documents=counts.integer("documents"),
            withdrawn=counts.integer("withdrawn"),
            sources=sources,
            members=members,
            format_version=version,
        )
        if not manifest.archive_id.strip() or manifest.sequence < 1:
            raise BundleError("The bundle's manifest does not say which archive made it.")
        if len({source.name for source in sources}) != len(sources):
            raise BundleError("The bundle's manifest names the same source twice.")
        return manifest


def _source_entry(value: object) -> SourceEntry:
    item = Fields(value, "a source in the manifest")
    entry = SourceEntry(
        name=item.text("name", 200),
        type=item.text("type", 32),
        url=item.optional_text("url", 2000),
        default_kind=item.text("default_kind", 32),
    )
    if not entry.name.strip() or not _KIND.fullmatch(entry.default_kind):
        raise BundleError("A source in the bundle's manifest has no usable name or kind.")
    return entry


# --- documents.jsonl --------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentLine:
    """One line of documents.jsonl: a document to save, or (status "withdrawn") one to withdraw.

    A withdrawal carries only the id: a withdrawn story may have been withdrawn to protect
    someone, so its text never travels.
    """

    id: str
    status: str  # "active" or "withdrawn"
    origin: str = ""
    source: str = ""
    source_key: str = ""
    kind: str = "story"
    title: str = ""
    author: str = ""
    language: str = "en"
    published: datetime | None = None
    updated: datetime | None = None
    summary: str = ""
    url: str | None = None
    tags: tuple[str, ...] = ()
    html: str = ""  # the body, with each stored image pointing at its original address
    text: str | None = None  # given only when it is not simply the text of the HTML
    images: Mapping[str, str] = field(default_factory=dict)  # image address -> media sha256
    fingerprint: str = ""  # of what the reader sees; see `fingerprint`

    @property
    def withdrawn(self) -> bool:
        return self.status == "withdrawn"

    def to_json(self) -> str:
        if self.withdrawn:
            data: dict[str, Any] = {"id": self.id, "status": self.status}
        else:
            data = {
                "id": self.id,
                "status": self.status,
                "origin": self.origin,
                "source": self.source,
                "source_key": self.source_key,
                "kind": self.kind,
                "title": self.title,
                "author": self.author,
                "language": self.language,
                "published": iso(self.published),
                "updated": iso(self.updated),
                "summary": self.summary,
                "url": self.url,
                "tags": list(self.tags),
                "html": self.html,
                "text": self.text,
                "images": dict(self.images),
                "fingerprint": self.fingerprint,
            }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def parse_line(raw: bytes, number: int) -> DocumentLine:
    """A checked document line; `number` (from 1) names it in the error."""
    where = f"document line {number}"
    data = Fields(load_json(raw, where), where)
    document_id = data.text("id", 16)
    if not _DOCUMENT_ID.fullmatch(document_id):
        raise BundleError(f"The bundle's {where} has an id that is not a document id.")
    status = data.text("status", 16)
    if status == "withdrawn":
        return DocumentLine(id=document_id, status=status)
    if status != "active":
        raise BundleError(f"The bundle's {where} has an unknown status.")
    images: dict[str, str] = {}
    for address, sha in data.mapping("images", 1_000).items():
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha) or len(address) > 4_000:
            raise BundleError(f"The bundle's {where} names an image it cannot hold.")
        images[address] = sha
    line = DocumentLine(
        id=document_id,
        status=status,
        origin=data.text("origin", 4_000),
        source=data.text("source", 200),
        source_key=data.text("source_key", 4_000),
        kind=data.text("kind", 32),
        title=data.text("title", 2_000),
        author=data.text("author", 1_000),
        language=data.text("language", 16),
        published=data.optional_moment("published"),
        updated=data.optional_moment("updated"),
        summary=data.text("summary", 20_000),
        url=data.optional_text("url", 4_000),
        tags=tuple(data.strings("tags", 200, 200)),
        # Sanitized HTML can be a little longer than the input the sanitizer accepts.
        html=data.text("html", 4 * MAX_HTML_CHARS),
        text=data.optional_text("text", 4 * MAX_HTML_CHARS),
        images=images,
        fingerprint=data.sha256("fingerprint"),
    )
    if not _KIND.fullmatch(line.kind) or not _LANGUAGE.fullmatch(line.language):
        raise BundleError(f"The bundle's {where} has a kind or language that is not valid.")
    if not line.title.strip() or not line.source_key:
        raise BundleError(f"The bundle's {where} has no title or no key at its source.")
    return line


def fingerprint(document: Document) -> str:
    """A hash of what a reader sees of a stored document, the same in every archive: the
    exporter writes it, the importer compares it with its own copy to know what is unchanged.
    (`document.source` and `document.tags` are read: load them with the document.)"""
    fields = [
        document.source.name,
        document.kind,
        document.title,
        document.author,
        document.language,
        iso(document.published),
        iso(document.updated),
        document.summary,
        document.url,
        sorted(tag.name for tag in document.tags),
        document.body_html,
        document.body_text,
    ]
    encoded = json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha256(encoded).hexdigest()


# --- JSON values from outside -----------------------------------------------------------------


def load_json(raw: bytes, what: str) -> object:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(f"The bundle's {what} is not valid JSON.") from None


class Fields:
    """Typed, size-checked access to a JSON object from a bundle; any surprise is an error."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise BundleError(f"In the bundle, {where} is not a JSON object.")
        self._data: dict[str, object] = value
        self._where = where

    def _wrong(self, key: str) -> BundleError:
        return BundleError(f"In the bundle, {self._where} has no usable `{key}`.")

    def _unstorable(self, key: str, problem: str) -> BundleError:
        return BundleError(
            f"In the bundle, {self._where} has {problem} in `{key}`; Story Reader never "
            "writes one, so the bundle was refused and nothing was imported."
        )

    def text(self, key: str, limit: int) -> str:
        value = self._data.get(key)
        if not isinstance(value, str) or len(value) > limit:
            raise self._wrong(key)
        if problem := storable.flaw(value):
            raise self._unstorable(key, problem)
        return value

    def optional_text(self, key: str, limit: int) -> str | None:
        return None if self._data.get(key) is None else self.text(key, limit)

    def integer(self, key: str) -> int:
        value = self._data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**62:
            raise self._wrong(key)
        return value

    def optional_integer(self, key: str) -> int | None:
        return None if self._data.get(key) is None else self.integer(key)

    def sha256(self, key: str) -> str:
        value = self.text(key, 64)
        if not _SHA256.fullmatch(value):
            raise self._wrong(key)
        return value

    def moment(self, key: str) -> datetime:
        try:
            return parse_moment(self.text(key, 64))
        except ValueError:
            raise self._wrong(key) from None

    def optional_moment(self, key: str) -> datetime | None:
        return None if self._data.get(key) is None else self.moment(key)

    def nested(self, key: str) -> Fields:
        return Fields(self._data.get(key), f"{self._where}'s `{key}`")

    def mapping(self, key: str, limit: int | None = None) -> dict[str, object]:
        value = self._data.get(key)
        if not isinstance(value, dict) or (limit is not None and len(value) > limit):
            raise self._wrong(key)
        for name in value:
            if problem := storable.flaw(name):
                raise self._unstorable(key, problem)
        return value

    def array(self, key: str, limit: int) -> list[object]:
        value = self._data.get(key)
        if not isinstance(value, list) or len(value) > limit:
            raise self._wrong(key)
        return value

    def strings(self, key: str, count: int, limit: int) -> list[str]:
        values = self.array(key, count)
        if not all(isinstance(value, str) and len(value) <= limit for value in values):
            raise self._wrong(key)
        for value in values:
            if problem := storable.flaw(str(value)):
                raise self._unstorable(key, problem)
        return [str(value) for value in values]


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def parse_moment(text: str) -> datetime:
    """A naive UTC datetime from ISO 8601 (a date alone means its midnight, UTC)."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


# --- reading the zip ------------------------------------------------------------------------

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
        raise BundleError("The bundle's table of contents is far too large; nothing was read.")


def _check_count(members: int, limits: Limits) -> None:
    if members > limits.max_members + 2:
        raise BundleError(
            f"The bundle holds {members:,} files, more than the {limits.max_members:,} "
            "a bundle may hold; nothing was read from it."
        )


_INCOMPLETE = (
    "The file is not a complete bundle: it may have been cut short while copying, "
    "or it is not a Story Reader bundle at all."
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
            raise BundleError(f"The bundle holds two files named {name}; nothing was read.")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise BundleError(f"The bundle's file {name} is encrypted; bundles never are.")
        if info.compress_type not in _ALLOWED_METHODS:
            raise BundleError(f"The bundle's file {name} is compressed in an unexpected way.")
        if info.file_size > _member_limit(name, limits):
            raise BundleError(
                f"The bundle's file {name} would unpack to {info.file_size:,} bytes, more than "
                "a bundle may hold; nothing was read from it."
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise BundleError(
                f"The bundle's file {name} would unpack from {info.compress_size:,} to "
                f"{info.file_size:,} bytes (a zip bomb); nothing was read from it."
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise BundleError(
            f"The bundle would unpack to {total:,} bytes, more than a bundle may hold; "
            "nothing was read from it."
        )
    if MANIFEST not in seen:
        raise BundleError("The file has no bundle manifest; it is not a Story Reader bundle.")


def _check_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if (
        name.startswith(("/", "\\"))
        or ".." in parts
        or re.match(r"[A-Za-z]:", name)
        or "\x00" in name
        or "\\" in name
    ):
        raise BundleError(f"The bundle holds a file with an unsafe path ({name!r}); refused.")
    if name not in (MANIFEST, SIGNATURE, DOCUMENTS) and not _MEDIA_NAME.fullmatch(name):
        raise BundleError(f"The bundle holds a file bundles never hold ({name!r}); refused.")


def _check_type(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if stat.S_ISLNK(mode):
        raise BundleError(f"The bundle holds a link ({info.filename!r}); refused.")
    if info.is_dir() or (kind and not stat.S_ISREG(mode)):
        raise BundleError(
            f"The bundle holds a folder, device or other special file ({info.filename!r}); refused."
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
        f"The bundle's file {name} is damaged or was changed after the bundle was made; "
        "nothing was imported."
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
            raise BundleError("A document in the bundle is larger than a document may be.")
        if not line.strip():  # the exporter never writes one; millions cost minutes to skip
            raise BundleError(
                "The bundle's documents file has an empty line, which bundles never have; "
                "nothing was imported."
            )
        yield line
