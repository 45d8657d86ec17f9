"""An address as a QR code on the laptop's screen (the Share dialog's, the console's for the
phone-as-clicker): dark modules on white, each a whole number of pixels, with the quiet zone
scanners need."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from storyreader.present.qr import QUIET_ZONE, qr_modules


class QrCode(QWidget):
    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self._modules: list[list[bool]] = []
        self.setFixedSize(side, side)
        self.setAccessibleName(self.tr("QR code of the address"))

    def set_text(self, text: str) -> None:
        self.text = text
        self._modules = qr_modules(text) if text else []
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        count = len(self._modules)
        if count:
            module = self.width() // (count + 2 * QUIET_ZONE)  # whole pixels: crisp modules
            left = (self.width() - module * count) // 2
            top = (self.height() - module * count) // 2
            dark = QColor("#000000")
            for row, cells in enumerate(self._modules):
                for column, on in enumerate(cells):
                    if on:
                        painter.fillRect(
                            left + column * module, top + row * module, module, module, dark
                        )
        painter.end()
