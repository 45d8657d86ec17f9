"""The walker's command line: each journey at each size in each language, in a desktop of
its own (see the package docstring)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.journeys import JOURNEYS, Part
from tools.journeys.desktop import desktop, missing_tools

ROOT = Path(__file__).resolve().parents[2]
# The system language picks the app's language, as for a person who never opens Settings.
LOCALES = {"en": "en_GB.UTF-8", "ko": "ko_KR.UTF-8"}
FONT_FAMILIES = {"NanumBarunGothic": "fonts-nanum", "DejaVu Sans": "fonts-dejavu-core"}


def missing_setup(languages: list[str]) -> list[str]:
    """What this machine lacks for a walk, each as the command that adds it."""
    needs = []
    tools = missing_tools()
    if tools:
        needs.append("apt-get install " + " ".join(tools))
    known = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
    have = {line.strip().lower().replace("utf-8", "utf8") for line in known.splitlines()}
    absent = [
        LOCALES[code]
        for code in languages
        if LOCALES[code].lower().replace("utf-8", "utf8") not in have
    ]
    if absent:
        lines = " ".join(f"-e 's/^# *\\({name} \\)/\\1/'" for name in absent)
        needs.append(
            f"apt-get install locales && sed -i {lines} /etc/locale.gen && locale-gen"
            "  (the system language the app follows; without it Qt warns and falls back)"
        )
    if shutil.which("fc-list"):
        families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
        packages = [pkg for family, pkg in FONT_FAMILIES.items() if family not in families]
        if packages:
            needs.append("apt-get install " + " ".join(packages) + "  (Korean and Latin text)")
    return needs


def prepare_archive(part: Part, home: Path, given: Path) -> Path:
    """The laptop's archive as the part expects to find it at its first run there."""
    archive = home / "archive.db"
    if archive.exists() or part.archive == "empty":
        return archive
    shutil.copyfile(given, archive)
    if part.archive == "damaged":  # a backup from yesterday, then the disk lets go
        from storyreader.archive.backup import daily_backup

        daily_backup(archive)
        archive.write_bytes(b"\x00" * 8192)
    return archive


def walk_once(name: str, size: str, language: str, archive: Path, out: Path) -> bool:
    tag = f"{size}-{language}"
    for old in out.glob(f"*-{tag}.png"):
        old.unlink()
    print(f"== {name} {tag}", flush=True)
    with tempfile.TemporaryDirectory(prefix="journey-") as scratch:
        usb = Path(scratch) / "usb"
        usb.mkdir()
        for number, part in enumerate(JOURNEYS[name]):
            home = Path(scratch) / part.laptop
            home.mkdir(exist_ok=True)
            copy = prepare_archive(part, home, archive)
            first = len(list(out.glob(f"*-{tag}.png"))) + 1
            if not run_part(name, number, tag, out, copy, home, usb, size, language, first):
                return False
    return True


def run_part(
    name: str,
    number: int,
    tag: str,
    out: Path,
    archive: Path,
    home: Path,
    usb: Path,
    size: str,
    language: str,
    first: int,
) -> bool:
    with desktop(size) as screen:
        env = {
            **screen.env,
            "HOME": str(home),
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_CACHE_HOME": f"{home}/cache",
            "LANG": LOCALES[language],
            "LC_ALL": LOCALES[language],
            "LANGUAGE": language,
            "TZ": os.environ.get("TZ", "Europe/London"),
            "JOURNEY_SCRATCH": str(screen.folder),
            "JOURNEY_USB": str(usb),
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        env.pop("STORYREADER_ARCHIVE", None)
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "tools.journeys.child",
                name,
                str(number),
                tag,
                str(out),
                str(archive),
                str(first),
            ],
            env=env,
            cwd=ROOT,
            timeout=900,
            check=False,
        )
    if child.returncode != 0:
        print(f"part {number + 1} ended with exit code {child.returncode}", file=sys.stderr)
    return child.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.journeys", description=__doc__)
    parser.add_argument("journeys", nargs="+", choices=[*JOURNEYS, "all"])
    parser.add_argument("--sizes", default="1024x600,1366x768,1920x1080")
    parser.add_argument("--languages", default="en,ko")
    parser.add_argument("--archive", type=Path, default=ROOT / "archive.db")
    parser.add_argument("--out", type=Path, default=ROOT / "shots" / "journeys")
    options = parser.parse_args()
    languages = options.languages.split(",")
    needs = missing_setup(languages)
    if needs:
        print("This machine needs, before a walk (as root):", file=sys.stderr)
        for need in needs:
            print(f"  {need}", file=sys.stderr)
        if missing_tools():
            return 2
    names = list(JOURNEYS) if "all" in options.journeys else options.journeys
    failed = []
    for name in names:
        out = options.out / name
        out.mkdir(parents=True, exist_ok=True)
        for size in options.sizes.split(","):
            for language in languages:
                if not walk_once(name, size, language, options.archive, out):
                    failed.append(f"{name} {size} {language}")
    for failure in failed:
        print(f"failed: {failure}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
