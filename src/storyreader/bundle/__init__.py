"""Offline bundles: one `.storybundle` file that carries an archive (or what changed in it) to
laptops that never see a network, signed by its publisher and imported safely.

    format.py          the file's layout, its limits, BundleError, how its JSON says it is wrong
    manifest.py        manifest.json: who made it, counts, sources, every member's SHA-256
    document_lines.py  documents.jsonl: a document or a withdrawal a line, its fingerprint
    safe_zip.py        reading the zip: its directory checked before a byte is extracted
    sign.py            keys and minisign-compatible signatures, the archive's trusted keys
    export.py          writing a bundle
    verify.py          opening one: copy it off the stick, verify the copy (`open_bundle`)
    ownership.py       whose documents a bundle may change, and what a line does to one
    plan.py            what importing would change, and whether it may (`inspect_bundle`)
    importer.py        importing it, batch by batch (`import_bundle`)

    export_bundle(archive, Path("events.storybundle"), key=load_secret_key(path))
    with open_bundle(archive, Path("/media/usb/events.storybundle")) as bundle:
        plan = inspect_bundle(archive, bundle)
        report = import_bundle(archive, bundle)
"""

from storyreader.bundle.export import ExportReport, export_bundle
from storyreader.bundle.format import BUNDLE_SUFFIX, BundleError, Limits
from storyreader.bundle.importer import ImportReport, import_bundle
from storyreader.bundle.plan import ImportPlan, inspect_bundle, refusal
from storyreader.bundle.verify import OpenedBundle, open_bundle

__all__ = [
    "BUNDLE_SUFFIX",
    "BundleError",
    "ExportReport",
    "ImportPlan",
    "ImportReport",
    "Limits",
    "OpenedBundle",
    "export_bundle",
    "import_bundle",
    "inspect_bundle",
    "open_bundle",
    "refusal",
]
