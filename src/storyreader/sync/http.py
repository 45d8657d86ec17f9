"""The one HTTP client sync uses, and the rules it keeps on every request.

- A clear User-Agent, TLS verification on, redirects followed by hand: only to http(s), and
  never from https down to http.
- Nothing outside the web unless it is the source's own: a client serves one source (its
  `home`), and every address it is asked for or redirected to is checked where its name
  resolves, before the request and again at connect time, against the public internet
  (behind a proxy, which resolves names itself, only addresses written out are checked).
  Loopback, link-local (169.254.169.254, where cloud servers hand out their secrets) and
  private addresses are refused unless they are the source's own name or addresses (as for
  a source on the reader's own network, or a test server on 127.0.0.1). The connection goes
  to the address that was checked, so a name cannot resolve one way for the check and
  another for the connection.
- A connect timeout that also bounds the DNS lookup, and a hard deadline per request. Read
  timeouts are not deadlines (a server sending one byte a second never trips them), so the
  network streams under httpx clamp every wait to the time the request has left.
- A size cap per response, at most `per_host` requests at once to one host, and retries with
  back-off on 429, 5xx and connections dropped mid-body, honouring Retry-After.
- Conditional requests: the caller passes the validators it stored; a 304 costs one round trip.
- Compressed bodies (gzip, deflate) are inflated here, never past the size cap: a small
  compressed bomb stops at the cap like any large body. `gunzip` does the same for files
  that are gzip themselves (`sitemap.xml.gz`).
- The system's proxy (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), read by httpx's own
  reading of the environment, with our deadline backend under each proxy's transport too.
"""

from __future__ import annotations

import email.utils
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from storyreader import __version__
from storyreader.archive.media import sha256_hex
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence
from storyreader.sync.addresses import Addresses, AddressRefused, named, where_is
from storyreader.sync.inflate import ACCEPT_ENCODING, Inflater
from storyreader.sync.transport import Transport, deadline, serving, system_proxies

USER_AGENT = f"StoryReader/{__version__} (offline reader for a human-rights archive; sync)"
MIB = 1024 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# What a caller is handed back rather than an error: content, "not modified", "gone".
RETURNED_STATUSES = frozenset({200, 203, 304, 404, 410})


@dataclass(frozen=True)
class FetchPolicy:
    """How patient and how polite the client is; tests shorten the times."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 4.0  # DNS lookup and TCP/TLS connect, each
    deadline: float = 30.0  # the whole of one request, headers and body
    max_bytes: int = 8 * MIB
    per_host: int = 3
    retries: int = 3
    backoff: float = 1.0  # first pause before a retry; doubles each time
    max_wait: float = 60.0  # the longest Retry-After honoured; longer means "not now"
    max_redirects: int = 5
    verify: ssl.SSLContext | bool = True


@dataclass(frozen=True)
class Validators:
    """What a server said about a version of a URL, to ask "changed since?" next time."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class Fetched:
    """A response: 2xx with its body, 304 (not modified), or 404/410 (gone)."""

    url: str  # where the body came from, after redirects
    status: int
    body: bytes
    headers: httpx.Headers

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def gone(self) -> bool:
        return self.status in (404, 410)

    @property
    def content_type(self) -> str:
        return str(self.headers.get("content-type", "")).split(";")[0].strip().lower()

    @property
    def validators(self) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"))

    @property
    def sha256(self) -> str:
        return sha256_hex(self.body)


class FetchError(Exception):
    """A URL could not be fetched; `reason` completes "Could not fetch URL: ..." (translated
    when it is shown, as a `KnownError`'s sentence is)."""

    def __init__(self, url: str, reason: Sentence, *values: object) -> None:
        self.url = url
        self.reason = reason.with_values(*values) if values else reason
        super().__init__(url, self.reason)

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}"


class UnreachableError(FetchError):
    """The host could not be reached at all (no network, no such name, nothing listening)."""


class DeadlineError(FetchError):
    """The request took longer than its deadline."""


# --- The client -------------------------------------------------------------------------------

_TIMED_OUT = QT_TRANSLATE_NOOP("Sync", "the connection timed out")
_NOT_FOUND = QT_TRANSLATE_NOOP("Sync", "its host name could not be found")
_ANSWERED = QT_TRANSLATE_NOOP("Sync", "the server answered %1")
_LARGER = QT_TRANSLATE_NOOP("Sync", "it is larger than %1")
_ONLY_WEB = QT_TRANSLATE_NOOP("Sync", "only http and https addresses can be fetched")


class HttpClient:
    """Fetches URLs by the rules in the module docstring; safe to share between threads.

    `home` is the address of the source the client fetches for: addresses outside the
    public internet are reached only when they are its own. Without one, each `fetch` is its
    own source (a page the user named), and only where it redirects to is checked.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, home: str | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.proxies = system_proxies()
        self._home = urlsplit(home).hostname if home else None
        self._addresses = Addresses()
        self._client = httpx.Client(
            transport=Transport(self.policy.verify, self._addresses),
            mounts={
                pattern.pattern: None
                if proxy is None
                else Transport(self.policy.verify, self._addresses, proxy)
                for pattern, proxy in self.proxies
            },
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(self.policy.deadline, connect=self.policy.connect_timeout),
            follow_redirects=False,
            trust_env=False,
        )
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        self._bytes = 0

    @property
    def bytes_downloaded(self) -> int:
        return self._bytes

    def proxy_for(self, url: str) -> str | None:
        """The proxy a request to `url` goes through, if any."""
        target = httpx.URL(url)
        for pattern, proxy in self.proxies:
            if pattern.matches(target):
                return None if proxy is None else str(proxy.url)
        return None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        max_bytes: int | None = None,
        accept: str = "*/*",
    ) -> Fetched:
        """GET `url`; returns 2xx, 304 and 404/410 responses, raises FetchError otherwise."""
        headers = {"Accept": accept}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        current = _checked_url(url)
        home = self._home or urlsplit(current).hostname or ""
        for _hop in range(self.policy.max_redirects + 1):
            self._check_address(url, current, home)
            with serving(home):
                fetched = self._with_retries(current, headers, max_bytes or self.policy.max_bytes)
            if fetched.status not in _REDIRECTS:
                return fetched
            current = self._redirect_target(current, fetched)
        raise FetchError(
            url, QT_TRANSLATE_NOOP("Sync", "more than %1 redirects"), self.policy.max_redirects
        )

    def _check_address(self, url: str, current: str, home: str) -> None:
        """Refuse `current` (`url`, or where it redirected) if it leads outside the public
        internet to an address that is not the source's own."""
        host = urlsplit(current).hostname or ""
        # Behind a proxy, names are the proxy's to resolve (this computer may not be able
        # to): only an address written out is checked.
        proxied = self.proxy_for(current) is not None
        try:
            refused = self._addresses.refused(
                host, home, self.policy.connect_timeout, resolve=not proxied
            )
        except httpcore.ConnectTimeout:
            raise UnreachableError(current, _TIMED_OUT) from None
        except httpcore.ConnectError:
            raise UnreachableError(current, _NOT_FOUND) from None
        if refused is None:
            return
        why = QT_TRANSLATE_NOOP("Sync", "%1 is %2, and not the source's own: refused").with_values(
            named(host, refused), where_is(refused)
        )
        if current != url:
            why = QT_TRANSLATE_NOOP("Sync", "it redirects to %1; %2").with_values(current, why)
        raise FetchError(url, why)

    def _redirect_target(self, current: str, fetched: Fetched) -> str:
        location = fetched.headers.get("location")
        if not location:
            raise FetchError(
                current,
                QT_TRANSLATE_NOOP("Sync", "a %1 redirect without a Location"),
                fetched.status,
            )
        target = _checked_url(urljoin(current, location.strip()), referrer=current)
        if urlsplit(current).scheme == "https" and urlsplit(target).scheme == "http":
            raise FetchError(
                current,
                QT_TRANSLATE_NOOP("Sync", "it redirects from https to insecure http, refused"),
            )
        return target

    def _with_retries(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        attempt = 0
        while True:
            try:
                fetched = self._once(url, headers, max_bytes)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
                # A connection dropped mid-exchange: the whole body is fetched again.
                if attempt >= self.policy.retries:
                    raise FetchError(
                        url,
                        QT_TRANSLATE_NOOP("Sync", "the connection broke off (%1)"),
                        error,
                    ) from None
                wait = self.policy.backoff * 2**attempt
            else:
                if fetched.status not in _RETRY_STATUSES:
                    return fetched
                if attempt >= self.policy.retries:
                    raise FetchError(url, _ANSWERED, fetched.status)
                wait = _retry_after(fetched.headers) or self.policy.backoff * 2**attempt
                if wait > self.policy.max_wait:
                    raise FetchError(
                        url,
                        QT_TRANSLATE_NOOP("Sync", "the server asked us to come back in %1 seconds"),
                        f"{wait:.0f}",
                    )
            attempt += 1
            time.sleep(wait)

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        host = urlsplit(url).netloc.lower()
        with self._host_slot(host), deadline(self.policy.deadline):
            try:
                return self._stream(url, headers, max_bytes)
            except httpx.TimeoutException as error:
                if isinstance(error, httpx.ConnectTimeout):
                    raise UnreachableError(url, _TIMED_OUT) from None
                raise DeadlineError(
                    url,
                    QT_TRANSLATE_NOOP("Sync", "it took longer than %1 seconds"),
                    f"{self.policy.deadline:g}",
                ) from None
            except httpx.ConnectError as error:
                reason = _connect_reason(error)
                if reason is None:  # TLS: the network is there, the certificate is not good
                    raise FetchError(
                        url,
                        QT_TRANSLATE_NOOP("Sync", "its secure connection failed (%1)"),
                        error,
                    ) from None
                raise UnreachableError(url, reason) from None
            except httpx.UnsupportedProtocol:
                raise FetchError(url, _ONLY_WEB) from None
            except AddressRefused as refused:  # the name resolves elsewhere than it did
                raise FetchError(
                    url,
                    QT_TRANSLATE_NOOP("Sync", "%1 now, and not the source's own: refused"),
                    refused.reason,
                ) from None

    def _stream(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        with self._client.stream("GET", url, headers=headers) as response:
            if response.status_code not in RETURNED_STATUSES | _REDIRECTS | _RETRY_STATUSES:
                raise FetchError(url, _ANSWERED, response.status_code)
            declared = _content_length(response.headers)
            if declared is not None and declared > max_bytes:
                raise FetchError(url, _LARGER, _megabytes(max_bytes))
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
                raise FetchError(
                    url,
                    QT_TRANSLATE_NOOP("Sync", "it came in an encoding we did not ask for (%1)"),
                    encoding,
                )
            inflater = Inflater(encoding, max_bytes) if encoding not in ("identity", "") else None
            chunks: list[bytes] = []
            size = 0
            try:
                for raw in response.iter_raw():
                    chunk = inflater.feed(raw) if inflater else raw
                    size += len(chunk)
                    if size > max_bytes:
                        raise OverflowError
                    chunks.append(chunk)
            except OverflowError:
                raise FetchError(url, _LARGER, _megabytes(max_bytes)) from None
            except zlib.error as error:
                raise FetchError(
                    url,
                    QT_TRANSLATE_NOOP("Sync", "its compressed body is damaged (%1)"),
                    error,
                ) from None
            finally:
                with self._lock:
                    self._bytes += response.num_bytes_downloaded
            return Fetched(
                str(response.url), response.status_code, b"".join(chunks), response.headers
            )

    @contextmanager
    def _host_slot(self, host: str) -> Iterator[None]:
        with self._lock:
            slot = self._hosts.setdefault(host, threading.BoundedSemaphore(self.policy.per_host))
        with slot:
            yield


def _checked_url(url: str, *, referrer: str | None = None) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        if referrer:
            raise FetchError(
                url,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "only http and https addresses can be fetched (redirected from %1)",
                ),
                referrer,
            )
        raise FetchError(url, _ONLY_WEB)
    return url


def _content_length(headers: httpx.Headers) -> int | None:
    if "content-encoding" in headers:
        return None  # the compressed length says nothing about the body we keep
    try:
        return int(headers.get("content-length", ""))
    except ValueError:
        return None


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _connect_reason(error: httpx.ConnectError) -> Sentence | None:
    """Why a connection failed, in words; None when it was TLS (the host was reached)."""
    text = str(error)
    if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
        return None
    if "look up" in text or "no address" in text:
        return _NOT_FOUND
    if "refused" in text.lower():
        return QT_TRANSLATE_NOOP("Sync", "nothing answered at that address")
    return QT_TRANSLATE_NOOP("Sync", "it could not be reached")


def _megabytes(size: int) -> str:
    return f"{size / MIB:g} MB" if size >= MIB else f"{size // 1024} KB"
