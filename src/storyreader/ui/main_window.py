"""The main window: the document list beside the reading pane."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QSplitter, QTableView

from storyreader.archive.library import Library
from storyreader.ui.document_list import DocumentTableModel
from storyreader.ui.reader import ReaderView


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self.setWindowTitle(f"Story Reader — {library.archive.name}")
        self.model = DocumentTableModel(library.documents())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Documents")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reader = ReaderView(library.media)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reader)
        self.splitter.setSizes([480, 640])
        self.setCentralWidget(self.splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        count = self.model.rowCount()
        self.statusBar().showMessage(f"{count:,} documents in {library.archive.path}")
        self.resize(1200, 760)
        self._restore_state()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            document_id = self.model.data(indexes[0], DocumentTableModel.ID_ROLE)
            self.reader.show_document(self._library.document(document_id))

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
