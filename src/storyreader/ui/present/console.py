"""The presenter console on the laptop's screen: the slide the room sees and the next one,
the story's notes, how long the story and the set have run against their estimates, and
the set list to jump around. Keys are the show controller's; the console only shows."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.present.slides import Deck
from storyreader.present.timing import format_duration
from storyreader.ui.present.slide_view import SlideView


class PresenterConsole(QWidget):
    story_chosen = Signal(int)
    action = Signal(str)  # "back", "forward", "black", "logo", "swap", "end"
    closing = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.fill(self.tr("Presenter console — %1"), title))
        self.setAccessibleName(self.tr("Presenter console"))
        self.current = SlideView()
        self.current.setAccessibleName(self.tr("The slide the audience sees"))
        self.current.setMinimumSize(480, 270)
        self.next = SlideView()
        self.next.setAccessibleName(self.tr("The next slide"))
        self.next.setMinimumSize(240, 135)
        self.audience_state = QLabel()  # "The audience sees a black screen"
        self.audience_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = QLabel()  # confirmations and screen news
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.hide()
        self.position = QLabel()
        self.story_time = QLabel()
        self.set_time = QLabel()
        self.clock = QLabel()
        self.typed = QLabel()
        for label in (self.position, self.story_time, self.set_time, self.clock, self.typed):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            label.setFont(font)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_font = self.notes.font()
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.4)
        self.notes.setFont(notes_font)
        self.set_list = QListWidget()
        self.set_list.setAccessibleName(self.tr("The set: click a story to go to it"))
        self.set_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        list_font = self.set_list.font()
        list_font.setPointSizeF(list_font.pointSizeF() * 1.3)
        self.set_list.setFont(list_font)
        self.set_list.itemClicked.connect(
            lambda item: self.story_chosen.emit(self.set_list.row(item))
        )
        self._build()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.current, 1)
        left.addWidget(self.audience_state)
        left.addWidget(self.banner)
        times = QHBoxLayout()
        times.setSpacing(32)
        for label in (self.position, self.story_time, self.set_time):
            times.addWidget(label)
        times.addStretch(1)
        times.addWidget(self.typed)
        times.addWidget(self.clock)
        left.addLayout(times)
        buttons = QHBoxLayout()
        for name, text in (
            ("back", self.tr("Previous")),
            ("forward", self.tr("Next")),
            ("black", self.tr("Black (B)")),
            ("logo", self.tr("Logo (W)")),
            ("swap", self.tr("Swap screens (S)")),
            ("end", self.tr("End the show (Esc)")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the show
            button.clicked.connect(lambda _checked=False, n=name: self.action.emit(n))
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)

        right = QVBoxLayout()
        right.addWidget(_caption(self.tr("Next")))
        right.addWidget(self.next)
        right.addWidget(_caption(self.tr("Notes")))
        right.addWidget(self.notes, 2)
        right.addWidget(_caption(self.tr("The set")))
        right.addWidget(self.set_list, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def fill_set(self, deck: Deck) -> None:
        self.set_list.clear()
        for number, story in enumerate(deck.stories, 1):
            text = f"{number}. {story.title}  ·  {format_duration(story.speaking_seconds)}"
            if story.content_warning:
                text += "  ⚠"
            item = QListWidgetItem(text)
            if story.content_warning:
                item.setToolTip(story.content_warning)
            self.set_list.addItem(item)

    def show_story(self, story: int, notes: str, warning: str) -> None:
        for row in range(self.set_list.count()):
            item = self.set_list.item(row)
            font = QFont(item.font())
            font.setBold(row == story)
            item.setFont(font)
        if 0 <= story < self.set_list.count():
            self.set_list.setCurrentRow(story)
        lines = []
        if warning:
            lines.append(i18n.fill(self.tr("Content warning: %1"), warning))
            lines.append("")
        lines.append(notes or self.tr("No notes for this story."))
        self.notes.setPlainText("\n".join(lines))

    def show_times(
        self, story_seconds: int, story_estimate: int, set_seconds: int, set_estimate: int
    ) -> None:
        self.story_time.setText(
            i18n.fill(
                self.tr("This story: %1 of ~%2"),
                format_duration(story_seconds),
                format_duration(story_estimate),
            )
        )
        self.set_time.setText(
            i18n.fill(
                self.tr("Whole set: %1 of ~%2"),
                format_duration(set_seconds),
                format_duration(set_estimate),
            )
        )
        now = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        self.clock.setText(now)

    def say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closing.emit()
        super().closeEvent(event)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
