"""The show: one controller for where the show is and what both windows show, driven by the
keys a presentation clicker sends, the console's buttons, and (later) a phone.

Its commands are the show's whole navigation interface: `next`, `previous`, `first`, `last`,
`go_to(index)`, `go_to_story(n)`, `black`, `logo`, `share_screen`, `toggle_overview`,
`toggle_audience_window`, `swap_screens`, `escape` and `end`; `changed` is emitted after
each. Keys are caught for both windows before any widget sees them (`show_keys` names them),
so a clicker works whichever window has the focus. Where the windows go is `show_screens`'s;
on a screen of another size the set is paginated again for it, keeping the place in the
story. While the app shares with the room (`set_share`), Q shows the address phones read the
stories at as a QR code, and `remote_state` is what the host's phone-as-clicker shows. A
rehearsal keeps each story's time once the host has been through all its slides,
and hands the times over (`rehearsed`) when it ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QImageReader, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from storyreader import i18n
from storyreader.archive.library import Library
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP
from storyreader.present.layout import SlideStyle, theme_named
from storyreader.present.navigator import Navigator, Screen, ShowOptions
from storyreader.present.paginate import build_deck
from storyreader.present.pictures import PictureCache
from storyreader.present.rehearsal import RehearsalClock
from storyreader.present.set_info import SetInfo
from storyreader.present.slides import Deck, share_slide
from storyreader.ui.present.console import PresenterConsole
from storyreader.ui.present.show_keys import COMMAND_OF_KEY
from storyreader.ui.present.show_screens import ShowScreens
from storyreader.ui.present.slide_view import SlideView

if TYPE_CHECKING:  # the server (aiohttp) loads only when the app shares
    from storyreader.serve.remote import RemoteState

MAX_LOGO_BYTES = 10 * 1024 * 1024
Clock = Callable[[], float]  # seconds, monotonic


class AudienceWindow(SlideView):
    """What the room sees: content only, no frame, no cursor."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("Story Reader — audience"))
        self.setAccessibleName(self.tr("Audience screen"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

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
    changed = Signal()  # after every change of what is shown
    rehearsed = Signal(object)  # a rehearsal ended: {set item id: seconds} of the stories done

    def __init__(
        self,
        set_info: SetInfo,
        library: Library,
        options: ShowOptions,
        *,
        screen_number: int | None = None,
        rehearsal: bool = False,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not set_info.items:
            raise KnownError(
                QT_TRANSLATE_NOOP("ShowController", "The set %1 has no stories to present."),
                set_info.name,
            )
        self.set_info, self._library, self._options = set_info, library, options
        self._running = False
        self._confirming_end = False
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a show needs the QApplication"
        self._app = app
        self.console = PresenterConsole(set_info.name, rehearsal=rehearsal)
        self.audience = AudienceWindow()
        self.screens = ShowScreens(self.console, self.audience, self.console.say, screen_number)
        self._dress_views()
        self.style = self._style_for(self.screens.target())
        self.navigator = Navigator(self._build_deck(self.style))
        self.console.fill_set(self.navigator.deck)
        self._clock = clock
        self._rehearsal = RehearsalClock(self.navigator.deck) if rehearsal else None
        self._arrived = -1  # the slide the rehearsal clock last heard of
        self._set_started = clock()
        self._story_started = clock()
        self._shown_story = -1
        self._shared = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._show_times)
        self.console.story_chosen.connect(self.go_to_story)
        self.console.action.connect(self._on_button)
        self.console.closing.connect(self.end)
        self.console.overview.chosen.connect(self._overview_chosen)
        self.console.overview.closed.connect(self.toggle_overview)
        self.screens.placed.connect(self._restyle)
        self.screens.moved.connect(self.refresh)

    def _dress_views(self) -> None:
        images = PictureCache(self._library.media)
        logo = load_logo(self._options.logo_path)
        theme = theme_named(self._options.theme)
        for view in (self.audience, self.console.current, self.console.next):
            view.theme, view.images, view.logo = theme, images, logo
            view.organisation = self._options.organisation or self.set_info.name
        self.console.overview.theme = theme
        self.console.overview.images = images

    # --- starting and ending --------------------------------------------------------------

    def start(self) -> None:
        self._running = True
        self.screens.start()
        self._app.installEventFilter(self)
        self._set_started = self._story_started = self._clock()
        self._ticker.start()
        self.refresh()

    def end(self) -> None:
        if not self._running:
            return
        self._running = False
        self._ticker.stop()
        self._app.removeEventFilter(self)
        self.screens.stop()
        self.audience.hide()
        self.audience.deleteLater()
        self.console.closing.disconnect(self.end)
        self.console.close()
        self.console.deleteLater()
        if self._rehearsal is not None:
            self.rehearsed.emit(self._rehearsal.seconds(self._clock()))
        self.ended.emit()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def rehearsing(self) -> bool:
        return self._rehearsal is not None

    def audience_screen_name(self) -> str | None:
        """The screen the room sees, or None while the audience window is hidden."""
        return self.screens.audience_screen_name()

    # --- the show's commands (keys, buttons, a remote) -------------------------------------

    def _do(self, move: Callable[[], object]) -> None:
        move()
        self.refresh()

    def next(self) -> None:
        self.navigator.cancel_typing()
        self._do(self.navigator.forward)

    def previous(self) -> None:
        self.navigator.cancel_typing()
        self._do(self.navigator.back)

    def first(self) -> None:
        self._do(self.navigator.first)

    def last(self) -> None:
        self._do(self.navigator.last)

    def enter(self) -> None:
        """Enter: the typed slide number, else the next slide."""
        self._do(self.navigator.enter)

    def go_to(self, index: int) -> None:
        """Slide `index` (0 is the first; a flagged story's warning comes first)."""
        self._do(lambda: self.navigator.go_to(index))

    def go_to_story(self, story: int) -> None:
        self._do(lambda: self.navigator.go_to_story(story))

    def black(self) -> None:
        """A black screen, or back to the slide."""
        self._do(lambda: self.navigator.toggle(Screen.BLACK))

    def logo(self) -> None:
        """The logo, or back to the slide."""
        self._do(lambda: self.navigator.toggle(Screen.LOGO))

    def share_screen(self) -> None:
        """The QR code phones in the room read the stories at, or back to the slide."""
        if not self._shared and self.navigator.screen != Screen.SHARE:
            self.console.say(
                self.tr(
                    "Not sharing with the room: start it in Present > Share with the room…, "
                    "then Q shows its QR code."
                )
            )
            return
        self._do(lambda: self.navigator.toggle(Screen.SHARE))

    def set_share(self, address: str | None) -> None:
        """The app began sharing at `address` (Q can show it), or stopped (None)."""
        korean = QLocale().language() == QLocale.Language.Korean
        slide = share_slide(address, "ko" if korean else "en") if address else None
        for view in (self.audience, self.console.current, self.console.next):
            view.share = slide
        self._shared = slide is not None
        if slide is None and self.navigator.screen == Screen.SHARE:
            self.navigator.toggle(Screen.SHARE)  # the code would lead nowhere now
        self.refresh()

    def remote_state(self) -> RemoteState:
        """What the host's phone shows of the show."""
        from storyreader.serve.remote import RemoteState

        navigator = self.navigator
        story = navigator.story
        details = navigator.deck.stories[story] if story >= 0 else None
        screen = {Screen.BLACK: "black", Screen.LOGO: "logo"}.get(navigator.screen, "slide")
        return RemoteState(
            running=self._running,
            number=navigator.index + 1 if navigator.deck.slides else 0,
            count=len(navigator.deck),
            title=details.title if details else "",
            notes=details.presenter_notes if details else "",
            screen=screen,  # type: ignore[arg-type]  # one of RemoteState's three
        )

    def toggle_overview(self) -> None:
        console = self.console
        if not console.overview_open():
            console.overview.show_deck(self.navigator.deck, self.style, self.navigator.index)
        console.show_overview(not console.overview_open())
        self.refresh()

    def _overview_chosen(self, index: int) -> None:
        self.console.show_overview(False)
        self.go_to(index)

    def toggle_audience_window(self) -> None:
        self.screens.toggle_audience_window()

    def swap_screens(self) -> None:
        self.screens.swap()

    def escape(self) -> None:
        """Esc: drop a half-typed number; else ask, and end the show on a second Esc."""
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
        command = getattr(self, name, None)
        if callable(command):
            command()

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
        if self.console.overview_open() and self.console.overview.handle_key(key):
            return True
        if key != Qt.Key.Key_Escape and self._confirming_end:
            self._confirming_end = False  # any other key: the show goes on
            self.console.say("")
        text = event.text()
        if key == Qt.Key.Key_Backspace and self.navigator.erase_digit():
            self.refresh()
        elif text.isdigit() and len(text) == 1:
            self.navigator.type_digit(text)
            self.refresh()
        elif key in COMMAND_OF_KEY:
            getattr(self, COMMAND_OF_KEY[key])()
        else:
            return False
        return True

    # --- the slides, for a screen -------------------------------------------------------------

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
        if self._rehearsal is not None:
            self._rehearsal.replace_deck(self.navigator.deck, self.navigator.index, self._clock())
        if self.console.overview_open():
            self.console.overview.show_deck(self.navigator.deck, style, self.navigator.index)

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
        self.console.current.show_slide(slide, Screen.SLIDE, mark=screen)
        self.console.next.show_slide(navigator.next_slide)
        self.console.overview.set_current(navigator.index)
        if navigator.story != self._shown_story:
            self._show_story(navigator.story)
        if self._rehearsal is not None and navigator.index != self._arrived:
            self._arrived = navigator.index
            self._rehearsal.arrive(navigator.index, self._clock())
        self._show_next_up()
        total = len(navigator.deck)
        self.console.position.setText(
            i18n.fill(self.tr("Slide %1 of %2"), navigator.index + 1, total)
        )
        self._show_audience_state(screen)
        self.console.typed.setText(
            i18n.fill(self.tr("Go to slide %1…"), navigator.typed) if navigator.typed else ""
        )
        self._show_times()
        self.changed.emit()

    def _show_story(self, story: int) -> None:
        self._shown_story = story
        self._story_started = self._clock()
        details = self.navigator.deck.stories[story] if story >= 0 else None
        self.console.show_story(
            story,
            details.presenter_notes if details else "",
            details.content_warning if details else "",
        )

    def _show_next_up(self) -> None:
        navigator = self.navigator
        stories = navigator.deck.stories
        following = navigator.story + 1
        upcoming = stories[following] if 0 < following < len(stories) else None
        soon = navigator.next_slide is not None and navigator.next_slide.story == following
        self.console.show_next_up(following + 1, upcoming, soon)

    def _show_audience_state(self, screen: Screen) -> None:
        if self.screens.waiting_for_screen:
            text = self.tr("The audience window is hidden until a projector is connected")
        else:
            text = {
                Screen.BLACK: self.tr(
                    "The audience sees a black screen (B to bring the slide back)"
                ),
                Screen.LOGO: self.tr("The audience sees the logo (W to bring the slide back)"),
                Screen.SHARE: self.tr(
                    "The audience sees the QR code for phones (Q to bring the slide back)"
                ),
            }.get(screen, "")
        self.console.show_blanked(text)

    def _show_times(self) -> None:
        story = self.navigator.story
        details = self.navigator.deck.stories[story] if story >= 0 else None
        now = self._clock()
        self.console.show_times(
            int(now - self._story_started),
            details.speaking_seconds if details else 0,
            int(now - self._set_started),
            self.set_info.total_seconds,
            details.rehearsed_seconds if details else None,
        )
