"""The web reader in a real browser (Debian's chromium, driven by Playwright): phone and
laptop sizes, English and Korean, light and dark; search as you type, copying the letter,
the remote, reading without JavaScript; axe-core's accessibility rules on every page.

Screenshots go to shots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyreader.serve import Share, ShareServer
from tests.serve.conftest import (
    CHILDREN,
    KOREAN_APPEAL,
    LANTERN,
    PAPER_BOATS,
    SET_NAME,
    Room,
    SlideShow,
    slide_show,
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "shots"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not Path(CHROMIUM).is_file():
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True
    )


@pytest.fixture(scope="module")
def show() -> SlideShow:
    return slide_show()


@pytest.fixture(scope="module")
def served(room: Room, show: SlideShow) -> Iterator[ShareServer]:
    server = ShareServer(
        room.archive,
        Share(set_ref=SET_NAME, tags=("advocacy",)),
        index=room.index,
        host="127.0.0.1",
        port=0,
        remote=show,
    )
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    SHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture
def loopback(allow_loopback: None) -> None:
    """The browser is another process; this test process itself reaches only 127.0.0.1."""


def open_page(browser: Any, served: ShareServer, **options: Any) -> tuple[Any, list[str]]:
    context = browser.new_context(**options)
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    return page, asked


def check_accessibility(page: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    problems = [
        f"{violation['id']}: {[node['target'] for node in violation['nodes']]}"
        for violation in results.response["violations"]
    ]
    assert not problems, problems


def only_our_server(asked: list[str], served: ShareServer) -> None:
    origin = served.address.split("/t/")[0]
    assert asked and all(url.startswith(origin) for url in asked), asked


def test_a_phone_reads_a_korean_story_with_its_picture(
    browser: Any, served: ShareServer, room: Room, loopback: None
) -> None:
    page, asked = open_page(
        browser, served, viewport=PHONE, locale="ko-KR", color_scheme="dark", device_scale_factor=1
    )
    page.goto(served.address)
    assert page.locator("html").get_attribute("lang") == "ko"
    assert page.get_by_role("link", name=LANTERN).is_visible()
    page.screenshot(path=SHOTS / "serve-index-ko-390-dark.png", full_page=True)
    check_accessibility(page)
    page.get_by_role("link", name=LANTERN).click()
    picture = page.locator("article img").first
    picture.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('article img').complete")
    assert picture.evaluate("image => image.naturalWidth") > 0
    assert picture.get_attribute("alt")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=SHOTS / "serve-story-ko-390-dark.png", full_page=True)
    check_accessibility(page)
    page.set_viewport_size(LAPTOP)
    page.screenshot(path=SHOTS / "serve-story-ko-1280-dark.png")
    only_our_server(asked, served)
    page.context.close()


def test_search_as_you_type_and_copy_the_letter(
    browser: Any, served: ShareServer, room: Room, loopback: None
) -> None:
    page, asked = open_page(browser, served, viewport=LAPTOP, locale="en-GB")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(served.address)
    page.screenshot(path=SHOTS / "serve-index-en-1280.png", full_page=True)
    check_accessibility(page)
    page.get_by_label("Search the stories").press_sequentially("freedom", delay=20)
    page.locator("#results .snippet b").first.wait_for()
    assert page.url == served.address  # results came in place, no page load
    snippets = page.locator("#results .snippet").all_inner_texts()
    assert snippets and all("freedom" in text.lower() for text in snippets)
    page.screenshot(path=SHOTS / "serve-search-en-1280.png")
    check_accessibility(page)

    page.get_by_role("link", name=CHILDREN).first.click()
    page.get_by_role("button", name="Copy the letter").click()
    page.get_by_role("button", name="Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Dear [Representative’s name],\n\nI am writing as your constituent")
    assert "[Your name]\n[Your address]" in copied
    page.set_viewport_size(PHONE)
    page.evaluate("document.querySelector('.letter-tools').scrollIntoView({block: 'end'})")
    page.screenshot(path=SHOTS / "serve-appeal-en-390.png")
    check_accessibility(page)
    only_our_server(asked, served)
    page.context.close()


def test_reading_and_searching_work_without_javascript(
    browser: Any, served: ShareServer, room: Room, loopback: None
) -> None:
    page, _asked = open_page(
        browser, served, viewport=PHONE, locale="ko", java_script_enabled=False
    )
    page.goto(served.address)
    page.get_by_label("이야기 검색").fill("강제송환")
    page.get_by_role("button", name="검색", exact=True).click()
    page.wait_for_url("**/search?q=*")
    page.get_by_role("link", name=KOREAN_APPEAL).click()
    assert page.get_by_role("button", name="편지 복사").count() == 0  # it needs JavaScript
    assert page.get_by_role("link", name="편지를 텍스트로 보기").is_visible()
    page.screenshot(path=SHOTS / "serve-appeal-ko-390-nojs.png", full_page=True)
    page.go_back()
    page.screenshot(path=SHOTS / "serve-search-ko-390-nojs.png", full_page=True)
    page.goto(served.address + f"d/{room.id(PAPER_BOATS)}")
    assert page.locator("article img").count() == 1
    page.context.close()


def test_the_hosts_phone_moves_the_show(
    browser: Any, served: ShareServer, show: SlideShow, loopback: None
) -> None:
    page, asked = open_page(browser, served, viewport=PHONE, locale="en-US", color_scheme="dark")
    page.goto(served.remote_address)
    check_accessibility(page)
    page.get_by_label("Enter the PIN shown on the presenter console.").fill(served.pin)
    page.get_by_role("button", name="Open the remote").click()
    page.get_by_text("Slide 1 of 3").wait_for()
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Slide 2 of 3").wait_for()
    assert show.position == 1
    page.get_by_role("button", name="Next").click()
    page.get_by_text("한국어로 읽기").wait_for()
    page.get_by_role("button", name="Black screen").click()
    page.get_by_text("The audience sees a black screen.").wait_for()
    assert show.screen == "black"
    page.screenshot(path=SHOTS / "serve-remote-en-390-dark.png", full_page=True)
    check_accessibility(page)
    only_our_server(asked, served)
    page.context.close()
