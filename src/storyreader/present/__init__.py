"""Presenting stories at events, headless: set lists and set files, slides made from prose,
where a show is (`navigator`), and slides and handouts as PDFs.

It may use QtGui and QtCore (text layout, painting, PDF) with a QGuiApplication, never
QtWidgets; the windows of a show are in `storyreader.ui.present`.
"""
