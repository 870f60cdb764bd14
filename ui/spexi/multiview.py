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

from ...core.i18n import number, translate
from .images import Thumbnail
from ..help import add_help

#: view → (grid row, grid column): north on top, as on the map
LAYOUT = {"nadir": (1, 1), "north": (0, 1), "east": (1, 2), "south": (2, 1), "west": (1, 0)}


def view_words(view):
    """(label, how the camera looks, the sentence when there is no such image)."""
    if view == "north":
        return (translate("ImageryHub.Spexi", "N"), translate("ImageryHub.Spexi", "camera facing north"),
                translate("ImageryHub.Spexi", "No Spexi image facing north here"))
    if view == "east":
        return (translate("ImageryHub.Spexi", "E"), translate("ImageryHub.Spexi", "camera facing east"),
                translate("ImageryHub.Spexi", "No Spexi image facing east here"))
    if view == "south":
        return (translate("ImageryHub.Spexi", "S"), translate("ImageryHub.Spexi", "camera facing south"),
                translate("ImageryHub.Spexi", "No Spexi image facing south here"))
    if view == "west":
        return (translate("ImageryHub.Spexi", "W"), translate("ImageryHub.Spexi", "camera facing west"),
                translate("ImageryHub.Spexi", "No Spexi image facing west here"))
    return (translate("ImageryHub.Spexi", "Nadir"), translate("ImageryHub.Spexi", "straight down"),
            translate("ImageryHub.Spexi", "No Spexi image looking straight down here"))


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
        label, facing, _ = view_words(view)
        self.title = QLabel(f"<b>{label}</b> <small>({facing})</small>")
        self.thumbnail = Thumbnail(240, 180)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.open_button = QPushButton(translate("ImageryHub.Spexi", "Full size"))
        self.add_button = QPushButton(translate("ImageryHub.Spexi", "Add to results"))
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
        self.thumbnail.show_text(translate("ImageryHub.Spexi", "Searching…"))

    def set_record(self, record):
        self.record = record
        if record is None:
            self.thumbnail.show_text(view_words(self.view)[2])
            self.caption.clear()
            return
        when = record.captured_at.strftime("%Y-%m-%d") if record.captured_at else "?"
        self.caption.setText(translate(
            "ImageryHub.Spexi", "{kind}, {date}<br>pitch {pitch}°, heading {heading}°").format(
            kind=record.capture_type, date=when, pitch=number(record.pitch, 0), heading=number(record.heading, 0)))
        self.thumbnail.show_text(translate("ImageryHub.Spexi", "Loading…"))
        self.open_button.setEnabled(True)
        self.add_button.setEnabled(True)


class MultiViewDialog(QDialog):
    """The five views of one place. Signals carry the record of a cell."""

    openRequested = pyqtSignal(object)  # noqa: N815
    addRequested = pyqtSignal(object)  # noqa: N815

    def __init__(self, place, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImageryHub.Spexi", "Spexi multi-view at {place}").format(place=place))
        self.status = QLabel(translate("ImageryHub.Spexi", "Asking Spexi for the views of this place…"))
        self.status.setWordWrap(True)
        grid = QGridLayout()
        self.cells = {}
        for view, (row, column) in LAYOUT.items():
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
        self.status.setText(translate(
            "ImageryHub.Spexi", "{found} of 5 views found.").format(found=number(len(found))) if found
                            else translate("ImageryHub.Spexi", "Spexi has no image of this place: try another point."))

    def set_error(self, text):
        self.status.setText(text)
        for cell in self.cells.values():
            cell.thumbnail.show_text("")
