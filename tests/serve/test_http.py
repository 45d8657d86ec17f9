"""The web reader over real HTTP on 127.0.0.1: what is reachable, what never is, and how it
answers hostile requests, the presenter's remote and stopping."""

from __future__ import annotations

import logging
import re
import socket
import time

import httpx
import pytest
from sqlalchemy import select

from storyreader.archive.models import Asset
from storyreader.serve import Share, ShareError, ShareServer, web_app
from storyreader.serve import server as server_module
from storyreader.serve.guard import BURST
from tests.serve.conftest import (
    BOOKMARK,
    CHALK,
    CHILDREN,
    KOREAN_APPEAL,
    LANTERN,
    NOTE,
    PAPER_BOATS,
    SET_NAME,
    Room,
    Serve,
    slide_show,
)

LINK = re.compile(r'(?:href|src)="([^"]+)"')


def picture_of(room: Room, title: str) -> str:
    with room.archive.read() as session:
        sha = session.scalar(select(Asset.sha256).where(Asset.document_id == room.id(title)))
    assert sha
    return sha


def crawl(client: httpx.Client, start: str, origin: str) -> dict[str, httpx.Response]:
    """Every page and file reachable from `start` by following links (same server only)."""
    seen: dict[str, httpx.Response] = {}
    queue = [start]
    while queue and len(seen) < 200:
        url = queue.pop()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response
        if "text/html" in response.headers.get("content-type", ""):
            for link in LINK.findall(response.text):
                link = link.replace("&amp;", "&")
                target = str(httpx.URL(url).join(link).copy_with(fragment=None))
                if target.startswith(origin) and target not in seen:
                    queue.append(target)
    return seen


def test_only_the_shared_documents_and_their_pictures_are_reachable(
    serve: Serve, room: Room, client: httpx.Client
) -> None:
    server = serve(Share.of_set(SET_NAME))
    home = client.get(server.address)
    assert home.status_code == 200
    titles = re.findall(r'<h2><a href="[^"]+" lang="\w+">([^<]+)</a>', home.text)
    assert titles == [PAPER_BOATS, LANTERN, CHILDREN.replace("’", "’")]  # in the set's order
    assert SET_NAME in home.text

    assert client.get(f"{server.address}d/{room.id(PAPER_BOATS)}").status_code == 200
    assert client.get(f"{server.address}d/{room.id(CHALK)}").status_code == 404  # in the archive

    boats = client.get(f"{server.address}p/{picture_of(room, PAPER_BOATS)}")
    assert boats.status_code == 200
    assert boats.headers["content-type"] == "image/png"
    assert boats.content.startswith(b"\x89PNG")
    assert client.get(f"{server.address}p/{picture_of(room, CHALK)}").status_code == 404

    found = client.get(f"{server.address}search", params={"q": "chalk"})
    assert found.status_code == 200
    assert CHALK not in found.text and "Nothing matches" in found.text

    pages = crawl(client, server.address, server.address)
    documents = {url for url in pages if "/d/" in url and not url.endswith(".txt")}
    assert {url.rsplit("/", 1)[1] for url in documents} == {
        room.id(PAPER_BOATS),
        room.id(LANTERN),
        room.id(CHILDREN),
    }
    assert all(response.status_code == 200 for response in pages.values()), {
        url: response.status_code for url, response in pages.items() if response.status_code != 200
    }


def test_search_uses_the_query_language_and_snippets_within_the_share(
    serve: Serve, room: Room, client: httpx.Client
) -> None:
    server = serve(Share(tags=("sample",)))
    everything = room.index.search("freedom")
    assert everything.total >= 2
    found = client.get(f"{server.address}search", params={"q": "freedom"})
    assert "<b>freedom</b>" in found.text.lower()
    assert f"{everything.total} results" in found.text

    letters = client.get(f"{server.address}search", params={"q": "freedom kind:appeal"})
    kinds = re.findall(r'<p class="meta">(\w+)', letters.text)
    assert kinds and set(kinds) == {"Appeal"}

    fragment = client.get(f"{server.address}search", params={"q": "freedom", "fragment": "1"})
    assert fragment.status_code == 200
    assert "<html" not in fragment.text and "<b>freedom</b>" in fragment.text.lower()

    korean = client.get(
        f"{server.address}search", params={"q": "강제송환을"}, headers={"Accept-Language": "ko"}
    )
    assert KOREAN_APPEAL in korean.text and "<b>강제송환</b>" in korean.text


def test_the_token_is_required(serve: Serve, client: httpx.Client) -> None:
    server = serve()
    origin = server.address.split("/t/")[0]
    token = server.token
    refused = [
        f"{origin}/",
        f"{origin}/t/",
        f"{origin}/t/{token[:-1]}/",
        f"{origin}/t/{token}x/",
        f"{origin}/t/{token.upper() if token.upper() != token else token.lower()}/",
        f"{origin}/s/app.css",
        f"{origin}/search?q=freedom",
    ]
    for url in refused:
        response = client.get(url)
        assert (response.status_code, response.text) == (404, "Not found"), url
    assert client.get(server.address).status_code == 200
    assert client.get(server.address.rstrip("/")).status_code == 302
    assert len(token) >= 22  # 128 bits, URL-safe


def test_notes_bookmarks_and_reading_state_never_appear(
    serve: Serve, room: Room, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_app, "ENTRIES_PER_PAGE", 5)  # the list in pages, followed too
    server = serve(Share.whole_library())
    pages = crawl(client, server.address, server.address)
    opened = {url.rsplit("/", 1)[1] for url in pages if "/d/" in url and ".txt" not in url}
    assert opened == set(room.ids.values())
    assert f"{server.address}?page=4" in pages
    for word in ("zebrafinch", "quokkapaddle", "Set notes", NOTE, BOOKMARK):
        for url, response in pages.items():
            assert word not in response.text, url
        found = client.get(f"{server.address}search", params={"q": word.split()[-1]})
        assert found.status_code == 200
        assert room.id(PAPER_BOATS) not in found.text
    home = pages[server.address].text.lower()
    for state in ("favourite", "unread", "bookmark", "is_read"):
        assert state not in home


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("../../../../etc/passwd", 404),
        ("s/../../serve/web_app.py", 404),
        ("s/%2e%2e%2fweb_app.py", 404),
        ("s/web_app.py", 404),
        ("s/", 404),
        ("d/", 404),
        ("d/%00", 404),
        ("d/../../etc/passwd", 404),
        ("p/" + "0" * 64, 404),
        ("p/..%2f..%2farchive.db", 404),
        ("d/" + "a" * 2000, 414),
        ("search?q=" + "x" * 300, 400),
        ("search?q=" + "x" * 2000, 414),
        ("search?q=%00", 400),
        ("search?q=%ff%fe", 400),
        ("search?q=a&page=0", 400),
        ("search?q=a&page=-1", 400),
        ("search?q=a&page=1e9", 400),
        ("search?q=a&page=99999999999999999999999", 400),
        ("search?q=a&page=%D9%A3", 400),  # an Arabic-Indic three
        ("d/ABCDEFGH", 404),
        ("remote", 404),  # no show offers a remote
        ("?page=999", 404),
        ("?page=0", 400),
        ("search?q=a&page=51", 400),
    ],
)
def test_hostile_paths_and_queries_get_clean_4xx(
    serve: Serve, client: httpx.Client, path: str, status: int
) -> None:
    server = serve()
    response = client.get(f"{server.address}{path}")
    assert response.status_code == status
    assert "Traceback" not in response.text and "root:" not in response.text
    assert "Content-Security-Policy" in response.headers
    assert client.get(server.address).status_code == 200  # and it goes on serving


def test_odd_requests_get_clean_4xx(
    serve: Serve,
    client: httpx.Client,
    logged_errors: list[logging.LogRecord],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="aiohttp.server")
    server = serve()
    assert client.post(server.address, data={"a": "b"}).status_code == 405
    assert client.request("DELETE", f"{server.address}d/x").status_code == 405
    assert client.request("GET", server.address, content=b"x" * 100).status_code == 413
    assert client.post(f"{server.address}remote", content=b"x" * 100_000).status_code in (404, 413)
    huge = client.get(server.address, headers={"X-Filler": "y" * 10_000})
    assert huge.status_code in (400, 431)
    for query in ('"unclosed', "year:99999..", "***", "a*", "kind:", "-", "OR OR", "(((", "*"):
        answer = client.get(f"{server.address}search", params={"q": query})
        assert answer.status_code == 200, query
    # A request aiohttp cannot parse (the huge header) is a line of information, not an
    # error with a traceback: a room's worth of odd clients must not fill the log.
    assert logged_errors == []
    [unparsed] = [record for record in caplog.records if record.name == "aiohttp.server"]
    assert unparsed.levelno == logging.INFO and unparsed.exc_info is None
    assert unparsed.getMessage().startswith("Error handling request from 127.0.0.1: 4")
    assert "\n" not in unparsed.getMessage()


def test_pages_are_guarded_and_follow_the_phones_language(
    serve: Serve, room: Room, client: httpx.Client
) -> None:
    server = serve()
    english = client.get(server.address, headers={"Accept-Language": "en-GB,en;q=0.9"})
    korean = client.get(server.address, headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5"})
    assert '<html lang="en">' in english.text and "Search the stories" in english.text
    assert '<html lang="ko">' in korean.text and "Search the stories" not in korean.text
    assert "검색" in korean.text
    picture = client.get(f"{server.address}p/{picture_of(room, LANTERN)}")
    for response in (english, korean, picture, client.get(f"{server.address}nothing")):
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "http:" not in csp and "*" not in csp
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "Server" not in response.headers
    assert english.headers["Vary"] == "Accept-Language"
    assert english.headers["Cache-Control"] == "no-store"
    again = client.get(picture.url, headers={"If-None-Match": picture.headers["ETag"]})
    assert again.status_code == 304
    # Nothing is loaded from outside the laptop.
    assert not re.search(r'(src|href)="(https?:)?//', english.text)


def test_an_appeals_template_letter_can_be_copied(
    serve: Serve, room: Room, client: httpx.Client
) -> None:
    server = serve(Share(tags=("advocacy",)))
    page = client.get(f"{server.address}d/{room.id(CHILDREN)}").text
    assert 'id="letter-1"' in page and "Copy the letter" in page
    letter = client.get(f"{server.address}d/{room.id(CHILDREN)}/letter-1.txt")
    assert letter.headers["content-type"].startswith("text/plain")
    assert letter.text.startswith("Dear [Representative’s name],\n\nI am writing")
    assert letter.text.endswith("[Your name]\n[Your address]\n[Your email address]\n")
    assert client.get(f"{server.address}d/{room.id(CHILDREN)}/letter-2.txt").status_code == 404
    korean = client.get(
        f"{server.address}d/{room.id(KOREAN_APPEAL)}", headers={"Accept-Language": "ko"}
    ).text
    assert "편지 복사" in korean or "복사" in korean
    assert client.get(f"{server.address}d/{room.id(KOREAN_APPEAL)}/letter-1.txt").text.startswith(
        "[의원 이름] 의원님께,"
    )


def test_the_remote_needs_its_pin(serve: Serve, client: httpx.Client) -> None:
    show = slide_show()
    server = serve(remote=show)
    remote = server.remote_address
    assert client.get(remote).status_code == 200 and 'name="pin"' in client.get(remote).text
    assert client.post(f"{remote}/next").status_code == 403
    assert client.get(f"{remote}/state").status_code == 403
    wrong = "000000" if server.pin != "000000" else "111111"
    refused = client.post(remote, data={"pin": wrong})
    assert refused.status_code == 403 and "That PIN is not right." in refused.text
    assert show.calls == []

    opened = client.post(remote, data={"pin": server.pin})
    assert opened.status_code == 303
    assert "Slide 1 of 3" in client.get(remote).text
    assert "Ask who has folded one." in client.get(remote).text
    assert client.post(f"{remote}/next").status_code == 303
    assert show.position == 1
    state = client.post(f"{remote}/black", headers={"Accept": "application/json"}).json()
    assert state["screen"] == "black" and state["number"] == 2
    assert client.post(f"{remote}/nonsense").status_code == 404
    forged = client.post(f"{remote}/next", headers={"Origin": "http://evil.example"})
    assert forged.status_code == 403
    assert show.calls == ["next", "black"]

    server.new_pin()  # the console makes a new PIN: the old session ends
    assert client.post(f"{remote}/next").status_code == 403


def test_wrong_pins_lock_the_remote(serve: Serve, client: httpx.Client) -> None:
    server = serve(remote=slide_show())
    remote = server.remote_address
    wrong = "000000" if server.pin != "000000" else "111111"
    for _ in range(5):
        assert client.post(remote, data={"pin": wrong}).status_code == 403
    locked = client.post(remote, data={"pin": server.pin})
    assert locked.status_code == 403 and "Too many wrong PINs" in locked.text


def test_stopping_frees_the_port_and_answers_nothing(serve: Serve, client: httpx.Client) -> None:
    server = serve()
    assert client.get(server.address).status_code == 200
    server.stop()
    assert not server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.address, timeout=2)
    with socket.socket() as again:  # no listener is left (TIME_WAIT connections may be)
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", server.port))
        again.listen()


def test_a_taken_port_and_every_interface_are_refused_in_a_sentence(
    serve: Serve, room: Room
) -> None:
    server = serve()
    taken = ShareServer(
        room.archive, Share.whole_library(), index=room.index, host="127.0.0.1", port=server.port
    )
    with pytest.raises(ShareError, match=f"Port {server.port} on 127.0.0.1 is in use"):
        taken.start()
    with pytest.raises(ShareError, match="every network"):
        ShareServer(room.archive, Share.whole_library(), index=None, host="0.0.0.0")


def test_phones_are_counted_and_pushy_ones_slowed(serve: Serve) -> None:
    server = serve()
    assert server.phones() == 0
    for local in ("127.0.0.1", "127.0.0.2", "127.0.0.3"):
        transport = httpx.HTTPTransport(local_address=local)
        with httpx.Client(transport=transport) as phone:
            assert phone.get(server.address).status_code == 200
    with httpx.Client() as stranger:
        stranger.get(server.address.split("/t/")[0] + "/t/guess/")
    assert server.phones() == 3
    with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.4")) as pushy:
        answers = [pushy.get(server.address) for _ in range(int(BURST) * 4)]
    codes = [answer.status_code for answer in answers]
    assert codes[: int(BURST) // 2] == [200] * (int(BURST) // 2)  # a burst is fine
    slowed = next(answer for answer in answers if answer.status_code == 429)
    assert int(slowed.headers["Retry-After"]) >= 1
    with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.5")) as polite:
        assert polite.get(server.address).status_code == 200  # others are not slowed


def test_sharing_stops_when_the_address_goes_away(
    serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "ADDRESS_CHECK_SECONDS", 0.05)
    reasons: list[str] = []
    server = serve(address_check=lambda _host: False, on_stopped=reasons.append)
    deadline = time.monotonic() + 5
    while server.running and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not server.running
    assert reasons == ["Sharing stopped: this laptop no longer has the address 127.0.0.1."]


def test_the_share_can_change_at_the_same_address(
    serve: Serve, room: Room, client: httpx.Client
) -> None:
    server = serve(Share.of_set(SET_NAME))
    address = server.address
    assert client.get(f"{address}d/{room.id(CHALK)}").status_code == 404
    server.update(Share(tags=("sample",)))
    assert server.address == address
    assert client.get(f"{address}d/{room.id(CHALK)}").status_code == 200
