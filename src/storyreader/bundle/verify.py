"""Opening a bundle: copy it off the stick, then verify the copy completely.

`open_bundle` copies the file to a private temporary file beside the archive and verifies
that copy (the zip's directory against the limits, the signature, every member's size and
SHA-256, every document line, every text storable) before anything is written; the import
then reads the same copy, so a stick pulled out at any moment can only stop the copy.
Reading stops at the first line past the counts the manifest declares, and those counts are
limited, so a small file cannot make an import run for hours. Whether the signer is trusted
is recorded here, not enforced: `importer.import_bundle` decides.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from storyreader import i18n
from storyreader.archive.db import Archive
from storyreader.archive.media import sha256_hex
from storyreader.archive.writes import Publisher, stable_id
from storyreader.bundle.document_lines import DocumentLine, parse_line
from storyreader.bundle.format import (
    DOCUMENTS,
    MANIFEST,
    MEDIA_PREFIX,
    SIGNATURE,
    BundleError,
    Limits,
)
from storyreader.bundle.manifest import Manifest
from storyreader.bundle.safe_zip import damaged, open_zip, read_lines, read_small, verify_member
from storyreader.bundle.sign import Signature
from storyreader.bundle.trust import find_trusted
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.progress import CancelToken, NullProgress, Progress

BATCH_SIZE = 200
_COPY_CHUNK = 1 << 20
_SPARE_DISK = 64 * 2**20


@dataclass(frozen=True)
class Signer:
    key_id: str
    trusted_as: str | None  # the name this archive trusts the key under; None: unknown key


class OpenedBundle:
    """A verified private copy of a bundle; close it (or use `with`) to delete the copy."""

    def __init__(
        self,
        original: Path,
        copy: Path,
        sha256: str,
        size: int,
        limits: Limits,
    ) -> None:
        self.original = original
        self.copy = copy
        self.sha256 = sha256
        self.size = size
        self.limits = limits
        self.signer: Signer | None = None
        self._zip: zipfile.ZipFile | None = None
        self._manifest: Manifest | None = None

    @property
    def manifest(self) -> Manifest:
        assert self._manifest is not None, "opened bundles have a manifest"
        return self._manifest

    @property
    def trusted(self) -> bool:
        return self.signer is not None and self.signer.trusted_as is not None

    @property
    def publisher(self) -> Publisher:
        """Who made the bundle, as far as can be shown: the archive it names, and the key
        only when this archive trusts it and its signature is valid."""
        key_id = self.signer.key_id if self.trusted and self.signer is not None else None
        return Publisher(self.manifest.archive_id, key_id)

    def _zipfile(self) -> zipfile.ZipFile:
        assert self._zip is not None, "the bundle is closed"
        return self._zip

    def lines(self) -> Iterator[DocumentLine]:
        for number, raw in enumerate(read_lines(self._zipfile(), self.limits), start=1):
            yield parse_line(raw, number)

    def batches(self) -> Iterator[list[DocumentLine]]:
        """The lines in batches of BATCH_SIZE (one transaction each when imported); the last
        batch may be empty: it is the one that records the import."""
        batch: list[DocumentLine] = []
        for line in self.lines():
            batch.append(line)
            if len(batch) == BATCH_SIZE:
                yield batch
                batch = []
        yield batch

    def media(self, sha256: str) -> bytes:
        name = MEDIA_PREFIX + sha256
        data = read_small(self._zipfile(), name)
        if sha256_hex(data) != sha256:
            raise damaged(name)
        return data

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None
        self.copy.unlink(missing_ok=True)

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_bundle(
    archive: Archive,
    path: Path,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> OpenedBundle:
    """Copy the bundle beside the archive and verify the copy; raise BundleError with the
    reason if it is damaged, unsafe or tampered with. Whether its signer is trusted is
    recorded, not enforced: `import_bundle` decides."""
    limits = limits or Limits()
    progress = progress or NullProgress()
    bundle = _copy_aside(Path(path), archive.path.parent, limits, progress, cancel)
    try:
        bundle._zip = open_zip(bundle.copy, limits)
        raw_manifest = read_small(bundle._zip, MANIFEST)
        bundle.signer = _check_signature(archive, bundle._zip, raw_manifest)
        bundle._manifest = Manifest.parse(raw_manifest)
        _check_declared(bundle._manifest, limits)
        _verify_members(bundle, progress, cancel)
        _check_lines(bundle, progress, cancel)
    except BaseException:
        bundle.close()
        raise
    return bundle


def _copy_aside(
    path: Path, folder: Path, limits: Limits, progress: Progress, cancel: CancelToken | None
) -> OpenedBundle:
    try:
        status = path.stat()
    except OSError as error:
        raise BundleError(
            QT_TRANSLATE_NOOP("Bundles", "Cannot read %1: %2."),
            path,
            error.strerror,
        ) from None
    if not stat.S_ISREG(status.st_mode):
        raise BundleError(QT_TRANSLATE_NOOP("Bundles", "%1 is not a bundle file."), path)
    if status.st_size > limits.max_bundle_bytes:
        raise BundleError(_TOO_LARGE, path)
    if shutil.disk_usage(folder).free < status.st_size + _SPARE_DISK:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "There is not enough free space beside the archive to copy %1 (%2 MB) before "
                "importing it.",
            ),
            path.name,
            f"{status.st_size / 2**20:,.0f}",
        )
    _remove_leftovers(folder)
    descriptor, name = tempfile.mkstemp(prefix=f".bundle-{os.getpid()}-", suffix=".tmp", dir=folder)
    copy = Path(name)
    digest = hashlib.sha256()
    size = 0
    progress.start(i18n.fill(i18n.translate("Bundles", "Copying %1"), path.name), status.st_size)
    try:
        with path.open("rb") as source, os.fdopen(descriptor, "wb") as target:
            while block := source.read(_COPY_CHUNK):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                size += len(block)
                if size > limits.max_bundle_bytes:
                    raise BundleError(_TOO_LARGE, path)
                digest.update(block)
                target.write(block)
                progress.advance(len(block))
    except OSError as error:
        copy.unlink(missing_ok=True)
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "Could not read %1 to the end (%2); was the stick removed? Nothing was imported.",
            ),
            path,
            error.strerror,
        ) from None
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return OpenedBundle(path, copy, digest.hexdigest(), size, limits)


def _remove_leftovers(folder: Path) -> None:
    """Delete private copies left by imports that were killed (their process is gone)."""
    for leftover in folder.glob(".bundle-*-*.tmp"):
        pid = leftover.name.split("-")[1]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        if sys.platform != "win32" and _is_running(int(pid)):
            continue
        with contextlib.suppress(OSError):  # on Windows, a copy still in use cannot be deleted
            leftover.unlink()


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists (POSIX)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _check_signature(archive: Archive, bundle: zipfile.ZipFile, manifest: bytes) -> Signer | None:
    if SIGNATURE not in bundle.namelist():
        return None
    signature = Signature.parse(read_small(bundle, SIGNATURE))
    trusted = find_trusted(archive, signature.key_id)
    if trusted is None:
        return Signer(signature.key_id_text, None)
    trusted.public_key.verify(manifest, signature)
    return Signer(signature.key_id_text, trusted.name)


def _check_declared(manifest: Manifest, limits: Limits) -> None:
    lines = manifest.documents + manifest.withdrawn
    if lines > limits.max_lines:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's manifest declares %1 documents and withdrawals, more than the %2 a "
                "bundle may hold; nothing was read from it.",
            ),
            f"{lines:,}",
            f"{limits.max_lines:,}",
        )


def _verify_members(bundle: OpenedBundle, progress: Progress, cancel: CancelToken | None) -> None:
    manifest, archive = bundle.manifest, bundle._zipfile()
    present = set(archive.namelist()) - {MANIFEST, SIGNATURE}
    listed = set(manifest.members)
    if present != listed:
        extra = sorted(present - listed) or sorted(listed - present)
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's files do not match its manifest (%1); it was changed or damaged "
                "after it was made. Nothing was imported.",
            ),
            extra[0],
        )
    if DOCUMENTS not in listed:
        raise BundleError(
            QT_TRANSLATE_NOOP("Bundles", "The bundle has no documents file; nothing was imported.")
        )
    for name, entry in manifest.members.items():
        if name.startswith(MEDIA_PREFIX) and entry.sha256 != name[len(MEDIA_PREFIX) :]:
            raise damaged(name)
    progress.start(
        i18n.translate("Bundles", "Checking the bundle"),
        sum(entry.size for entry in manifest.members.values()),
    )
    for name, entry in sorted(manifest.members.items()):
        if cancel is not None:
            cancel.raise_if_cancelled()
        for read in verify_member(archive, name, entry):
            progress.advance(read)


def _check_lines(bundle: OpenedBundle, progress: Progress, cancel: CancelToken | None) -> None:
    """Every line valid, ids matching their origins, images present, nothing twice."""
    manifest = bundle.manifest
    sources = {source.name for source in manifest.sources}
    ids: set[str] = set()
    keys: set[tuple[str, str]] = set()
    active = withdrawn = 0
    progress.start(
        i18n.translate("Bundles", "Reading documents"), manifest.documents + manifest.withdrawn
    )
    for number, line in enumerate(bundle.lines(), start=1):
        if cancel is not None and number % BATCH_SIZE == 0:
            cancel.raise_if_cancelled()
        if number > manifest.documents + manifest.withdrawn:  # stop here, not at the end
            raise BundleError(_MISCOUNTED)
        if line.id in ids:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's document line %1 repeats a document that is already in the "
                    "bundle.",
                ),
                number,
            )
        ids.add(line.id)
        if line.withdrawn:
            withdrawn += 1
        else:
            active += 1
            if stable_id(line.origin) != line.id:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Bundles",
                        "The bundle's document line %1 has an id that does not belong to its "
                        "origin.",
                    ),
                    number,
                )
            if line.source not in sources:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Bundles",
                        "The bundle's document line %1 names a source its manifest does not list.",
                    ),
                    number,
                )
            if (line.source, line.source_key) in keys:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Bundles",
                        "The bundle's document line %1 repeats another document's key at its "
                        "source.",
                    ),
                    number,
                )
            keys.add((line.source, line.source_key))
            if any(MEDIA_PREFIX + sha not in manifest.members for sha in line.images.values()):
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Bundles",
                        "The bundle's document line %1 uses an image the bundle does not hold.",
                    ),
                    number,
                )
        progress.advance(1)
        if active > manifest.documents or withdrawn > manifest.withdrawn:
            raise BundleError(_MISCOUNTED)
    if (active, withdrawn) != (manifest.documents, manifest.withdrawn):
        raise BundleError(_MISCOUNTED)


_MISCOUNTED = QT_TRANSLATE_NOOP(
    "Bundles",
    "The bundle holds a different number of documents than its manifest says; nothing was "
    "imported.",
)
_TOO_LARGE = QT_TRANSLATE_NOOP("Bundles", "%1 is larger than a bundle may be; nothing was read.")
