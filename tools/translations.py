"""Keep the translation sources in step with the code.

    .venv/bin/python tools/translations.py update   # collect new strings into the .ts files
    .venv/bin/python tools/translations.py status   # count what is left to translate

`update` runs Qt's lupdate over `src/storyreader` into `storyreader_ko.ts` (every string) and
`storyreader_en.ts` (plural forms only), dropping strings the code no longer has, and fills
the English plurals from the source's "(s)" and "(es)" convention ("%n document(s)" ->
"%n document", "%n documents"). Translate the Korean file with Qt Linguist or any editor;
the build compiles both (hatch_build.py): run `scripts/setup` again to see them in the app.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "storyreader"
FOLDER = SOURCES / "resources" / "translations"
LANGUAGES = {"ko": [], "en": ["-pluralonly"]}


def lupdate() -> Path:
    return Path(sys.executable).with_name("pyside6-lupdate")


def source_files() -> list[str]:
    return [str(path) for path in sorted(SOURCES.rglob("*.py"))]


def run_lupdate(target: Path, options: list[str]) -> None:
    subprocess.run(
        [str(lupdate()), "-silent", "-no-obsolete", *options, *source_files(), "-ts", str(target)],
        check=True,
    )


def english_forms(source: str) -> tuple[str, str]:
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def fill_english_plurals(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(path, encoding="utf-8", xml_declaration=True)


def unfinished(path: Path) -> list[str]:
    """Source texts with no finished translation."""
    left = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        texts = (
            []
            if translation is None
            else [translation.text or ""]
            + [form.text or "" for form in translation.iter("numerusform")]
        )
        if translation is None or translation.get("type") == "unfinished" or not any(texts):
            left.append(message.findtext("source") or "")
    return left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "status"))
    args = parser.parse_args()
    for language, options in LANGUAGES.items():
        path = FOLDER / f"storyreader_{language}.ts"
        if args.command == "update":
            run_lupdate(path, options)
            if language == "en":
                fill_english_plurals(path)
        left = unfinished(path)
        print(f"{path.name}: {len(left)} unfinished")
        for text in left[:20]:
            print(f"  {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
