"""Map tools that draw an area of interest on the canvas.

Each tool emits ``drawn(QgsGeometry)`` in the canvas CRS when the user finishes,
and ``cancelled()`` on Esc. Temporary rubber bands are removed when the tool is
deactivated, so switching tools never leaves a half-drawn shape behind.
"""

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.compat import POLYGON_GEOMETRY

DRAW_COLOR = QColor(230, 80, 20, 200)
DRAW_FILL = QColor(230, 80, 20, 50)


def make_rubber_band(canvas, color=DRAW_COLOR, fill=DRAW_FILL, width=2, geometry_type=POLYGON_GEOMETRY):
    band = QgsRubberBand(canvas, geometry_type)
    band.setStrokeColor(color)
    band.setFillColor(fill)
    band.setWidth(width)
    return band


def remove_rubber_band(canvas, band):
    if band is not None:
        band.reset()
        canvas.scene().removeItem(band)


class _DrawTool(QgsMapTool):
    drawn = pyqtSignal(object)
    cancelled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.band = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _band(self):
        if self.band is None:
            self.band = make_rubber_band(self.canvas())
        return self.band

    def clear(self):
        remove_rubber_band(self.canvas(), self.band)
        self.band = None

    def deactivate(self):
        self.clear()
        super().deactivate()

    def keyPressEvent(self, event):  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RectangleTool(_DrawTool):
    """Press, drag and release to draw a rectangle."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.start = None

    def canvasPressEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.start = self.toMapCoordinates(event.pos())

    def canvasMoveEvent(self, event):  # noqa: N802
        if self.start is not None:
            end = self.toMapCoordinates(event.pos())
            self._band().setToGeometry(QgsGeometry.fromRect(QgsRectangle(self.start, end)))

    def canvasReleaseEvent(self, event):  # noqa: N802
        if self.start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rect = QgsRectangle(self.start, self.toMapCoordinates(event.pos()))
        self.start = None
        self.clear()
        if rect.width() > 0 and rect.height() > 0:
            self.drawn.emit(QgsGeometry.fromRect(rect))


class PolygonTool(_DrawTool):
    """Click to add vertices; right-click, double-click or Enter to finish;
    Backspace removes the last vertex; Esc cancels."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points = []

    def clear(self):
        self.points = []
        super().clear()

    def _redraw(self, hover=None):
        points = self.points + ([hover] if hover is not None else [])
        if len(points) >= 2:
            self._band().setToGeometry(QgsGeometry.fromPolygonXY([points]))
        elif self.band is not None:
            self.band.reset(POLYGON_GEOMETRY)

    def canvasMoveEvent(self, event):  # noqa: N802
        if self.points:
            self._redraw(self.toMapCoordinates(event.pos()))

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
        elif event.button() == Qt.MouseButton.LeftButton:
            self.points.append(QgsPointXY(self.toMapCoordinates(event.pos())))
            self._redraw()

    def canvasDoubleClickEvent(self, event):  # noqa: N802
        self.finish()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
        elif event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._redraw()
            event.accept()
        else:
            super().keyPressEvent(event)

    def finish(self):
        points = _dedupe(self.points)
        self.clear()
        if len(points) >= 3:
            self.drawn.emit(QgsGeometry.fromPolygonXY([points]))


class PointTool(_DrawTool):
    """Click once to pick a point."""

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.drawn.emit(QgsGeometry.fromPointXY(QgsPointXY(self.toMapCoordinates(event.pos()))))


def _dedupe(points):
    """Drop consecutive duplicates (a double-click adds the last vertex twice)."""
    result = []
    for point in points:
        if not result or result[-1] != point:
            result.append(point)
    return result
