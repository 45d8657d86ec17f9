"""A real HTTP server on 127.0.0.1 for sync tests, serving the sites in tests/sync/sites/.

Files are served by path (`blog/post.html` at `/blog/post`, `blog@a_page=2.html` at
`/blog?a_page=2`), with `{{origin}}` replaced by the server's own address. Every response
carries an ETag and a Last-Modified, and conditional requests are answered with 304, like a
real CMS behind a CDN. Any picture path not otherwise served gets a small real PNG. Tests can
change, remove and break routes (drop the connection mid-body, drip one byte a second,
answer 503 for a while), and hook every request (to kill a sync at a chosen moment).
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.pictures import solid_png

SITES = Path(__file__).resolve().parent / "sites"
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".json": "application/feed+json",
    ".txt": "text/plain",
}
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
START = 1_700_000_000.0  # every route's first Last-Modified


def tiny_png(seed: str, size: int = 2) -> bytes:
    """A real PNG of `size`x`size` pixels in a colour derived from `seed`."""
    return solid_png(hashlib.sha256(seed.encode()).digest()[:3], size)


@dataclass
class Route:
    body: bytes
    content_type: str
    status: int = 200
    etag: bool = True
    last_modified: bool = True
    modified: float = START
    headers: dict[str, str] = field(default_factory=dict)
    drop_times: int = 0  # close the connection halfway through the body this many times
    fail_times: int = 0  # answer `fail_status` this many times first
    fail_status: int = 503
    retry_after: str | None = None
    drip: bool = False  # one byte a second, for ever
    delay: float = 0.0  # think this long before answering


@dataclass
class Logged:
    method: str
    path: str
    headers: dict[str, str]
    status: int = 0

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)


Dynamic = Callable[[str, dict[str, list[str]]], Reply | None]


class FixtureServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.scheme = "https" if tls else "http"
        self.routes: dict[str, Route] = {}
        self.log: list[Logged] = []
        self.missing_images: set[str] = set()
        self.dynamic: list[Dynamic] = []
        self.on_request: Callable[[int, str], None] | None = None
        self.in_flight = 0
        self.most_in_flight = 0  # the most requests this server was answering at once
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # --- content ------------------------------------------------------------------------

    def load(self, site: str, *, under: str = "") -> None:
        root = SITES / site
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.name.startswith("_"):
                self.put(
                    under + _route_for(path.relative_to(root)),
                    path.read_text(),
                    _TYPES.get(path.suffix, "application/octet-stream"),
                )

    def text(self, site_file: str) -> str:
        return (SITES / site_file).read_text().replace("{{origin}}", self.origin)

    def put(
        self, path: str, body: str | bytes, content_type: str = _TYPES[".html"], **options: Any
    ) -> Route:
        data = body.replace("{{origin}}", self.origin).encode() if isinstance(body, str) else body
        with self._lock:
            old = self.routes.get(path)
            modified = max(time.time(), old.modified + 1) if old else START
            route = Route(data, content_type, modified=modified, **options)
            self.routes[path] = route
        return route

    def edit(self, path: str, old: str, new: str) -> None:
        route = self.routes[path]
        text = route.body.decode()
        assert old in text, f"{old!r} is not in {path}"
        self.put(path, text.replace(old, new), route.content_type)

    def remove(self, path: str) -> None:
        with self._lock:
            del self.routes[path]

    # --- what happened ------------------------------------------------------------------

    def requests(self, path_prefix: str = "") -> list[Logged]:
        with self._lock:
            return [entry for entry in self.log if entry.path.startswith(path_prefix)]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    # --- answering ----------------------------------------------------------------------

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        logged = Logged(
            handler.command, handler.path, {k.lower(): v for k, v in handler.headers.items()}
        )
        with self._lock:
            self.log.append(logged)
            count = len(self.log)
        if self.on_request is not None:
            self.on_request(count, handler.path)
        parts = urlsplit(handler.path)
        for dynamic in self.dynamic:
            reply = dynamic(parts.path, parse_qs(parts.query))
            if reply is not None:
                logged.status = reply.status
                _send(handler, reply.status, reply.body, reply.content_type, reply.headers)
                return
        route = self._route(handler.path)
        if route is None and parts.path.endswith("/") and parts.path.rstrip("/") in self.routes:
            # Like Webflow: the address with a trailing slash redirects to the one without.
            logged.status = 301
            _send(handler, 301, b"", "text/plain", {"Location": parts.path.rstrip("/")})
            return
        if route is None:
            logged.status = 404
            _send(handler, 404, b"<h1>Not found</h1>", _TYPES[".html"], {})
            return
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(route.delay)
            logged.status = self._serve(handler, route, logged)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _route(self, path: str) -> Route | None:
        with self._lock:
            route = self.routes.get(path) or self.routes.get(urlsplit(path).path)
        bare = urlsplit(path).path
        if (
            route is None
            and bare.lower().endswith(_IMAGE_SUFFIXES)
            and bare not in self.missing_images
        ):
            route = Route(tiny_png(bare), "image/png")
            with self._lock:
                self.routes[bare] = route
        return route

    def _serve(self, handler: BaseHTTPRequestHandler, route: Route, logged: Logged) -> int:
        headers = dict(route.headers)
        if route.fail_times > 0:
            route.fail_times -= 1
            if route.retry_after is not None:
                headers["Retry-After"] = route.retry_after
            _send(handler, route.fail_status, b"busy", "text/plain", headers)
            return route.fail_status
        etag = '"' + hashlib.sha256(route.body).hexdigest()[:20] + '"'
        if route.etag:
            headers["ETag"] = etag
        if route.last_modified:
            headers["Last-Modified"] = email.utils.formatdate(route.modified, usegmt=True)
        if route.status == 200 and _not_modified(logged.headers, route, etag):
            _send(handler, 304, b"", "", headers)
            return 304
        if route.drip:
            _drip(handler, route)
            return route.status
        if route.drop_times > 0:
            route.drop_times -= 1
            _drop(handler, route, headers)
            return route.status
        _send(handler, route.status, route.body, route.content_type, headers)
        return route.status


def _not_modified(request: dict[str, str], route: Route, etag: str) -> bool:
    if "if-none-match" in request:  # when present, If-Modified-Since is ignored (RFC 9110)
        return route.etag and etag in [tag.strip() for tag in request["if-none-match"].split(",")]
    since = request.get("if-modified-since")
    if since and route.last_modified:
        try:
            return email.utils.parsedate_to_datetime(since).timestamp() >= int(route.modified)
        except (TypeError, ValueError):
            return False
    return False


def _route_for(relative: Path) -> str:
    name = relative.as_posix()
    query = ""
    if "@" in name:
        name, query = name.rsplit("@", 1)
        query = "?" + query.removesuffix(".html")
        name += ".html"
    if name.endswith("index.html"):
        name = name.removesuffix("index.html")
    elif name.endswith(".html"):
        name = name.removesuffix(".html")
    return "/" + name + query


def _send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str],
) -> None:
    handler.send_response(status)
    if content_type and status != 304:
        handler.send_header("Content-Type", content_type)
    for name, value in headers.items():
        handler.send_header(name, value)
    if status != 304:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if status != 304:
        handler.wfile.write(body)


def _drop(handler: BaseHTTPRequestHandler, route: Route, headers: dict[str, str]) -> None:
    handler.send_response(route.status)
    handler.send_header("Content-Type", route.content_type)
    handler.send_header("Content-Length", str(len(route.body)))
    handler.end_headers()
    handler.wfile.write(route.body[: len(route.body) // 2])
    handler.wfile.flush()
    handler.close_connection = True


def _drip(handler: BaseHTTPRequestHandler, route: Route) -> None:
    handler.send_response(route.status)
    handler.send_header("Content-Type", route.content_type)
    handler.send_header("Content-Length", str(len(route.body)))
    handler.end_headers()
    handler.close_connection = True
    deadline = time.monotonic() + 30  # the test server stops by itself
    for byte in route.body:
        if time.monotonic() > deadline:
            return
        try:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
        except OSError:
            return
        time.sleep(1)


def _handler_for(server: FixtureServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle(self) -> None:
            try:
                super().handle()
            except ConnectionResetError:  # a client that gave up on a body (over its cap)
                self.close_connection = True

        def do_GET(self) -> None:
            try:
                server.answer(self)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


# --- WordPress ----------------------------------------------------------------------------


class WordPressApi:
    """The parts of the WordPress REST API that sync uses, over posts in a JSON fixture."""

    def __init__(self, server: FixtureServer) -> None:
        data = json.loads(server.text("wordpress/api.json"))
        self.posts: list[dict[str, Any]] = data["posts"]
        self.users: dict[int, str] = {int(k): v for k, v in data["users"].items()}
        self.terms: dict[str, dict[int, str]] = {
            kind: {int(k): v for k, v in data[kind].items()} for kind in ("categories", "tags")
        }
        self.users_hidden = False
        server.dynamic.append(self.reply)

    def post(self, post_id: int) -> dict[str, Any]:
        return next(post for post in self.posts if post["id"] == post_id)

    def edit(self, post_id: int, old: str, new: str, modified: str) -> None:
        post = self.post(post_id)
        assert old in post["content"]["rendered"]
        post["content"]["rendered"] = post["content"]["rendered"].replace(old, new)
        post["modified"] = post["modified_gmt"] = modified

    def delete(self, post_id: int) -> None:
        self.posts.remove(self.post(post_id))

    def reply(self, path: str, query: dict[str, list[str]]) -> Reply | None:
        if not path.startswith("/wp-json/"):
            return None
        if path == "/wp-json/":
            return _json({"name": "Harbour Rights", "namespaces": ["oembed/1.0", "wp/v2"]})
        if path == "/wp-json/wp/v2/posts":
            return self._posts(query)
        kind = path.removeprefix("/wp-json/wp/v2/")
        if kind == "users" and self.users_hidden:
            return Reply(401, json.dumps({"code": "rest_user_cannot_view"}).encode())
        names = self.users if kind == "users" else self.terms.get(kind)
        if names is None:
            return Reply(404, json.dumps({"code": "rest_no_route"}).encode())
        wanted = [int(i) for i in _one(query, "include", "").split(",") if i]
        items = [{"id": i, "name": names[i]} for i in (wanted or sorted(names)) if i in names]
        return _json(items, total=len(items))

    def _posts(self, query: dict[str, list[str]]) -> Reply:
        posts = sorted(self.posts, key=lambda post: post["modified"])
        after = _one(query, "modified_after", "")
        if after:
            posts = [post for post in posts if post["modified"] > after]
        include = _one(query, "include", "")
        if include:
            posts = [post for post in posts if str(post["id"]) in include.split(",")]
        per_page = int(_one(query, "per_page", "10"))
        page = int(_one(query, "page", "1"))
        pages = max(1, -(-len(posts) // per_page))
        if page > pages:
            return Reply(400, json.dumps({"code": "rest_post_invalid_page_number"}).encode())
        chosen = posts[(page - 1) * per_page : page * per_page]
        fields = _one(query, "_fields", "")
        if fields:
            keep = fields.split(",")
            chosen = [{k: v for k, v in post.items() if k in keep} for post in chosen]
        return _json(chosen, total=len(posts), pages=pages)


def _one(query: dict[str, list[str]], name: str, default: str) -> str:
    return query.get(name, [default])[0]


def _json(data: object, *, total: int | None = None, pages: int = 1) -> Reply:
    headers = {"Link": '<https://api.w.org/>; rel="https://api.w.org/"'}
    if total is not None:
        headers.update({"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)})
    return Reply(200, json.dumps(data).encode(), headers=headers)
