"""Where a name leads, and whether a request may go there: the public internet, or the
source's own addresses (see `http.py`'s docstring). Also the lookups themselves, bounded by a
timeout (getaddrinfo has none), and the quick probe that tells "offline" before a sync.
"""

from __future__ import annotations

import ipaddress
import queue
import socket
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore

from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_NO_ANSWER = QT_TRANSLATE_NOOP("Sync", "it did not answer in time")


class AddressRefused(Exception):  # noqa: N818 - reads as what happened
    """A connection would go to a non-public address that is not the source's own."""

    def __init__(self, host: str, address: Address) -> None:
        self.reason = QT_TRANSLATE_NOOP("Sync", "%1 is %2").with_values(
            named(host, address), where_is(address)
        )
        super().__init__(self.reason)


def is_public(address: Address) -> bool:
    """Whether `address` is on the public internet (not this computer, the local link, a
    private network, or a reserved or multicast range)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def where_is(address: Address) -> Sentence:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback or address.is_unspecified:
        return QT_TRANSLATE_NOOP("Sync", "an address on this computer")
    if address.is_link_local:
        return QT_TRANSLATE_NOOP("Sync", "a link-local address")
    if address.is_private:
        return QT_TRANSLATE_NOOP("Sync", "an address on a private network")
    return QT_TRANSLATE_NOOP("Sync", "a reserved address")


def named(host: str, address: Address) -> str:
    return host if host == str(address) else f"{host} ({address})"


def literal(host: str) -> Address | None:
    """The address `host` is when it is written out as one (an IP literal), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return None


class Addresses:
    """Where names resolve, looked up once per client (a sync of one source), and which of
    those addresses a request may reach: see the module docstring."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Address, ...]] = {}
        self._lock = threading.Lock()

    def of(self, host: str, timeout: float | None) -> tuple[Address, ...]:
        """The addresses of `host`; raises httpcore's ConnectError or ConnectTimeout."""
        host = host.lower()
        written = literal(host)
        if written is not None:
            return (written,)
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
        if host == home or (not resolve and literal(host) is None):
            return None  # the source's own name, wherever it is; or a name left to a proxy
        outside = [address for address in self.of(host, timeout) if not is_public(address)]
        if not outside:
            return None
        try:
            own = set(self.of(home, timeout))
        except (httpcore.ConnectError, httpcore.ConnectTimeout):
            own = set()
        return next((address for address in outside if address not in own), None)


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


def probe_hosts(urls: Iterable[str], timeout: float) -> dict[str, Sentence | None]:
    """Try a TCP connection to each URL's host, all at once; map each URL to None when its
    host answered, else the reason. Used to tell "offline" quickly before a sync writes anything."""
    addresses = {url: _host_and_port(url) for url in urls}
    targets = {address for address in addresses.values() if address is not None}
    results: dict[tuple[str, int], Sentence | None] = {}
    done = threading.Event()
    lock = threading.Lock()

    def probe(host: str, port: int) -> None:
        reason: Sentence | None = None
        try:
            address = resolve(host, port, timeout)
            socket.create_connection((address, port), timeout=timeout).close()
        except httpcore.ConnectTimeout:
            reason = QT_TRANSLATE_NOOP("Sync", "looking up %1 took too long").with_values(host)
        except httpcore.ConnectError:
            reason = QT_TRANSLATE_NOOP("Sync", "%1 could not be found").with_values(host)
        except ConnectionRefusedError:
            reason = QT_TRANSLATE_NOOP("Sync", "%1 refused the connection").with_values(host)
        except OSError:
            reason = QT_TRANSLATE_NOOP("Sync", "%1 did not answer").with_values(host)
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
            url: None if address is None else results.get(address, _NO_ANSWER)
            for url, address in addresses.items()
        }


def _host_and_port(url: str) -> tuple[str, int] | None:
    """The host and port a URL connects to."""
    parts = urlsplit(url)
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
