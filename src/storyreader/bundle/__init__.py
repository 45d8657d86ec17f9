"""Offline bundles: one `.storybundle` file that carries an archive (or what changed in it) to
laptops that never see a network, signed by its publisher and imported safely.

format.py holds the file's layout, its limits and the careful reading of a zip; sign.py the
keys and minisign-compatible signatures; export.py writes a bundle; import_.py copies one off
the stick, verifies it, says what it would change (`inspect`) and imports it.

    export_bundle(archive, Path("events.storybundle"), key=load_secret_key(path))
    with open_bundle(archive, Path("/media/usb/events.storybundle")) as bundle:
        plan = inspect_bundle(archive, bundle)
        report = import_bundle(archive, bundle)
"""

from storyreader.bundle.export import ExportReport, export_bundle
from storyreader.bundle.format import BUNDLE_SUFFIX, BundleError, Limits
from storyreader.bundle.import_ import (
    ImportPlan,
    ImportReport,
    OpenedBundle,
    import_bundle,
    inspect_bundle,
    open_bundle,
)

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
]
