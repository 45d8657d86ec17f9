"""Walk the journeys of ../shared/JOURNEYS.md in the real app, in a real window (Xvfb and a
window manager), at the sizes people have and in English and Korean, photographing each step:

    .venv/bin/python -m tools.journeys reader               # 1024x600 and 1920x1080, en and ko
    .venv/bin/python -m tools.journeys reader host --sizes 1366x768 --languages ko
    .venv/bin/python -m tools.journeys all --archive /tmp/big.db --out shots/journeys-big

Screenshots land in `shots/journeys/` (or --out) as `NN-step-SIZE-LANG.png`: look at every one.
A journey is a generator in its own module (reader.py, host.py) over `walk.Walk`.
"""

from __future__ import annotations

from tools.journeys.reader import reader
from tools.journeys.walk import Journey

JOURNEYS: dict[str, Journey] = {"reader": reader}
