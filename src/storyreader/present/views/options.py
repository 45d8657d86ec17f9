"""The host's presenting choices, kept in the app's settings."""

from __future__ import annotations

from storyreader.present.show import ShowOptions
from storyreader.ui.settings import Setting, Settings

THEME = Setting("present/theme", "dark", ("dark", "light", "high-contrast"))
FONT_SCALE = Setting("present/font_scale", 100, (70, 80, 90, 100, 115, 130, 150))  # percent
CLOSING_SLIDES = Setting("present/closing_slides", True)
LOGO = Setting("present/logo", "")  # an image file the host chose
ORGANISATION = Setting("present/organisation", "")


def load_options(settings: Settings) -> ShowOptions:
    return ShowOptions(
        theme=settings.get(THEME),
        font_scale=settings.get(FONT_SCALE) / 100,
        closing_slides=settings.get(CLOSING_SLIDES),
        logo_path=settings.get(LOGO),
        organisation=settings.get(ORGANISATION),
    )


def save_options(settings: Settings, options: ShowOptions) -> None:
    settings.set(THEME, options.theme)
    settings.set(FONT_SCALE, round(options.font_scale * 100))
    settings.set(CLOSING_SLIDES, options.closing_slides)
    settings.set(LOGO, options.logo_path)
    settings.set(ORGANISATION, options.organisation)
