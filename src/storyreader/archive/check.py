"""Checking an archive: SQLite's integrity, references, and stored media against their hashes.

`--repair` fixes what can be fixed without guessing: a damaged media file is dropped and its
images marked as not stored (a later sync or import stores them again), unused media are
removed. A file SQLite itself reports as damaged cannot be repaired in place: the report says
to restore a backup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from storyreader.archive.db import Archive
from storyreader.archive.media import sha256_hex
from storyreader.archive.models import Asset, Media


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
