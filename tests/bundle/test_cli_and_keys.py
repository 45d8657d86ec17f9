"""The `bundle` and `keys` commands as a user meets them, and minisign compatibility."""

from __future__ import annotations

import base64
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from storyreader.archive.writes import stable_id
from storyreader.bundle import BundleError
from storyreader.bundle.sign import (
    KeyFileError,
    PublicKey,
    SecretKey,
    Signature,
    load_public_key,
    load_secret_key,
)
from tests.bundle.hostile import document_line, encode, withdrawal_line, write_bundle
from tests.conftest import RunCli

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def publisher_path(tmp_path: Path, publisher_template: Path) -> Path:
    path = tmp_path / "publisher" / "publisher.db"
    path.parent.mkdir()
    shutil.copyfile(publisher_template, path)
    return path


def _one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_export_inspect_import_from_the_command_line(
    run_cli: RunCli, tmp_path: Path, publisher_path: Path
) -> None:
    reader = tmp_path / "reader" / "reader.db"
    bundle = tmp_path / "stick" / "events.storybundle"
    key = tmp_path / "events.key"
    assert run_cli("--archive", publisher_path, "keys", "generate", key).returncode == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    trusted = run_cli(
        "--archive", reader, "keys", "trust", key.with_suffix(".pub"), "--name", "Events"
    )
    assert trusted.returncode == 0, trusted.stderr

    exported = run_cli("--archive", publisher_path, "bundle", "export", bundle, "--sign", key)
    assert exported.returncode == 0, exported.stderr
    assert "bundle 1" in exported.stdout and "Signed with key" in exported.stdout

    inspected = run_cli("--archive", reader, "bundle", "inspect", bundle, "--json")
    assert inspected.returncode == 0, inspected.stderr
    plan = json.loads(inspected.stdout)
    assert plan["trust"] == "trusted" and plan["trusted_as"] == "Events"
    assert plan["replay"] == "new" and plan["would_refuse"] is None
    assert len(plan["new"]) == plan["documents"] > 20 and plan["kind"] == "full"

    imported = run_cli("--archive", reader, "bundle", "import", bundle, "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["created"] == plan["documents"]
    found = json.loads(run_cli("--archive", reader, "search", "kestrel", "--json").stdout)
    assert found["total"] > 0
    assert run_cli("--archive", reader, "check").returncode == 0

    again = run_cli("--archive", reader, "bundle", "inspect", bundle)
    assert "already imported" in again.stdout
    assert "already imported" in run_cli("--archive", reader, "bundle", "import", bundle).stdout


def test_unsigned_bundle_from_the_command_line(
    run_cli: RunCli, tmp_path: Path, publisher_path: Path
) -> None:
    reader = tmp_path / "reader.db"
    bundle = tmp_path / "unsigned.storybundle"
    exported = run_cli("--archive", publisher_path, "bundle", "export", bundle)
    assert exported.returncode == 0 and "Not signed" in exported.stderr

    refused = run_cli("--archive", reader, "bundle", "import", bundle)
    assert "not signed" in _one_sentence(refused)
    inspected = run_cli("--archive", reader, "bundle", "inspect", bundle)
    assert "NOT signed" in inspected.stdout and "Import would be refused" in inspected.stdout

    allowed = run_cli("--archive", reader, "bundle", "import", bundle, "--allow-unsigned")
    assert allowed.returncode == 0, allowed.stderr
    assert "WARNING" in allowed.stderr and "Imported bundle 1" in allowed.stdout


def test_refusals_are_one_sentence_on_the_command_line(
    run_cli: RunCli, tmp_path: Path, publisher_path: Path
) -> None:
    reader = tmp_path / "reader.db"
    cut = tmp_path / "cut.storybundle"
    bundle = tmp_path / "whole.storybundle"
    run_cli("--archive", publisher_path, "bundle", "export", bundle)
    cut.write_bytes(bundle.read_bytes()[:1000])

    assert "not a complete bundle" in _one_sentence(
        run_cli("--archive", reader, "bundle", "import", cut)
    )
    assert "Cannot read" in _one_sentence(
        run_cli("--archive", reader, "bundle", "import", tmp_path / "absent.storybundle")
    )
    assert "never exported a bundle number 5" in _one_sentence(
        run_cli("--archive", publisher_path, "bundle", "export", bundle, "--since", "5")
    )
    bad_date = run_cli("--archive", publisher_path, "bundle", "export", bundle, "--since", "soon")
    assert bad_date.returncode == 2 and "neither a bundle number nor a date" in bad_date.stderr


def test_what_a_bundle_did_not_bring_is_listed_by_title_and_left_alone(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """A bundle naming the origins of the reader's own files: `inspect` and `import` name
    them; only --allow-takeover lets the bundle change them."""
    reader = tmp_path / "reader" / "reader.db"
    letters = tmp_path / "letters"
    letters.mkdir()
    for name, title in (("a.md", "My own letter"), ("b.md", "A note to self")):
        (letters / name).write_text(f"---\ntitle: {title}\n---\n\nOurs.\n", encoding="utf-8")
    assert run_cli("--archive", reader, "import", letters).returncode == 0
    lines = [
        document_line((letters / "a.md").resolve().as_uri(), "Rewritten"),
        withdrawal_line(stable_id((letters / "b.md").resolve().as_uri())),
        document_line("https://stories.example.org/new", "A new story"),
    ]
    bundle = write_bundle(tmp_path / "b.storybundle", encode(lines))

    inspected = run_cli("--archive", reader, "bundle", "inspect", bundle)
    imported = run_cli("--archive", reader, "bundle", "import", bundle, "--allow-unsigned")
    listed = json.loads(run_cli("--archive", reader, "list", "--json").stdout)

    assert inspected.returncode == 0, inspected.stderr
    assert (
        "Not theirs  2 documents here did not come from this publisher: importing leaves them "
        "alone (--allow-takeover lets it change them)\n"
        "              update    My own letter  (local)\n"
        "              withdraw  A note to self  (local)\n"
    ) in inspected.stdout
    assert imported.returncode == 0, imported.stderr
    assert "Imported bundle 1: 1 new, 0 updated, 0 unchanged, 0 withdrawn." in imported.stdout
    assert "Left alone 2 documents this publisher did not bring" in imported.stdout
    assert {item["title"] for item in listed} == {"My own letter", "A note to self", "A new story"}

    again = write_bundle(tmp_path / "c.storybundle", encode(lines), sequence=2)
    taken = run_cli(
        "--archive", reader, "bundle", "import", again, "--allow-unsigned", "--allow-takeover"
    )
    listed = json.loads(run_cli("--archive", reader, "list", "--json").stdout)

    assert "Changed 2 documents this publisher did not bring:" in taken.stdout
    assert {item["title"] for item in listed} == {"Rewritten", "A new story"}


def test_keys_trust_list_and_remove(run_cli: RunCli, tmp_path: Path) -> None:
    archive = tmp_path / "archive.db"
    key = tmp_path / "publisher.key"
    run_cli("--archive", archive, "keys", "generate", key)
    public = load_public_key(key.with_suffix(".pub"))

    assert run_cli("--archive", archive, "keys", "trust", key.with_suffix(".pub")).returncode == 0
    listed = json.loads(run_cli("--archive", archive, "keys", "list", "--json").stdout)
    assert [(item["name"], item["key_id"]) for item in listed] == [("publisher", public.id_text)]
    assert "already trusts" in _one_sentence(
        run_cli("--archive", archive, "keys", "trust", key.with_suffix(".pub"), "--name", "Other")
    )
    assert "already exists" in _one_sentence(run_cli("--archive", archive, "keys", "generate", key))
    assert "not a minisign or Story Reader public key" in _one_sentence(
        run_cli("--archive", archive, "keys", "trust", key)
    )

    removed = run_cli("--archive", archive, "keys", "remove", public.id_text.lower())
    assert removed.returncode == 0 and "No longer trusting 'publisher'" in removed.stdout
    assert json.loads(run_cli("--archive", archive, "keys", "list", "--json").stdout) == []
    empty = run_cli("--archive", archive, "keys", "list")
    assert empty.stdout == "" and "trusts no keys yet" in empty.stderr  # like every list
    assert "trusts no key named" in _one_sentence(
        run_cli("--archive", archive, "keys", "remove", "publisher")
    )


def test_a_minisign_key_and_signature_are_understood() -> None:
    """Keys and signatures made by minisign itself (tests/bundle/data, see its README)."""
    secret = load_secret_key(DATA / "minisign.key")
    public = load_public_key(DATA / "minisign.pub")
    message = (DATA / "message.json").read_bytes()
    theirs = Signature.parse((DATA / "message.json.minisig").read_bytes())

    assert secret.public == public
    public.verify(message, theirs)  # minisign's signature checks out with our code
    ours = secret.sign(message, theirs.trusted_comment)
    assert (ours.signature, ours.global_signature) == (theirs.signature, theirs.global_signature)
    with pytest.raises(BundleError, match="changed after it was signed"):
        public.verify(message + b" ", theirs)


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is not installed")
def test_minisign_verifies_our_signatures(tmp_path: Path) -> None:
    key = SecretKey.generate()
    (tmp_path / "key.pub").write_text(key.public.to_text())
    (tmp_path / "manifest.json").write_bytes(b'{"sequence": 1}')
    signature = key.sign(b'{"sequence": 1}', "storyreader bundle 1")
    (tmp_path / "manifest.json.minisig").write_text(signature.to_text())

    checked = subprocess.run(
        ["minisign", "-V", "-p", "key.pub", "-m", "manifest.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "storyreader bundle 1" in checked.stdout


def test_damaged_key_files_are_refused(tmp_path: Path) -> None:
    key = SecretKey.generate()
    text = key.to_text().splitlines()
    raw = bytearray(base64.b64decode(text[1]))
    raw[100] ^= 1
    damaged = tmp_path / "damaged.key"
    damaged.write_text(text[0] + "\n" + base64.b64encode(bytes(raw)).decode() + "\n")
    with pytest.raises(KeyFileError, match="damaged"):
        load_secret_key(damaged)
    with pytest.raises(KeyFileError, match="not a minisign or Story Reader"):
        PublicKey.parse("untrusted comment: nothing\n")
