"""Turning one file into a document: decoding, front matter, Markdown, HTML and plain text.

Every failure is a `SkipFile` carrying a sentence about that file; nothing here writes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from storyreader.config import MAX_IMPORT_FILE_BYTES
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt"})
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES

_KIND = re.compile(r"^[a-z][a-z0-9-]{0,31}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]")


class SkipFile(KnownError):  # noqa: N818 - an outcome for one file, reported and moved past
    """This file cannot be used; its sentence says why in a few words (completing "Skipped
    FILE: ...")."""


@dataclass
class ParsedFile:
    title: str
    html: str
    text: str | None = None
    author: str = ""
    published: datetime | None = None
    kind: str | None = None
    language: str | None = None
    summary: str = ""
    tags: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The file's text, or SkipFile if it is too big, binary, empty or not UTF-8/UTF-16."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_FILE_BYTES:
            raise SkipFile(
                QT_TRANSLATE_NOOP("Import", "it is %1 MB, over the %2 MB limit for one document"),
                f"{size / 1_048_576:.1f}",
                MAX_IMPORT_FILE_BYTES // 1_048_576,
            )
        data = path.read_bytes()
    except OSError as error:
        raise SkipFile(
            QT_TRANSLATE_NOOP("Import", "it cannot be read (%1)"), error.strerror or error
        ) from None
    text = _decode(data)
    if not text.strip():
        raise SkipFile(QT_TRANSLATE_NOOP("Import", "it is empty"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SkipFile(QT_TRANSLATE_NOOP("Import", "it is not valid UTF-16 text")) from None
    if b"\x00" in data[:8192]:
        raise SkipFile(QT_TRANSLATE_NOOP("Import", "it is a binary file, not text"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SkipFile(
            QT_TRANSLATE_NOOP(
                "Import",
                "it is not UTF-8 text (undecodable byte at position %1); save it as UTF-8 and "
                "import it again",
            ),
            error.start,
        ) from None


def parse_file(path: Path) -> ParsedFile:
    text = read_text(path)
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return parse_markdown(text, path.stem)
    if suffix in HTML_SUFFIXES:
        return parse_html(text, path.stem)
    return parse_plain_text(text)


# --- Plain text ---


def parse_plain_text(text: str) -> ParsedFile:
    lines = text.split("\n")
    first = next(index for index, line in enumerate(lines) if line.strip())
    title = lines[first].strip()
    body = "\n".join(lines[first + 1 :]).strip("\n").rstrip()
    paragraphs = [block for block in re.split(r"\n\s*\n", body) if block.strip()]
    body_html = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in paragraphs
    )
    return ParsedFile(title=title[:500], html=body_html, text=body)


# --- Markdown with optional YAML front matter ---

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_H1 = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")


def parse_markdown(text: str, fallback_title: str) -> ParsedFile:
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _load_front_matter(match.group(1) or "")
        text = text[match.end() :]
    title = _string(meta, "title")
    heading = _H1.match(text)
    if heading and (not title or heading.group(1).strip() == title):
        title = title or heading.group(1).strip()
        text = text[heading.end() :]
    parsed = ParsedFile(
        title=title or _title_from_name(fallback_title), html=_render_markdown(text)
    )
    _apply_meta(parsed, meta)
    return parsed


def _load_front_matter(block: str) -> dict[str, Any]:
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        if mark is not None:
            raise SkipFile(
                QT_TRANSLATE_NOOP("Import", "its front matter is not valid YAML (line %1)"),
                mark.line + 2,
            ) from None
        raise SkipFile(QT_TRANSLATE_NOOP("Import", "its front matter is not valid YAML")) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise SkipFile(
            QT_TRANSLATE_NOOP("Import", "its front matter is not a list of `key: value` lines")
        )
    return {str(key).lower(): value for key, value in meta.items()}


def _render_markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    rendered: str = renderer.render(text)
    return rendered


def _string(meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        raise SkipFile(
            QT_TRANSLATE_NOOP("Import", "its front matter field `%1` should be text"), key
        )
    return " ".join(str(value).split())


def _apply_meta(parsed: ParsedFile, meta: dict[str, Any]) -> None:
    parsed.author = _string(meta, "author")[:200]
    parsed.summary = _string(meta, "summary")[:2000]
    parsed.published = parse_date(meta.get("date", meta.get("published")))
    kind = _string(meta, "kind").lower()
    if kind:
        if not _KIND.match(kind):
            raise SkipFile(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "its kind %1 should be one word such as story or letter",
                ),
                repr(kind),
            )
        parsed.kind = kind
    language = _string(meta, "language") or _string(meta, "lang")
    if language:
        parsed.language = normalize_language(language)
    tags = meta.get("tags", [])
    if isinstance(tags, str):
        tags = tags.split(",")
    if not isinstance(tags, list):
        raise SkipFile(
            QT_TRANSLATE_NOOP("Import", "its front matter field `tags` should be a list")
        )
    parsed.tags = [str(tag).strip() for tag in tags if str(tag).strip()]


def normalize_language(value: str) -> str:
    language = value.strip().lower().replace("_", "-")
    if not _LANGUAGE.match(language):
        raise SkipFile(
            QT_TRANSLATE_NOOP("Import", "its language %1 is not a language code such as en or ko"),
            repr(value),
        )
    return language


def parse_date(value: object) -> datetime | None:
    """A naive UTC datetime from YAML's date types or an ISO 8601 string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise SkipFile(
                QT_TRANSLATE_NOOP("Import", "its date %1 is not a date like 2019-06-14"),
                repr(str(value)[:40]),
            ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _title_from_name(stem: str) -> str:
    words = re.sub(r"^\d+[-_ ]+", "", stem).replace("-", " ").replace("_", " ").strip()
    return (words or stem)[:1].upper() + (words or stem)[1:]


# --- HTML pages ---


class _HeadReader(HTMLParser):
    """Collects the page's title, language and meta fields from its head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.language = ""
        self.title = ""
        self._capture: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.language = values.get("lang", "")
        elif tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        elif tag == "title" and not self.title:
            self._capture = "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == self._capture:
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture == "title":
            self.title += data


_MAIN_CONTENT = (
    re.compile(r"<article\b[^>]*>(.*)</article\s*>", re.DOTALL | re.IGNORECASE),
    re.compile(r"<main\b[^>]*>(.*)</main\s*>", re.DOTALL | re.IGNORECASE),
    re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.DOTALL | re.IGNORECASE),
)
_FIRST_H1 = re.compile(r"<h1\b[^>]*>.*?</h1\s*>", re.DOTALL | re.IGNORECASE)


_BODY_START = re.compile(r"<body\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def strip_tags(html_text: str) -> str:
    """Rough text of HTML, for guesses such as the language; never for display."""
    return html.unescape(_TAG.sub(" ", html_text))


def parse_html(text: str, fallback_title: str) -> ParsedFile:
    body_start = _BODY_START.search(text)
    reader = _HeadReader()  # only the head: the body may be huge or hostile
    reader.feed(text[: body_start.start() if body_start else 65_536])
    reader.close()
    body = next((m.group(1) for p in _MAIN_CONTENT if (m := p.search(text))), text)
    first_h1 = _FIRST_H1.search(body)
    h1 = " ".join(strip_tags(first_h1.group(0)).split()) if first_h1 else ""
    title = h1 or " ".join(reader.title.split())
    if h1:
        body = _FIRST_H1.sub("", body, count=1)  # shown as the title already
    meta = reader.meta
    parsed = ParsedFile(
        title=title[:500] or _title_from_name(fallback_title),
        html=body,
        author=" ".join(meta.get("author", "").split())[:200],
        summary=" ".join(meta.get("description", "").split())[:2000],
        published=parse_date(
            meta.get("date") or meta.get("article:published_time") or meta.get("dc.date")
        ),
    )
    if reader.language:
        try:
            parsed.language = normalize_language(reader.language)
        except SkipFile:
            parsed.language = None  # a wrong lang attribute is common; detect instead
    keywords = meta.get("keywords", "")
    parsed.tags = [tag.strip() for tag in keywords.split(",") if tag.strip()]
    return parsed


def detect_language(text: str) -> str:
    """'ko' when a good share of the letters are Hangul, else 'en'."""
    sample = text[:20_000]
    letters = len(_LETTER.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    return "ko" if letters and hangul / letters >= 0.3 else "en"
