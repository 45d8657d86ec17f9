"""An import killed (SIGKILL) at any point leaves a consistent archive holding whole batches
only, and importing the same bundle again completes it: the result is the same as an import
that was never interrupted."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from storyreader.archive import Archive, open_archive
from storyreader.archive.check import check_archive
from storyreader.archive.models import BundleImport, Document
from storyreader.bundle import export_bundle, import_bundle, open_bundle
from storyreader.bundle.sign import SecretKey
from storyreader.bundle.trust import trust_key
from storyreader.bundle.verify import BATCH_SIZE
from storyreader.search import SearchIndex
from tests.bundle.conftest import fill_web, visible
from tests.conftest import CLI, kill_when_it_says

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = 2 * BATCH_SIZE + 50  # three batches: two full, one short

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@dataclass
class Big:
    bundle: Path
    key: SecretKey
    expected: dict[str, Any]  # what an uninterrupted import gives


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory) -> Big:
    folder = tmp_path_factory.mktemp("big")
    key = SecretKey.generate()
    with open_archive(folder / "publisher.db") as publisher:
        fill_web(publisher, range(1, DOCUMENTS + 1), images_every=4)
        bundle = export_bundle(publisher, folder / "big.storybundle", key=key).path
    with _reader(folder / "reference" / "reader.db", key) as reference:
        with open_bundle(reference, bundle) as opened:
            import_bundle(reference, opened)
        expected = visible(reference)
    assert len(expected["documents"]) == DOCUMENTS
    return Big(bundle, key, expected)


def _reader(path: Path, key: SecretKey) -> Archive:
    path.parent.mkdir(parents=True, exist_ok=True)
    archive = open_archive(path)
    trust_key(archive, key.public, "Publisher")
    return archive


def _assert_consistent(archive: Archive) -> int:
    """`storyreader check`'s checks pass; returns how many documents are there."""
    report = check_archive(archive)
    assert report.problems == []
    with SearchIndex.open(archive) as index:
        assert index.check() == []
    with archive.read() as session:
        return session.scalar(select(func.count(Document.id))) or 0


def _complete(archive: Archive, big: Big) -> None:
    with open_bundle(archive, big.bundle) as bundle:
        report = import_bundle(archive, bundle)
    assert not report.already_imported
    assert visible(archive) == big.expected
    with archive.read() as session:
        assert session.query(BundleImport).count() == 1
    assert not list(archive.path.parent.glob(".bundle-*"))


POINTS = [
    ("Copying", 1),
    ("Checking the bundle", 1),
    ("Importing", 1),  # inside the first batch's transaction
    ("Importing", BATCH_SIZE + 50),  # one batch committed, inside the second
    ("Importing", DOCUMENTS),  # every document saved, the last commit not yet made
]


@pytest.mark.parametrize(("stage", "count"), POINTS)
def test_killed_import_leaves_whole_batches_and_a_second_import_completes(
    tmp_path: Path, big: Big, stage: str, count: int
) -> None:
    with _reader(tmp_path / "reader.db", big.key) as archive:
        pass
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.bundle.crash_child",
            str(tmp_path / "reader.db"),
            str(big.bundle),
            stage,
            str(count),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    kill_when_it_says(child, f"{stage} {count}")

    with open_archive(tmp_path / "reader.db") as archive:
        documents = _assert_consistent(archive)
        committed_batches = max(0, (count - 1) // BATCH_SIZE) if stage == "Importing" else 0
        assert documents == committed_batches * BATCH_SIZE
        with archive.read() as session:
            assert session.query(BundleImport).count() == 0
        _complete(archive, big)


def test_the_command_killed_at_random_moments_then_run_again(tmp_path: Path, big: Big) -> None:
    """The real command, killed after random delays: whatever it had done, the archive is
    consistent and one more import completes it."""
    delays = random.Random(5).sample([0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.4], 3)
    for number, delay in enumerate(delays):
        folder = tmp_path / f"run{number}"
        with _reader(folder / "reader.db", big.key):
            pass
        child = subprocess.Popen(
            [str(CLI), "--archive", str(folder / "reader.db"), "bundle", "import", str(big.bundle)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        with open_archive(folder / "reader.db") as archive:
            documents = _assert_consistent(archive)
            assert documents % BATCH_SIZE == 0 or documents == DOCUMENTS
            with archive.read() as session:
                done = session.query(BundleImport).count()
            if done:
                assert visible(archive) == big.expected
            else:
                _complete(archive, big)
        shutil.rmtree(folder)
