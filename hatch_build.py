"""Build hook: compile the Qt translation sources (.ts) into the .qm files the app loads.

Runs for wheels and editable installs alike, with `lrelease` from the PySide6 that the
build environment installs (see `[build-system]` in pyproject.toml).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("src") / "storyreader" / "resources" / "translations"


def lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        folder = Path(self.root) / TRANSLATIONS
        for source in sorted(folder.glob("*.ts")):
            target = source.with_suffix(".qm")
            subprocess.run(
                [str(lrelease()), "-silent", "-nounfinished", str(source), "-qm", str(target)],
                check=True,
            )
            build_data["artifacts"].append(str(target.relative_to(self.root)))
