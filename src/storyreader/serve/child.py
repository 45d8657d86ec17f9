"""The web reader in a process of its own, for the desktop app (`storyreader serve --for-app`).

The app's window and search keep their interpreter (and its GIL) to themselves: the server's
threads run here. The app writes one JSON object a line on our stdin and reads ours on
stdout, in ASCII whatever the locale's encoding (nothing else is printed there; logging goes
to stderr):

    app -> child  {"archive": path, "share": {...}, "host": h, "port": p, "every_interface": b}
                  {"state": {...RemoteState}}   the show changed (the host's phone shows it)
                  {"phones": null}              how many phones now?
                  {"stop": true}                stop; so does our stdin closing (the app died)
    child -> app  {"listening": {"address", "remote_address", "pin", "shared"}}
                  {"error": {"context", "template", "values"}}   could not start (a sentence)
                  {"failed": "what went wrong"}  could not start (a bug: the log has it)
                  {"phones": n}  {"clicker": "next" | "previous" | "black" | "logo"}

The token and the PIN never appear on a command line. The archive is opened read-only and
the search index attached as it is: this process writes nothing. The app watches the
laptop's address itself, so the server here does not.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from storyreader.archive.db import Archive
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP, Sentence
from storyreader.serve.remote import RelayRemote, RemoteState
from storyreader.serve.server import ShareServer
from storyreader.serve.share import SHELVES, Share

log = logging.getLogger(__name__)

READ_ONLY = QT_TRANSLATE_NOOP("Archive", "the file is read-only")  # never shown: nothing writes


def sentence_to_json(sentence: Sentence) -> dict[str, Any]:
    values = [
        sentence_to_json(value) if isinstance(value, Sentence) else str(value)
        for value in sentence.values
    ]
    return {"context": sentence.context, "template": sentence.template, "values": values}


def sentence_from_json(data: dict[str, Any]) -> Sentence:
    values = tuple(
        sentence_from_json(value) if isinstance(value, dict) else str(value)
        for value in data.get("values", ())
    )
    return Sentence(str(data["context"]), str(data["template"]), values)


def share_to_json(share: Share) -> dict[str, Any]:
    return {
        "set_ref": share.set_ref,
        "shelves": list(share.shelves),
        "tags": list(share.tags),
        "everything": share.everything,
    }


def share_from_json(data: dict[str, Any]) -> Share:
    set_ref = data.get("set_ref")
    return Share(
        set_ref=None if set_ref is None else str(set_ref),
        shelves=tuple(shelf for shelf in SHELVES if shelf in data.get("shelves", ())),
        tags=tuple(str(tag) for tag in data.get("tags", ())),
        everything=bool(data.get("everything")),
    )


def state_to_json(state: RemoteState) -> dict[str, Any]:
    return asdict(state)


def state_from_json(data: dict[str, Any]) -> RemoteState:
    screen = data.get("screen")
    return RemoteState(
        running=bool(data.get("running")),
        number=int(data.get("number", 0)),
        count=int(data.get("count", 0)),
        title=str(data.get("title", "")),
        notes=str(data.get("notes", "")),
        screen=screen if screen in ("slide", "black", "logo") else "slide",
    )


class _Channel:
    """Our half of the line-based JSON channel; writes come from several threads."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._lock = threading.Lock()

    def say(self, message: dict[str, Any]) -> None:
        with self._lock:
            self._out.write(json.dumps(message) + "\n")
            self._out.flush()


def run_for_app(inp: IO[str] | None = None, out: IO[str] | None = None) -> int:
    """Serve as the app asks on stdin until it says stop or goes away; returns the exit code."""
    if inp is None or out is None:
        inp, out = sys.stdin, sys.stdout
        sys.stdout = sys.stderr  # a stray print must not break the channel
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the app stops us (Ctrl+C in its terminal)
    channel = _Channel(out)
    first = inp.readline()
    if not first:
        return 0
    request = json.loads(first)
    started = _start(request, channel)
    if started is None:
        return 1
    server, relay = started
    try:
        _obey(inp, channel, server, relay)
    finally:
        server.stop()
        server.archive.close()
    return 0


def _start(request: dict[str, Any], channel: _Channel) -> tuple[ShareServer, RelayRemote] | None:
    archive = Archive(Path(str(request["archive"])), read_only=READ_ONLY)
    relay = RelayRemote(lambda command: channel.say({"clicker": command}))
    try:
        from storyreader.search import SearchIndex

        server = ShareServer(
            archive,
            share_from_json(request["share"]),
            index=SearchIndex.attach(archive),
            host=str(request["host"]),
            port=int(request["port"]),
            every_interface=bool(request.get("every_interface")),
            remote=relay,
            address_check=lambda _host: True,  # the app watches the address
        )
        server.start()
    except KnownError as error:
        archive.close()
        channel.say({"error": sentence_to_json(error.sentence)})
        return None
    except Exception as error:
        log.exception("The web reader could not start")
        archive.close()
        channel.say({"failed": f"{type(error).__name__}: {error}"})
        return None
    channel.say(
        {
            "listening": {
                "address": server.address,
                "remote_address": server.remote_address,
                "pin": server.pin,
                "shared": server.shared_count(),
            }
        }
    )
    return server, relay


def _obey(inp: IO[str], channel: _Channel, server: ShareServer, relay: RelayRemote) -> None:
    for line in inp:
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("Not a message from the app: %.80r", line)
            continue
        if message.get("stop"):
            return
        if "state" in message:
            relay.publish(state_from_json(message["state"]))
        if "phones" in message:
            channel.say({"phones": server.phones()})
