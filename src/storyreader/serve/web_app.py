"""The web reader's answers: an aiohttp application whose every address starts with the
share's secret token, pages from Jinja2 templates (auto-escaped), assets from memory.

Addresses, under /t/TOKEN:
    /                       the shared documents, and a search box
    /d/ID                   one document with its pictures (and an appeal's letters)
    /d/ID/letter-N.txt      an appeal's Nth template letter as plain text
    /p/SHA256               a stored picture of a shared document
    /search?q=&page=        search, with the app's query language and snippets
    /s/NAME                 the stylesheet and the two small scripts
    /remote ...             the presenter's remote (only while a show offers one; PIN)

Anything else, and anything without the token, is 404. Blocking work (SQLite, Whoosh) runs
on a small thread pool, never on the event loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import jinja2
from aiohttp import web
from markupsafe import Markup, escape

from storyreader.config import package_dir
from storyreader.serve.body import SHA256, Rewrite
from storyreader.serve.content import Bounded, Content, Entry
from storyreader.serve.guard import RateLimit, Visitors
from storyreader.serve.remote import COMMANDS, RemoteAccess, RemoteState, ShowRemote, run_command
from storyreader.serve.words import Gettext, Language, choose_language, fill, words_for

if TYPE_CHECKING:
    from storyreader.search import SearchIndex, SearchResults

log = logging.getLogger(__name__)

RESOURCES = package_dir() / "resources" / "serve"
MAX_PATH_CHARS = 300
MAX_QUERY_STRING_CHARS = 1_000
MAX_QUERY_CHARS = 200  # what a person types into the search box
MAX_PAGE = 10_000
MAX_SEARCH_PAGE = 50  # a deeper page costs Whoosh every hit before it
MAX_BODY_BYTES = 2_048  # the only bodies we take are the remote's small forms
RESULTS_PER_PAGE = 10
RESULTS_AS_YOU_TYPE = 5  # a phone's screen shows about that many while typing
ENTRIES_PER_PAGE = 50
LIST_PAGES_KEPT = 64  # rendered pages of the list kept (a language and a page each)
SEARCHES_KEPT = 512  # recent searches' results: a room types the same few words
DOCUMENT_ID = re.compile(r"[a-z0-9]{4,16}")
COOKIE = "remote"
CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token never leaves in a Referer
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
KIND_WORDS = {"story": "Story", "letter": "Letter", "update": "Update", "appeal": "Appeal"}
T = TypeVar("T")


@dataclass
class Settings:
    """What one running share serves, and to whom."""

    token: str
    content: Content
    index: SearchIndex | None
    rate_limit: RateLimit = field(default_factory=RateLimit)
    visitors: Visitors = field(default_factory=Visitors)
    remote: ShowRemote | None = None
    access: RemoteAccess = field(default_factory=RemoteAccess)

    @property
    def root(self) -> str:
        return f"/t/{self.token}"


def load_static() -> dict[str, tuple[bytes, str, str]]:
    """name -> (bytes, content type, version) for everything in static/, read once."""
    found = {}
    for path in sorted((RESOURCES / "static").iterdir()):
        if path.suffix in STATIC_TYPES and path.is_file():
            data = path.read_bytes()
            found[path.name] = (
                data,
                STATIC_TYPES[path.suffix],
                hashlib.sha256(data).hexdigest()[:12],
            )
    return found


def template_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(RESOURCES / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["fill"] = fill_escaped
    return environment


def fill_escaped(template: str, *values: object) -> Markup:
    """`i18n.fill` for templates: the sentence and plain values escaped, markup kept."""
    return Markup(fill(str(escape(template)), *(str(escape(value)) for value in values)))


class Reader:
    """The handlers of one share."""

    def __init__(self, settings: Settings, pool: ThreadPoolExecutor) -> None:
        self.settings = settings
        self.pool = pool
        self.templates = template_environment()
        self.static = load_static()
        # The list is the same for every phone of a language: rendered once per page.
        self._lists: Bounded[tuple[int, Language, int], str] = Bounded(LIST_PAGES_KEPT)
        self._searches: Bounded[tuple[int, str, int, int], SearchResults] = Bounded(SEARCHES_KEPT)

    # --- plumbing ------------------------------------------------------------------------

    async def blocking(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.pool, work)

    def page(
        self, request: web.Request, name: str, status: int = 200, **values: Any
    ) -> web.Response:
        language = choose_language(request.headers.get("Accept-Language"))
        gettext = words_for(language)
        html = self.templates.get_template(name).render(
            _=gettext,
            lang=language,
            root=self.settings.root,
            title=self.settings.content.title,
            asset=self.asset_url,
            kind_label=partial(kind_label, gettext),
            when=partial(when, language),
            **values,
        )
        response = web.Response(text=html, status=status, content_type="text/html")
        response.headers["Vary"] = "Accept-Language"
        return response

    def asset_url(self, name: str) -> str:
        return f"{self.settings.root}/s/{name}?v={self.static[name][2]}"

    def rewrite(self, gettext: Gettext, entry: Entry) -> Rewrite:
        root = self.settings.root
        template = self.templates.get_template("letter_tools.html")
        page = f"{root}/d/{entry.id}"
        return Rewrite(
            picture_url=lambda sha: f"{root}/p/{sha}",
            stored=self.settings.content.picture_keys(),
            missing_text=gettext("Picture not available"),
            letter_tools=lambda number: template.render(_=gettext, number=number, page=page),
        )

    def routes(self, app: web.Application) -> None:
        root = self.settings.root
        app.router.add_get(root, self.to_index)
        app.router.add_get(f"{root}/", self.index)
        app.router.add_get(f"{root}/d/{{doc}}", self.document)
        app.router.add_get(f"{root}/d/{{doc}}/letter-{{number:[0-9]{{1,3}}}}.txt", self.letter)
        app.router.add_get(f"{root}/p/{{sha}}", self.picture)
        app.router.add_get(f"{root}/search", self.search)
        app.router.add_get(f"{root}/s/{{name}}", self.asset)
        app.router.add_get(f"{root}/remote", self.remote_page)
        app.router.add_post(f"{root}/remote", self.remote_pin)
        app.router.add_get(f"{root}/remote/state", self.remote_state)
        app.router.add_post(f"{root}/remote/{{command}}", self.remote_command)

    # --- reading -------------------------------------------------------------------------

    async def to_index(self, _request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"{self.settings.root}/")

    async def index(self, request: web.Request) -> web.Response:
        number = page_number(request)
        content = self.settings.content
        language = choose_language(request.headers.get("Accept-Language"))
        key = (content.serial, language, number)
        html = self._lists.get(key)
        if html is None:
            entries = content.entries()
            pages = max(1, -(-len(entries) // ENTRIES_PER_PAGE))
            if number > pages:
                raise web.HTTPNotFound()
            start = (number - 1) * ENTRIES_PER_PAGE
            shown = entries[start : start + ENTRIES_PER_PAGE]
            html = self.page(
                request, "index.html", entries=shown, q="", page=number, pages=pages
            ).text
            assert html is not None
            self._lists.put(key, html)
        response = web.Response(text=html, content_type="text/html")
        response.headers["Vary"] = "Accept-Language"
        return response

    def _entry(self, request: web.Request) -> Entry:
        doc = request.match_info["doc"]
        entry = self.settings.content.entry(doc) if DOCUMENT_ID.fullmatch(doc) else None
        if entry is None:
            raise web.HTTPNotFound()
        return entry

    async def document(self, request: web.Request) -> web.Response:
        entry = self._entry(request)
        language = choose_language(request.headers.get("Accept-Language"))
        rewrite = self.rewrite(words_for(language), entry)
        body = await self.blocking(lambda: self.settings.content.body(entry, language, rewrite))
        return self.page(request, "document.html", entry=entry, body=Markup(body.html), q="")

    async def letter(self, request: web.Request) -> web.Response:
        entry = self._entry(request)
        number = int(request.match_info["number"])
        language = choose_language(request.headers.get("Accept-Language"))
        rewrite = self.rewrite(words_for(language), entry)
        body = await self.blocking(lambda: self.settings.content.body(entry, language, rewrite))
        if not 1 <= number <= len(body.letters):
            raise web.HTTPNotFound()
        return web.Response(text=body.letters[number - 1], content_type="text/plain")

    async def picture(self, request: web.Request) -> web.StreamResponse:
        sha = request.match_info["sha"]
        if not SHA256.fullmatch(sha):
            raise web.HTTPNotFound()
        etag = f'"{sha}"'
        if request.headers.get("If-None-Match") == etag and sha in (
            self.settings.content.picture_keys()
        ):
            return web.Response(status=304, headers={"ETag": etag})
        picture = await self.blocking(lambda: self.settings.content.picture(sha))
        if picture is None:
            raise web.HTTPNotFound()
        return web.Response(
            body=picture.data,
            content_type=picture.mime,
            headers={"ETag": etag, "Cache-Control": "private, max-age=86400, immutable"},
        )

    async def asset(self, request: web.Request) -> web.Response:
        found = self.static.get(request.match_info["name"])
        if found is None:
            raise web.HTTPNotFound()
        data, content_type, version = found
        response = web.Response(body=data, headers={"Content-Type": content_type})
        response.headers["ETag"] = f'"{version}"'
        response.headers["Cache-Control"] = "private, max-age=86400"
        return response

    async def search(self, request: web.Request) -> web.Response:
        q = request.query.get("q", "")
        if len(q) > MAX_QUERY_CHARS or "\x00" in q or "\ufffd" in q:
            raise web.HTTPBadRequest()
        page = page_number(request, MAX_SEARCH_PAGE)
        fragment = request.query.get("fragment") == "1"
        results = None
        index = self.settings.index
        if q.strip() and index is not None:
            content = self.settings.content
            size = RESULTS_AS_YOU_TYPE if fragment else RESULTS_PER_PAGE
            key = (content.serial, " ".join(q.split()), page, size)
            results = self._searches.get(key)
            if results is None:
                ids = content.ids()
                results = await self.blocking(
                    lambda: index.search(
                        q, page=page, page_size=size, within=ids, suggest=not fragment
                    )
                )
                self._searches.put(key, results)
        name = "results.html" if fragment else "search.html"
        return self.page(request, name, q=q, results=results, fragment=fragment)

    # --- the presenter's remote ------------------------------------------------------------

    def _remote(self) -> ShowRemote:
        remote = self.settings.remote
        if remote is None:
            raise web.HTTPNotFound()
        return remote

    def _allowed(self, request: web.Request) -> bool:
        return self.settings.access.allows(request.cookies.get(COOKIE))

    async def remote_page(self, request: web.Request) -> web.Response:
        remote = self._remote()
        if not self._allowed(request):
            return self.page(request, "pin.html", message="")
        state = await self.blocking(remote.state)
        return self.page(request, "remote.html", state=state)

    async def remote_pin(self, request: web.Request) -> web.StreamResponse:
        self._remote()
        form = await request.post()
        pin = str(form.get("pin", ""))[:20]
        verdict, key = self.settings.access.try_pin(request.remote or "?", pin)
        if verdict == "ok":
            response = web.HTTPSeeOther(f"{self.settings.root}/remote")
            response.set_cookie(
                COOKIE, key, path=f"{self.settings.root}/remote", httponly=True, samesite="Strict"
            )
            raise response
        message = (
            "That PIN is not right."
            if verdict == "wrong"
            else "Too many wrong PINs: ask for a new one on the console."
        )
        return self.page(request, "pin.html", status=403, message=message)

    async def remote_state(self, request: web.Request) -> web.Response:
        remote = self._remote()
        if not self._allowed(request):
            raise web.HTTPForbidden()
        state = await self.blocking(remote.state)
        return state_response(state)

    async def remote_command(self, request: web.Request) -> web.StreamResponse:
        remote = self._remote()
        command = request.match_info["command"]
        if command not in COMMANDS:
            raise web.HTTPNotFound()
        if not self._allowed(request) or not same_origin(request):
            raise web.HTTPForbidden()
        await request.read()  # drain the small form (its size is capped)
        state = await self.blocking(lambda: _command(remote, command))
        if "application/json" in request.headers.get("Accept", ""):
            return state_response(state)
        raise web.HTTPSeeOther(f"{self.settings.root}/remote")


def page_number(request: web.Request, most: int = MAX_PAGE) -> int:
    """The `page` asked for (1 when none); 400 for anything but a small whole number."""
    text = request.query.get("page", "1")
    number = int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else 0
    if not 1 <= number <= most:
        raise web.HTTPBadRequest()
    return number


def _command(remote: ShowRemote, command: Any) -> RemoteState:
    run_command(remote, command)
    return remote.state()


def state_response(state: RemoteState) -> web.Response:
    return web.Response(
        text=json.dumps(
            {
                "running": state.running,
                "number": state.number,
                "count": state.count,
                "title": state.title,
                "notes": state.notes,
                "screen": state.screen,
            },
            ensure_ascii=False,
        ),
        content_type="application/json",
    )


def same_origin(request: web.Request) -> bool:
    """A form posted from another site's page (a browser sends Origin on POST) is refused."""
    origin = request.headers.get("Origin")
    return origin is None or origin == f"{request.scheme}://{request.host}"


def kind_label(gettext: Gettext, kind: str) -> str:
    word = KIND_WORDS.get(kind)
    return gettext(word) if word else kind.capitalize()


def when(language: Language, moment: datetime | None) -> str:
    if moment is None:
        return ""
    if language == "ko":
        return f"{moment.year}년 {moment.month}월 {moment.day}일"
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


# --- guarding every request -------------------------------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def make_app(settings: Settings, pool: ThreadPoolExecutor) -> web.Application:
    reader = Reader(settings, pool)
    app = web.Application(
        middlewares=[_guard(settings, reader)],
        client_max_size=MAX_BODY_BYTES,
        handler_args={"max_line_size": 4096, "max_field_size": 4096},
    )
    reader.routes(app)
    app.on_response_prepare.append(_security_headers)
    return app


def _guard(settings: Settings, reader: Reader) -> Any:
    prefix = f"/t/{settings.token}".encode()

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        client = request.remote or "?"
        wait = settings.rate_limit.allow(client)
        if wait:
            return _plain(429, "Too many requests; wait a moment and try again.", request, wait)
        path = request.raw_path.split("?", 1)[0].encode("utf-8", "replace")
        given, rest = path[: len(prefix)], path[len(prefix) : len(prefix) + 1]
        if not secrets.compare_digest(given, prefix) or rest not in (b"", b"/"):
            return web.Response(status=404, text="Not found")  # the same for every path
        settings.visitors.saw(client)
        if (
            len(request.raw_path) > MAX_PATH_CHARS + MAX_QUERY_STRING_CHARS
            or len(request.query_string) > MAX_QUERY_STRING_CHARS
        ):
            return _plain(414, "That request cannot be answered.", request)
        if request.method not in ("POST",) and (request.content_length or request.body_exists):
            return _plain(413, "That request cannot be answered.", request)
        try:
            return await handler(request)
        except web.HTTPException as error:
            if error.status == 404:
                return reader.page(request, "error.html", status=404)
            if error.status >= 400:
                return _plain(error.status, "That request cannot be answered.", request)
            raise  # a redirect
        except Exception:
            log.exception("The web reader failed on %s", request.path)
            return _plain(500, "That request cannot be answered.", request)

    return guard


def _plain(status: int, sentence: str, request: web.Request, wait: float = 0) -> web.Response:
    language = choose_language(request.headers.get("Accept-Language"))
    response = web.Response(status=status, text=words_for(language)(sentence) + "\n")
    if wait:
        response.headers["Retry-After"] = str(max(1, round(wait)))
    return response


async def _security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.pop("Server", None)
