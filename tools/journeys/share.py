"""The host shares with the room (../shared/JOURNEYS.md, "The host", issue 18): a set of two
stories made from the library list, Present > Share with the room… before and after Start,
the dialog closed while sharing goes on (the status bar says so), the show's console with the
phone-as-clicker's address and PIN, the phones' QR slide (Q), and the handout's first page
with the code, turned into a picture to look at.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from tools.journeys.host import row_reading
from tools.journeys.walk import Wait, Walk

STORIES = ("The Paper Boats", "창가의 등불")


def share(walk: Walk) -> Iterator[Wait]:
    from storyreader.ui.present.share_dialog import ShareDialog

    window = walk.window
    library = window.library
    yield walk.idle()
    main = QApplication.activeWindow()
    if main is not None:
        main.showMaximized()
    yield walk.idle()

    walk.command("sets")
    yield walk.until(lambda: window.presenting.panel is not None)
    panel = window.presenting.panel
    assert panel is not None
    walk.click(panel.new_button)
    yield walk.until(lambda: panel.current is not None)
    panel.details.name.selectAll()
    walk.type("Winter evening" if "en" in walk.tag else "겨울 저녁 모임", panel.details.name)
    panel.details.name.editingFinished.emit()
    yield walk.idle()
    for title in STORIES:
        library.table.selectRow(row_reading(library.table, title))
        walk.command("add_to_set")
        yield walk.idle()
    yield walk.until(lambda: panel.current is not None and len(panel.current.items) == 2)

    walk.command("share_with_room")
    yield walk.shown(ShareDialog)
    dialog = walk.dialog(ShareDialog)
    assert isinstance(dialog, ShareDialog)
    yield 0.6
    walk.shot("share-dialog")
    walk.click(dialog.start_button)
    yield walk.until(lambda: window.presenting.sharing.active)
    yield 0.8
    walk.shot("share-dialog-sharing")
    dialog.close()
    yield 0.4
    walk.shot("sharing-in-the-status-bar")

    walk.click(panel.present_button)
    yield walk.until(lambda: window.presenting.show is not None)
    show = window.presenting.show
    assert show is not None
    yield 1.2
    walk.shot("console-with-the-clicker-pin")
    walk.key("Q", show.console)
    yield 0.5
    walk.shot("console-while-the-room-sees-the-qr-code")
    walk.key("A", show.console)  # one screen: the audience window over the console
    yield 1.0
    walk.shot("qr-slide")
    walk.key("A", show.console)
    walk.key("Escape", show.console)
    walk.key("Escape", show.console)
    yield walk.until(lambda: window.presenting.show is None)

    pdf = walk.out / f"handout-{walk.tag}.pdf"
    panel.write_pdf(pdf, handout=True)
    stem = walk.out / f"handout-first-page-{walk.tag}"
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        print(f"{stem}.png", flush=True)
    window.presenting.sharing.stop()
    yield walk.idle()
