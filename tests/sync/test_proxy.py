"""The system's proxy (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY), as httpx reads it: a
small proxy on 127.0.0.1 sees what goes through it."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from storyreader.archive.db import Archive
from storyreader.sync import add_source, sync_sources
from storyreader.sync.http import HttpClient
from storyreader.sync.run import OfflineError
from storyreader.sync.transport import ProxyError
from tests.sync.conftest import QUICK
from tests.sync.helpers import sync, unused_port
from tests.sync.proxy import TinyProxy
from tests.sync.server import FixtureServer


@pytest.fixture
def proxy(allow_loopback: None) -> Iterator[TinyProxy]:
    running = TinyProxy()
    yield running
    running.close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("proxy-tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec"),
            *("-pkeyopt", "ec_paramgen_curve:prime256v1"),
            *("-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return folder


@pytest.fixture
def secure(certificate: Path, allow_loopback: None) -> Iterator[FixtureServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate / "cert.pem", certificate / "key.pem")
    server = FixtureServer(tls=context)
    server.put("/feed.rss", "<rss/>", "application/rss+xml")
    yield server
    server.close()


def trusting(certificate: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate / "cert.pem"))


def test_https_goes_through_the_proxy_the_system_names(
    secure: FixtureServer, proxy: TinyProxy, certificate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)

    with HttpClient(replace(QUICK, verify=trusting(certificate))) as client:
        assert client.proxy_for(secure.origin + "/feed.rss") == proxy.url
        fetched = client.fetch(secure.origin + "/feed.rss")

    assert fetched.body == b"<rss/>"
    assert proxy.asked == [f"CONNECT {secure.origin.removeprefix('https://')}"]


def test_hosts_in_no_proxy_are_reached_directly(
    secure: FixtureServer, proxy: TinyProxy, certificate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("https_proxy", proxy.url)
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")

    with HttpClient(replace(QUICK, verify=trusting(certificate))) as client:
        assert client.proxy_for(secure.origin) is None
        assert client.fetch(secure.origin + "/feed.rss").body == b"<rss/>"

    assert proxy.asked == []
    assert len(secure.requests("/feed.rss")) == 1


def test_a_whole_sync_goes_through_the_proxy(
    archive: Archive, webflow: FixtureServer, proxy: TinyProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_source(archive, webflow.origin + "/blog", name="Open Doors", policy=QUICK)
    webflow.clear_log()
    monkeypatch.setenv("HTTP_PROXY", proxy.url)

    report = sync(archive, "Open Doors")

    assert (report.created, report.failed) == (3, 0)
    assert f"GET {webflow.origin}/blog/crossing-the-river-at-night" in proxy.asked
    assert len(proxy.asked) == len(webflow.requests())  # every request, pictures too


def test_with_the_proxy_down_the_sync_says_there_is_no_connection(
    archive: Archive, webflow: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_source(archive, webflow.origin + "/blog", name="Open Doors", policy=QUICK)
    webflow.clear_log()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{unused_port()}")

    with pytest.raises(OfflineError, match="refused the connection"):
        sync_sources(archive, policy=QUICK)  # the site itself is up: the proxy was asked

    assert webflow.requests() == []


def test_a_proxy_that_sync_cannot_use_is_named_in_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALL_PROXY", "socks5://127.0.0.1:1080")

    with pytest.raises(ProxyError) as refused:
        HttpClient(QUICK)

    assert str(refused.value) == (
        "The system's proxy setting socks5://127.0.0.1:1080 is not an http or https proxy, "
        "which is all that syncing can use; change or unset it."
    )
