"""Pictures of a show for people to look at (written to shots/; the README shows copies in
docs/screenshots/): an English slide and a Korean slide as the room sees them on a 1080p
projector, and the presenter console on a laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from storyreader.archive.library import Library
from storyreader.present.navigator import ShowOptions
from storyreader.present.set_info import SetInfo
from storyreader.present.slides import SlideKind
from storyreader.ui.present.show_controller import ShowController
from tests.conftest import ROOT
from tests.present.screens import PROJECTOR, OffscreenScreens

SHOTS = ROOT / "shots"


def lightness(image: QImage) -> float:
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), 12)
        for y in range(0, image.height(), 12)
    ]
    return sum(values) / len(values)


def test_pictures_of_a_show(
    qtbot: QtBot,
    two_screens: OffscreenScreens,
    library: Library,
    evening: SetInfo,
) -> None:
    laptop = two_screens.current()[0]
    two_screens.set_screens([laptop, {**PROJECTOR, "width": 1920, "height": 1080}])
    show = ShowController(evening, library, ShowOptions())
    show.start()
    qtbot.waitUntil(lambda: show.audience.isVisible() and show.audience.width() == 1920)
    SHOTS.mkdir(exist_ok=True)
    written: dict[str, QImage] = {}

    def shoot(name: str, story: int) -> None:
        deck = show.navigator.deck
        index = next(
            number
            for number, slide in enumerate(deck.slides)
            if slide.story == story and slide.kind == SlideKind.TEXT and len(slide.blocks) > 1
        )
        show.navigator.go_to(index)
        show.navigator.go_to(index)  # past the content warning card, once seen
        show.refresh()
        qtbot.wait(50)
        image = show.audience.grab().toImage()
        image.save(str(SHOTS / name))
        written[name] = image

    try:
        shoot("present-korean.png", 1)
        shoot("present-audience.png", 0)
        show.console.resize(laptop["width"], laptop["height"])
        qtbot.wait(50)
        written["present-console.png"] = show.console.grab().toImage()
        written["present-console.png"].save(str(SHOTS / "present-console.png"))
    finally:
        show.end()
    for name in ("present-audience.png", "present-korean.png"):
        image = written[name]
        assert (image.width(), image.height()) == (1920, 1080), name
        assert lightness(image) < 0.2, name  # the dark theme: light text on near black
        inked = [
            image.pixelColor(x, y).lightnessF() > 0.5
            for x in range(0, 1920, 4)
            for y in range(0, 1080, 4)
        ]
        assert sum(inked) / len(inked) > 0.03, name  # text across the slide
    assert written["present-console.png"].width() >= 1300
    assert all(Path(SHOTS / name).is_file() for name in written)
