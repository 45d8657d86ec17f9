"""Share to the room: a read-only web reader the host's laptop serves to phones, offline.

It owns what the phones see and how it is guarded: resolving the host's choice (`Share`: a
set, shelves, tags or the whole library) to document ids; reading those documents, their
tags and stored pictures (never the reader's notes, bookmarks or read state, nor keys or
sources); the pages (Jinja2, auto-escaped, in English or Korean after Accept-Language,
light or dark after the phone), search through `storyreader.search` restricted to what was
shared, an appeal's template letter to copy; the presenter's remote (`ShowRemote`, behind a
PIN); the secret token every address carries, the Content-Security-Policy, size and rate
caps; choosing the network address; and running the server (aiohttp) on its own thread,
which the desktop app starts in a process of its own (`child.py`: its GIL is not the app's).

It imports no Qt and nothing of `ui/`. The desktop app and `storyreader serve` both use:

    server = ShareServer(archive, Share.of_set(3), index=index, host=pick_address().address)
    server.start(); server.address; server.phones(); server.stop()
"""

from storyreader.serve.network import NetworkAddress, list_addresses, pick_address
from storyreader.serve.remote import RelayRemote, RemoteState, ShowRemote
from storyreader.serve.server import DEFAULT_PORT, ShareError, ShareServer
from storyreader.serve.share import NothingToShare, Share

__all__ = [
    "DEFAULT_PORT",
    "NetworkAddress",
    "NothingToShare",
    "RelayRemote",
    "RemoteState",
    "Share",
    "ShareError",
    "ShareServer",
    "ShowRemote",
    "list_addresses",
    "pick_address",
]
