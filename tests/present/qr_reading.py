"""Reading a QR code's modules back from pixels (a widget grabbed, a slide painted, a PDF page
rendered by pdftoppm): what a phone's camera would find there, compared with the modules the
address makes. No decoder is at hand offline; the modules matching one by one is as strict."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage


def _dark(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 128


def read_code(image: QImage, size: int, within: QRect | None = None) -> list[list[bool]]:
    """The `size`×`size` modules of the code in `image` (or in its `within` part): the code is
    the box of its dark pixels (its finder patterns make three of the corners), each module
    read at its centre."""
    area = within if within is not None else image.rect()
    xs: list[int] = []
    ys: list[int] = []
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            if _dark(image, x, y):
                xs.append(x)
                ys.append(y)
    assert xs, "no code there"
    left, top = min(xs), min(ys)
    width, height = max(xs) + 1 - left, max(ys) + 1 - top
    assert abs(width - height) <= max(2, width // 50), "not square: not a QR code"
    module = width / size
    return [
        [
            _dark(image, int(left + (column + 0.5) * module), int(top + (row + 0.5) * module))
            for column in range(size)
        ]
        for row in range(size)
    ]
