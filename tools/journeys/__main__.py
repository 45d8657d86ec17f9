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

from tools.journeys import JOURNEYS
from tools.journeys.desktop import desktop

ROOT = Path(__file__).resolve().parents[2]
# The system language picks the app's language, as for a person who never opens Settings.
LOCALES = {"en": "en_GB.UTF-8", "ko": "ko_KR.UTF-8"}


def walk_once(journey: str, size: str, language: str, archive: Path, out: Path) -> bool:
    with desktop(size) as screen, tempfile.TemporaryDirectory(prefix="journey-home-") as home:
        copy = Path(home) / "archive.db"
        shutil.copyfile(archive, copy)
        env = {
            **screen.env,
            "HOME": home,
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_CACHE_HOME": f"{home}/cache",
            "LANG": LOCALES[language],
            "LC_ALL": LOCALES[language],
            "LANGUAGE": language,
            "JOURNEY_SCRATCH": str(screen.folder),
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        env.pop("STORYREADER_ARCHIVE", None)
        tag = f"{size}-{language}"
        print(f"== {journey} {tag}", flush=True)
        child = subprocess.run(
            [sys.executable, "-m", "tools.journeys.child", journey, tag, str(out), str(copy)],
            env=env,
            cwd=ROOT,
            timeout=900,
            check=False,
        )
        if child.returncode != 0:
            print(f"the walk ended with exit code {child.returncode}", file=sys.stderr)
        return child.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.journeys", description=__doc__)
    parser.add_argument("journeys", nargs="+", choices=[*JOURNEYS, "all"])
    parser.add_argument("--sizes", default="1024x600,1920x1080")
    parser.add_argument("--languages", default="en,ko")
    parser.add_argument("--archive", type=Path, default=ROOT / "archive.db")
    parser.add_argument("--out", type=Path, default=ROOT / "shots" / "journeys")
    options = parser.parse_args()
    names = list(JOURNEYS) if "all" in options.journeys else options.journeys
    failed = []
    for name in names:
        out = options.out / name
        out.mkdir(parents=True, exist_ok=True)
        for size in options.sizes.split(","):
            for language in options.languages.split(","):
                if not walk_once(name, size, language, options.archive, out):
                    failed.append(f"{name} {size} {language}")
    for failure in failed:
        print(f"failed: {failure}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
