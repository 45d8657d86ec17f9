"""Draw the app's icons, in every size the platforms ask for, from its one SVG.

    python packaging/make_icons.py OUT_DIR

Writes the freedesktop hicolor theme (PNG at 16 to 512 pixels, and the SVG itself), a Windows
.ico and a macOS .icns, all from `src/storyreader/resources/icons/app.svg`, with Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "storyreader" / "resources" / "icons" / "app.svg"
APP_ID = "org.storyreader.StoryReader"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), QByteArray(kind.encode()))
    if not writer.write(image):
        raise SystemExit(f"could not write {path}: {writer.errorString()}")


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(SOURCE.read_bytes()))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    hicolor = out / "hicolor"
    for size in SIZES:
        write(render(renderer, size), hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", "png")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    write(render(renderer, 256), out / "storyreader.ico", "ico")
    write(render(renderer, 512), out / "storyreader.icns", "icns")
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
