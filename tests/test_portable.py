"""Portable mode: with a `portable` file beside the program, everything stays beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyreader import config
from storyreader.cli import main


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A USB stick holding the app, marked portable."""
    app_folder = tmp_path / "stick" / "StoryReader"
    app_folder.mkdir(parents=True)
    (app_folder / "portable").write_text("")
    monkeypatch.setattr(config, "executable_dir", lambda: app_folder)
    return app_folder


def test_everything_lives_beside_the_app(
    stick: Path, isolated_user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = stick / "StoryReaderData"
    assert config.default_archive_path() == data / "archive.db"
    assert config.user_log_dir() == data / "logs"
    assert config.settings_file() == data / "settings.ini"
    assert main(["search", "freedom", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] > 0
    assert (data / "archive.db").is_file() and (data / "archive.index").is_dir()
    assert not any(isolated_user_dirs.rglob("archive.db")), "the laptop was written to"


def test_without_the_marker_the_users_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_user_dirs: Path
) -> None:
    monkeypatch.setattr(config, "executable_dir", lambda: tmp_path)
    assert config.portable_dir() is None and config.settings_file() is None
    assert str(config.default_archive_path()).startswith(str(isolated_user_dirs))
