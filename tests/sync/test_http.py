"""The HTTP client's manners and safety against real servers on 127.0.0.1: deadlines, caps,
retries, redirects, TLS, and DNS that never answers."""

from __future__ import annotations

import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from storyreader.archive.db import Archive
from storyreader.sync import FetchPolicy, add_source, sync_sources
from storyreader.sync.http import FetchError, HttpClient, UnreachableError
from tests.sync.conftest import QUICK
from tests.sync.helpers import documents, sync, unused_port
from tests.sync.server import FixtureServer

POST = "/blog/a-kitchen-in-gaziantep"


def blog(archive: Archive, server: FixtureServer, policy: FetchPolicy = QUICK) -> str:
    add_source(archive, server.origin + "/blog", name="Blog", type_="site", policy=policy)
    return "Blog"


def test_a_server_dripping_one_byte_a_second_is_stopped_by_the_deadline(
    archive: Archive, webflow: FixtureServer
) -> None:
    webflow.put(POST, webflow.text("webflow/blog/a-kitchen-in-gaziantep.html"), drip=True)
    policy = replace(QUICK, deadline=2.0)

    started = time.monotonic()
    report = sync(archive, blog(archive, webflow), policy=policy)
    elapsed = time.monotonic() - started

    assert 2.0 <= elapsed < 4.5  # the read timeout (never reached by a drip) is not the limit
    assert report.created == 2 and report.outcome == "partial"
    [failure] = report.failures
    assert failure.url.endswith(POST) and str(failure.reason) == "it took longer than 2 seconds"
    assert len(webflow.requests(POST)) == 1  # a deadline is not retried


def test_a_connection_dropped_mid_body_is_retried_and_never_half_saved(
    archive: Archive, webflow: FixtureServer
) -> None:
    webflow.routes[POST].drop_times = 1
    webflow.put(
        "/blog/a-letter-from-our-director",
        webflow.text("webflow/blog/a-letter-from-our-director.html"),
        drop_times=99,
    )

    report = sync(archive, blog(archive, webflow))

    assert len(webflow.requests(POST)) == 2
    kitchen = documents(archive)["A kitchen in Gaziantep"]
    assert kitchen.body_text.rstrip().endswith("they have paid for themselves.")
    # The page that always breaks off is reported, and nothing of it is in the archive.
    [failure] = report.failures
    assert failure.url.endswith("/a-letter-from-our-director")
    assert str(failure.reason).startswith("the connection broke off")
    assert "A letter from our director" not in documents(archive, withdrawn=True)
    assert len(webflow.requests("/blog/a-letter-from-our-director")) == 1 + QUICK.retries


def test_responses_over_the_size_cap_are_refused(archive: Archive, webflow: FixtureServer) -> None:
    policy = replace(QUICK, max_bytes=7000)  # the kitchen page is over 7 kB

    report = sync(archive, blog(archive, webflow, policy), policy=policy)

    reasons = {f.url.rsplit("/", 1)[1]: str(f.reason) for f in report.failures}
    assert reasons["a-kitchen-in-gaziantep"] == "it is larger than 6 KB"
    assert "A kitchen in Gaziantep" not in documents(archive)


def test_busy_servers_are_retried_after_the_time_they_ask_for(
    archive: Archive, webflow: FixtureServer
) -> None:
    webflow.routes[POST].fail_times = 1
    webflow.routes[POST].retry_after = "1"
    webflow.routes["/blog/a-letter-from-our-director"].fail_times = 1
    webflow.routes["/blog/a-letter-from-our-director"].fail_status = 429
    webflow.routes["/blog/a-letter-from-our-director"].retry_after = "3600"

    started = time.monotonic()
    report = sync(archive, blog(archive, webflow))

    assert time.monotonic() - started >= 1.0
    assert "A kitchen in Gaziantep" in documents(archive)
    [failure] = report.failures  # an hour is too long to wait: try again next sync
    assert str(failure.reason) == "the server asked us to come back in 3600 seconds"


def test_a_source_whose_host_cannot_be_reached_fails_alone(
    archive: Archive, webflow: FixtureServer
) -> None:
    closed = f"http://127.0.0.1:{unused_port()}/feed.rss"
    add_source(archive, closed, name="Closed", type_="feed", policy=QUICK)
    blog(archive, webflow)

    reports = {report.source: report for report in sync_sources(archive, policy=QUICK)}

    assert (reports["Blog"].outcome, reports["Blog"].created) == ("ok", 3)
    assert (reports["Closed"].outcome, str(reports["Closed"].message)) == (
        "failed",
        f"Could not reach {closed}: 127.0.0.1 refused the connection.",
    )
    assert set(documents(archive)) == {
        "Crossing the river at night",
        "A kitchen in Gaziantep",
        "A letter from our director",
    }


def test_every_request_says_who_we_are(webflow: FixtureServer) -> None:
    with HttpClient(QUICK) as client:
        client.fetch(webflow.origin + "/blog")
    [request] = webflow.requests("/blog")
    assert request.headers["user-agent"].startswith("StoryReader/")


def test_redirects_go_only_to_the_web(webflow: FixtureServer) -> None:
    webflow.put("/to-file", "", status=302, headers={"Location": "file:///etc/passwd"})
    with HttpClient(QUICK) as client, pytest.raises(FetchError) as refused:
        client.fetch(webflow.origin + "/to-file")
    assert "only http and https" in str(refused.value.reason)


def test_a_host_whose_name_never_resolves_gives_up_after_the_connect_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def dead_resolver(host: str, *args: object, **kwargs: object) -> list[object]:
        time.sleep(3)  # a resolver that never answers, as on a captive network
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", dead_resolver)
    started = time.monotonic()
    with HttpClient(replace(QUICK, connect_timeout=1.0)) as client, pytest.raises(UnreachableError):
        client.fetch("http://stories.example.org/")
    assert time.monotonic() - started < 1.8


# --- TLS ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path], allow_loopback: None) -> Iterator[FixtureServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server = FixtureServer(tls=context)
    yield server
    server.close()


def test_tls_certificates_are_verified(tls_server: FixtureServer) -> None:
    tls_server.put("/feed.rss", "<rss/>", "application/rss+xml")
    with HttpClient(QUICK) as client, pytest.raises(FetchError) as refused:
        client.fetch(tls_server.origin + "/feed.rss")
    assert "secure connection failed" in str(refused.value.reason)
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value.reason)


def test_https_never_redirects_down_to_http(
    tls_server: FixtureServer, webflow: FixtureServer, certificate: tuple[Path, Path]
) -> None:
    trusting = ssl.create_default_context(cafile=str(certificate[0]))
    tls_server.put("/blog", "", status=301, headers={"Location": webflow.origin + "/blog"})
    tls_server.put("/fine", "", status=302, headers={"Location": "/blog-secure"})
    tls_server.put("/blog-secure", "<p>secure</p>")

    with HttpClient(replace(QUICK, verify=trusting)) as client:
        assert client.fetch(tls_server.origin + "/fine").body == b"<p>secure</p>"
        with pytest.raises(FetchError) as refused:
            client.fetch(tls_server.origin + "/blog")
    assert str(refused.value.reason) == "it redirects from https to insecure http, refused"
    assert not webflow.requests("/blog")


def test_at_most_a_few_requests_at_once_go_to_one_host(
    archive: Archive, webflow: FixtureServer
) -> None:
    for name in (
        "crossing-the-river-at-night",
        "a-kitchen-in-gaziantep",
        "a-letter-from-our-director",
    ):
        webflow.routes[f"/blog/{name}"].delay = 0.3

    report = sync(archive, blog(archive, webflow), policy=replace(QUICK, per_host=2))

    assert report.created == 3
    assert webflow.most_in_flight == 2  # in parallel, but never more than the policy allows
