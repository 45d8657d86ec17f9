"""Reading progress: how far into a document the reader is and how long the rest takes,
said in the status line ("42% · 3 min left") and drawn in the list as a thin bar under a
title the reader has started (its reading time then says what is left)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from storyreader import i18n

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 30  # the fraction read, or None if not started
STARTED, FINISHED = 0.02, 0.98  # between these a document is being read
BAR_HEIGHT = 3


def in_progress(position: float) -> bool:
    return STARTED <= position < FINISHED


def minutes_left(position: float, minutes: int) -> int:
    return max(1, round(minutes * (1 - position)))  # to the nearest minute, as the percent


def progress_text(position: float, minutes: int) -> str:
    """The status line's words for a document at `position` (0 to 1)."""
    # Rounded, as a scroll bar's whole pixels rarely give exact fractions (half way through
    # a page of 1,001 pixels is 49.95%); never 100% before the end.
    shown = round(max(0.0, min(1.0, position)) * 100)
    percent = f"{shown if position >= FINISHED else min(shown, 99)}%"
    if position >= FINISHED:
        return i18n.fill(QCoreApplication.translate("ReadingProgress", "%1 · at the end"), percent)
    return f"{percent} · {left_text(position, minutes)}"


def left_text(position: float, minutes: int) -> str:
    """The list's reading-time cell of a started document."""
    left = minutes_left(position, minutes)
    return QCoreApplication.translate("ReadingProgress", "%n min left", "", left)


class ProgressDelegate(QStyledItemDelegate):
    """Draws the title cell as usual, with a thin bar along its bottom when started."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        position = index.data(PROGRESS_ROLE)
        if not isinstance(position, float) or not in_progress(position):
            return
        cell: QRect = option.rect
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        colour = option.palette.color(role)
        left = cell.left() + 4
        width = cell.width() - 8
        bar = QRect(left, cell.bottom() - BAR_HEIGHT, width, BAR_HEIGHT)
        painter.save()
        track = QColor(colour)
        track.setAlpha(50)
        painter.fillRect(bar, track)
        painter.fillRect(QRect(left, bar.top(), round(width * position), BAR_HEIGHT), colour)
        painter.restore()
