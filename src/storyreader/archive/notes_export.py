"""The reader's notes and bookmarks written out as Markdown or HTML, for one document or all:
each document's title and details, its bookmarks (where, and the line they mark), and each
note under the words it is about. The desktop app and `storyreader notes export` share it.

Everything taken from the archive (titles, quotes, the notes themselves) is escaped, so an
export opens as plain text in any Markdown or HTML viewer. Files are written whole or not
at all (a temporary file, then renamed over the target).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from storyreader import i18n
from storyreader.archive.reader_data import AnnotatedDocument, BookmarkInfo
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

FORMATS = ("markdown", "html")
SUFFIXES = {"markdown": ".md", "html": ".html"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)", re.MULTILINE)  # list markers


def _bookmarks() -> str:
    return i18n.translate("NotesExport", "Bookmarks")


def _notes() -> str:
    return i18n.translate("NotesExport", "Notes")


def _heading() -> str:
    return i18n.translate("NotesExport", "Notes and bookmarks")


def _exported(on: date) -> str:
    return i18n.fill(i18n.translate("NotesExport", "Exported from Story Reader on %1."), on)


def _details(document: AnnotatedDocument) -> list[str]:
    published = document.published.date().isoformat() if document.published else ""
    return [part for part in (document.author, published) if part]


def _where(bookmark: BookmarkInfo) -> str:
    return i18n.fill(i18n.translate("NotesExport", "At %1%"), round(bookmark.position * 100))


def _changed() -> str:
    return i18n.translate("NotesExport", "The document has changed since this note was written.")


def _nothing() -> str:
    return i18n.translate("NotesExport", "There are no notes or bookmarks to export.")


# --- Markdown ------------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links, headings or lists."""
    return _LINE_START.sub(r"\1\\\2\3", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def _quoted(text: str) -> list[str]:
    return [f"> {escape_markdown(line)}".rstrip() for line in text.strip().splitlines()]


def to_markdown(documents: Sequence[AnnotatedDocument], on: date) -> str:
    lines = [f"# {_heading()}", "", _exported(on)]
    for document in documents:
        lines += ["", f"## {escape_markdown(document.title)}", ""]
        details = [escape_markdown(part) for part in _details(document)]
        if document.url:
            details.append(f"<{document.url}>" if _is_web(document.url) else "")
        if any(details):
            lines += [" · ".join(part for part in details if part), ""]
        if document.bookmarks:
            lines += [f"### {_bookmarks()}", ""]
            for bookmark in document.bookmarks:
                label = f" — {escape_markdown(bookmark.label)}" if bookmark.label else ""
                lines.append(f"- {_where(bookmark)}{label}")
            lines.append("")
        if document.notes:
            lines += [f"### {_notes()}", ""]
            for note in document.notes:
                lines += [*_quoted(note.quote), ""]
                lines += [escape_markdown(line) for line in note.text.strip().splitlines()]
                if note.document_changed:
                    lines += ["", f"*{escape_markdown(_changed())}*"]
                lines.append("")
    if not documents:
        lines += ["", _nothing()]
    return "\n".join(lines).rstrip() + "\n"


# --- HTML ----------------------------------------------------------------------------------

_STYLE = (
    "body{font-family:serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.5}"
    "blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #1f6f8b;color:#444}"
    ".details,.changed{color:#666}"
)


def _lines(text: str) -> str:
    return "<br/>".join(html.escape(line) for line in text.strip().splitlines())


def to_html(documents: Sequence[AnnotatedDocument], on: date, language: str = "en") -> str:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(language)}"><head><meta charset="utf-8"/>',
        f"<title>{html.escape(_heading())}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(_heading())}</h1><p>{html.escape(_exported(on))}</p>",
    ]
    for document in documents:
        parts.append(f"<h2>{html.escape(document.title)}</h2>")
        details = [html.escape(part) for part in _details(document)]
        if document.url and _is_web(document.url):
            address = html.escape(document.url)
            details.append(f'<a href="{address}">{address}</a>')
        if details:
            parts.append(f'<p class="details">{" · ".join(details)}</p>')
        if document.bookmarks:
            parts.append(f"<h3>{html.escape(_bookmarks())}</h3><ul>")
            for bookmark in document.bookmarks:
                label = f" — {html.escape(bookmark.label)}" if bookmark.label else ""
                parts.append(f"<li>{html.escape(_where(bookmark))}{label}</li>")
            parts.append("</ul>")
        if document.notes:
            parts.append(f"<h3>{html.escape(_notes())}</h3>")
            for note in document.notes:
                parts.append(f"<blockquote>{_lines(note.quote)}</blockquote>")
                parts.append(f"<p>{_lines(note.text)}</p>")
                if note.document_changed:
                    parts.append(f'<p class="changed"><em>{html.escape(_changed())}</em></p>')
    if not documents:
        parts.append(f"<p>{html.escape(_nothing())}</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _is_web(url: str) -> bool:
    return url.startswith(("https://", "http://"))


# --- writing -------------------------------------------------------------------------------


def export_text(
    documents: Sequence[AnnotatedDocument], kind: str, on: date, language: str = "en"
) -> str:
    if kind not in FORMATS:
        raise KnownError(
            QT_TRANSLATE_NOOP("NotesExport", "Notes export as %1, not “%2”."),
            " or ".join(FORMATS),
            kind,
        )
    return to_markdown(documents, on) if kind == "markdown" else to_html(documents, on, language)


def write_export(path: Path, text: str) -> None:
    """Write the export whole, or leave what was there (a temporary file, then renamed)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise KnownError(
            QT_TRANSLATE_NOOP("NotesExport", "Cannot write %1: %2."),
            str(path),
            error.strerror or type(error).__name__,
        ) from error
