"""Where the two windows of a show go, as screens come and go.

With two screens or more, the console stays on the laptop's (the primary) and the audience
window goes fullscreen, frameless, on another. With one screen the console is the whole show:
its main view is what the room would see, and the audience window opens only when the host
asks for it (A): a window of its own that stays above the console, to drag to a projector
the system does not report, or to share in a video call. Unplugging the projector hides the
audience window, and the show goes on in the console; it returns, fullscreen, when a screen
appears. S swaps the two screens. Screens are remembered by name: QScreen objects die with
their screens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP


class ShowScreens(QObject):
    placed = Signal(object)  # a QScreen the audience now shows on: paginate for it
    moved = Signal()  # windows moved or hid: show the show as it stands

    def __init__(
        self,
        console: QWidget,
        audience: QWidget,
        say: Callable[[str], None],
        screen_number: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._console, self._audience, self._say = console, audience, say
        self._running = False
        self.waiting_for_screen = False  # the projector was pulled out: the audience is hidden
        screens = QGuiApplication.screens()
        if screen_number is not None and not 1 <= screen_number <= len(screens):
            raise KnownError(
                QT_TRANSLATE_NOOP("ShowController", "There is no screen %1; this computer has %2."),
                screen_number,
                len(screens),
            )
        self._audience_on_start = self._pick_audience_screen(screen_number)
        self._console_name = self._pick_console_screen(self._audience_on_start).name()

    def target(self) -> QScreen:
        """The screen the slides are paginated for: the audience's, or the console's."""
        return self._audience_on_start or self.console_screen()

    # --- starting and stopping ------------------------------------------------------------

    def start(self) -> None:
        self._running = True
        self._move_console(self.console_screen())
        if self._audience_on_start is not None:
            self._put_audience_on(self._audience_on_start)
        else:
            self._say(self.one_screen_note())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        for screen in QGuiApplication.screens():
            screen.geometryChanged.connect(self._screen_resized)

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.screenAdded.disconnect(self._screen_added)
        app.screenRemoved.disconnect(self._screen_removed)

    def one_screen_note(self) -> str:
        return self.tr(
            "Only one screen is connected: this is what the room would see. Press A to open "
            "the audience view in a window of its own; it moves to a projector when one is "
            "connected."
        )

    # --- which screen --------------------------------------------------------------------

    @staticmethod
    def _pick_audience_screen(screen_number: int | None) -> QScreen | None:
        screens = QGuiApplication.screens()
        if screen_number is not None:
            return screens[screen_number - 1] if len(screens) > 1 else None
        primary = QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not primary]
        return others[0] if others else None

    @staticmethod
    def _pick_console_screen(audience: QScreen | None) -> QScreen:
        primary = QGuiApplication.primaryScreen()
        if audience is not primary:
            return primary
        others = [screen for screen in QGuiApplication.screens() if screen is not audience]
        return others[0] if others else primary

    def console_screen(self) -> QScreen:
        for screen in QGuiApplication.screens():
            if screen.name() == self._console_name:
                return screen
        return QGuiApplication.primaryScreen()

    def free_screen(self) -> QScreen | None:
        """A screen for the audience other than the console's, if there is one."""
        console = self.console_screen()
        others = [screen for screen in QGuiApplication.screens() if screen is not console]
        return others[0] if others else None

    def audience_screen_name(self) -> str | None:
        """The screen the room sees, or None while the audience window is hidden."""
        if not self._audience.isVisible():
            return None
        return self._audience.screen().name()

    # --- placing the windows --------------------------------------------------------------

    def _move_console(self, screen: QScreen) -> None:
        self._console.setScreen(screen)
        self._console.setGeometry(screen.availableGeometry())
        self._console.showMaximized()

    def _put_audience_on(self, screen: QScreen) -> None:
        self.waiting_for_screen = False
        self.placed.emit(screen)  # paginated for it before it shows
        audience = self._audience
        audience.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
        audience.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        audience.showFullScreen()
        self._say("")

    def toggle_audience_window(self) -> None:
        """With one screen: open the audience view in a window above the console, or close
        it. With two, it is on the projector already."""
        if self.free_screen() is not None:
            self._say(self.tr("The audience view is on the other screen; B or W blank it."))
            return
        audience = self._audience
        if audience.isVisible():
            audience.hide()
            self._say(self.one_screen_note())
            self.moved.emit()
            return
        screen = self.console_screen()
        self.placed.emit(screen)
        audience.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        audience.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)  # not lost behind
        audience.setScreen(screen)
        area = screen.availableGeometry()
        width = area.width() * 2 // 5
        audience.setGeometry(area.right() - width - 24, area.top() + 48, width, width * 9 // 16)
        audience.showNormal()
        self.moved.emit()
        self._say(
            self.tr(
                "The audience view is in a window of its own: drag it to a projector, or "
                "share it in a video call. A closes it."
            )
        )

    def swap(self) -> bool:
        """S: the console and the audience change screens. False if there is one screen."""
        free = self.free_screen()
        if free is None or not self._audience.isVisible():
            self._say(self.tr("There is only one screen: nothing to swap."))
            return False
        console = self.console_screen()
        self._console_name = free.name()
        self._move_console(free)
        self._put_audience_on(console)
        self.moved.emit()
        return True

    # --- screens coming and going -------------------------------------------------------

    def _screen_added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._screen_resized)
        QTimer.singleShot(0, self._settle)

    def _screen_resized(self, _geometry: object) -> None:
        """A screen changed its resolution: the audience window follows its screen."""
        QTimer.singleShot(0, self._follow_audience_screen)

    def _follow_audience_screen(self) -> None:
        if self._running and self._audience.isVisible() and self._audience.isFullScreen():
            self._put_audience_on(self._audience.screen())
            self.moved.emit()

    def _screen_removed(self, _screen: QScreen) -> None:
        # Qt moves the windows off the screen as it goes; decide once it has.
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if not self._running:
            return
        names = {screen.name() for screen in QGuiApplication.screens()}
        if self._console_name not in names:
            self._console_name = QGuiApplication.primaryScreen().name()
            self._move_console(self.console_screen())
        free = self.free_screen()
        if free is not None:
            if not self._audience.isVisible() or self._audience.screen() is not free:
                self._put_audience_on(free)
        elif self._audience.isVisible() and self._audience.isFullScreen():
            self._audience.hide()
            self.waiting_for_screen = True
            self._say(
                self.tr(
                    "The projector was disconnected. The show goes on here, and returns to "
                    "the projector when it is connected again."
                )
            )
        self.moved.emit()
