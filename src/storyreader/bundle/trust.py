"""The archive's list of trusted publisher keys: which public keys may sign the bundles this
laptop imports, under the names the reader gave them."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from storyreader.archive.db import Archive
from storyreader.archive.models import TrustedKey
from storyreader.archive.writes import utcnow
from storyreader.bundle.sign import KeyFileError, PublicKey, format_key_id
from storyreader.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TrustedKeyInfo:
    name: str
    key_id: str
    fingerprint: str
    added_at: datetime
    public_key: PublicKey


def _info(row: TrustedKey) -> TrustedKeyInfo:
    public = PublicKey(bytes.fromhex(row.key_id)[::-1], base64.b64decode(row.public_key))
    return TrustedKeyInfo(row.name, row.key_id, public.fingerprint, row.added_at, public)


def trust_key(archive: Archive, public: PublicKey, name: str) -> TrustedKeyInfo:
    """Trust bundles signed by `public`, under a name people will recognise."""
    name = " ".join(name.split())[:200]
    if not name:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keys", "Give the key a name, such as the publisher's.")
        )
    with archive.write() as session:
        clash = session.scalars(
            select(TrustedKey).where(
                or_(TrustedKey.key_id == public.id_text, TrustedKey.name == name)
            )
        ).first()
        if clash is not None:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "Keys",
                    "This archive already trusts a key named '%1' (key %2); remove it "
                    "first to replace it.",
                ),
                clash.name,
                clash.key_id,
            )
        row = TrustedKey(
            name=name,
            key_id=public.id_text,
            public_key=base64.b64encode(public.key).decode(),
            added_at=utcnow(),
        )
        session.add(row)
        session.flush()
        return _info(row)


def trusted_keys(archive: Archive) -> list[TrustedKeyInfo]:
    with archive.read() as session:
        rows = session.scalars(select(TrustedKey).order_by(TrustedKey.name)).all()
        return [_info(row) for row in rows]


def find_trusted(archive: Archive, key_id: bytes) -> TrustedKeyInfo | None:
    with archive.read() as session:
        row = session.scalar(select(TrustedKey).where(TrustedKey.key_id == format_key_id(key_id)))
        return _info(row) if row is not None else None


def remove_key(archive: Archive, name_or_id: str) -> TrustedKeyInfo:
    """Stop trusting a key, given its name or its key id."""
    wanted = name_or_id.strip()
    with archive.write() as session:
        row = session.scalar(
            select(TrustedKey).where(
                or_(TrustedKey.name == wanted, TrustedKey.key_id == wanted.upper())
            )
        )
        if row is None:
            raise KeyFileError(
                QT_TRANSLATE_NOOP("Keys", "This archive trusts no key named '%1'."), name_or_id
            )
        info = _info(row)
        session.delete(row)
        return info
