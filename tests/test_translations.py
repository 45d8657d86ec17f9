"""The Korean translation is complete and current, and the app speaks it."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from storyreader import i18n
from storyreader.app import TRANSLATIONS, install_translations
from tools.translations import FOLDER, lupdate, source_files, unfinished

KOREAN = FOLDER / "storyreader_ko.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_string_in_the_code_is_in_the_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate()), "-silent", *source_files(), "-ts", str(fresh)], check=True)
    in_code = set(messages(fresh))
    assert in_code, "lupdate found no strings"
    missing = in_code - set(messages(KOREAN))
    assert not missing, f"run tools/translations.py update, then translate: {sorted(missing)[:5]}"


def test_the_korean_translation_is_finished_and_keeps_placeholders() -> None:
    assert unfinished(KOREAN) == []
    for (_context, source), message in messages(KOREAN).items():
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        text = "".join(texts)
        for placeholder in set(re.findall(r"%\d|%n", source)):
            assert placeholder in text, (source, text)
        if "&" in source and not source.startswith("Stories ("):
            assert "&" in text, f"the keyboard accelerator is lost: {source!r} -> {text!r}"


def test_lrelease_reports_nothing_unfinished(tmp_path: Path) -> None:
    lrelease = Path(lupdate()).with_name("pyside6-lrelease")
    result = subprocess.run(
        [str(lrelease), str(KOREAN), "-qm", str(tmp_path / "ko.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.search(r"\(\d+ finished and 0 unfinished\)", result.stdout), result.stdout


@pytest.mark.usefixtures("qapp")
def test_the_app_speaks_korean_when_asked() -> None:
    assert (TRANSLATIONS / "storyreader_ko.qm").is_file(), "the build compiles the .ts files"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = list(app.findChildren(QTranslator))
    try:
        install_translations(app, "ko")
        assert QCoreApplication.translate("SidebarModel", "All documents") == "모든 문서"
        assert QCoreApplication.translate("StatusLine", "%n document(s)", "", 3) == "문서 3개"
        assert i18n.translate("Search", "Type a word to search for.") == "찾을 낱말을 입력하세요."
    finally:
        _uninstall(app, before)
    assert QCoreApplication.translate("SidebarModel", "All documents") == "All documents"


@pytest.mark.parametrize("language", ["en", "de"], ids=["English", "a language we do not ship"])
def test_english_plurals_read_naturally(qapp: QApplication, language: str) -> None:
    before = list(qapp.findChildren(QTranslator))
    try:
        install_translations(qapp, language)
        assert QCoreApplication.translate("StatusLine", "%n document(s)", "", 1) == "1 document"
        assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 7) == "7 results"
    finally:
        _uninstall(qapp, before)


def _uninstall(app: QApplication, before: list[QTranslator]) -> None:
    for child in app.findChildren(QTranslator):
        if child not in before:
            app.removeTranslator(child)
            child.deleteLater()
    i18n.install(None)
    QLocale.setDefault(QLocale.c())


# A helper like `def _tr(text): return QCoreApplication.translate("Ctx", text)` hides every
# string passed to it from lupdate: those sentences never reach the .ts and stay English.
_HIDDEN_FROM_LUPDATE = re.compile(r"""translate\(\s*["'][^"']+["']\s*,\s*[A-Za-z_]\w*\s*[,)]""")


def test_no_text_is_hidden_from_lupdate_behind_a_helper() -> None:
    hiding = [
        f"{Path(name).name}: {match.group(0)}"
        for name in source_files()
        if Path(name).name != "i18n.py"
        for match in _HIDDEN_FROM_LUPDATE.finditer(Path(name).read_text(encoding="utf-8"))
    ]
    assert hiding == []
