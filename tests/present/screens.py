"""Plugging and unplugging virtual screens of Qt's offscreen platform, in this process.

The offscreen platform reads its screens from a JSON configuration (`QT_QPA_PLATFORM=
offscreen:configfile=FILE` at start), and can be given a new one while running: its native
interface hands out a `setConfiguration(QJsonObject, interface)` function, which adds and
removes screens exactly as a desktop does when a projector is plugged in or pulled out
(`QGuiApplication.screenAdded` / `screenRemoved`). PySide6 does not wrap the native
interface, so this reaches it with ctypes through Qt's exported symbols: the base class's
vtable tells which slot `nativeResourceForIntegration` occupies.
"""

from __future__ import annotations

import ctypes
import json
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QByteArray, QJsonDocument
from PySide6.QtGui import QGuiApplication

LAPTOP = {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "Projector", "x": 1366, "y": 0, "width": 1024, "height": 768}
_QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
_VTABLE_SLOTS = 64


class OffscreenScreens:
    """The offscreen platform's screen configuration, read and replaced."""

    def __init__(self) -> None:
        if QGuiApplication.platformName() != "offscreen":
            raise RuntimeError("virtual screens need Qt's offscreen platform")
        gui = ctypes.CDLL(str(_QT_LIB / "libQt6Gui.so.6"))
        core = ctypes.CDLL(str(_QT_LIB / "libQt6Core.so.6"))
        native_interface = gui._ZN15QGuiApplication23platformNativeInterfaceEv
        native_interface.restype = ctypes.c_void_p
        self._interface = native_interface()
        resource = self._resource_function(gui)
        name = QByteArray(b"setConfiguration")  # kept alive until the call returns
        self._set = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(
            resource(self._interface, _cpp(name))
        )
        self._to_object = core._ZNK13QJsonDocument6objectEv  # returns QJsonObject via sret
        self._to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._to_object.restype = None

    def _resource_function(self, gui: ctypes.CDLL) -> Any:
        """`QPlatformNativeInterface::nativeResourceForIntegration`, as overridden by the
        offscreen platform: found at the base class's vtable slot in the object's vtable."""
        base = ctypes.cast(
            gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
            ctypes.c_void_p,
        ).value
        table = ctypes.addressof(ctypes.c_void_p.in_dll(gui, "_ZTV24QPlatformNativeInterface"))
        slots = (ctypes.c_void_p * _VTABLE_SLOTS).from_address(table + 16)  # after top, RTTI
        slot = list(slots).index(base)
        vtable = ctypes.c_void_p.from_address(self._interface).value
        assert vtable is not None
        function = (ctypes.c_void_p * _VTABLE_SLOTS).from_address(vtable)[slot]
        assert function is not None
        return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(function)

    def set_screens(self, screens: list[dict[str, Any]]) -> None:
        """Make these the screens (by name: new names are plugged in, missing ones pulled)."""
        document = QJsonDocument.fromJson(QByteArray(json.dumps({"screens": screens}).encode()))
        storage = ctypes.create_string_buffer(64)  # room for one QJsonObject
        self._to_object(ctypes.addressof(storage), _cpp(document))
        self._set(ctypes.addressof(storage), self._interface)
        # The QJsonObject in `storage` keeps a reference to its data: a few bytes leaked
        # per call, by design, rather than calling its destructor by hand.

    @staticmethod
    def current() -> list[dict[str, Any]]:
        return [
            {
                "name": screen.name(),
                "x": screen.geometry().x(),
                "y": screen.geometry().y(),
                "width": screen.geometry().width(),
                "height": screen.geometry().height(),
            }
            for screen in QGuiApplication.screens()
        ]


def _cpp(wrapper: object) -> int:
    address: int = shiboken6.Shiboken.getCppPointer(wrapper)[0]  # type: ignore[arg-type]
    return address
