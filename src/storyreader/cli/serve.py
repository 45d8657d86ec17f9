"""`storyreader serve`: share documents with phones in the room, headless, until Ctrl+C.

    storyreader serve --set "Winter evening"          # on the Wi-Fi (or LAN) address
    storyreader serve --tag advocacy --shelf favourites --host 127.0.0.1 --port 0
    storyreader serve --all --addresses               # list the addresses to choose from

The presenter's remote comes with a running show (Present > Share with the room… in the
app); from the command line there is no show to drive, so it is not offered.
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TYPE_CHECKING

from storyreader.cli.common import Commands, index_for_search, open_for

if TYPE_CHECKING:
    from storyreader.serve import ShareServer

PHONES_EVERY = 10.0  # seconds between looks at how many phones are connected


def register(commands: Commands) -> None:
    sub = commands.add(
        "serve",
        cmd_serve,
        "share documents with phones in the room: a read-only web reader on this laptop",
    )
    chosen = sub.add_argument_group("what to share (parts add up)")
    chosen.add_argument("--set", dest="set_ref", metavar="SET", help="a set's number or name")
    chosen.add_argument(
        "--shelf",
        action="append",
        default=[],
        choices=("favourites", "unread", "recent"),
        help="a shelf of yours (again for more)",
    )
    chosen.add_argument("--tag", action="append", default=[], help="a tag (again for more)")
    chosen.add_argument("--all", action="store_true", help="the whole library")
    sub.add_argument(
        "--host",
        help="the address to share on (default: the Wi-Fi address, else the wired one)",
    )
    sub.add_argument("--port", type=_port, default=None, help="the port (default 8765; 0: any)")
    sub.add_argument(
        "--every-interface",
        action="store_true",
        help="share on every network this laptop is on (with --host 0.0.0.0)",
    )
    sub.add_argument("--no-qr", action="store_true", help="do not draw the QR code")
    sub.add_argument(
        "--addresses", action="store_true", help="list this laptop's addresses and exit"
    )
    # The desktop app's own server process: what to serve comes as JSON on stdin (serve/child.py).
    sub.add_argument("--for-app", action="store_true", help=argparse.SUPPRESS)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is from 0 to 65535")
    return value


def cmd_serve(args: argparse.Namespace) -> int:
    from storyreader.progress import TerminalProgress
    from storyreader.serve import DEFAULT_PORT, Share, ShareServer, list_addresses, pick_address
    from storyreader.serve.network import EVERY_INTERFACE

    if args.for_app:
        from storyreader.serve.child import run_for_app

        return run_for_app()
    if args.addresses:
        for address in list_addresses():
            print(f"{address.address}\t{address.interface}\t{address.kind}")
        return 0
    if not (args.set_ref or args.shelf or args.tag or args.all):
        print(
            "Say what to share: --set, --shelf, --tag or --all (see storyreader serve --help).",
            file=sys.stderr,
        )
        return 2
    share = Share(
        set_ref=args.set_ref, shelves=tuple(args.shelf), tags=tuple(args.tag), everything=args.all
    )
    host = args.host or pick_address().address
    if host in EVERY_INTERFACE and not args.every_interface:
        print(
            f"Sharing on every network this laptop is on ({host}) must be asked for: "
            "add --every-interface.",
            file=sys.stderr,
        )
        return 2
    port = DEFAULT_PORT if args.port is None else args.port
    with open_for(args) as archive, index_for_search(archive, TerminalProgress()) as index:
        server = ShareServer(
            archive,
            share,
            index=index,
            host=host,
            port=port,
            every_interface=args.every_interface,
        )
        server.start()
        try:
            _announce(server, qr=not args.no_qr)
            _wait(server)
        finally:
            server.stop()
    print("Stopped sharing.", flush=True)
    return 0


def _announce(server: ShareServer, *, qr: bool) -> None:
    count = server.shared_count()
    print(f"Sharing {count} document{'s' if count != 1 else ''}. Phones on this network open:")
    print(f"  {server.address}")
    if qr:
        import segno

        segno.make(server.address, error="m", micro=False).terminal(compact=True)
    print("Press Ctrl+C to stop.", flush=True)


def _wait(server: ShareServer) -> None:
    """Until Ctrl+C (or the address goes away); says how many phones are connected."""
    stopped = threading.Event()
    shown = 0
    try:
        while server.running and not stopped.wait(PHONES_EVERY):
            phones = server.phones()
            if phones != shown:
                shown = phones
                print(f"{phones} phone{'s' if phones != 1 else ''} connected.", flush=True)
    except KeyboardInterrupt:
        return
