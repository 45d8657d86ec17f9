"""Secret keys protected by a passphrase, as minisign protects them (scrypt), where the app
keeps the keys it makes, and the command line's answer when it cannot ask for one."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from storyreader.bundle.sign import (
    PassphraseError,
    PublicKey,
    SecretKey,
    Signature,
    is_protected,
    load_secret_key,
    make_key_in,
)
from tests.bundle.test_cli_and_keys import _one_sentence
from tests.conftest import RunCli

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def protected() -> tuple[SecretKey, str]:
    """A key and its file's text, protected by PASSPHRASE (scrypt takes a second: once)."""
    key = SecretKey.generate()
    return key, key.to_text(PASSPHRASE)


def test_a_passphrase_protects_the_secret_key(protected: tuple[SecretKey, str]) -> None:
    key, text = protected
    assert "encrypted secret key" in text.splitlines()[0]
    assert key.seed not in text.encode()
    with pytest.raises(PassphraseError, match="protected by a passphrase"):
        SecretKey.parse(text)
    assert SecretKey.parse(text, PASSPHRASE) == key


def test_a_wrong_passphrase_is_refused(protected: tuple[SecretKey, str]) -> None:
    _key, text = protected
    with pytest.raises(PassphraseError, match="passphrase is not right"):
        SecretKey.parse(text, "horse battery")


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is not installed")
def test_minisign_signs_with_our_protected_key(
    protected: tuple[SecretKey, str], tmp_path: Path
) -> None:
    key, text = protected
    (tmp_path / "ours.key").write_text(text)
    (tmp_path / "message.json").write_bytes(b'{"sequence": 7}')
    signed = subprocess.run(
        ["minisign", "-S", "-s", "ours.key", "-m", "message.json", "-t", "made by minisign"],
        cwd=tmp_path,
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert signed.returncode == 0, signed.stderr
    signature = Signature.parse((tmp_path / "message.json.minisig").read_bytes())
    key.public.verify(b'{"sequence": 7}', signature)  # minisign unlocked it as we lock it


def test_the_app_makes_keys_owner_only_and_never_over_another(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    first, first_path = make_key_in(folder, "Events team")
    second, second_path = make_key_in(folder, "Events team")
    assert (first_path.name, second_path.name) == ("events-team.key", "events-team-2.key")
    assert first != second
    assert stat.S_IMODE(first_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    public = PublicKey.parse(first_path.with_suffix(".pub").read_text())
    assert public == first.public and not is_protected(first_path)
    assert load_secret_key(first_path) == first


def test_the_command_line_cannot_ask_for_a_passphrase_without_a_terminal(
    run_cli: RunCli, tmp_path: Path, protected: tuple[SecretKey, str]
) -> None:
    _key, text = protected
    (tmp_path / "events.key").write_text(text)
    archive = tmp_path / "archive.db"
    exported = run_cli(
        "--archive", archive, "bundle", "export", tmp_path / "b.storybundle", "--sign",
        tmp_path / "events.key",
    )  # fmt: skip
    assert "run the command in a terminal" in _one_sentence(exported)
    assert not (tmp_path / "b.storybundle").exists()
    made = run_cli("keys", "generate", tmp_path / "new.key", "--passphrase")
    assert "run the command in a terminal" in _one_sentence(made)
    assert not (tmp_path / "new.key").exists()
