"""Walk the journeys of ../shared/JOURNEYS.md in the real app, in a real window (Xvfb and a
window manager), at the sizes people have and in English and Korean, photographing each step:

    .venv/bin/python -m tools.journeys reader               # 1024x600, 1366x768, 1920x1080; en, ko
    .venv/bin/python -m tools.journeys reader --sizes 1366x768 --languages ko
    .venv/bin/python -m tools.journeys all --archive /tmp/big.db --out shots/journeys-big

Screenshots land in `shots/journeys/` (or --out) as `NN-step-SIZE-LANG.png`: look at every one.
A journey is a list of parts (`Part`), each one run of the app; a part is a generator in the
journey's module (reader.py) over `walk.Walk`. Parts on one laptop share its home (settings,
keys, archive): a later part there is a restart. Another laptop is another home; files pass
between them on a "USB stick", a folder named by `JOURNEY_USB`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tools.journeys.host import host
from tools.journeys.reader import after_restart, damaged_archive, reader, second_laptop
from tools.journeys.share import share
from tools.journeys.walk import Journey


@dataclass(frozen=True)
class Part:
    walk: Journey
    laptop: str = "first"  # parts on one laptop share its home and archive
    archive: Literal["given", "empty", "damaged"] = "given"  # the laptop's archive at first
    window: bool = True  # False: the part begins before the main window (a question at start)


JOURNEYS: dict[str, list[Part]] = {
    "reader": [
        Part(reader),
        Part(after_restart),
        Part(second_laptop, laptop="second", archive="empty"),
        Part(damaged_archive, laptop="third", archive="damaged", window=False),
    ],
    "host": [Part(host)],
    "share": [Part(share)],
}
