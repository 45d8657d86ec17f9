"""The network under httpx: deadlines that hold, checked addresses, and the system's proxies.

Read timeouts are not deadlines (a server sending one byte a second never trips them), so
the network streams here clamp every wait to the time the request has left (`deadline`). The
backend connects only to an address the request's source may reach (`addresses.Addresses`),
the address that was checked, so a name cannot resolve one way for the check and another for
the connection. Proxies are read from the environment as httpx reads them.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

# httpx's reading of the proxy variables, and its matching of URLs to them (private in
# httpx 0.28, pinned in pyproject.toml; tests/sync/test_proxy.py fails if they move).
from httpx._utils import URLPattern, get_environment_proxies

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.sync.addresses import Addresses, AddressRefused


class ProxyError(KnownError):
    """The system's proxy setting names a proxy sync cannot use."""


_local = threading.local()


def clamp(timeout: float | None) -> float | None:
    """The time a network wait may take: its own timeout, cut to the request's deadline."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    _local.deadline = time.monotonic() + seconds
    try:
        yield _local.deadline
    finally:
        _local.deadline = None


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


@contextmanager
def serving(home: str) -> Iterator[None]:
    _local.home = home
    try:
        yield
    finally:
        _local.home = None


class _DeadlineBackend(httpcore.SyncBackend):
    """httpcore's socket backend with every wait clamped to the deadline, a DNS lookup that
    gives up after the connect timeout (getaddrinfo itself has no timeout), and a connection
    only to an address the request's source may reach (`Addresses`). Under a proxy it has
    no `addresses`: it connects to the proxy, and the proxy resolves where a request goes."""

    def __init__(self, addresses: Addresses | None) -> None:
        self._addresses = addresses or Addresses()
        self._guarded = addresses is not None

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout)
        home: str | None = getattr(_local, "home", None)
        if home is not None and self._guarded:
            refused = self._addresses.refused(host, home, timeout)
            if refused is not None:
                raise AddressRefused(host, refused)
        address = str(self._addresses.of(host, timeout)[0])
        stream = super().connect_tcp(address, port, clamp(timeout), local_address, socket_options)
        return _DeadlineStream(stream)


class Transport(httpx.HTTPTransport):
    """httpx's transport over our deadline backend (see `_DeadlineBackend`)."""

    def __init__(
        self, verify: ssl.SSLContext | bool, addresses: Addresses, proxy: httpx.Proxy | None = None
    ) -> None:
        limits = httpx.Limits(max_connections=20, max_keepalive_connections=10)
        super().__init__(verify=verify, trust_env=False, limits=limits, proxy=proxy)
        # httpx offers no public way to give its pool a network backend; this is the pool
        # it would build, with ours. The slow-drip test fails if a new httpx breaks it.
        ssl_context = httpx.create_ssl_context(verify=verify, trust_env=False)
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
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The system's proxy setting %1 is not an http or https proxy, which is all "
                        "that syncing can use; change or unset it.",
                    ),
                    address,
                )
        found.append((URLPattern(pattern), proxy))
    return sorted(found, key=lambda item: item[0])
