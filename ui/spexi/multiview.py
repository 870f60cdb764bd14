"""Multi-view: click a point on the map, see the place from above and from the
north, east, south and west, laid out like a compass."""

from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from .images import Thumbnail
from ..help import add_help

#: view → (label, grid row, grid column): north on top, as on the map
LAYOUT = {"nadir": ("Nadir", 1, 1), "north": ("N", 0, 1), "east": ("E", 1, 2), "south": ("S", 2, 1),
          "west": ("W", 1, 0)}
FACING = {"nadir": "straight down", "north": "camera facing north", "east": "camera facing east",
          "south": "camera facing south", "west": "camera facing west"}


class MultiViewTool(QgsMapTool):
    """Emits ``clicked(QgsPointXY)`` (canvas CRS) on a left click; Esc emits ``cancelled``."""

    clicked = pyqtSignal(object)
    cancelled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.toMapCoordinates(event.pos()))

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ViewCell(QFrame):
    """One view: its label, the zoomed image, and what can be done with it."""

    openRequested = pyqtSignal(object)  # noqa: N815 (Qt signal naming)
    addRequested = pyqtSignal(object)  # noqa: N815

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view
        self.record = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label, _, _ = LAYOUT[view]
        self.title = QLabel(f"<b>{label}</b> <small>({FACING[view]})</small>")
        self.thumbnail = Thumbnail(240, 180)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.open_button = QPushButton("Full size")
        self.add_button = QPushButton("Add to results")
        for button in (self.open_button, self.add_button):
            button.setEnabled(False)
            button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.record))
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self.record))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.thumbnail.show_text("Searching…")

    def set_record(self, record):
        self.record = record
        if record is None:
            self.thumbnail.show_text(f"No Spexi image {FACING[self.view]} here")
            self.caption.clear()
            return
        when = record.captured_at.strftime("%Y-%m-%d") if record.captured_at else "?"
        self.caption.setText(f"{record.capture_type}, {when}<br>pitch {record.pitch:.0f}°, "
                             f"heading {record.heading:.0f}°")
        self.thumbnail.show_text("Loading…")
        self.open_button.setEnabled(True)
        self.add_button.setEnabled(True)


class MultiViewDialog(QDialog):
    """The five views of one place. Signals carry the record of a cell."""

    openRequested = pyqtSignal(object)  # noqa: N815
    addRequested = pyqtSignal(object)  # noqa: N815

    def __init__(self, place, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Spexi multi-view at {place}")
        self.status = QLabel("Asking Spexi for the views of this place…")
        self.status.setWordWrap(True)
        grid = QGridLayout()
        self.cells = {}
        for view, (_, row, column) in LAYOUT.items():
            cell = ViewCell(view)
            cell.openRequested.connect(self.openRequested)
            cell.addRequested.connect(self.addRequested)
            grid.addWidget(cell, row, column)
            self.cells[view] = cell
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        add_help(buttons, "spexi")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)

    def set_views(self, views):
        """``views``: [(view, record)] as SpexiClient.multi_view returns them."""
        found = dict(views)
        for view, cell in self.cells.items():
            cell.set_record(found.get(view))
        self.status.setText(f"{len(found)} of 5 views found." if found else
                            "Spexi has no image of this place: try another point.")

    def set_error(self, text):
        self.status.setText(text)
        for cell in self.cells.values():
            cell.thumbnail.show_text("")
