"""Presenting stories at events: set lists, slides made from prose, handouts, and (in
`views/`) the audience window, presenter console and set-list editor.

Everything here but `views/` is headless: it may use QtGui (text layout, painting, PDF) with
a QGuiApplication, never QtWidgets.
"""
