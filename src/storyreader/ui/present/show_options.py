"""The host's presenting choices (declared in ui/settings.py) as the show's `ShowOptions`."""

from __future__ import annotations

from storyreader.present.navigator import ShowOptions
from storyreader.ui.settings import (
    PRESENT_CLOSING_SLIDES,
    PRESENT_FONT_SCALE,
    PRESENT_LOGO,
    PRESENT_ORGANISATION,
    PRESENT_THEME,
    Settings,
)


def load_options(settings: Settings) -> ShowOptions:
    return ShowOptions(
        theme=settings.get(PRESENT_THEME),
        font_scale=settings.get(PRESENT_FONT_SCALE) / 100,
        closing_slides=settings.get(PRESENT_CLOSING_SLIDES),
        logo_path=settings.get(PRESENT_LOGO),
        organisation=settings.get(PRESENT_ORGANISATION),
    )


def save_options(settings: Settings, options: ShowOptions) -> None:
    settings.set(PRESENT_THEME, options.theme)
    settings.set(PRESENT_FONT_SCALE, round(options.font_scale * 100))
    settings.set(PRESENT_CLOSING_SLIDES, options.closing_slides)
    settings.set(PRESENT_LOGO, options.logo_path)
    settings.set(PRESENT_ORGANISATION, options.organisation)
