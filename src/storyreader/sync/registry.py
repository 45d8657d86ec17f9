"""The web sources an archive syncs: adding one (its type detected), listing, removing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import func, select

from storyreader.archive.db import Archive
from storyreader.archive.models import Document, DocumentStatus, Source, SyncRun
from storyreader.archive.writes import set_status, utcnow
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.sync.extract import NoArticle, decode_html, parse_html
from storyreader.sync.extract.selectors import SelectorError, check_selector
from storyreader.sync.http import FetchError, FetchPolicy, HttpClient, UnreachableError
from storyreader.sync.sources import ACCEPT_FEED, ACCEPT_HTML, SourceConfig
from storyreader.sync.sources.feed import looks_like_feed
from storyreader.sync.sources.wordpress import api_root
from storyreader.sync.urls import canonical_url

WEB_TYPES = ("site", "feed", "wordpress")
_PLURALS = {"stories": "story", "letters": "letter", "updates": "update", "appeals": "appeal"}
_KIND = re.compile(r"^[a-z][a-z-]{0,31}$")
_WORDPRESS_API = "https://api.w.org/"


class SourceError(KnownError):
    """A source cannot be added, found or removed as asked."""


@dataclass(frozen=True)
class SourceInfo:
    name: str
    type: str
    url: str
    kind: str
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    article_selector: str
    drop_selectors: tuple[str, ...]
    documents: int
    last_synced_at: datetime | None
    last_outcome: str | None


def normalize_kind(kind: str) -> str:
    cleaned = kind.strip().lower()
    cleaned = _PLURALS.get(cleaned, cleaned)
    if not _KIND.match(cleaned):
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "Sources",
                "%1 is not a kind of document (try story, letter, update, appeal).",
            ),
            repr(kind),
        )
    return cleaned


def checked_url(url: str) -> str:
    parts = urlsplit(url.strip())
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when it is read
    except ValueError:
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "Sources",
                "%1 has no valid port; leave it out or give one up to 65535.",
            ),
            url,
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(
            QT_TRANSLATE_NOOP(
                "Sources",
                "%1 is not a web address; give one starting with https://.",
            ),
            url,
        )
    return url.strip()


def add_source(
    archive: Archive,
    url: str,
    *,
    name: str | None = None,
    type_: str = "auto",
    kind: str = "story",
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    article_selector: str | None = None,
    drop_selectors: Sequence[str] = (),
    policy: FetchPolicy | None = None,
) -> SourceInfo:
    """Add a web source; with type "auto" its page is fetched once to tell what it is.
    `article_selector` and `drop_selectors` are CSS selectors for reading its pages: the
    article's container, and what to leave out."""
    url = checked_url(url)
    kind = normalize_kind(kind)
    article, drop = checked_selectors(article_selector, drop_selectors)
    if type_ == "auto":
        type_, url = detect_type(url, policy)
    elif type_ not in WEB_TYPES:
        raise SourceError(
            QT_TRANSLATE_NOOP("Sources", "%1 is not a type of source (site, feed or wordpress)."),
            repr(type_),
        )
    if type_ == "wordpress":
        url = api_root(url) if "/wp-json" in url else url
    name = " ".join((name or default_name(url)).split())[:200]
    with archive.write() as session:
        if session.scalar(select(Source.id).where(Source.name == name)) is not None:
            raise SourceError(
                QT_TRANSLATE_NOOP(
                    "Sources",
                    "There is already a source named %1; choose another --name.",
                ),
                name,
            )
        for existing in session.scalars(select(Source).where(Source.type.in_(WEB_TYPES))):
            if existing.url and canonical_url(existing.url) == canonical_url(url):
                raise SourceError(
                    QT_TRANSLATE_NOOP("Sources", "%1 is already synced as %2."), url, existing.name
                )
        session.add(
            Source(
                name=name,
                type=type_,
                url=url,
                default_kind=kind,
                created_at=utcnow(),
                include_patterns=json.dumps(list(include)),
                exclude_patterns=json.dumps(list(exclude)),
                article_selector=article,
                drop_selectors=json.dumps(list(drop)),
            )
        )
    return next(info for info in list_sources(archive) if info.name == name)


def checked_selectors(
    article: str | None, drop: Sequence[str]
) -> tuple[str | None, tuple[str, ...]]:
    """The selectors trimmed (blank ones left out), or SourceError saying what is wrong."""
    try:
        chosen = check_selector(article) if article and article.strip() else None
        dropped = tuple(check_selector(selector) for selector in drop if selector.strip())
    except SelectorError as error:
        raise SourceError(error.sentence) from None
    return chosen, tuple(dict.fromkeys(dropped))


def default_name(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if parts.port:
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/")
    return host + path if path and "/wp-json" not in path else host


def detect_type(url: str, policy: FetchPolicy | None = None) -> tuple[str, str]:
    """What `url` is: a feed, a WordPress site (with its API root), or a plain site."""
    with HttpClient(policy) as client:
        try:
            fetched = client.fetch(url, accept=f"{ACCEPT_FEED}, {ACCEPT_HTML}")
        except UnreachableError as error:
            raise SourceError(
                QT_TRANSLATE_NOOP("Sources", "Could not reach %1 (%2); is there a connection?"),
                url,
                error.reason,
            ) from None
        except FetchError as error:
            raise SourceError(
                QT_TRANSLATE_NOOP("Sources", "Could not fetch %1: %2."), url, error.reason
            ) from None
    if not fetched.ok:
        raise SourceError(
            QT_TRANSLATE_NOOP("Sources", "There is nothing at %1 (the server answered %2)."),
            url,
            fetched.status,
        )
    if looks_like_feed(fetched):
        return "feed", url
    link = _wordpress_link(fetched.headers.get_list("link"))
    if link is None and "html" in fetched.content_type:
        try:
            page = parse_html(decode_html(fetched.body, fetched.headers.get("content-type", "")))
        except NoArticle:
            page = None
        if page is not None:
            found = page.xpath(f'//link[@rel="{_WORDPRESS_API}"]/@href')
            link = str(found[0]) if found else None
    if link is not None:
        return "wordpress", api_root(link)
    return "site", url


def _wordpress_link(values: list[str]) -> str | None:
    for value in values:
        for part in value.split(","):
            if f'rel="{_WORDPRESS_API}"' in part and "<" in part and ">" in part:
                return part[part.index("<") + 1 : part.index(">")].strip()
    return None


def list_sources(archive: Archive) -> list[SourceInfo]:
    with archive.read() as session:
        counts = dict(
            session.execute(
                select(Document.source_id, func.count())
                .where(Document.status == DocumentStatus.ACTIVE)
                .group_by(Document.source_id)
            ).all()
        )
        latest = select(func.max(SyncRun.id)).group_by(SyncRun.source_id)
        outcomes = dict(
            session.execute(
                select(SyncRun.source_id, SyncRun.outcome).where(SyncRun.id.in_(latest))
            ).all()
        )
        return [
            SourceInfo(
                name=source.name,
                type=source.type,
                url=source.url or "",
                kind=source.default_kind,
                include=tuple(_patterns(source.include_patterns)),
                exclude=tuple(_patterns(source.exclude_patterns)),
                article_selector=source.article_selector or "",
                drop_selectors=tuple(_patterns(source.drop_selectors)),
                documents=counts.get(source.id, 0),
                last_synced_at=source.last_synced_at,
                last_outcome=outcomes.get(source.id),
            )
            for source in session.scalars(
                select(Source).where(Source.type.in_(WEB_TYPES)).order_by(Source.name)
            )
        ]


def remove_source(archive: Archive, name: str, *, withdraw: bool = False) -> int:
    """Stop syncing a source. Its documents stay readable (with the reader's notes) unless
    `withdraw` asks for them to be withdrawn; returns how many were withdrawn."""
    withdrawn = 0
    with archive.write() as session:
        source = _find(session.scalars(select(Source).where(Source.type.in_(WEB_TYPES))), name)
        document_ids = list(
            session.scalars(select(Document.id).where(Document.source_id == source.id))
        )
        if withdraw:
            withdrawn = sum(
                set_status(session, document_id, DocumentStatus.WITHDRAWN)
                for document_id in document_ids
            )
        if document_ids:
            # Documents need their source row: keep it, no longer synced, its name freed.
            source.type = f"removed-{source.type}"[:32]
            source.name = f"{source.name} (removed {utcnow():%Y-%m-%d %H:%M:%S})"[:200]
        else:
            session.delete(source)
    return withdrawn


def _find(sources: Iterable[Source], name: str) -> Source:
    candidates = list(sources)
    for source in candidates:
        if source.name == name:
            return source
    folded = [s for s in candidates if s.name.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise SourceError(
        QT_TRANSLATE_NOOP(
            "Sources",
            "There is no source named %1; `storyreader sources list` shows them.",
        ),
        name,
    )


def _patterns(text: str) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def load_configs(archive: Archive, names: Sequence[str] = ()) -> list[SourceConfig]:
    """The sources to sync: those named, or every web source."""
    with archive.read() as session:
        sources = list(
            session.scalars(select(Source).where(Source.type.in_(WEB_TYPES)).order_by(Source.name))
        )
        chosen = [_find(sources, name) for name in dict.fromkeys(names)] if names else sources
        if not chosen:
            raise SourceError(
                QT_TRANSLATE_NOOP(
                    "Sources",
                    "There are no web sources to sync; add one with `storyreader sources add URL`.",
                )
            )
        return [
            SourceConfig(
                id=source.id,
                name=source.name,
                type=source.type,
                url=source.url or "",
                kind=source.default_kind,
                include=tuple(_patterns(source.include_patterns)),
                exclude=tuple(_patterns(source.exclude_patterns)),
                cursor=source.cursor,
                synced_before=source.last_synced_at is not None,
                article_selector=source.article_selector or "",
                drop_selectors=tuple(_patterns(source.drop_selectors)),
            )
            for source in chosen
        ]
