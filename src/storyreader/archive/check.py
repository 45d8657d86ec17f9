"""Checking an archive: SQLite's integrity, references, text that is not UTF-8, and stored
media against their hashes.

`--repair` fixes what can be fixed without guessing: a damaged media file is dropped and its
images marked as not stored (a later sync or import stores them again), unused media are
removed, and text whose bytes were damaged on disk (SQLite keeps no checksum of a page's
contents, so `integrity_check` cannot see it) keeps what can be read, with U+FFFD where it
cannot. A file SQLite itself reports as damaged cannot be repaired in place: the report says
to restore a backup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import String, delete, exists, select, update
from sqlalchemy.orm import Session

from storyreader.archive.db import Archive
from storyreader.archive.media import sha256_hex
from storyreader.archive.models import Asset, Base, Document, IndexTask, Media
from storyreader.archive.writes import utcnow


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not wrong
    damaged: bool = False  # SQLite itself found the file damaged: nothing else was checked

    @property
    def healthy(self) -> bool:
        return not self.problems or len(self.repaired) >= len(self.problems)


def check_archive(archive: Archive, *, repair: bool = False) -> CheckReport:
    report = CheckReport()
    with archive.read() as session:
        integrity = [
            row[0] for row in session.connection().exec_driver_sql("PRAGMA integrity_check")
        ]
        if integrity != ["ok"]:
            report.damaged = True
            report.problems.extend(f"SQLite integrity: {line}" for line in integrity[:20])
            report.problems.append(
                f"The archive file is damaged; restore a backup (files named "
                f"{archive.path.name}.*.bak beside it) or re-import your sources."
            )
            return report
        broken = session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        report.problems.extend(
            f"Table {row[0]} row {row[1]} refers to a missing row in {row[2]}." for row in broken
        )
        damaged = _damaged_media(session)
        unused = _unused_media(session)
        unreadable = _unreadable_text(session)
    report.problems.extend(
        f"{_where(table, key)} has damaged text in {column} (bytes that are not UTF-8)."
        for table, column, _rowid, key in unreadable
    )
    if repair and unreadable:
        with archive.write() as session:
            _mend_text(session, unreadable)
        report.repaired.extend(
            f"Mended the text of {_where(table, key)} ({column}); what could not be read "
            "shows as �, until a sync or import brings it again."
            for table, column, _rowid, key in unreadable
        )
    report.problems.extend(
        f"Stored file {sha[:12]}… does not match its hash (damaged)." for sha in damaged
    )
    report.problems.extend(
        f"Stored file {sha[:12]}… is not used by any document." for sha in unused
    )
    if repair and (damaged or unused):
        with archive.write() as session:
            _drop_media(session, damaged + unused)
        report.repaired.extend(
            f"Removed damaged file {sha[:12]}…; its images will be stored again by the next "
            "import or sync."
            for sha in damaged
        )
        report.repaired.extend(f"Removed unused file {sha[:12]}…." for sha in unused)
    return report


Unreadable = tuple[str, str, int, str]  # table, column, rowid, its key (a document's id)


def _unreadable_text(session: Session) -> list[Unreadable]:
    """Text columns whose stored bytes are not UTF-8 (reading them as text would fail)."""
    found = []
    connection = session.connection()
    for table in Base.metadata.sorted_tables:
        columns = [column.name for column in table.columns if isinstance(column.type, String)]
        if not columns:
            continue
        key = "id" if "id" in table.columns else "rowid"
        raw = ", ".join(f'CAST("{name}" AS BLOB)' for name in columns)
        rows = connection.exec_driver_sql(
            f'SELECT rowid, CAST("{key}" AS BLOB), {raw} FROM "{table.name}"'
        )
        for rowid, identity, *values in rows:
            for name, value in zip(columns, values, strict=True):
                if value is not None and not _is_utf8(value):
                    found.append((table.name, name, rowid, _text(identity)))
    return found


def _is_utf8(value: bytes) -> bool:
    try:
        bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _text(value: object) -> str:
    return bytes(value).decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _where(table: str, key: str) -> str:
    return f"Document {key}" if table == Document.__tablename__ else f"Row {key} of {table}"


def _mend_text(session: Session, unreadable: list[Unreadable]) -> None:
    connection = session.connection()
    for table, column, rowid, key in unreadable:
        (value,) = connection.exec_driver_sql(
            f'SELECT CAST("{column}" AS BLOB) FROM "{table}" WHERE rowid = ?', (rowid,)
        ).one()
        connection.exec_driver_sql(
            f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
            (bytes(value).decode("utf-8", "replace"), rowid),
        )
        if table == Document.__tablename__:
            session.add(IndexTask(document_id=key, created_at=utcnow()))


def _damaged_media(session: Session) -> list[str]:
    damaged = []
    for sha, size, data in session.execute(select(Media.sha256, Media.size, Media.data)):
        if len(data) != size or sha256_hex(data) != sha:
            damaged.append(sha)
    return damaged


def _unused_media(session: Session) -> list[str]:
    used = exists().where(Asset.sha256 == Media.sha256)
    return list(session.scalars(select(Media.sha256).where(~used)))


def _drop_media(session: Session, shas: list[str]) -> None:
    session.execute(
        update(Asset).where(Asset.sha256.in_(shas)).values(sha256=None, mime="", size=0)
    )
    session.execute(delete(Media).where(Media.sha256.in_(shas)))
