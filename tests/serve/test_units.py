"""The web reader's parts on their own: choosing the language and the address, the caps,
the PIN, preparing a body, and search kept to what was shared."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from storyreader.serve.body import Rewrite, prepare
from storyreader.serve.guard import RateLimit, Visitors
from storyreader.serve.network import NetworkAddress, classify, is_present, pick_address
from storyreader.serve.remote import WRONG_IN_ALL, RelayRemote, RemoteAccess, RemoteState
from storyreader.serve.share import NothingToShare, Share
from storyreader.serve.words import SOURCES, choose_language, korean, words_for
from tests.serve.conftest import CHALK, LANTERN, PAPER_BOATS, SET_NAME, Room

TEMPLATES = Path(__file__).resolve().parents[2] / "src/storyreader/resources/serve/templates"


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko"),
        ("en-US,en;q=0.9,ko;q=0.8", "en"),
        ("fr-FR,fr;q=0.9,ko;q=0.5", "ko"),
        ("fr-FR", "en"),
        ("ko;q=0, en;q=0.1", "en"),
        ("en;q=0.2, ko;q=0.8", "ko"),
        ("*", "en"),
        ("", "en"),
        (None, "en"),
        ("ko;q=abc", "en"),
        ("x" * 10_000 + ",ko", "en"),
    ],
)
def test_the_phones_language_is_followed(header: str | None, language: str) -> None:
    assert choose_language(header) == language


def test_every_word_of_the_templates_is_declared_and_translated() -> None:
    environment = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    used: set[str] = set()
    for template in TEMPLATES.glob("*.html"):
        source = template.read_text(encoding="utf-8")
        extracted = environment.extract_translations(source)  # type: ignore[attr-defined]
        found = {message for _line, _function, message in extracted}
        used |= {message for message in found if isinstance(message, str)}
    app = (TEMPLATES.parents[2] / "serve" / "web_app.py").read_text(encoding="utf-8")
    used |= set(re.findall(r'_plain\(\s*\d+, "([^"]+)"', app))
    used |= {"That PIN is not right.", "Too many wrong PINs: ask for a new one on the console."}
    assert used and used <= SOURCES, used - SOURCES
    assert set(korean()) >= SOURCES, SOURCES - set(korean())
    assert words_for("ko")("Copy the letter") == "편지 복사"
    assert words_for("en")("Copy the letter") == "Copy the letter"


def test_the_wifi_address_is_picked_and_every_interface_never() -> None:
    home = [
        NetworkAddress("lo", "127.0.0.1", "loopback"),
        NetworkAddress("docker0", "172.17.0.1", classify("docker0", "172.17.0.1")),
        NetworkAddress("enp3s0", "10.0.0.7", classify("enp3s0", "10.0.0.7")),
        NetworkAddress("wlp2s0", "192.168.1.23", classify("wlp2s0", "192.168.1.23")),
    ]
    assert pick_address(home).address == "192.168.1.23"
    assert pick_address(home[:3]).address == "10.0.0.7"  # no Wi-Fi: the wired LAN
    assert pick_address(home[:2]).address == "172.17.0.1"
    assert pick_address(home[:1]).address == "127.0.0.1"
    windows = [
        NetworkAddress("vEthernet (WSL)", "172.20.0.1", classify("vEthernet (WSL)", "172.20.0.1")),
        NetworkAddress("Ethernet", "10.1.1.4", classify("Ethernet", "10.1.1.4")),
        NetworkAddress("Wi-Fi", "192.168.0.9", classify("Wi-Fi", "192.168.0.9")),
    ]
    assert [item.kind for item in windows] == ["other", "lan", "wifi"]
    assert pick_address(windows).address == "192.168.0.9"
    assert classify("wlan0", "169.254.3.3") == "other"  # no DHCP answer: not the room's network
    assert all(pick_address(h).address != "0.0.0.0" for h in (home, windows, []))
    assert is_present("192.168.1.23", home) and not is_present("192.168.1.99", home)


def test_a_client_asking_too_fast_is_slowed_and_then_let_in() -> None:
    now = [0.0]
    limit = RateLimit(rate=2.0, burst=3.0, clock=lambda: now[0])
    assert [limit.allow("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limit.allow("a") == pytest.approx(0.5)
    assert limit.allow("b") == 0.0  # another phone is not slowed
    now[0] += 0.5
    assert limit.allow("a") == 0.0


def test_phones_count_while_they_are_recent() -> None:
    now = [0.0]
    visitors = Visitors(window=60, clock=lambda: now[0])
    for client in ("a", "b", "a"):
        visitors.saw(client)
    assert visitors.count() == 2
    now[0] = 50
    visitors.saw("c")
    now[0] = 70
    assert visitors.count() == 1


def test_the_pin_opens_the_remote_and_wrong_ones_lock_it() -> None:
    access = RemoteAccess()
    assert re.fullmatch(r"\d{6}", access.pin)
    wrong = "000000" if access.pin != "000000" else "111111"
    assert access.try_pin("phone", wrong) == ("wrong", "")
    verdict, key = access.try_pin("phone", f" {access.pin} ")
    assert verdict == "ok" and access.allows(key)
    assert not access.allows("") and not access.allows(None) and not access.allows("é" * 10)
    for number in range(WRONG_IN_ALL):
        access.try_pin(f"guesser-{number}", wrong)
    assert access.try_pin("host", access.pin) == ("locked", "")
    access.new_pin()
    assert not access.allows(key)  # a new PIN ends the old sessions
    assert access.try_pin("host", access.pin)[0] == "ok"


def test_a_relay_remote_hands_commands_over_and_answers_from_what_was_published() -> None:
    sent: list[str] = []
    relay = RelayRemote(sent.append)
    relay.next()
    relay.black()
    relay.previous()
    relay.logo()
    assert sent == ["next", "black", "previous", "logo"]
    assert relay.state() == RemoteState()
    relay.publish(RemoteState(True, 2, 9, "The Paper Boats", "notes", "black"))
    assert relay.state().number == 2 and relay.state().screen == "black"


def _rewrite(stored: frozenset[str] = frozenset()) -> Rewrite:
    return Rewrite(
        picture_url=lambda sha: f"/t/T/p/{sha}",
        stored=stored,
        missing_text="Picture not available",
        letter_tools=lambda number: f'<p class="letter-tools">tools {number}</p>',
    )


def test_a_body_points_at_our_pictures_and_keeps_nothing_else_live() -> None:
    sha = "a" * 64
    html = (
        f'<p>One <img src="asset:{sha}" alt="A boat" width="9999"> two</p>'
        '<p><img src="asset:missing/3" alt="The river"></p>'
        '<p><img src="https://tracker.example/x.png"></p>'
        '<p><a href="javascript:alert(1)">x</a> <a href="https://example.org/">y</a></p>'
    )
    body = prepare(html, is_appeal=False, rewrite=_rewrite(frozenset({sha})))
    assert f'<img src="/t/T/p/{sha}" alt="A boat" loading="lazy">' in body.html
    assert '<span class="missing-picture">The river</span>' in body.html
    assert "tracker.example" not in body.html and "Picture not available" in body.html
    assert "javascript" not in body.html
    assert '<a href="https://example.org/" rel="noopener noreferrer">y</a>' in body.html
    assert body.letters == ()


def test_an_appeals_letter_is_found_by_its_blanks() -> None:
    html = (
        "<blockquote><p>“Please help my sister.”</p></blockquote>"
        "<blockquote><p>Dear [Name],</p><p>I live in\n[town]. Please act.</p>"
        "<p>Yours,<br>\n[Your name]<br>[Address]</p></blockquote>"
    )
    body = prepare(html, is_appeal=True, rewrite=_rewrite())
    assert body.letters == (
        "Dear [Name],\n\nI live in [town]. Please act.\n\nYours,\n[Your name]\n[Address]\n",
    )
    assert '<blockquote id="letter-1" class="letter">' in body.html
    assert body.html.index("tools 1") > body.html.index("[Address]")
    assert prepare(html, is_appeal=False, rewrite=_rewrite()).letters == ()


def test_a_share_resolves_to_documents_in_order(room: Room) -> None:
    shared = Share.of_set(SET_NAME).resolve(room.archive)
    assert shared.title == SET_NAME
    assert shared.ordered[:2] == (room.id(PAPER_BOATS), room.id(LANTERN))
    favourites = Share(shelves=("favourites",)).resolve(room.archive)
    assert favourites.ordered == (room.id(CHALK),)
    both = Share(set_ref=SET_NAME, shelves=("favourites",)).resolve(room.archive)
    assert both.ordered == (*shared.ordered, room.id(CHALK))
    assert len(Share.whole_library().resolve(room.archive).ids) == len(room.ids)
    with pytest.raises(NothingToShare, match="nothing to share"):
        Share(tags=("no-such-tag",)).resolve(room.archive)


def test_search_within_keeps_results_facets_and_corrections_to_those_documents(
    room: Room,
) -> None:
    within = frozenset({room.id(PAPER_BOATS), room.id(LANTERN)})
    everywhere = room.index.search("freedom")
    inside = room.index.search("freedom", within=within)
    assert everywhere.total > inside.total == 1
    assert [hit.id for hit in inside.hits] == [room.id(PAPER_BOATS)]
    assert sum(count for _kind, count in inside.facets["kind"]) == 1
    assert room.index.search("chalk", within=within).total == 0
    assert room.index.search("chalkk").suggestion == "chalk"
    assert room.index.search("chalkk", within=within).suggestion is None
    assert room.index.search("chalkk", suggest=False).suggestion is None
    many = room.index.search("the", within=within, page_size=1, page=2)
    assert all(hit.id in within for hit in many.hits)
