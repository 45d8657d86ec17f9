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
import ipaddress
import queue
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

# httpx's reading of the proxy variables, and its matching of URLs to them (private in
# httpx 0.28, pinned in pyproject.toml; tests/sync/test_proxy.py fails if they move).
from httpx._utils import URLPattern, get_environment_proxies

from storyreader import __version__, i18n
from storyreader.archive.media import sha256_hex
from storyreader.errors import KnownError

USER_AGENT = f"StoryReader/{__version__} (offline reader for a human-rights archive; sync)"
MIB = 1024 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# What a caller is handed back rather than an error: content, "not modified", "gone".
RETURNED_STATUSES = frozenset({200, 203, 304, 404, 410})
ACCEPT_ENCODING = "gzip, deflate"  # what `_Inflater` inflates within the size cap
_GZIP_MAGIC = b"\x1f\x8b"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


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
    """A URL could not be fetched; `reason` completes "Could not fetch URL: ..."."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class UnreachableError(FetchError):
    """The host could not be reached at all (no network, no such name, nothing listening)."""


class DeadlineError(FetchError):
    """The request took longer than its deadline."""


class ProxyError(KnownError):
    """The system's proxy setting names a proxy sync cannot use."""


class AddressRefused(Exception):  # noqa: N818 - reads as what happened
    """A connection would go to a non-public address that is not the source's own."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_public(address: Address) -> bool:
    """Whether `address` is on the public internet (not this computer, the local link, a
    private network, or a reserved or multicast range)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _where(address: Address) -> str:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback or address.is_unspecified:
        return "an address on this computer"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "an address on a private network"
    return "a reserved address"


def _named(host: str, address: Address) -> str:
    return host if host == str(address) else f"{host} ({address})"


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return None


class _Addresses:
    """Where names resolve, looked up once per client (a sync of one source), and which of
    those addresses a request may reach: see the module docstring."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Address, ...]] = {}
        self._lock = threading.Lock()

    def of(self, host: str, timeout: float | None) -> tuple[Address, ...]:
        """The addresses of `host`; raises httpcore's ConnectError or ConnectTimeout."""
        host = host.lower()
        literal = _literal(host)
        if literal is not None:
            return (literal,)
        with self._lock:
            known = self._known.get(host)
        if known is None:
            found = resolve_all(host, 0, timeout)
            known = tuple(dict.fromkeys(ipaddress.ip_address(a.split("%")[0]) for a in found))
            with self._lock:
                self._known[host] = known
        return known

    def refused(
        self, host: str, home: str, timeout: float | None, *, resolve: bool = True
    ) -> Address | None:
        """The first address of `host` that a request for the source at `home` may not
        reach, or None when all may be reached (or, without `resolve`, when `host` is a
        name rather than an address)."""
        host, home = host.lower(), home.lower()
        if host == home or (not resolve and _literal(host) is None):
            return None  # the source's own name, wherever it is; or a name left to a proxy
        outside = [address for address in self.of(host, timeout) if not is_public(address)]
        if not outside:
            return None
        try:
            own = set(self.of(home, timeout))
        except (httpcore.ConnectError, httpcore.ConnectTimeout):
            own = set()
        return next((address for address in outside if address not in own), None)


# --- Deadlines under httpx -------------------------------------------------------------------

_local = threading.local()


def _clamp(timeout: float | None) -> float | None:
    """The time a network wait may take: its own timeout, cut to the request's deadline."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


@contextmanager
def _deadline(seconds: float) -> Iterator[float]:
    _local.deadline = time.monotonic() + seconds
    try:
        yield _local.deadline
    finally:
        _local.deadline = None


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


@contextmanager
def _serving(home: str) -> Iterator[None]:
    _local.home = home
    try:
        yield
    finally:
        _local.home = None


class _DeadlineBackend(httpcore.SyncBackend):
    """httpcore's socket backend with every wait clamped to the deadline, a DNS lookup that
    gives up after the connect timeout (getaddrinfo itself has no timeout), and a connection
    only to an address the request's source may reach (`_Addresses`). Under a proxy it has
    no `addresses`: it connects to the proxy, and the proxy resolves where a request goes."""

    def __init__(self, addresses: _Addresses | None) -> None:
        self._addresses = addresses or _Addresses()
        self._guarded = addresses is not None

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout)
        home: str | None = getattr(_local, "home", None)
        if home is not None and self._guarded:
            refused = self._addresses.refused(host, home, timeout)
            if refused is not None:
                raise AddressRefused(f"{_named(host, refused)} is {_where(refused)}")
        address = str(self._addresses.of(host, timeout)[0])
        stream = super().connect_tcp(address, port, _clamp(timeout), local_address, socket_options)
        return _DeadlineStream(stream)


def resolve(host: str, port: int, timeout: float | None) -> str:
    """The first address of `host`: see `resolve_all`."""
    return resolve_all(host, port, timeout)[0]


def resolve_all(host: str, port: int, timeout: float | None) -> list[str]:
    """The addresses of `host`, looked up in a thread so that a dead resolver cannot hold us
    longer than `timeout`."""
    answer: queue.Queue[list[Any] | OSError] = queue.Queue(maxsize=1)

    def look_up() -> None:
        try:
            answer.put(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            answer.put(error)

    threading.Thread(target=look_up, name=f"resolve {host}", daemon=True).start()
    try:
        result = answer.get(timeout=timeout)
    except queue.Empty:
        raise httpcore.ConnectTimeout(f"looking up {host} took too long") from None
    if isinstance(result, OSError):
        raise httpcore.ConnectError(f"cannot look up {host}: {result}")
    if not result:
        raise httpcore.ConnectError(f"{host} has no address")
    return [str(entry[4][0]) for entry in result]


class _Transport(httpx.HTTPTransport):
    def __init__(
        self, policy: FetchPolicy, addresses: _Addresses, proxy: httpx.Proxy | None = None
    ) -> None:
        limits = httpx.Limits(max_connections=20, max_keepalive_connections=10)
        super().__init__(verify=policy.verify, trust_env=False, limits=limits, proxy=proxy)
        # httpx offers no public way to give its pool a network backend; this is the pool
        # it would build, with ours. The slow-drip test fails if a new httpx breaks it.
        ssl_context = httpx.create_ssl_context(verify=policy.verify, trust_env=False)
        self._pool: httpcore.ConnectionPool = (
            httpcore.ConnectionPool(
                ssl_context=ssl_context,
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=limits.keepalive_expiry,
                network_backend=_DeadlineBackend(addresses),
            )
            if proxy is None
            else httpcore.HTTPProxy(
                proxy_url=httpcore.URL(
                    scheme=proxy.url.raw_scheme,
                    host=proxy.url.raw_host,
                    port=proxy.url.port,
                    target=proxy.url.raw_path,
                ),
                proxy_auth=proxy.raw_auth,
                proxy_headers=proxy.headers.raw,
                ssl_context=ssl_context,
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=limits.keepalive_expiry,
                network_backend=_DeadlineBackend(None),  # it connects to the proxy
            )
        )


def system_proxies() -> list[tuple[URLPattern, httpx.Proxy | None]]:
    """The proxy for each kind of URL, as the environment says (None: go direct), most
    specific first; raises ProxyError for a proxy that is not http or https."""
    found: list[tuple[URLPattern, httpx.Proxy | None]] = []
    for pattern, address in get_environment_proxies().items():
        proxy = None
        if address is not None:
            try:
                proxy = httpx.Proxy(address)
            except ValueError:
                proxy = None
            if proxy is None or proxy.url.scheme not in ("http", "https"):
                raise ProxyError(
                    i18n.fill(
                        i18n.translate(
                            "Sync",
                            "The system's proxy setting %1 is not an http or https proxy, "
                            "which is all that syncing can use; change or unset it.",
                        ),
                        address,
                    )
                )
        found.append((URLPattern(pattern), proxy))
    return sorted(found, key=lambda item: item[0])


class _Inflater:
    """Inflates a gzip or deflate body a chunk at a time, never past `limit` bytes out."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit, self.size = limit, 0
        self._gzip = encoding in ("gzip", "x-gzip")
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes) -> bytes:
        if not self._started and not self._gzip and data:
            self._started = True
            if data[0] & 0x0F != 8:  # a deflate body without its zlib header, as some send
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        out: list[bytes] = []
        while data:
            chunk = self._inflate.decompress(data, self.limit - self.size + 1)
            self.size += len(chunk)
            if self.size > self.limit:
                raise OverflowError
            out.append(chunk)
            data = self._inflate.unconsumed_tail
        return b"".join(out)


def gunzip(data: bytes, limit: int) -> bytes:
    """`data` inflated if it is gzip (a `.gz` file), else as it is; OverflowError past
    `limit` bytes inflated."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        return _Inflater("gzip", limit).feed(data)
    except zlib.error as error:
        raise ValueError(f"it is not valid gzip ({error})") from None


# --- The client -------------------------------------------------------------------------------


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
        self._addresses = _Addresses()
        self._client = httpx.Client(
            transport=_Transport(self.policy, self._addresses),
            mounts={
                pattern.pattern: None
                if proxy is None
                else _Transport(self.policy, self._addresses, proxy)
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
            with _serving(home):
                fetched = self._with_retries(current, headers, max_bytes or self.policy.max_bytes)
            if fetched.status not in _REDIRECTS:
                return fetched
            current = self._redirect_target(current, fetched)
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

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
            raise UnreachableError(current, "the connection timed out") from None
        except httpcore.ConnectError:
            raise UnreachableError(current, "its host name could not be found") from None
        if refused is None:
            return
        why = f"{_named(host, refused)} is {_where(refused)}, and not the source's own: refused"
        raise FetchError(url, why if current == url else f"it redirects to {current}; {why}")

    def _redirect_target(self, current: str, fetched: Fetched) -> str:
        location = fetched.headers.get("location")
        if not location:
            raise FetchError(current, f"a {fetched.status} redirect without a Location")
        target = _checked_url(urljoin(current, location.strip()), referrer=current)
        if urlsplit(current).scheme == "https" and urlsplit(target).scheme == "http":
            raise FetchError(current, "it redirects from https to insecure http, refused")
        return target

    def _with_retries(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        attempt = 0
        while True:
            try:
                fetched = self._once(url, headers, max_bytes)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
                # A connection dropped mid-exchange: the whole body is fetched again.
                if attempt >= self.policy.retries:
                    raise FetchError(url, f"the connection broke off ({error})") from None
                wait = self.policy.backoff * 2**attempt
            else:
                if fetched.status not in _RETRY_STATUSES:
                    return fetched
                if attempt >= self.policy.retries:
                    raise FetchError(url, f"the server answered {fetched.status}")
                wait = _retry_after(fetched.headers) or self.policy.backoff * 2**attempt
                if wait > self.policy.max_wait:
                    raise FetchError(url, f"the server asked us to come back in {wait:.0f} seconds")
            attempt += 1
            time.sleep(wait)

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        host = urlsplit(url).netloc.lower()
        with self._host_slot(host), _deadline(self.policy.deadline):
            try:
                return self._stream(url, headers, max_bytes)
            except httpx.TimeoutException as error:
                if isinstance(error, httpx.ConnectTimeout):
                    raise UnreachableError(url, "the connection timed out") from None
                raise DeadlineError(
                    url, f"it took longer than {self.policy.deadline:g} seconds"
                ) from None
            except httpx.ConnectError as error:
                reason = _connect_reason(error)
                if reason is None:  # TLS: the network is there, the certificate is not good
                    raise FetchError(url, f"its secure connection failed ({error})") from None
                raise UnreachableError(url, reason) from None
            except httpx.UnsupportedProtocol:
                raise FetchError(url, "only http and https addresses can be fetched") from None
            except AddressRefused as refused:  # the name resolves elsewhere than it did
                raise FetchError(
                    url, f"{refused.reason} now, and not the source's own: refused"
                ) from None

    def _stream(self, url: str, headers: dict[str, str], max_bytes: int) -> Fetched:
        with self._client.stream("GET", url, headers=headers) as response:
            if response.status_code not in RETURNED_STATUSES | _REDIRECTS | _RETRY_STATUSES:
                raise FetchError(url, f"the server answered {response.status_code}")
            declared = _content_length(response.headers)
            if declared is not None and declared > max_bytes:
                raise FetchError(url, f"it is larger than {_megabytes(max_bytes)}")
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
                raise FetchError(url, f"it came in an encoding we did not ask for ({encoding})")
            inflater = _Inflater(encoding, max_bytes) if encoding not in ("identity", "") else None
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
                raise FetchError(url, f"it is larger than {_megabytes(max_bytes)}") from None
            except zlib.error as error:
                raise FetchError(url, f"its compressed body is damaged ({error})") from None
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
        where = f" (redirected from {referrer})" if referrer else ""
        raise FetchError(url, f"only http and https addresses can be fetched{where}")
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


def _connect_reason(error: httpx.ConnectError) -> str | None:
    """Why a connection failed, in words; None when it was TLS (the host was reached)."""
    text = str(error)
    if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
        return None
    if "look up" in text or "no address" in text:
        return "its host name could not be found"
    if "refused" in text.lower():
        return "nothing answered at that address"
    return "it could not be reached"


def _megabytes(size: int) -> str:
    return f"{size / MIB:g} MB" if size >= MIB else f"{size // 1024} KB"


def probe_hosts(urls: Iterable[str], timeout: float) -> dict[str, str | None]:
    """Try a TCP connection to each URL's host, all at once; map each URL to None when its
    host answered, else the reason. Used to tell "offline" quickly before a sync writes anything."""
    addresses = {url: _address(url) for url in urls}
    targets = {address for address in addresses.values() if address is not None}
    results: dict[tuple[str, int], str | None] = {}
    done = threading.Event()
    lock = threading.Lock()

    def probe(host: str, port: int) -> None:
        reason: str | None = None
        try:
            address = resolve(host, port, timeout)
            socket.create_connection((address, port), timeout=timeout).close()
        except httpcore.ConnectTimeout:
            reason = f"looking up {host} took too long"
        except httpcore.ConnectError:
            reason = f"{host} could not be found"
        except ConnectionRefusedError:
            reason = f"{host} refused the connection"
        except OSError:
            reason = f"{host} did not answer"
        with lock:
            results[(host, port)] = reason
            if len(results) == len(targets):
                done.set()

    for host, port in targets:
        threading.Thread(target=probe, args=(host, port), daemon=True).start()
    if targets:
        done.wait(timeout + 0.2)
    with lock:
        return {
            url: None if address is None else results.get(address, "it did not answer in time")
            for url, address in addresses.items()
        }


def _address(url: str) -> tuple[str, int] | None:
    """The host and port a URL connects to."""
    parts = urlsplit(url)
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
