"""Every bundle that must be refused is refused with one sentence, and the archive is left
exactly as it was (an SQL dump of every table, before and after) with no copy left behind."""

from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storyreader.archive.models import Asset, BundleImport, Media
from storyreader.bundle import BundleError, Limits, import_bundle, open_bundle
from storyreader.bundle.format import DOCUMENTS, MANIFEST, SIGNATURE
from storyreader.config import MAX_IMAGES_PER_DOCUMENT
from tests.bundle.conftest import World, dump, png
from tests.bundle.hostile import document_line, encode, withdrawal_line, write_bundle


def _refused(
    world: World,
    path: Path,
    match: str,
    *,
    limits: Limits | None = None,
    allow_unsigned: bool = False,
) -> None:
    """Import `path`; it must be refused with `match`, leaving the reader's archive as it was."""
    before = dump(world.reader)
    with (
        pytest.raises(BundleError, match=match) as refused,
        open_bundle(world.reader, path, limits=limits) as bundle,
    ):
        import_bundle(world.reader, bundle, allow_unsigned=allow_unsigned)
    sentence = str(refused.value)
    assert "\n" not in sentence and sentence.endswith(".")
    assert dump(world.reader) == before
    assert not list(world.reader.path.parent.glob(".bundle-*")), "the private copy is deleted"


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Copy a bundle member by member; `change(name, data)` returns new data or None to drop."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)


def test_unsigned_bundle_is_refused_unless_allowed(world: World) -> None:
    bundle = world.export(key=None).path

    _refused(world, bundle, "not signed")

    report = world.import_(bundle, allow_unsigned=True)
    assert report.created and report.key_id is None
    with world.reader.read() as session:
        assert session.query(BundleImport).one().key_id is None


def test_bundle_signed_by_an_unknown_key_is_refused(world: World) -> None:
    from storyreader.bundle.sign import SecretKey

    stranger = SecretKey.generate()
    bundle = world.export(key=stranger).path

    _refused(world, bundle, f"signed by key {stranger.public.id_text}, which this archive does not")


@pytest.mark.parametrize("member", ["media", DOCUMENTS])
def test_a_flipped_byte_in_a_member_is_refused(world: World, member: str) -> None:
    bundle = world.export().path
    with zipfile.ZipFile(bundle) as opened:
        info = next(i for i in opened.infolist() if i.filename.startswith(member))
    raw = bytearray(bundle.read_bytes())
    name_length, extra_length = struct.unpack(
        "<HH", raw[info.header_offset + 26 : info.header_offset + 30]
    )
    data_start = info.header_offset + 30 + name_length + extra_length
    raw[data_start + info.compress_size // 2] ^= 0x01
    tampered = world.folder / "tampered.storybundle"
    tampered.write_bytes(bytes(raw))

    _refused(world, tampered, "is damaged or was changed")


def test_an_edited_manifest_is_refused(world: World) -> None:
    bundle = world.export().path
    tampered = world.folder / "edited.storybundle"
    _rewrite(
        bundle,
        tampered,
        lambda name, data: (
            data.replace(b'"sequence": 1', b'"sequence": 9') if name == MANIFEST else data
        ),
    )

    _refused(world, tampered, "manifest was changed after it was signed")


def test_a_member_changed_together_with_its_manifest_entry_is_refused(world: World) -> None:
    """An attacker who edits a document and fixes the manifest's hash still lacks the key."""
    import hashlib

    bundle = world.export().path
    with zipfile.ZipFile(bundle) as opened:
        documents = opened.read(DOCUMENTS)
        manifest = opened.read(MANIFEST)
    evil = documents.replace(b"The end.", b"Send money.")
    manifest = manifest.replace(
        hashlib.sha256(documents).hexdigest().encode(), hashlib.sha256(evil).hexdigest().encode()
    )
    tampered = world.folder / "rehashed.storybundle"
    _rewrite(
        bundle,
        tampered,
        lambda name, data: {DOCUMENTS: evil, MANIFEST: manifest}.get(name, data),
    )

    _refused(world, tampered, "manifest was changed after it was signed")


def test_an_older_bundle_from_the_same_publisher_is_refused(world: World) -> None:
    older = world.export("one.storybundle").path
    newer = world.export("two.storybundle").path
    world.import_(newer)

    _refused(world, older, r"older than bundle 2 already imported")


def test_a_missing_signature_on_a_signed_bundle_is_refused_as_unsigned(world: World) -> None:
    bundle = world.export().path
    stripped = world.folder / "stripped.storybundle"
    _rewrite(bundle, stripped, lambda name, data: None if name == SIGNATURE else data)

    _refused(world, stripped, "not signed")


@pytest.mark.parametrize(
    "signature",
    [b"", b"\xff\xfe not text", b"untrusted comment: a\nnot base64\ntrusted comment: b\nxx\n"],
    ids=["empty", "not UTF-8", "not base64"],
)
def test_a_damaged_signature_file_is_refused(world: World, signature: bytes) -> None:
    bundle = world.export().path
    damaged = world.folder / "damaged-signature.storybundle"
    _rewrite(bundle, damaged, lambda name, data: signature if name == SIGNATURE else data)

    _refused(world, damaged, "signature file is damaged")


def _with_extra_member(world: World, info: zipfile.ZipInfo, data: bytes) -> Path:
    bundle = world.export().path
    hostile = world.folder / "hostile.storybundle"
    hostile.write_bytes(bundle.read_bytes())
    with zipfile.ZipFile(hostile, "a") as opened:
        opened.writestr(info, data)
    return hostile


@pytest.mark.parametrize(
    "name",
    [
        "../../escaped.txt",
        "media/../../../escaped",
        "/etc/cron.d/evil",
        "C:/evil.txt",
        "media\\..\\evil",
    ],
)
def test_a_zip_slip_path_is_refused(world: World, name: str) -> None:
    hostile = _with_extra_member(world, zipfile.ZipInfo(name), b"owned")

    _refused(world, hostile, "unsafe path")
    assert not (world.folder / "escaped.txt").exists()


def test_a_symlink_member_is_refused(world: World) -> None:
    link = zipfile.ZipInfo("media/" + "a" * 64)
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16

    _refused(world, _with_extra_member(world, link, b"/etc/passwd"), "holds a link")


def test_a_device_member_is_refused(world: World) -> None:
    device = zipfile.ZipInfo("media/" + "b" * 64)
    device.create_system = 3
    device.external_attr = (stat.S_IFCHR | 0o666) << 16

    _refused(world, _with_extra_member(world, device, b""), "device or other special file")


def test_an_unexpected_member_is_refused(world: World) -> None:
    _refused(
        world,
        _with_extra_member(world, zipfile.ZipInfo("index/_MAIN_1.toc"), b"whoosh"),
        "bundles never hold",
    )


def _bomb(path: Path, unpacked: int) -> None:
    """A zip whose documents.jsonl is `unpacked` bytes of zeros in about 1/1000 the space.

    Made from one flushed 1 MiB block repeated (a valid deflate stream) so that the test
    does not spend seconds compressing; its CRC is not computed (nothing must read that far).
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    data = block * (unpacked >> 20) + b"\x03\x00"  # then an empty final block
    manifest = b'{"format": "storyreader-bundle"}'
    entries = [
        (MANIFEST, 0, manifest, zlib.crc32(manifest), len(manifest)),
        (DOCUMENTS, 8, data, 0, unpacked),
    ]
    local, central, offset = b"", b"", 0
    for name, method, payload, crc, size in entries:
        encoded = name.encode()
        header = struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            0,
            method,
            0,
            0,
            crc,
            len(payload),
            size,
            len(encoded),
            0,
        )
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                method,
                0,
                0,
                crc,
                len(payload),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0o100644 << 16,
                offset,
            )
            + encoded
        )
        local += header + encoded + payload
        offset += len(header) + len(encoded) + len(payload)
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), offset, 0
    )
    path.write_bytes(local + central + end)


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(world: World) -> None:
    bomb = world.folder / "bomb.storybundle"
    _bomb(bomb, 2 * 2**30)

    assert bomb.stat().st_size < 3 * 2**20  # 2 GiB of "documents" in about 2 MB
    _refused(world, bomb, "zip bomb")


def test_too_many_members_are_refused(world: World) -> None:
    bundle = world.export().path
    with zipfile.ZipFile(bundle) as opened:
        members = len(opened.namelist())

    _refused(world, bundle, f"holds {members} files, more than the 5", limits=Limits(max_members=5))


def test_an_oversized_member_is_refused(world: World) -> None:
    bundle = world.export().path

    _refused(world, bundle, "would unpack to", limits=Limits(max_media_bytes=10))


@pytest.mark.parametrize("keep", [0.5, 0.999])
def test_a_truncated_bundle_is_refused(world: World, keep: float) -> None:
    whole = world.export().path.read_bytes()
    cut = world.folder / "cut.storybundle"
    cut.write_bytes(whole[: int(len(whole) * keep)])

    _refused(world, cut, "not a complete bundle")


def test_a_document_whose_id_is_not_its_origins_is_refused(world: World) -> None:
    """Even with a manifest that matches (an unsigned bundle anyone can make), a document
    cannot claim another document's id."""
    import hashlib

    bundle = world.export(key=None).path
    with zipfile.ZipFile(bundle) as opened:
        documents, manifest = opened.read(DOCUMENTS), opened.read(MANIFEST)
    forged_documents = documents.replace(
        b'"origin":"https://stories.example.org/3"', b'"origin":"https://evil.example.org/3"'
    )
    assert forged_documents != documents
    forged_manifest = manifest.replace(
        hashlib.sha256(documents).hexdigest().encode(),
        hashlib.sha256(forged_documents).hexdigest().encode(),
    ).replace(str(len(documents)).encode(), str(len(forged_documents)).encode())
    forged = world.folder / "forged.storybundle"
    _rewrite(
        bundle,
        forged,
        lambda name, data: {DOCUMENTS: forged_documents, MANIFEST: forged_manifest}.get(name, data),
    )

    _refused(world, forged, "id that does not belong to its origin", allow_unsigned=True)


def test_a_signed_bundle_is_still_sanitized(world: World) -> None:
    """A trusted publisher's archive may hold anything; its bundle is untrusted input."""
    from sqlalchemy import update

    from storyreader.archive.models import Document

    with world.publisher.write() as session:
        session.execute(
            update(Document)
            .where(Document.source_key == "https://stories.example.org/2")
            .values(
                body_html='<p onclick="steal()">Hi</p><script>steal()</script><a href="file:///etc/passwd">x</a>'
            )
        )
    world.import_(world.export().path)

    with world.reader.read() as session:
        body = (
            session.query(Document.body_html)
            .filter_by(source_key="https://stories.example.org/2")
            .scalar()
        )
    assert body is not None and "Hi" in body
    assert "script" not in body and "onclick" not in body and "file:" not in body


def test_a_file_that_is_not_a_bundle_is_refused(world: World) -> None:
    text = world.folder / "notes.storybundle"
    text.write_text("just some notes")

    _refused(world, text, "not a complete bundle")
    _refused(world, world.folder, "not a bundle file")


def _story_lines(count: int) -> list[dict[str, object]]:
    return [document_line(f"https://stories.example.org/h{n}", f"Story {n}") for n in range(count)]


@pytest.mark.parametrize("field", ["title", "summary", "tags", "images", "html"])
def test_a_lone_surrogate_anywhere_refuses_the_whole_bundle_before_any_write(
    world: World, field: str
) -> None:
    """A `\\ud800` escape is valid JSON but text SQLite cannot store. A signed bundle of 250
    good lines and one such line used to commit the first batch of 200, then fail with
    "failed unexpectedly" on every later try; the bundle is refused whole now."""
    bad = document_line("https://stories.example.org/bad", "Bad one")
    bad[field] = {  # json.dumps writes each lone surrogate as a `\ud800` escape
        "title": "Bad \ud800",
        "summary": "\ud800",
        "tags": ["\ud800"],
        "images": {"https://stories.example.org/\ud800.png": "a" * 64},
        "html": "<p>\ud800</p>",
    }[field]
    documents = encode([*_story_lines(250), bad])
    assert b"\\ud800" in documents
    bundle = write_bundle(world.folder / "s.storybundle", documents, key=world.key)

    for _attempt in range(2):  # and again: the same sentence, nothing written
        _refused(world, bundle, rf"document line 251 has a broken character .* in `{field}`")


def test_a_lone_surrogate_in_the_manifest_is_refused(world: World) -> None:
    source = {"name": "Stories \udfff", "type": "site", "url": None, "default_kind": "story"}
    documents = encode(
        [document_line("https://stories.example.org/1", "One", source=source["name"])]
    )
    bundle = write_bundle(
        world.folder / "m.storybundle", documents, key=world.key, sources=[source]
    )

    _refused(world, bundle, "a source in the manifest has a broken character .* in `name`")


def test_blank_lines_are_refused_at_the_first(world: World) -> None:
    """47.7 million blank lines in a 1 MB bundle took minutes to skip, three times over."""
    documents = encode(_story_lines(1)) + b"\n" * 100_000 + b" \r\n"
    bundle = write_bundle(world.folder / "blank.storybundle", documents, counts=(1, 0))

    _refused(world, bundle, "has an empty line, which bundles never have", allow_unsigned=True)


def test_reading_stops_at_the_first_line_past_the_declared_counts(world: World) -> None:
    """The lines past the declared one are not even JSON: reading never gets to them."""
    documents = encode(_story_lines(2)) + b"not json\n" * 50_000
    bundle = write_bundle(world.folder / "more.storybundle", documents, counts=(1, 0))

    _refused(world, bundle, "different number of documents than its manifest", allow_unsigned=True)


def test_more_lines_than_a_bundle_may_hold_are_refused_from_the_manifest(world: World) -> None:
    """2 million withdrawal lines in 5 MB took 4 minutes and 253 MB: the counts the manifest
    declares are limited, and refused before a line is read."""
    documents = encode(withdrawal_line(f"{n:012d}".translate(_BASE32)) for n in range(10))
    bundle = write_bundle(world.folder / "many.storybundle", documents, counts=(0, 2_000_000))

    _refused(
        world,
        bundle,
        "declares 2,000,000 documents and withdrawals, more than the 200,000 a bundle may hold",
        allow_unsigned=True,
    )


_BASE32 = str.maketrans("0123456789", "abcdefghij")


def test_a_bundle_document_keeps_at_most_sixty_pictures(world: World) -> None:
    """Sync's cap holds for bundles: 70 pictures arrive as the first 60, each read once."""
    pictures = {f"https://stories.example.org/p{n}.png": png(1000 + n) for n in range(70)}
    media = {hashlib.sha256(data).hexdigest(): data for data in pictures.values()}
    html = "".join(f'<img src="{src}">' for src in pictures)
    images = {src: hashlib.sha256(data).hexdigest() for src, data in pictures.items()}
    line = document_line("https://stories.example.org/album", "Album", html=html, images=images)
    bundle = write_bundle(world.folder / "album.storybundle", encode([line]), media=media)

    world.import_(bundle, allow_unsigned=True)

    with world.reader.read() as session:
        assets = session.scalars(select(Asset.url).order_by(Asset.position)).all()
        stored = session.scalar(select(func.count()).select_from(Media))
    assert assets == list(pictures)[:MAX_IMAGES_PER_DOCUMENT]
    assert stored == MAX_IMAGES_PER_DOCUMENT
