"""Draw the illustrations used by the sample documents in `resources/sample/`.

    .venv/bin/python tools/draw_sample_images.py

Each picture is an 800x500 PNG painted with QImage and QPainter (gradients and shapes, no
text, so no fonts are needed) and saved to `resources/sample/images/NAME.png`. The drawing is
deterministic: the only scattering uses a fixed-seed `random.Random`, so running the script
again gives the same pictures. Rebuild `archive.db` afterwards with
`.venv/bin/python tools/build_sample_archive.py`.
"""

from __future__ import annotations

import math
import os
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGradient,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "resources" / "sample" / "images"
WIDTH, HEIGHT = 800, 500

Stops = Sequence[tuple[float, str | QColor]]
Drawing = Callable[[QPainter], None]


# --- Small helpers ---


def rgba(name: str, alpha: int = 255) -> QColor:
    """A colour from a #rrggbb name with the given alpha (0-255)."""
    colour = QColor(name)
    colour.setAlpha(alpha)
    return colour


def _with_stops(gradient: QGradient, stops: Stops) -> QGradient:
    for position, colour in stops:
        gradient.setColorAt(position, QColor(colour))
    return gradient


def linear(x1: float, y1: float, x2: float, y2: float, stops: Stops) -> QBrush:
    return QBrush(_with_stops(QLinearGradient(x1, y1, x2, y2), stops))


def radial(cx: float, cy: float, radius: float, stops: Stops) -> QBrush:
    return QBrush(_with_stops(QRadialGradient(cx, cy, radius), stops))


def polygon(points: Sequence[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def fill_path(painter: QPainter, path: QPainterPath, brush: QBrush | QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawPath(path)


def fill_polygon(
    painter: QPainter, points: Sequence[tuple[float, float]], brush: QBrush | QColor
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawPolygon(polygon(points))


def glow(painter: QPainter, cx: float, cy: float, radius: float, colour: str, alpha: int) -> None:
    """A soft round light that fades to nothing at `radius`."""
    brush = radial(cx, cy, radius, [(0.0, rgba(colour, alpha)), (1.0, rgba(colour, 0))])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawEllipse(QPointF(cx, cy), radius, radius)


Waves = Sequence[tuple[float, float, float]]


def ridge(
    base: float,
    waves: Waves,
    left: float = -10,
    right: float = WIDTH + 10,
    bottom: float = HEIGHT + 10,
) -> QPainterPath:
    """A closed shape whose top edge is `base` plus a sum of sines (amplitude, period, phase)."""
    path = QPainterPath()
    path.moveTo(left, bottom)
    x = left
    while x <= right:
        offsets = (amp * math.sin(2 * math.pi * x / period + phase) for amp, period, phase in waves)
        path.lineTo(x, base + sum(offsets))
        x += 5
    path.lineTo(right, bottom)
    path.closeSubpath()
    return path


def scribble(x: float, y: float, length: float, seed: int) -> QPainterPath:
    """A line of pretend handwriting: small loops and waves, never letters."""
    rng = random.Random(seed)
    path = QPainterPath()
    path.moveTo(x, y)
    step = 0.0
    while step < length:
        word = rng.uniform(28, 70)
        end = min(step + word, length)
        t = step
        while t < end:
            height = 3.5 + 1.5 * math.sin(t * 0.9 + seed)
            path.lineTo(x + t, y - height * abs(math.sin(t * 0.45)))
            t += 1.5
        step = end + rng.uniform(8, 14)
        if step < length:
            path.moveTo(x + step, y)
    return path


# --- The pictures ---


def draw_sunrise_over_tents(painter: QPainter) -> None:
    """Dawn over rows of tents in a camp, a few doorways still lit."""
    horizon = 330
    painter.fillRect(
        QRectF(0, 0, WIDTH, HEIGHT),
        linear(
            0,
            0,
            0,
            horizon,
            [(0.0, "#1d2b53"), (0.38, "#6b4c7a"), (0.72, "#e07a5f"), (1.0, "#f6c177")],
        ),
    )
    glow(painter, 540, horizon, 330, "#ffd59a", 150)
    painter.setBrush(QColor("#ffe1a1"))
    painter.drawEllipse(QPointF(540, horizon), 62, 62)

    fill_path(painter, ridge(300, [(12, 420, 0.4), (6, 170, 1.3)]), rgba("#6e4f6e", 235))
    fill_path(painter, ridge(328, [(9, 360, 2.0), (4, 140, 0.2)]), QColor("#4a3a55"))
    ground = ridge(350, [(3, 500, 0.0)])
    fill_path(painter, ground, linear(0, 340, 0, HEIGHT, [(0.0, "#3d3145"), (1.0, "#1f1824")]))

    rows: list[tuple[float, float, float, float, tuple[str, str]]] = [
        (372, 54, 34, 60, ("#b98f84", "#6f5563")),
        (418, 86, 54, 15, ("#cfa48e", "#7a5b63")),
        (482, 138, 88, -40, ("#e0b697", "#80606a")),
    ]
    lit_doors = {(1, 3), (2, 1), (0, 6), (2, 4)}
    for row_index, (base, width, height, offset, (lit, shade)) in enumerate(rows):
        count = int((WIDTH + 2 * width) // (width * 1.35)) + 1
        for index in range(count):
            cx = offset + index * width * 1.35
            facing_sun = cx < 540
            left_face = QColor(shade if facing_sun else lit)
            right_face = QColor(lit if facing_sun else shade)
            peak = (cx, base - height)
            fill_polygon(painter, [(cx - width / 2, base), peak, (cx, base)], left_face)
            fill_polygon(painter, [(cx, base), peak, (cx + width / 2, base)], right_face)
            door = QColor("#ffb65c" if (row_index, index) in lit_doors else "#2b2230")
            fill_polygon(
                painter,
                [(cx - width * 0.12, base), (cx, base - height * 0.45), (cx + width * 0.12, base)],
                door,
            )
            if (row_index, index) in lit_doors:
                glow(painter, cx, base - height * 0.15, width * 0.6, "#ffb65c", 70)
            painter.setPen(QPen(rgba("#2b2230", 160), 1.2))
            painter.drawLine(QPointF(cx, base - height), QPointF(cx, base - height - height * 0.12))

    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(rgba("#2a2240", 200), 2.2, c=Qt.PenCapStyle.RoundCap))
    for bx, by, size in [(210, 120, 14), (236, 108, 10), (258, 128, 12), (610, 170, 9)]:
        bird = QPainterPath()
        bird.moveTo(bx - size, by)
        bird.quadTo(bx - size / 2, by - size * 0.6, bx, by)
        bird.quadTo(bx + size / 2, by - size * 0.6, bx + size, by)
        painter.drawPath(bird)


def draw_paper_boat(painter: QPainter) -> None:
    """A folded paper boat riding dark water under a quiet moon."""
    horizon = 300
    painter.fillRect(
        QRectF(0, 0, WIDTH, HEIGHT),
        linear(0, 0, 0, horizon, [(0.0, "#0b1a33"), (0.6, "#1f3b5c"), (1.0, "#3f6b86")]),
    )
    rng = random.Random(20170912)
    painter.setPen(Qt.PenStyle.NoPen)
    for _ in range(70):
        x, y = rng.uniform(0, WIDTH), rng.uniform(0, horizon - 70)
        painter.setBrush(rgba("#fdf6e3", rng.randint(90, 220)))
        size = rng.choice((0.8, 1.0, 1.3, 1.7))
        painter.drawEllipse(QPointF(x, y), size, size)
    glow(painter, 610, 105, 150, "#f2ecd0", 90)
    painter.setBrush(QColor("#f5efd6"))
    painter.drawEllipse(QPointF(610, 105), 36, 36)

    layers: list[tuple[float, str, Waves]] = [
        (horizon, "#1a3856", [(3, 260, 0.0), (1.5, 90, 1.0)]),
        (330, "#1d4062", [(6, 300, 1.1), (2, 110, 0.3)]),
        (368, "#22496e", [(9, 340, 2.3), (3, 130, 1.7)]),
    ]
    for base, colour, waves in layers:
        fill_path(painter, ridge(base, waves), QColor(colour))
    painter.setPen(QPen(rgba("#f5efd6", 120), 2, c=Qt.PenCapStyle.RoundCap))
    for row in range(9):
        y = horizon + 12 + row * 14
        half = 34 - row * 2.5 + (row % 3) * 6
        painter.drawLine(QPointF(610 - half, y), QPointF(610 + half - (row % 2) * 10, y))

    # The boat: two sails meeting at the mast fold, and the hull below them.
    cx, deck = 380.0, 392.0
    fill_polygon(painter, [(cx - 60, deck), (cx, deck - 118), (cx, deck)], QColor("#f7f3ea"))
    fill_polygon(painter, [(cx, deck), (cx, deck - 118), (cx + 60, deck)], QColor("#d9d3c6"))
    fill_polygon(
        painter,
        [(cx - 120, deck - 14), (cx + 120, deck - 14), (cx + 82, deck + 32), (cx - 82, deck + 32)],
        linear(cx, deck - 14, cx, deck + 32, [(0.0, "#f1ece1"), (1.0, "#c9c2b3")]),
    )
    for side, colour in [(-1, "#e4ded2"), (1, "#bdb5a5")]:
        flap = [(cx + side * 120, deck - 14), (cx + side * 60, deck), (cx + side * 82, deck + 32)]
        fill_polygon(painter, flap, QColor(colour))
    painter.setPen(QPen(rgba("#9c9484", 150), 1.2))
    painter.drawLine(QPointF(cx - 60, deck), QPointF(cx + 60, deck))

    fill_path(painter, ridge(418, [(5, 280, 0.8), (2, 95, 2.2)]), QColor("#285579"))
    fill_path(painter, ridge(452, [(8, 320, 2.9), (3, 120, 0.5)]), QColor("#2d6086"))
    painter.setPen(QPen(rgba("#cfe3ef", 70), 2, c=Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x, y, length in [(120, 430, 60), (560, 440, 80), (250, 470, 50), (660, 480, 70)]:
        crest = QPainterPath()
        crest.moveTo(x, y)
        crest.quadTo(x + length / 2, y - 6, x + length, y)
        painter.drawPath(crest)


def draw_lantern(painter: QPainter) -> None:
    """A paper lantern glowing at dusk above a curved tiled roof."""
    painter.fillRect(
        QRectF(0, 0, WIDTH, HEIGHT),
        linear(0, 0, 0, HEIGHT, [(0.0, "#120f2a"), (0.55, "#2d1f44"), (1.0, "#5a3048")]),
    )
    for x, y, size in [(110, 120, 7), (170, 210, 5), (640, 90, 6), (700, 230, 8), (560, 300, 4)]:
        glow(painter, x, y, size * 6, "#ffb560", 70)
        painter.setBrush(QColor("#ffd08a"))
        painter.drawEllipse(QPointF(x, y), size * 0.75, size)

    roof = QPainterPath()
    roof.moveTo(-10, HEIGHT + 10)
    roof.lineTo(-10, 420)
    roof.quadTo(120, 440, 240, 392)
    roof.quadTo(262, 382, 276, 368)
    roof.quadTo(270, 390, 262, 404)
    roof.lineTo(262, HEIGHT + 10)
    roof.closeSubpath()
    fill_path(painter, roof, QColor("#140f1f"))
    painter.setPen(QPen(rgba("#3a2c45", 255), 2))
    for index in range(7):
        tile = 20 + index * 34
        painter.drawLine(QPointF(tile, 432 - index * 5), QPointF(tile - 6, HEIGHT))
    roof_right = QPainterPath()
    roof_right.moveTo(WIDTH + 10, HEIGHT + 10)
    roof_right.lineTo(WIDTH + 10, 446)
    roof_right.quadTo(700, 462, 600, 440)
    roof_right.quadTo(584, 436, 572, 424)
    roof_right.quadTo(580, 446, 590, 456)
    roof_right.lineTo(590, HEIGHT + 10)
    roof_right.closeSubpath()
    fill_path(painter, roof_right, QColor("#1a1326"))

    cx, top, body_w, body_h = 400.0, 150.0, 190.0, 220.0
    tassel_top, tassel_bottom = top + 12 + body_h + 8, top + 12 + body_h + 62
    glow(painter, cx, top + body_h / 2, 300, "#ff9e4a", 95)
    painter.setPen(QPen(QColor("#2a1a1a"), 2))
    painter.drawLine(QPointF(cx, 0), QPointF(cx, top))
    body = QRectF(cx - body_w / 2, top + 12, body_w, body_h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(
        radial(
            cx,
            body.center().y(),
            body_w * 0.62,
            [(0.0, "#fff1c4"), (0.45, "#ffc46b"), (0.85, "#e0703c"), (1.0, "#b4472f")],
        )
    )
    painter.drawEllipse(body)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(rgba("#8a3324", 120), 1.6))
    for fraction in (0.25, 0.55, 0.82):
        rib_w = body_w * fraction
        painter.drawEllipse(QRectF(cx - rib_w / 2, body.top(), rib_w, body_h))
    painter.setPen(QPen(rgba("#8a3324", 80), 1.2))
    for fraction in (0.2, 0.5, 0.8):
        level = body.top() + body_h * fraction
        half = body_w / 2 * math.sqrt(1 - (2 * fraction - 1) ** 2)
        painter.drawLine(QPointF(cx - half, level), QPointF(cx + half, level))

    cap = QColor("#5b1f1a")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(cap)
    painter.drawRoundedRect(QRectF(cx - 36, top, 72, 20), 5, 5)
    painter.drawRoundedRect(QRectF(cx - 30, body.bottom() - 10, 60, 18), 5, 5)
    painter.setPen(QPen(QColor("#b8322a"), 2.2, c=Qt.PenCapStyle.RoundCap))
    for index in range(9):
        thread = cx - 16 + index * 4
        end = QPointF(thread + (index - 4) * 0.6, tassel_bottom)
        painter.drawLine(QPointF(thread, tassel_top), end)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d9a441"))
    painter.drawEllipse(QPointF(cx, body.bottom() + 12), 7, 7)


def draw_hands_with_letter(painter: QPainter) -> None:
    """Two hands holding a handwritten letter, an opened envelope beside it."""
    painter.fillRect(
        QRectF(0, 0, WIDTH, HEIGHT),
        linear(0, 0, WIDTH, HEIGHT, [(0.0, "#f1e4cf"), (1.0, "#dcc3a2")]),
    )
    glow(painter, 250, 120, 420, "#fff6e6", 110)

    painter.save()
    painter.translate(590, 330)
    painter.rotate(9)
    fill_polygon(painter, [(-132, -78), (132, -78), (132, 86), (-132, 86)], rgba("#6b4b2e", 40))
    fill_polygon(painter, [(-128, -84), (128, -84), (128, 80), (-128, 80)], QColor("#d8bd95"))
    fill_polygon(painter, [(-128, -84), (0, 6), (128, -84)], QColor("#c9aa7e"))
    painter.setPen(QPen(rgba("#a88558", 200), 1.4))
    painter.drawLine(QPointF(-128, 80), QPointF(-20, 0))
    painter.drawLine(QPointF(128, 80), QPointF(20, 0))
    painter.restore()

    skin = linear(0, 200, 0, HEIGHT, [(0.0, "#9a6243"), (1.0, "#6f4330")])
    sleeve = QColor("#3f5a6b")
    for mirror in (1, -1):
        painter.save()
        painter.translate(WIDTH / 2, 0)
        painter.scale(mirror, 1)
        painter.translate(-WIDTH / 2, 0)
        arm = [(40, HEIGHT + 10), (150, 330), (230, 380), (170, HEIGHT + 10)]
        fill_polygon(painter, arm, sleeve)
        hand = QPainterPath()
        hand.moveTo(150, 335)
        hand.cubicTo(175, 280, 210, 240, 252, 228)
        hand.cubicTo(268, 226, 276, 240, 268, 262)
        hand.lineTo(262, 300)
        hand.cubicTo(262, 340, 246, 372, 228, 384)
        hand.closeSubpath()
        fill_path(painter, hand, skin)
        painter.restore()

    painter.save()
    painter.translate(400, 240)
    painter.rotate(-3.5)
    fill_polygon(painter, [(-146, -176), (152, -170), (152, 186), (-146, 182)], rgba("#5a4030", 45))
    fill_polygon(painter, [(-150, -180), (150, -180), (150, 180), (-150, 180)], QColor("#fbf7ee"))
    painter.setPen(QPen(rgba("#e4dccb", 255), 1))
    painter.drawLine(QPointF(-150, -62), QPointF(150, -62))
    painter.setPen(QPen(rgba("#35506b", 200), 1.6, c=Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(scribble(-118, -140, 90, seed=1))
    lengths = [236, 228, 240, 190, 232, 238, 216, 120]
    for index, length in enumerate(lengths):
        y = -108 + index * 28 + (18 if index > 2 else 0)  # a paragraph break after line three
        painter.drawPath(scribble(-118, y, length, index + 2))
    painter.drawPath(scribble(40, 150, 70, seed=40))
    painter.restore()

    for mirror in (1, -1):
        painter.save()
        painter.translate(WIDTH / 2, 0)
        painter.scale(mirror, 1)
        painter.translate(-WIDTH / 2, 0)
        painter.translate(236, 292)
        painter.rotate(-52)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(linear(0, -15, 0, 15, [(0.0, "#a86e4d"), (1.0, "#8a573c")]))
        painter.drawRoundedRect(QRectF(-16, -15, 78, 30), 15, 15)
        painter.setBrush(rgba("#e9c9b4", 140))
        painter.drawRoundedRect(QRectF(40, -10, 17, 19), 7, 7)
        painter.restore()


def draw_chalkboard(painter: QPainter) -> None:
    """A classroom chalkboard: a sun, a journey drawn as a dotted line, lines of writing."""
    painter.fillRect(
        QRectF(0, 0, WIDTH, HEIGHT),
        linear(0, 0, 0, HEIGHT, [(0.0, "#eadfc8"), (0.8, "#d8c6a6"), (1.0, "#bfa47f")]),
    )
    fill_polygon(painter, [(0, 0), (150, 0), (420, HEIGHT), (120, HEIGHT)], rgba("#fff8e8", 60))

    frame = QRectF(80, 50, 640, 330)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(rgba("#5b4632", 60))
    painter.drawRect(frame.translated(6, 8))
    wood = [(0.0, "#8a5e3b"), (1.0, "#6c462a")]
    painter.setBrush(linear(0, frame.top(), 0, frame.bottom(), wood))
    painter.drawRect(frame)
    board = frame.adjusted(16, 16, -16, -16)
    painter.setBrush(
        radial(
            board.center().x() - 80,
            board.center().y() - 40,
            460,
            [(0.0, "#3a5a47"), (1.0, "#243a2e")],
        )
    )
    painter.drawRect(board)
    for x, y, rx, ry in [(260, 170, 150, 60), (560, 250, 170, 50), (430, 120, 110, 40)]:
        glow(painter, x, y, rx, "#ffffff", 14)
        painter.setBrush(rgba("#ffffff", 7))
        painter.drawEllipse(QPointF(x, y), rx, ry)

    chalk = QPen(rgba("#f4f1e8", 215), 3, c=Qt.PenCapStyle.RoundCap)
    chalk.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(chalk)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(170, 130), 26, 26)
    for index in range(10):
        angle = index * 2 * math.pi / 10
        inner, outer = 34, 48 + (index % 2) * 6
        painter.drawLine(
            QPointF(170 + inner * math.cos(angle), 130 + inner * math.sin(angle)),
            QPointF(170 + outer * math.cos(angle), 130 + outer * math.sin(angle)),
        )

    house = [(150, 300), (150, 268), (175, 246), (200, 268), (200, 300), (150, 300)]
    painter.drawPolyline(polygon(house))
    painter.drawRect(QRectF(168, 280, 14, 20))
    dotted = QPen(rgba("#f6e7a8", 220), 3.2, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(dotted)
    journey = QPainterPath()
    journey.moveTo(215, 288)
    journey.cubicTo(300, 340, 340, 210, 430, 250)
    journey.cubicTo(500, 282, 540, 200, 600, 214)
    painter.drawPath(journey)
    painter.setPen(chalk)
    star = [
        (
            600 + (20 if point % 2 == 0 else 8) * math.sin(point * math.pi / 5),
            206 - (20 if point % 2 == 0 else 8) * math.cos(point * math.pi / 5),
        )
        for point in range(10)
    ]
    painter.drawPolygon(polygon(star))

    writing = QPen(rgba("#f4f1e8", 190), 2.2, c=Qt.PenCapStyle.RoundCap)
    painter.setPen(writing)
    for index, (x, length) in enumerate([(300, 330), (300, 280), (300, 310)]):
        painter.drawPath(scribble(x, 110 + index * 34, length, seed=100 + index))

    tray = QRectF(frame.left() + 10, frame.bottom(), frame.width() - 20, 14)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#5e3d24"))
    painter.drawRect(tray)
    for x, colour, length in [(180, "#f7f4ec", 34), (230, "#f3d97a", 26), (262, "#f2b6b0", 22)]:
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, tray.top() - 7, length, 8), 3, 3)
    painter.setBrush(QColor("#3b3b45"))
    painter.drawRoundedRect(QRectF(560, tray.top() - 14, 74, 15), 3, 3)
    painter.setBrush(QColor("#c9b28a"))
    painter.drawRect(QRectF(560, tray.top() - 5, 74, 6))

    for left, width in [(40, 260), (500, 280)]:
        desk = QRectF(left, 440, width, 22)
        grain = [(0.0, "#a87a4f"), (1.0, "#7b5533")]
        painter.setBrush(linear(0, desk.top(), 0, desk.bottom(), grain))
        painter.drawRoundedRect(desk, 4, 4)
        painter.setBrush(QColor("#5a4030"))
        painter.drawRect(QRectF(left + 20, desk.bottom(), 10, HEIGHT - desk.bottom()))
        painter.drawRect(QRectF(left + width - 30, desk.bottom(), 10, HEIGHT - desk.bottom()))


PICTURES: dict[str, Drawing] = {
    "sunrise-tents": draw_sunrise_over_tents,
    "paper-boat": draw_paper_boat,
    "lantern": draw_lantern,
    "hands-letter": draw_hands_with_letter,
    "chalkboard": draw_chalkboard,
}


def render(name: str, draw: Drawing, folder: Path = IMAGES) -> Path:
    """Paint one picture and save it as `folder/NAME.png`."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
    finally:
        painter.end()
    path = folder / f"{name}.png"
    if not image.save(str(path), quality=0):  # for PNG, quality 0 is the strongest compression
        raise OSError(f"could not write {path}")
    return path


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # Qt's painting expects an application object
    IMAGES.mkdir(parents=True, exist_ok=True)
    for name, draw in PICTURES.items():
        path = render(name, draw)
        size = path.stat().st_size // 1024
        print(f"Wrote {path.relative_to(ROOT)} ({size} KB)", file=sys.stderr)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
