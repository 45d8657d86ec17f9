"""What a PDF's pages draw, read from their content streams: where each picture is placed and
where each run of text starts, in points from the page's bottom left.

A small reader of the PDFs Qt writes (uncompressed object dictionaries, Flate content
streams), not of PDFs in general: it follows the graphics state (`q`, `Q`, `cm`, and clipping
to a path's bounding box with `W n`), the text matrices (`BT`, `Tm`, `Td`) and image
placements (`/ImN Do`). A picture wholly clipped away is not on the page; one cut by the clip
is reported whole, so a check of its box sees the cut.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_TOKEN = re.compile(
    rb"<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\)|\[|\]|/[^\s/\[\]<>()]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z*'\"]+"
)
_NUMBER = re.compile(rb"[-+]?(?:\d+\.?\d*|\.\d+)")


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float


@dataclass
class PageDrawing:
    width: float
    height: float
    pictures: list[Box] = field(default_factory=list)
    text_starts: list[tuple[float, float]] = field(default_factory=list)
    edges: list[Box] = field(default_factory=list)  # pictures the clip cuts to a sliver


def _times(first: Matrix, then: Matrix) -> Matrix:
    """`first` applied, then `then` (PDF's row-vector convention: first × then)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return (a * x + c * y + e, b * x + d * y + f)


def _objects(data: bytes) -> dict[int, bytes]:
    found = {}
    for match in re.finditer(rb"(\d+) 0 obj\b(.*?)endobj", data, re.DOTALL):
        found[int(match.group(1))] = match.group(2)
    return found


def _stream(body: bytes) -> bytes:
    start = body.index(b"stream") + len(b"stream")
    start += 2 if body[start : start + 2] == b"\r\n" else 1
    raw = body[start : body.rindex(b"endstream")]
    return zlib.decompress(raw) if b"/FlateDecode" in body[:start] else raw


def pages(path: Path) -> list[PageDrawing]:
    """Every page of the PDF, in order, with what it draws."""
    data = path.read_bytes()
    objects = _objects(data)
    tree = next(body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body))
    kids = re.search(rb"/Kids\s*\[(.*?)\]", tree, re.DOTALL)
    assert kids is not None
    drawn = []
    for number in re.findall(rb"(\d+)\s+0\s+R", kids.group(1)):
        page = objects[int(number)]
        box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", page)
        contents = re.search(rb"/Contents\s+(\d+)\s+0\s+R", page)
        assert box is not None and contents is not None
        drawing = PageDrawing(float(box.group(1)), float(box.group(2)))
        _read(_stream(objects[int(contents.group(1))]), drawing)
        drawn.append(drawing)
    return drawn


def _bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return Box(min(xs), min(ys), max(xs), max(ys))


def _meet(first: Box | None, second: Box) -> Box:
    if first is None:
        return second
    return Box(
        max(first.left, second.left),
        max(first.bottom, second.bottom),
        min(first.right, second.right),
        min(first.top, second.top),
    )


def _overlaps(box: Box, clip: Box | None, by: float = 0.5) -> bool:
    """Whether `box` shows through `clip` (by more than a rounding's width)."""
    if clip is None:
        return True
    return min(box.right, clip.right) - max(box.left, clip.left) > by and (
        min(box.top, clip.top) - max(box.bottom, clip.bottom) > by
    )


def _read(content: bytes, drawing: PageDrawing) -> None:
    state: Matrix = IDENTITY
    clip: Box | None = None
    saved: list[tuple[Matrix, Box | None]] = []
    path: list[tuple[float, float]] = []
    clipping = False
    line = IDENTITY  # the text line matrix
    operands: list[bytes] = []
    for token in _TOKEN.findall(content):
        if _NUMBER.fullmatch(token) or token[:1] in b"/<([]":
            operands.append(token)
            continue
        numbers = [float(t) for t in operands if _NUMBER.fullmatch(t)]
        if token == b"q":
            saved.append((state, clip))
        elif token == b"Q":
            state, clip = saved.pop()
        elif token in (b"m", b"l"):
            path.append(_apply(state, numbers[-2], numbers[-1]))
        elif token == b"re":
            x, y, width, height = numbers[-4:]
            for corner in ((x, y), (x + width, y + height)):
                path.append(_apply(state, *corner))
        elif token in (b"W", b"W*"):
            clipping = True
        elif token in (b"n", b"f", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"):
            if clipping and path:
                clip = _meet(clip, _bounds(path))
            path, clipping = [], False
        elif token == b"cm":
            state = _times(_matrix(numbers), state)
        elif token == b"BT":
            line = IDENTITY
        elif token == b"Tm":
            line = _matrix(numbers)
        elif token == b"Td":
            line = _times((1.0, 0.0, 0.0, 1.0, numbers[-2], numbers[-1]), line)
        elif token == b"Tj":
            drawing.text_starts.append(_apply(_times(line, state), 0.0, 0.0))
        elif token == b"Do" and operands and operands[-1].startswith(b"/Im"):
            corners = [_apply(state, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
            box = _bounds(corners)
            if _overlaps(box, clip):
                drawing.pictures.append(box)
            elif _overlaps(box, clip, by=-0.01):  # touching: a viewer draws a hairline
                drawing.edges.append(box)
        operands = []


def _matrix(numbers: list[float]) -> Matrix:
    a, b, c, d, e, f = numbers[-6:]
    return (a, b, c, d, e, f)
