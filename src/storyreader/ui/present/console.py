"""The presenter console on the laptop's screen: the slide the room sees (dimmed and stamped
BLACK or LOGO while the room sees those), the next slide and the next story with its content
warning, the story's notes, how long the story and the set have run against their estimates
(and the last rehearsal), the set list to jump around, the overview of every slide in place of
the main view, and while the app shares with the room, the phone-as-clicker's address and PIN
(shown here only: the room sees the audience window). Keys are the show controller's; the
console only shows."""

from __future__ import annotations

import html

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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storyreader import i18n
from storyreader.present.slides import Deck, StorySlides
from storyreader.present.timing import format_duration
from storyreader.ui.present.overview import SlideOverview
from storyreader.ui.present.qr_code import QrCode
from storyreader.ui.present.slide_view import SlideView

BLANKED_STYLE = "QLabel { background: #e0b24a; color: #111214; font-weight: 600; padding: 4px; }"


class PresenterConsole(QWidget):
    story_chosen = Signal(int)
    action = Signal(str)  # a ShowController command: "previous", "next", "black", …
    closing = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, *, rehearsal: bool = False):
        super().__init__(parent)
        heading = self.tr("Rehearsal — %1") if rehearsal else self.tr("Presenter console — %1")
        self.setWindowTitle(i18n.fill(heading, title))
        self.setAccessibleName(self.tr("Presenter console"))
        self.current = SlideView()
        self.current.setAccessibleName(self.tr("The slide the audience sees"))
        self.current.setMinimumSize(400, 225)
        self.overview = SlideOverview()
        self.stage = QStackedWidget()
        self.stage.addWidget(self.current)
        self.stage.addWidget(self.overview)
        self.next = SlideView()
        self.next.setAccessibleName(self.tr("The next slide"))
        self.next.setMinimumSize(192, 108)
        self.next_up = QLabel()  # the next story, and its warning, before the host gets there
        self.next_up.setWordWrap(True)
        self.audience_state = QLabel()  # "The audience sees a black screen"
        self.audience_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audience_state.setWordWrap(True)
        self.banner = QLabel()  # confirmations and screen news
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.hide()
        self.clicker = QLabel()  # the phone-as-clicker's address and PIN, while sharing
        self.clicker.setWordWrap(True)
        self.clicker.setTextFormat(Qt.TextFormat.RichText)  # the PIN in bold
        self.clicker.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clicker.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clicker.setAccessibleName(self.tr("Phone as clicker"))
        self.clicker_code = QrCode(112)  # the host's phone scans it instead of typing
        self.clicker_row = QWidget()
        row = QHBoxLayout(self.clicker_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.clicker_code)
        row.addWidget(self.clicker, 1)
        self.clicker_row.hide()
        self.position = QLabel()
        self.story_time = QLabel()
        self.set_time = QLabel()
        self.clock = QLabel()
        self.typed = QLabel()
        for label in (self.position, self.story_time, self.set_time, self.clock, self.typed):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            label.setFont(font)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_font = self.notes.font()
        notes_font.setPointSizeF(notes_font.pointSizeF() * 1.3)
        self.notes.setFont(notes_font)
        self.set_list = QListWidget()
        self.set_list.setAccessibleName(self.tr("The set: click a story to go to it"))
        self.set_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget, scale in ((self.set_list, 1.2), (self.next_up, 1.15)):
            font = widget.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            widget.setFont(font)
        self.set_list.itemClicked.connect(
            lambda item: self.story_chosen.emit(self.set_list.row(item))
        )
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.buttons["share_screen"].hide()  # while the app shares with the room

    def _button_row(self, *named: tuple[str, str]) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text in named:
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the show
            button.clicked.connect(lambda _checked=False, n=name: self.action.emit(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.stage, 1)
        left.addWidget(self.audience_state)
        left.addWidget(self.banner)
        times = QHBoxLayout()
        times.setSpacing(12)
        for label in (self.position, self.story_time, self.set_time):
            times.addWidget(label)
        times.addStretch(1)
        times.addWidget(self.typed)
        left.addLayout(times)
        buttons = self._button_row(
            ("previous", self.tr("Previous")),
            ("next", self.tr("Next")),
            ("black", self.tr("Black (B)")),
            ("logo", self.tr("Logo (W)")),
            ("share_screen", self.tr("QR code (Q)")),
            ("toggle_overview", self.tr("Overview (Tab)")),
        )
        buttons.addWidget(self.clock)  # beside the buttons: the times' line fits 1024 pixels
        left.addLayout(buttons)
        left.addWidget(self.clicker_row)
        left_widget = QWidget()
        left_widget.setLayout(left)

        right = QVBoxLayout()
        right.addWidget(_caption(self.tr("Next")))
        right.addWidget(self.next)
        right.addWidget(self.next_up)
        right.addWidget(_caption(self.tr("Notes")))
        right.addWidget(self.notes, 2)
        right.addWidget(_caption(self.tr("The set")))
        right.addWidget(self.set_list, 1)
        right.addLayout(
            self._button_row(
                ("toggle_audience_window", self.tr("Audience window (A)")),
                ("swap_screens", self.tr("Swap screens (S)")),
                ("end", self.tr("End (Esc)")),
            )
        )
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- the overview --------------------------------------------------------------------

    def overview_open(self) -> bool:
        return self.stage.currentWidget() is self.overview

    def show_overview(self, shown: bool) -> None:
        self.stage.setCurrentWidget(self.overview if shown else self.current)

    # --- what the console says -------------------------------------------------------------

    def fill_set(self, deck: Deck) -> None:
        self.set_list.clear()
        for number, story in enumerate(deck.stories, 1):
            item = QListWidgetItem(self.story_line(number, story))
            if story.content_warning:
                item.setToolTip(story.content_warning)
            self.set_list.addItem(item)

    def story_line(self, number: int, story: StorySlides) -> str:
        text = f"{number}. {story.title}  ·  ~{format_duration(story.speaking_seconds)}"
        if story.rehearsed_seconds is not None:
            rehearsed = i18n.fill(self.tr("rehearsed %1"), format_duration(story.rehearsed_seconds))
            text += f"  ·  {rehearsed}"
        return text + ("  ⚠" if story.content_warning else "")

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

    def show_next_up(self, number: int, story: StorySlides | None, soon: bool) -> None:
        """The story after this one (`number` counts from 1), bold when its first slide is
        next; or that this is the last."""
        if story is None:
            self.next_up.setText(self.tr("This is the last story of the set."))
        else:
            text = i18n.fill(self.tr("Next story: %1. %2"), number, story.title)
            if story.content_warning:
                warning = i18n.fill(self.tr("Content warning: %1"), story.content_warning)
                text += f"\n⚠ {warning}"
            self.next_up.setText(text)
        font = self.next_up.font()
        font.setBold(soon and story is not None)
        self.next_up.setFont(font)

    def show_blanked(self, text: str) -> None:
        """What the room sees when it is not the slide ("" when it is the slide)."""
        self.audience_state.setText(text)
        self.audience_state.setStyleSheet(BLANKED_STYLE if text else "")

    def show_times(
        self,
        story_seconds: int,
        story_estimate: int,
        set_seconds: int,
        set_estimate: int,
        rehearsed: int | None = None,
    ) -> None:
        story = i18n.fill(
            self.tr("This story: %1 of ~%2"),
            format_duration(story_seconds),
            format_duration(story_estimate),
        )
        if rehearsed is not None:
            story += " · " + i18n.fill(self.tr("rehearsed %1"), format_duration(rehearsed))
        self.story_time.setText(story)
        self.set_time.setText(
            i18n.fill(
                self.tr("Whole set: %1 of ~%2"),
                format_duration(set_seconds),
                format_duration(set_estimate),
            )
        )
        now = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        self.clock.setText(now)

    def show_clicker(self, address: str, pin: str) -> None:
        """The phone-as-clicker's address and PIN ("" for both: not sharing)."""
        if address:
            self.clicker.setText(
                i18n.fill(
                    html.escape(
                        self.tr(
                            "Phone as clicker: scan the code with your phone (or open %1), "
                            "then type the PIN %2."
                        )
                    ),
                    html.escape(address),
                    f"<b style='font-size: large'>{html.escape(pin)}</b>",
                )
            )
        self.clicker_code.set_text(address)
        self.clicker_row.setVisible(bool(address))
        self.buttons["share_screen"].setVisible(bool(address))

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
