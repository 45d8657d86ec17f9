"""Filling a translated sentence (placeholders in any order, names left as they are), and
sentences kept in English until they are shown."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from storyreader import i18n
from storyreader.archive.space import DiskFullError
from storyreader.errors import KnownError


def test_a_translation_may_put_the_placeholders_in_another_order() -> None:
    assert i18n.fill("%2 — %1", "first", "second") == "second — first"


def test_a_value_holding_a_placeholder_is_left_as_it_is() -> None:
    sentence = i18n.fill("Added %1 (%2).", "Notes 100%2 true", "Feed")
    assert sentence == "Added Notes 100%2 true (Feed)."


def test_ten_and_more_placeholders_and_percent_signs() -> None:
    values = [str(number) for number in range(1, 11)]
    assert i18n.fill("%10 after %1; 50% done", *values) == "10 after 1; 50% done"
    assert i18n.fill("%3 has no value", "a") == "%3 has no value"


KOREAN = {
    ("Tests", "Could not fetch %1: %2."): "%1을(를) 가져오지 못했습니다: %2.",
    ("Tests", "the server answered %1"): "서버 응답: %1",
}


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.install(lambda context, text: KOREAN.get((context, text), text))
    yield
    i18n.install(None)


def test_a_known_error_is_translated_when_it_is_shown_not_when_it_is_raised() -> None:
    reason = i18n.QT_TRANSLATE_NOOP("Tests", "the server answered %1").with_values(503)
    error = KnownError(i18n.QT_TRANSLATE_NOOP("Tests", "Could not fetch %1: %2."), "/a", reason)
    assert str(error) == "Could not fetch /a: the server answered 503."
    i18n.install(lambda context, text: KOREAN.get((context, text), text))
    try:
        assert str(error) == "/a을(를) 가져오지 못했습니다: 서버 응답: 503."
        assert error.sentence.english() == "Could not fetch /a: the server answered 503."
    finally:
        i18n.install(None)


@pytest.mark.usefixtures("korean")
def test_a_known_error_crosses_processes_whole() -> None:
    """The parallel index builder sends its workers' KnownErrors back pickled."""
    sent = DiskFullError(i18n.QT_TRANSLATE_NOOP("Tests", "Could not fetch %1: %2."), "/a", "b")
    received = pickle.loads(pickle.dumps(sent))
    assert type(received) is DiskFullError and received.sentence == sent.sentence
    assert str(received) == "/a을(를) 가져오지 못했습니다: b."
