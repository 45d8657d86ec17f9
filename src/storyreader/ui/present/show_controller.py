"""The show: the audience window on the chosen screen, the presenter console on the laptop's,
the keys a presentation clicker sends, and screens that come and go.

The audience window goes fullscreen, frameless and without a cursor on a screen other than
the console's (a window beside the console when there is only one screen). Unplugging the
projector hides it, and the show goes on in the console; it returns, fullscreen, when a
screen appears. S swaps the two screens. On a screen of another size the set is paginated
again for it, keeping the place in the story. Keys are caught for both windows before any
widget sees them, so a clicker works whichever window has the focus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QImageReader, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.layout import SlideStyle, theme_named
from storyreader.present.navigator import Navigator, Screen, ShowOptions
from storyreader.present.paginate import build_deck
from storyreader.present.pictures import PictureCache
from storyreader.present.set_info import SetInfo
from storyreader.present.slides import Deck
from storyreader.ui.present.console import PresenterConsole
from storyreader.ui.present.slide_view import SlideView

log = logging.getLogger(__name__)

MAX_LOGO_BYTES = 10 * 1024 * 1024
FORWARD_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class AudienceWindow(SlideView):
    """What the room sees: content only, no frame, no cursor."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("Story Reader — audience"))
        self.setAccessibleName(self.tr("Audience screen"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()  # the show ends from the console (Esc), never by losing the room's view
        self.hide()


def load_logo(path: str) -> QImage | None:
    """The host's logo file, if it is a picture of sensible size; None otherwise."""
    if not path:
        return None
    file = Path(path)
    try:
        if not file.is_file() or file.stat().st_size > MAX_LOGO_BYTES:
            return None
    except OSError:
        return None
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else image


class ShowController(QObject):
    ended = Signal()

    def __init__(
        self,
        set_info: SetInfo,
        library: Library,
        options: ShowOptions,
        *,
        screen_number: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not set_info.items:
            raise KnownError(
                QT_TRANSLATE_NOOP("ShowController", "The set %1 has no stories to present."),
                set_info.name,
            )
        self.set_info = set_info
        self._library = library
        self._options = options
        self._running = False
        self._confirming_end = False
        self._waiting_for_screen = False
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a show needs the QApplication"
        self._app = app
        screens = QGuiApplication.screens()
        if screen_number is not None and not 1 <= screen_number <= len(screens):
            raise KnownError(
                QT_TRANSLATE_NOOP("ShowController", "There is no screen %1; this computer has %2."),
                screen_number,
                len(screens),
            )
        audience_screen = self._pick_audience_screen(screen_number)
        self._console_screen_name = self._pick_console_screen(audience_screen).name()

        self.console = PresenterConsole(set_info.name)
        self.audience = AudienceWindow()
        images = PictureCache(library.media)
        logo = load_logo(options.logo_path)
        for view in (self.audience, self.console.current, self.console.next):
            view.theme = theme_named(options.theme)
            view.images = images
            view.logo = logo
            view.organisation = options.organisation or set_info.name
        target = audience_screen or self._console_screen()
        self.style = self._style_for(target)
        self.navigator = Navigator(self._build_deck(self.style))
        self.console.fill_set(self.navigator.deck)

        self._set_clock = QElapsedTimer()
        self._story_clock = QElapsedTimer()
        self._shown_story = -1
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_times)
        self.console.story_chosen.connect(self._go_to_story)
        self.console.action.connect(self._on_button)
        self.console.closing.connect(self.end)
        self._audience_screen_on_start = audience_screen

    # --- starting and ending --------------------------------------------------------------

    def start(self) -> None:
        self._running = True
        console_screen = self._console_screen()
        self.console.setScreen(console_screen)
        self.console.setGeometry(console_screen.availableGeometry())
        self.console.showMaximized()
        if self._audience_screen_on_start is not None:
            self._put_audience_on(self._audience_screen_on_start)
        else:
            self._audience_in_window()
        self._app.installEventFilter(self)
        self._app.screenAdded.connect(self._screen_added)
        self._app.screenRemoved.connect(self._screen_removed)
        for screen in QGuiApplication.screens():
            screen.geometryChanged.connect(self._screen_resized)
        self._set_clock.start()
        self._ticker.start()
        self.refresh()

    def end(self) -> None:
        if not self._running:
            return
        self._running = False
        self._ticker.stop()
        self._app.removeEventFilter(self)
        self._app.screenAdded.disconnect(self._screen_added)
        self._app.screenRemoved.disconnect(self._screen_removed)
        self.audience.hide()
        self.audience.deleteLater()
        self.console.closing.disconnect(self.end)
        self.console.close()
        self.console.deleteLater()
        self.ended.emit()

    @property
    def running(self) -> bool:
        return self._running

    # --- screens --------------------------------------------------------------------------

    def _pick_audience_screen(self, screen_number: int | None) -> QScreen | None:
        screens = QGuiApplication.screens()
        if screen_number is not None:
            return screens[screen_number - 1] if len(screens) > 1 else None
        primary = QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not primary]
        return others[0] if others else None

    def _pick_console_screen(self, audience: QScreen | None) -> QScreen:
        primary = QGuiApplication.primaryScreen()
        if audience is not primary:
            return primary
        others = [screen for screen in QGuiApplication.screens() if screen is not audience]
        return others[0] if others else primary

    def _console_screen(self) -> QScreen:
        for screen in QGuiApplication.screens():
            if screen.name() == self._console_screen_name:
                return screen
        return QGuiApplication.primaryScreen()

    def _free_screen(self) -> QScreen | None:
        """A screen for the audience other than the console's, if there is one."""
        console = self._console_screen()
        others = [screen for screen in QGuiApplication.screens() if screen is not console]
        return others[0] if others else None

    def audience_screen_name(self) -> str | None:
        """The screen the room sees, or None while the audience window is hidden."""
        if not self.audience.isVisible():
            return None
        return self.audience.screen().name()

    def _put_audience_on(self, screen: QScreen) -> None:
        self._waiting_for_screen = False
        self._restyle(screen)
        self.audience.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.audience.setScreen(screen)
        self.audience.setGeometry(screen.geometry())
        self.audience.showFullScreen()
        self.console.say("")

    def _audience_in_window(self) -> None:
        """One screen only: the audience view in a window of its own beside the console."""
        screen = self._console_screen()
        self.audience.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.audience.setScreen(screen)
        area = screen.availableGeometry()
        self.audience.setGeometry(
            area.x() + area.width() // 2, area.y(), area.width() // 2, area.height() // 2
        )
        self.audience.showNormal()
        self.console.say(
            self.tr(
                "Only one screen is connected: the audience view is in a window. "
                "It moves to the projector when one is connected."
            )
        )

    def _screen_added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._screen_resized)
        QTimer.singleShot(0, self._settle_screens)

    def _screen_resized(self, _geometry: object) -> None:
        """A screen changed its resolution: the audience window follows its screen."""
        QTimer.singleShot(0, self._follow_audience_screen)

    def _follow_audience_screen(self) -> None:
        if self._running and self.audience.isVisible() and self.audience.isFullScreen():
            self._put_audience_on(self.audience.screen())
            self.refresh()

    def _screen_removed(self, _screen: QScreen) -> None:
        # Qt moves the windows off the screen as it goes; decide once it has.
        QTimer.singleShot(0, self._settle_screens)

    def _settle_screens(self) -> None:
        if not self._running:
            return
        names = {screen.name() for screen in QGuiApplication.screens()}
        if self._console_screen_name not in names:
            self._console_screen_name = QGuiApplication.primaryScreen().name()
            self._move_console(self._console_screen())
        free = self._free_screen()
        if free is not None:
            if not self.audience.isVisible() or self.audience.screen() is not free:
                self._put_audience_on(free)
        elif self.audience.isVisible() and self.audience.isFullScreen():
            self.audience.hide()
            self._waiting_for_screen = True
            self.console.say(
                self.tr(
                    "The projector was disconnected. The show goes on here, and returns to "
                    "the projector when it is connected again."
                )
            )
        self.refresh()

    def _move_console(self, screen: QScreen) -> None:
        self.console.setScreen(screen)
        self.console.setGeometry(screen.availableGeometry())
        self.console.showMaximized()

    def swap_screens(self) -> None:
        free = self._free_screen()
        if free is None or not self.audience.isVisible():
            self.console.say(self.tr("There is only one screen: nothing to swap."))
            return
        console = self._console_screen()
        self._console_screen_name = free.name()
        self._move_console(free)
        self._put_audience_on(console)
        self.refresh()

    def _style_for(self, screen: QScreen) -> SlideStyle:
        size = screen.geometry().size()
        return SlideStyle(size.width(), size.height(), self._options.font_scale)

    def _build_deck(self, style: SlideStyle) -> Deck:
        return build_deck(
            self.set_info,
            self._library.document,
            style,
            closing_slides=self._options.closing_slides,
        )

    def _restyle(self, screen: QScreen) -> None:
        style = self._style_for(screen)
        if style == self.style:
            return
        self.style = style
        self.navigator.replace_deck(self._build_deck(style))

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not self._running:
            return False
        window = watched.window() if isinstance(watched, QWidget) else None
        if window is not self.console and window is not self.audience:
            return False
        assert isinstance(event, QKeyEvent)
        return self.handle_key(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if key == Qt.Key.Key_Escape:
            self._escape()
            return True
        if self._confirming_end:
            self._confirming_end = False  # any other key: the show goes on
            self.console.say("")
        navigator = self.navigator
        text = event.text()
        if key in FORWARD_KEYS:
            navigator.cancel_typing()
            navigator.forward()
        elif key in ENTER_KEYS:
            navigator.enter()
        elif key in BACK_KEYS:
            navigator.cancel_typing()
            navigator.back()
        elif key == Qt.Key.Key_Backspace:
            if not navigator.erase_digit():
                navigator.back()
        elif key == Qt.Key.Key_Home:
            navigator.first()
        elif key == Qt.Key.Key_End:
            navigator.last()
        elif text.isdigit() and len(text) == 1:
            navigator.type_digit(text)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            navigator.toggle(Screen.BLACK)
        elif key == Qt.Key.Key_W:
            navigator.toggle(Screen.LOGO)
        elif key == Qt.Key.Key_S:
            self.swap_screens()
        else:
            return False
        self.refresh()
        return True

    def _escape(self) -> None:
        if self.navigator.cancel_typing():
            self.refresh()
        elif self._confirming_end:
            self.end()
        else:
            self._confirming_end = True
            self.console.say(
                self.tr("End the show? Press Esc again to end it, or any other key to go on.")
            )

    def _on_button(self, name: str) -> None:
        if name == "end":
            self.end()
            return
        actions: dict[str, Callable[[], object]] = {
            "back": self.navigator.back,
            "forward": self.navigator.forward,
            "black": lambda: self.navigator.toggle(Screen.BLACK),
            "logo": lambda: self.navigator.toggle(Screen.LOGO),
            "swap": self.swap_screens,
        }
        actions[name]()
        self.refresh()

    def _go_to_story(self, story: int) -> None:
        self.navigator.go_to_story(story)
        self.refresh()

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Draw both windows as the navigator now stands."""
        if not self._running:
            return
        navigator = self.navigator
        slide, screen = navigator.slide, navigator.screen
        for view in (self.audience, self.console.current, self.console.next):
            view.style_ = self.style
        self.audience.show_slide(slide, screen)
        self.console.current.show_slide(slide, Screen.SLIDE)
        self.console.next.show_slide(navigator.next_slide)
        story = navigator.story
        if story != self._shown_story:
            self._shown_story = story
            self._story_clock.start()
            details = navigator.deck.stories[story] if story >= 0 else None
            self.console.show_story(
                story,
                details.presenter_notes if details else "",
                details.content_warning if details else "",
            )
        total = len(navigator.deck)
        self.console.position.setText(
            i18n.fill(self.tr("Slide %1 of %2"), navigator.index + 1, total)
        )
        states = {
            Screen.BLACK: self.tr("The audience sees a black screen (B to bring the slide back)"),
            Screen.LOGO: self.tr("The audience sees the logo (W to bring the slide back)"),
        }
        hidden = self.tr("The audience window is hidden until a projector is connected")
        self.console.audience_state.setText(
            hidden if self._waiting_for_screen else states.get(screen, "")
        )
        self.console.typed.setText(
            i18n.fill(self.tr("Go to slide %1…"), navigator.typed) if navigator.typed else ""
        )
        self._show_times()

    def _show_times(self) -> None:
        story = self.navigator.story
        estimate = self.navigator.deck.stories[story].speaking_seconds if story >= 0 else 0
        self.console.show_times(
            self._story_clock.elapsed() // 1000 if self._story_clock.isValid() else 0,
            estimate,
            self._set_clock.elapsed() // 1000 if self._set_clock.isValid() else 0,
            self.set_info.total_seconds,
        )
