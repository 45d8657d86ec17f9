"""Filling a translated sentence: placeholders in any order, and names left as they are."""

from __future__ import annotations

from storyreader import i18n


def test_a_translation_may_put_the_placeholders_in_another_order() -> None:
    assert i18n.fill("%2 — %1", "first", "second") == "second — first"


def test_a_value_holding_a_placeholder_is_left_as_it_is() -> None:
    sentence = i18n.fill("Added %1 (%2).", "Notes 100%2 true", "Feed")
    assert sentence == "Added Notes 100%2 true (Feed)."


def test_ten_and_more_placeholders_and_percent_signs() -> None:
    values = [str(number) for number in range(1, 11)]
    assert i18n.fill("%10 after %1; 50% done", *values) == "10 after 1; 50% done"
    assert i18n.fill("%3 has no value", "a") == "%3 has no value"
