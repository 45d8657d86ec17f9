"""Commands for offline bundles and the keys that sign them.

storyreader bundle export OUT [--since SEQ|DATE] [--source NAME] [--sign KEY]
storyreader bundle inspect FILE [--json]
storyreader bundle import FILE [--allow-unsigned] [--allow-takeover] [--json]
storyreader keys generate KEYFILE | trust FILE [--name NAME] | list [--json] | remove NAME
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from storyreader.cli.common import Commands, iso, open_for, print_json, print_list, update_index
from storyreader.errors import KnownError
from storyreader.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from storyreader.bundle.ownership import OtherDocument
    from storyreader.bundle.plan import ImportPlan
    from storyreader.bundle.sign import SecretKey
    from storyreader.i18n import Sentence

# Titles listed in text output; `--json` lists every one.
SHOWN_TITLES = 50


def register(commands: Commands) -> None:
    bundle = commands.group("bundle", "carry the archive on a USB stick: export, inspect, import")
    sub = bundle.add("export", cmd_export, "write a bundle of the archive (or of what changed)")
    sub.add_argument("out", type=Path, metavar="OUT", help="the bundle file to write")
    sub.add_argument(
        "--since",
        type=since_value,
        metavar="SEQ|DATE",
        help="only what changed since this archive's bundle number SEQ, or since DATE "
        "(2026-11-30 or an ISO date and time), withdrawals included",
    )
    sub.add_argument("--source", metavar="NAME", help="only documents from this source")
    sub.add_argument("--sign", type=Path, metavar="KEY", help="sign with this secret key file")

    sub = bundle.add("inspect", cmd_inspect, "say what a bundle holds and what importing it does")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = bundle.add("import", cmd_import, "import a bundle made by a publisher you trust")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="import a bundle that is unsigned or signed by an unknown key (dangerous)",
    )
    sub.add_argument(
        "--allow-takeover",
        action="store_true",
        help="let the bundle also change or withdraw documents it did not bring "
        "(`bundle inspect` lists them); without it they are left alone",
    )
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    keys = commands.group("keys", "keys that sign bundles, and the publishers this archive trusts")
    sub = keys.add("generate", cmd_generate, "make a key pair for signing bundles")
    sub.add_argument(
        "keyfile",
        type=Path,
        metavar="KEYFILE",
        help="the secret key file (e.g. events.key); the public key is written beside it as .pub",
    )
    sub.add_argument(
        "--passphrase",
        action="store_true",
        help="protect the secret key with a passphrase (asked for now, and at each signing)",
    )
    sub = keys.add("trust", cmd_trust, "trust bundles signed by this public key")
    sub.add_argument("file", type=Path, metavar="FILE", help="the publisher's .pub file")
    sub.add_argument("--name", help="how to call this publisher (default: the file's name)")
    sub = keys.add("list", cmd_list_keys, "list the keys this archive trusts")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")
    sub = keys.add("remove", cmd_remove_key, "stop trusting a key")
    sub.add_argument("key", metavar="NAME|KEYID")


def since_value(text: str) -> int | datetime:
    """`--since`: a bundle's sequence number, or an ISO date or date and time (UTC)."""
    from storyreader.bundle.format import parse_moment

    if text.strip().isdigit():
        return int(text)
    try:
        return parse_moment(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is neither a bundle number nor a date such as 2026-11-30"
        ) from None


def cmd_export(args: argparse.Namespace) -> int:
    from storyreader.bundle import export_bundle
    from storyreader.progress import TerminalProgress

    key = _secret_key(args.sign) if args.sign else None
    with open_for(args) as archive:
        report = export_bundle(
            archive,
            args.out,
            since=args.since,
            source=args.source,
            key=key,
            progress=TerminalProgress(),
        )
    what = "changes" if report.since is not None else "a full bundle"
    print(
        f"Wrote {report.path}: bundle {report.sequence} ({what}), {report.documents:,} "
        f"documents, {report.withdrawn:,} withdrawals, {report.media:,} images, "
        f"{report.bytes / 2**20:,.1f} MB."
    )
    if report.signed_by:
        print(f"Signed with key {report.signed_by}.")
    else:
        print(
            "Not signed: other archives will refuse it unless told --allow-unsigned. "
            "Sign bundles with --sign KEY (make one with `storyreader keys generate`).",
            file=sys.stderr,
        )
    if report.skipped:
        count = len(report.skipped)
        documents = "1 document" if count == 1 else f"{count:,} documents"
        print(f"Left out {documents} whose origin is not known.", file=sys.stderr)
    return 0


def _secret_key(path: Path) -> SecretKey:
    """The key in `path`, asking for its passphrase in the terminal when it has one."""
    from storyreader.bundle.sign import is_protected, load_secret_key

    if not is_protected(path):
        return load_secret_key(path)
    return load_secret_key(path, _ask_passphrase(f"Passphrase for {path.name}: "))


def _ask_passphrase(prompt: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Keys",
                "This secret key is protected by a passphrase: run the command in a terminal to "
                "type it.",
            )
        )
    return getpass.getpass(prompt)


def cmd_inspect(args: argparse.Namespace) -> int:
    from storyreader.bundle import inspect_bundle, open_bundle
    from storyreader.bundle.plan import refusal
    from storyreader.progress import TerminalProgress

    with (
        open_for(args) as archive,
        open_bundle(archive, args.file, progress=TerminalProgress()) as bundle,
    ):
        plan = inspect_bundle(archive, bundle, progress=TerminalProgress())
    refused = refusal(plan, allow_unsigned=False)
    if args.json:
        print_json({**plan.to_json(), "would_refuse": str(refused) if refused else None})
        return 0
    _print_plan(plan, refused)
    return 0


def _print_plan(plan: ImportPlan, refused: Sentence | None) -> None:
    made = iso(plan.created_at)
    if plan.since_sequence is not None:
        scope = f"changes since bundle {plan.since_sequence}"
    elif plan.since is not None:
        scope = f"changes since {iso(plan.since)}"
    else:
        scope = "full"
    if plan.source_filter:
        scope += f", source {plan.source_filter!r} only"
    print(f"Bundle      {plan.file} ({plan.bytes / 2**20:,.1f} MB)")
    print(f"Publisher   archive {plan.publisher}, bundle {plan.sequence} ({scope}), made {made}")
    print(
        f"Holds       {plan.documents:,} documents, {plan.withdrawn:,} withdrawals, "
        f"{plan.media:,} images"
    )
    if plan.trust == "trusted":
        print(f"Signed by   {plan.trusted_as} (key {plan.key_id}): trusted, signature valid")
    elif plan.trust == "unknown key":
        print(f"Signed by   key {plan.key_id}: NOT trusted by this archive (not checked)")
    else:
        print("Signed by   nobody: the bundle is NOT signed")
    previous = f"last imported: {plan.last_imported}" if plan.last_imported else "none imported"
    print(f"History     {plan.replay} ({previous} from this publisher)")
    print(
        f"Would       add {len(plan.new):,}, update {len(plan.updated):,}, "
        f"leave {len(plan.unchanged):,} unchanged, withdraw {len(plan.to_withdraw):,}"
    )
    if plan.not_theirs:
        print(
            f"Not theirs  {_documents(len(plan.not_theirs))} here did not come from this "
            "publisher: importing leaves them alone (--allow-takeover lets it change them)"
        )
        _print_titles(plan.not_theirs)
    if plan.new_sources:
        print(f"New sources {', '.join(plan.new_sources)}")
    for warning in plan.warnings:
        print(f"Note: {warning}")
    if refused:
        print(f"Import would be refused: {refused}")


def _documents(count: int) -> str:
    return "1 document" if count == 1 else f"{count:,} documents"


def _print_titles(others: Sequence[OtherDocument], file: TextIO | None = None) -> None:
    for other in others[:SHOWN_TITLES]:
        print(f"              {other.change:<9} {other.title}  ({other.source})", file=file)
    if len(others) > SHOWN_TITLES:
        rest = len(others) - SHOWN_TITLES
        print(f"              … and {rest:,} more (--json lists them all)", file=file)


def cmd_import(args: argparse.Namespace) -> int:
    from storyreader.archive.space import require_space_for_intake
    from storyreader.bundle import import_bundle, open_bundle
    from storyreader.progress import TerminalProgress

    if args.allow_unsigned:
        print(
            "WARNING: --allow-unsigned: if this bundle is unsigned or signed by a key this "
            "archive does not trust, nothing proves who made it or that it was not changed.",
            file=sys.stderr,
        )
    with open_for(args, create=True) as archive:
        archive.check_writable()
        require_space_for_intake(archive.path.parent, [Path(args.file)])
        with open_bundle(archive, args.file, progress=TerminalProgress()) as bundle:
            report = import_bundle(
                archive,
                bundle,
                allow_unsigned=args.allow_unsigned,
                allow_takeover=args.allow_takeover,
                progress=TerminalProgress(),
            )
        # Imported documents are searchable as soon as the command ends.
        update_index(archive, TerminalProgress())
    if args.json:
        print_json(
            {
                "publisher": report.publisher,
                "sequence": report.sequence,
                "key_id": report.key_id,
                "already_imported": report.already_imported,
                **report.counts(),
                "warnings": [str(warning) for warning in report.warnings],
                "left_alone": [vars(other) for other in report.left_alone],
                "taken_over": [vars(other) for other in report.taken_over],
            }
        )
        return 0
    for warning in report.warnings:
        print(f"Note: {warning}", file=sys.stderr)
    if report.already_imported:
        print(
            f"Bundle {report.sequence} from this publisher was already imported; nothing changed."
        )
        return 0
    counts = report.counts()
    print(
        f"Imported bundle {report.sequence}: {counts['created']:,} new, "
        f"{counts['updated']:,} updated, {counts['unchanged']:,} unchanged, "
        f"{counts['withdrawn']:,} withdrawn."
    )
    if report.left_alone:
        print(
            f"Left alone {_documents(len(report.left_alone))} this publisher did not bring "
            "(--allow-takeover lets it change them):"
        )
        _print_titles(report.left_alone)
    if report.taken_over:
        print(f"Changed {_documents(len(report.taken_over))} this publisher did not bring:")
        _print_titles(report.taken_over)
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from storyreader.bundle.sign import generate_key_files

    passphrase = ""
    if args.passphrase:
        passphrase = _ask_passphrase("Passphrase for the new key: ")
        if passphrase != _ask_passphrase("The same passphrase again: "):
            raise KnownError(
                QT_TRANSLATE_NOOP("Keys", "The two passphrases differ; no key was made.")
            )
    key, public_path = generate_key_files(args.keyfile, passphrase)
    print(f"Secret key  {args.keyfile} (keep it private; it signs bundles)")
    print(f"Public key  {public_path} (give it to the laptops that import your bundles)")
    print(f"Key id      {key.public.id_text}, fingerprint {key.public.fingerprint}")
    print(f"On each laptop: storyreader keys trust {public_path.name} --name 'Your name'")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from storyreader.bundle.sign import load_public_key
    from storyreader.bundle.trust import trust_key

    public = load_public_key(args.file)
    with open_for(args, create=True) as archive:
        info = trust_key(archive, public, args.name or args.file.stem)
    print(f"Trusting {info.name!r}: key {info.key_id}, fingerprint {info.fingerprint}.")
    return 0


def cmd_list_keys(args: argparse.Namespace) -> int:
    from storyreader.bundle.trust import trusted_keys

    with open_for(args) as archive:
        keys = trusted_keys(archive)
    return print_list(
        keys,
        as_json=args.json,
        json_of=lambda key: {
            "name": key.name,
            "key_id": key.key_id,
            "fingerprint": key.fingerprint,
            "added_at": iso(key.added_at),
        },
        text_of=lambda key: f"{key.key_id}  {key.fingerprint}  {key.name}",
        if_none="This archive trusts no keys yet; add one with `storyreader keys trust FILE`.",
    )


def cmd_remove_key(args: argparse.Namespace) -> int:
    from storyreader.bundle.trust import remove_key

    with open_for(args) as archive:
        info = remove_key(archive, args.key)
    print(f"No longer trusting {info.name!r} (key {info.key_id}).")
    return 0
