"""`storyreader serve` as a host runs it: the address and QR code, pages answered, Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import CLI, RunCli
from tests.serve.conftest import PAPER_BOATS, SET_NAME


def test_serve_prints_the_address_and_stops_on_ctrl_c(
    room_copy: Path, allow_loopback: None
) -> None:
    child = subprocess.Popen(
        [
            str(CLI),
            "serve",
            "--archive",
            str(room_copy),
            "--set",
            SET_NAME,
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline() for _ in range(2)]
        assert lines[0] == "Sharing 3 documents. Phones on this network open:\n", lines
        address = lines[1].strip()
        assert address.startswith("http://127.0.0.1:") and "/t/" in address
        qr = [child.stdout.readline() for _ in range(4)]
        assert all("█" in line for line in qr)  # the QR code, drawn in the terminal
        page = httpx.get(address, timeout=10)
        assert page.status_code == 200 and PAPER_BOATS in page.text
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert out.rstrip().endswith("Stopped sharing.")
    time.sleep(0.1)
    with pytest.raises(httpx.ConnectError):
        httpx.get(address, timeout=2)


def test_serve_asks_what_to_share_and_never_every_interface_by_default(
    run_cli: RunCli, room_copy: Path
) -> None:
    nothing = run_cli("serve", "--archive", room_copy)
    assert nothing.returncode == 2 and "--set, --shelf, --tag or --all" in nothing.stderr
    every = run_cli("serve", "--archive", room_copy, "--all", "--host", "0.0.0.0")
    assert every.returncode == 2 and "add --every-interface" in every.stderr
    missing = run_cli(
        "serve", "--archive", room_copy, "--set", "no such set", "--host", "127.0.0.1"
    )
    assert (
        missing.returncode == 1
        and missing.stderr.strip() == "There is no set called “no such set”."
    )
    elsewhere = run_cli("serve", "--archive", room_copy, "--all", "--host", "203.0.113.9")
    assert elsewhere.returncode == 1
    assert elsewhere.stderr.strip() == "203.0.113.9 is not an address of this laptop."
    listed = run_cli("serve", "--addresses")
    assert listed.returncode == 0 and "127.0.0.1\tlo\tloopback" in listed.stdout
