"""QR codes made offline (with segno, pure Python): the modules of a code for an address."""

from __future__ import annotations

import segno

QUIET_ZONE = 4  # modules of light border a scanner needs around the code


def qr_modules(address: str) -> list[list[bool]]:
    """Rows of modules (True is dark) for `address`, without the quiet zone."""
    code = segno.make(address, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix]
