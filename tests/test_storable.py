"""The one rule for text from outside: what cannot be stored is replaced (web, files) or named
(our own formats, which refuse it)."""

from __future__ import annotations

import json

from storyreader import storable


def test_a_lone_surrogate_becomes_the_replacement_character_and_nuls_go() -> None:
    assert storable.clean("a\ud800b\udfffc\x00d") == "a\ufffdb\ufffdc" + "d"
    assert storable.clean("😀 한국어 café\t\n") == "😀 한국어 café\t\n"  # whole characters stay
    assert storable.clean_markup("<p>a\x01b\x0bc\x0cd\r\n</p>") == "<p>abc\x0cd\r\n</p>"


def test_a_flaw_is_named_and_whole_text_has_none() -> None:
    assert str(storable.flaw("ok \ud83d")) == "a broken character (a lone surrogate, U+D83D)"
    assert storable.flaw("😀") is None and storable.flaw("nul\x00") is None


def test_json_from_the_web_is_cleaned_everywhere_keys_included() -> None:
    raw = '{"t\\ud800": ["\\udc00", {"deep": [["x\\u0000y"]]}], "ok": "\\ud83d\\ude00", "n": 1}'

    assert storable.load_json(raw) == {
        "t\ufffd": ["\ufffd", {"deep": [["xy"]]}],
        "ok": "😀",
        "n": 1,
    }
    assert storable.json_flaw(json.loads(raw)) is not None
    assert storable.json_flaw(json.loads('{"ok": ["\\ud83d\\ude00"]}')) is None
