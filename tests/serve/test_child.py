"""The web reader's own process, as the desktop app drives it (`serve/child.py`): it says
where it listens and counts phones over its pipe, relays the host's phone to the show and the
show to the phone, writes nothing to the archive, keeps the token off its command line, and
stops, freeing the port, when the app goes away (its stdin closes)."""

from __future__ import annotations

import json
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyreader.ui.present.share_process import child_command
from tests.serve.conftest import PAPER_BOATS, SET_NAME

LOOPBACK = "127.0.0.1"


class Child:
    def __init__(self) -> None:
        program, arguments = child_command()
        self.process = subprocess.Popen(
            [program, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()

    def heard(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        message: dict[str, Any] = json.loads(self.process.stdout.readline())
        return message


@pytest.fixture
def child() -> Iterator[Child]:
    started = Child()
    yield started
    if started.process.poll() is None:
        started.process.kill()
    started.process.wait()
    for pipe in (started.process.stdin, started.process.stdout):
        if pipe is not None:
            pipe.close()


def request(archive: Path, port: int = 0) -> dict[str, Any]:
    return {
        "archive": str(archive),
        "share": {"set_ref": SET_NAME, "shelves": [], "tags": [], "everything": False},
        "host": LOOPBACK,
        "port": port,
        "every_interface": False,
    }


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((LOOPBACK, port))
        except OSError:
            return False
        return True


def test_the_apps_server_process_serves_relays_the_clicker_and_ends_with_the_app(
    child: Child, room_copy: Path, allow_loopback: None
) -> None:
    archive_before = room_copy.read_bytes()
    child.send(request(room_copy))
    listening = child.heard()["listening"]
    address, pin = listening["address"], listening["pin"]
    assert address.startswith(f"http://{LOOPBACK}:") and listening["shared"] == 3
    assert listening["remote_address"] == f"{address}remote" and len(pin) == 6
    port = int(address.split(":")[2].split("/")[0])
    command_line = Path(f"/proc/{child.process.pid}/cmdline").read_bytes()
    assert address.split("/t/")[1].strip("/").encode() not in command_line

    with httpx.Client(timeout=10, follow_redirects=False) as phone:
        assert PAPER_BOATS in phone.get(address).text
        child.send({"phones": None})
        assert child.heard() == {"phones": 1}

        show = {"running": True, "number": 2, "count": 7, "title": PAPER_BOATS, "notes": "Pause."}
        child.send({"state": show})
        remote = listening["remote_address"]
        assert phone.post(f"{remote}/next").status_code == 403  # no PIN yet
        assert phone.post(remote, data={"pin": pin}).status_code == 303
        state = phone.get(f"{remote}/state").json()
        assert (state["number"], state["count"], state["notes"]) == (2, 7, "Pause.")
        assert phone.post(f"{remote}/next").status_code == 303
        assert child.heard() == {"clicker": "next"}

        assert child.process.stdin is not None
        child.process.stdin.close()  # the app was killed: its end of the pipe closes
        assert child.process.wait(10) == 0
        assert port_is_free(port)
        with pytest.raises(httpx.ConnectError):
            phone.get(address)
    assert room_copy.read_bytes() == archive_before
    wal = room_copy.with_name(room_copy.name + "-wal")  # a reader may open an empty one
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_taken_port_comes_back_as_its_sentence(
    child: Child, room_copy: Path, allow_loopback: None
) -> None:
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        child.send(request(room_copy, port))
        error = child.heard()["error"]
        assert child.process.wait(10) == 1
    assert error["template"] == "Port %2 on %1 is in use by another program; choose another port."
    assert error["values"] == [LOOPBACK, str(port)]
