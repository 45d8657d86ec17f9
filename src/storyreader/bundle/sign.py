"""Publisher keys and signatures: Ed25519, in minisign's file formats (the archive's list of
trusted keys is `trust.py`).

A key pair is two small text files: the secret key (`NAME.key`, readable by its owner only)
and the public key (`NAME.pub`) that publishers hand to the laptops importing their bundles.
Both are minisign's formats, so `minisign -V -p NAME.pub -m manifest.json` verifies a bundle's
manifest, and a key made by `minisign -G` can sign bundles. A secret key may be protected by
a passphrase as minisign protects it: the key is XORed with scrypt's output for the
passphrase (libsodium's scryptsalsa208sha256, whose limits the file carries). Ours ask for
128 MiB (minisign's own ask for 1 GiB, which is read too). Signatures are minisign's
prehashed kind ("ED": Ed25519 over the BLAKE2b-512 of the manifest) with a signed "trusted
comment" naming the bundle.

The cryptography package provides Ed25519: it is PyCA's maintained, fully typed library,
with wheels for every platform the app ships on, and is already what most Python tools use.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from storyreader.bundle.format import BundleError
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

SIGNATURE_ALGORITHM = b"Ed"
PREHASHED_ALGORITHM = b"ED"
CHECKSUM_ALGORITHM = b"B2"
NO_KDF = b"\x00\x00"
SCRYPT_KDF = b"Sc"
# scrypt N = 2**17, r = 8, p = 1 by libsodium's rule (`_scrypt_parameters`): 128 MiB, ~0.5 s.
KDF_OPSLIMIT = 1 << 22
KDF_MEMLIMIT = 1 << 27
KDF_MEMORY_CAP = (1 << 30) + (1 << 26)  # minisign's 1 GiB; more is not a key of ours
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
_MAX_KEY_FILE = 4096


class KeyFileError(KnownError):
    """A key file cannot be used, or a key is not (or already) trusted."""


class PassphraseError(KeyFileError):
    """The secret key is protected by a passphrase, and none (or a wrong one) was given."""


def format_key_id(key_id: bytes) -> str:
    """minisign's way of showing a key id: the 8 bytes as a little-endian number in hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 random bytes naming the key pair (not a hash of it)
    key: bytes  # the 32-byte Ed25519 public key

    @property
    def id_text(self) -> str:
        return format_key_id(self.key_id)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the key itself, for people to compare over the phone."""
        digest = hashlib.sha256(self.key).hexdigest()[:32].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 32, 4))

    def to_text(self) -> str:
        encoded = base64.b64encode(SIGNATURE_ALGORITHM + self.key_id + self.key).decode()
        return f"{_UNTRUSTED}minisign public key {self.id_text}\n{encoded}\n"

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        raw = _decode_line(_key_lines(text)[-1])
        if len(raw) != 42 or raw[:2] != SIGNATURE_ALGORITHM:
            raise KeyFileError(
                QT_TRANSLATE_NOOP("Keys", "This is not a minisign or Story Reader public key.")
            )
        return cls(raw[2:10], raw[10:])

    def verify(self, message: bytes, signature: Signature) -> None:
        """Raise BundleError unless `signature` (by this key) covers `message`."""
        if signature.key_id != self.key_id:
            raise BundleError(
                QT_TRANSLATE_NOOP("Bundles", "The bundle was signed by a different key.")
            )
        signed = (
            hashlib.blake2b(message).digest()
            if signature.algorithm == PREHASHED_ALGORITHM
            else message
        )
        verifier = Ed25519PublicKey.from_public_bytes(self.key)
        try:
            verifier.verify(signature.signature, signed)
            verifier.verify(
                signature.global_signature,
                signature.signature + signature.trusted_comment.encode("utf-8"),
            )
        except InvalidSignature:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundles",
                    "The bundle's manifest was changed after it was signed (its signature does not "
                    "match); nothing was imported.",
                )
            ) from None


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # b"ED" (prehashed) or b"Ed" (minisign's legacy kind)
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes  # over the signature and the trusted comment

    @property
    def key_id_text(self) -> str:
        return format_key_id(self.key_id)

    def to_text(self) -> str:
        first = base64.b64encode(self.algorithm + self.key_id + self.signature).decode()
        second = base64.b64encode(self.global_signature).decode()
        return (
            f"{_UNTRUSTED}signature from Story Reader secret key {self.key_id_text}\n{first}\n"
            f"{_TRUSTED}{self.trusted_comment}\n{second}\n"
        )

    @classmethod
    def parse(cls, raw: bytes) -> Signature:
        damaged = BundleError(
            QT_TRANSLATE_NOOP(
                "Bundles",
                "The bundle's signature file is damaged; nothing was imported.",
            )
        )
        try:
            lines = raw.decode("utf-8").splitlines()
            first, second = _decode_line(lines[1]), _decode_line(lines[3])
        except (UnicodeDecodeError, IndexError, KeyFileError):
            raise damaged from None
        if (
            not lines[2].startswith(_TRUSTED)
            or len(first) != 74
            or first[:2] not in (PREHASHED_ALGORITHM, SIGNATURE_ALGORITHM)
            or len(second) != 64
        ):
            raise damaged
        return cls(first[:2], first[2:10], first[10:], lines[2][len(_TRUSTED) :], second)


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # the 32-byte Ed25519 private key

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(secrets.token_bytes(8), secrets.token_bytes(32))

    @property
    def public(self) -> PublicKey:
        key = self._private().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(self.key_id, key)

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    def sign(self, message: bytes, trusted_comment: str) -> Signature:
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        private = self._private()
        signature = private.sign(hashlib.blake2b(message).digest())
        global_signature = private.sign(signature + trusted_comment.encode("utf-8"))
        return Signature(
            PREHASHED_ALGORITHM, self.key_id, signature, trusted_comment, global_signature
        )

    def to_text(self, passphrase: str = "") -> str:
        """minisign's secret key file: unencrypted (what `minisign -G -W` writes), or
        protected by `passphrase` (what `minisign -G` writes)."""
        secret = self.seed + self.public.key  # libsodium's 64-byte form
        checksum = hashlib.blake2b(
            SIGNATURE_ALGORITHM + self.key_id + secret, digest_size=32
        ).digest()
        keynum = self.key_id + secret + checksum
        if passphrase:
            salt = secrets.token_bytes(32)
            limits = KDF_OPSLIMIT.to_bytes(8, "little") + KDF_MEMLIMIT.to_bytes(8, "little")
            stream = _kdf_stream(passphrase, salt, KDF_OPSLIMIT, KDF_MEMLIMIT)
            header = SCRYPT_KDF + CHECKSUM_ALGORITHM + salt + limits
            keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
        else:
            header = NO_KDF + CHECKSUM_ALGORITHM + bytes(32 + 8 + 8)  # no salt or limits
        encoded = base64.b64encode(SIGNATURE_ALGORITHM + header + keynum).decode()
        kind = "encrypted secret key" if passphrase else "secret key"
        return f"{_UNTRUSTED}Story Reader {kind} {format_key_id(self.key_id)}\n{encoded}\n"

    @classmethod
    def parse(cls, text: str, passphrase: str = "") -> SecretKey:
        raw = _decode_line(_key_lines(text)[-1])
        if len(raw) != 158 or raw[:2] != SIGNATURE_ALGORITHM or raw[4:6] != CHECKSUM_ALGORITHM:
            raise KeyFileError(
                QT_TRANSLATE_NOOP("Keys", "This is not a minisign or Story Reader secret key.")
            )
        keynum = raw[54:158]
        encrypted = raw[2:4] == SCRYPT_KDF
        if encrypted:
            if not passphrase:
                raise PassphraseError(
                    QT_TRANSLATE_NOOP("Keys", "This secret key is protected by a passphrase.")
                )
            opslimit = int.from_bytes(raw[38:46], "little")
            memlimit = int.from_bytes(raw[46:54], "little")
            stream = _kdf_stream(passphrase, raw[6:38], opslimit, memlimit)
            keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
        elif raw[2:4] != NO_KDF:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "Keys", "This secret key is protected in a way Story Reader cannot read."
                )
            )
        key_id, secret, checksum = keynum[:8], keynum[8:72], keynum[72:104]
        expected = hashlib.blake2b(SIGNATURE_ALGORITHM + key_id + secret, digest_size=32)
        if encrypted and checksum != expected.digest():
            raise PassphraseError(
                QT_TRANSLATE_NOOP("Keys", "The passphrase is not right for this secret key.")
            )
        # minisign 0.11 leaves the checksum of an unencrypted key empty.
        if checksum not in (expected.digest(), bytes(32)):
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "Keys", "This secret key file is damaged (its checksum does not match)."
                )
            )
        key = cls(key_id, secret[:32])
        if key.public.key != secret[32:]:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "Keys", "This secret key file is damaged (its two halves do not match)."
                )
            )
        return key


def _scrypt_parameters(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """libsodium's `pickparams`: scrypt's N, r and p for crypto_pwhash_scryptsalsa208sha256's
    limits, as minisign derives a secret key's stream."""
    opslimit, r = max(opslimit, 32768), 8
    if opslimit < memlimit // 32:
        p, most = 1, opslimit // (r * 4)
    else:
        p, most = 0, memlimit // (r * 128)
    log_n = 1
    while log_n < 63 and (1 << log_n) <= most // 2:
        log_n += 1
    if p == 0:
        p = min((opslimit // 4) // (1 << log_n), 0x3FFFFFFF) // r
    return 1 << log_n, r, max(1, p)


def _kdf_stream(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    """The 104 bytes that a passphrase-protected secret key is XORed with."""
    n, r, p = _scrypt_parameters(opslimit, memlimit)
    memory = 128 * r * (n + p + 2)
    if memory > KDF_MEMORY_CAP:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Keys", "This secret key asks for more memory to unlock than a key should."
            )
        )
    try:
        return hashlib.scrypt(
            passphrase.encode("utf-8"),
            salt=salt,
            n=n,
            r=r,
            p=p,
            maxmem=memory + (1 << 20),
            dklen=104,
        )
    except (MemoryError, ValueError):
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "There is not enough memory to unlock this secret key.")
        ) from None


def _key_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or lines[-1].startswith(_UNTRUSTED):
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "This is not a minisign or Story Reader key file.")
        )
    return lines


def _decode_line(line: str) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "This is not a minisign or Story Reader key file.")
        ) from None


# --- key files --------------------------------------------------------------------------------


def public_key_path(secret_path: Path) -> Path:
    return secret_path.with_suffix(".pub")


def generate_key_files(secret_path: Path, passphrase: str = "") -> tuple[SecretKey, Path]:
    """Write a new key pair: the secret key (owner-only, protected by `passphrase` if one is
    given) and the public key beside it."""
    if secret_path.suffix == ".pub":
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Keys", "Name the secret key file, not the .pub one (for example events.key)."
            )
        )
    public_path = public_key_path(secret_path)
    for path in (secret_path, public_path):
        if path.exists():
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "Keys", "%1 already exists; choose another name or move it aside."
                ),
                path,
            )
    key = SecretKey.generate()
    try:
        secret_path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(secret_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(key.to_text(passphrase))
        public_path.write_text(key.public.to_text(), encoding="ascii")
    except OSError as error:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "Cannot write the key files: %1 (%2)."),
            error.strerror,
            error.filename,
        ) from None
    return key, public_path


def key_file_stem(name: str) -> str:
    """A file name for a key called `name`: "Events team" gives "events-team"."""
    stem = re.sub(r"[^\w]+", "-", name.strip().lower()).strip("-_")
    return stem[:60] or "signing-key"


def make_key_in(folder: Path, name: str, passphrase: str = "") -> tuple[SecretKey, Path]:
    """A new key pair in `folder` (made owner-only), named after `name` and never over an
    existing file; returns the key and its secret key file."""
    stem = key_file_stem(name)
    path, number = folder / f"{stem}.key", 2
    while path.exists() or public_key_path(path).exists():
        path, number = folder / f"{stem}-{number}.key", number + 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)
    except OSError as error:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "Cannot make the folder for keys: %1 (%2)."),
            error.strerror,
            folder,
        ) from None
    key, _public_path = generate_key_files(path, passphrase)
    return key, path


def _read_key_file(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_KEY_FILE + 1)
    except OSError as error:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "Cannot read the key file %1: %2."), path, error.strerror
        ) from None
    if len(raw) > _MAX_KEY_FILE:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "%1 is not a key file (it is far too large)."), path
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(QT_TRANSLATE_NOOP("Keys", "%1 is not a key file."), path) from None


def load_secret_key(path: Path, passphrase: str = "") -> SecretKey:
    """The secret key in `path`; PassphraseError when it is protected and `passphrase` is
    missing or wrong."""
    return SecretKey.parse(_read_key_file(path), passphrase)


def is_protected(path: Path) -> bool:
    """Whether the secret key in `path` needs a passphrase (False when it is no key)."""
    try:
        SecretKey.parse(_read_key_file(path))
    except PassphraseError:
        return True
    except KeyFileError:
        return False
    return False


def load_public_key(path: Path) -> PublicKey:
    return PublicKey.parse(_read_key_file(path))
