"""On the map for the Mapillary viewer: the tool that picks an image point, and
the marker that shows where the viewed image was taken and where it looks."""

import math

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.gui import QgsMapCanvasItem, QgsMapTool
from qgis.PyQt.QtCore import QPointF, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from ...core.aoi import WGS84

PICK_TOLERANCE_PX = 10
MARKER_RADIUS = 34  # pixels
FIELD_OF_VIEW = 70.0  # degrees drawn for a perspective camera
MARKER_COLOR = QColor(5, 203, 99)
EARTH_RADIUS = 6_371_000.0


class ImagePickTool(QgsMapTool):
    """Click an image point: ``picked(map point, tolerance in map units)``; Esc: ``cancelled``."""

    picked = pyqtSignal(object, float)
    cancelled = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            tolerance = PICK_TOLERANCE_PX * self.canvas().mapUnitsPerPixel()
            self.picked.emit(QgsPointXY(self.toMapCoordinates(event.pos())), tolerance)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def offset_lonlat(lon, lat, bearing, metres):
    """The point ``metres`` away from (lon, lat) towards ``bearing`` (spherical earth)."""
    d = metres / EARTH_RADIUS
    lat1, lon1, theta = math.radians(lat), math.radians(lon), math.radians(bearing)
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(theta))
    lon2 = lon1 + math.atan2(math.sin(theta) * math.sin(d) * math.cos(lat1),
                             math.cos(d) - math.sin(lat1) * math.sin(lat2))
    return math.degrees(lon2), math.degrees(lat2)


class ViewDirectionMarker(QgsMapCanvasItem):
    """A dot where the image was taken and a cone towards its compass angle (a
    ring for a panorama, which looks everywhere). The cone's angle on screen is
    worked out through the canvas CRS, so it stays right in any projection or
    map rotation."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.lonlat = None
        self.bearing = None
        self.is_pano = False
        self.screen_angle = None  # degrees clockwise from screen up
        self.setZValue(1000)
        self.hide()

    def set_image(self, lon, lat, bearing, is_pano):
        self.lonlat = (lon, lat)
        self.bearing = bearing
        self.is_pano = bool(is_pano)
        self.updatePosition()
        self.show()
        self.update()

    def clear(self):
        self.lonlat = None
        self.hide()

    def ensure_visible(self):
        """Pan the map when the image is outside it (stepping along a sequence)."""
        if self.lonlat is None:
            return
        transform = QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        where = transform.transform(QgsPointXY(*self.lonlat))
        if not self.canvas.extent().contains(where):
            self.canvas.setCenter(where)
            self.canvas.refresh()

    def _to_canvas(self, lon, lat):
        transform = QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        return self.toCanvasCoordinates(transform.transform(QgsPointXY(lon, lat)))

    def updatePosition(self):  # noqa: N802 (QGIS override)
        if self.lonlat is None:
            return
        lon, lat = self.lonlat
        here = self._to_canvas(lon, lat)
        self.setPos(here)
        self.screen_angle = None
        if self.bearing is not None:
            there = self._to_canvas(*offset_lonlat(lon, lat, self.bearing, 10.0))
            dx, dy = there.x() - here.x(), there.y() - here.y()
            if abs(dx) + abs(dy) > 1e-9:
                self.screen_angle = math.degrees(math.atan2(dx, -dy))

    def boundingRect(self):  # noqa: N802
        r = MARKER_RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter, option=None, widget=None):
        if self.lonlat is None:
            return
        fill = QColor(MARKER_COLOR)
        fill.setAlpha(90)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(MARKER_COLOR, 2))
        painter.setBrush(QBrush(fill))
        if self.is_pano or self.screen_angle is None:
            painter.drawEllipse(QPointF(0, 0), MARKER_RADIUS * 0.7, MARKER_RADIUS * 0.7)
        if self.screen_angle is not None:
            cone = QPainterPath(QPointF(0, 0))
            # Qt angles: degrees counter-clockwise from 3 o'clock
            start = 90.0 - self.screen_angle - FIELD_OF_VIEW / 2
            cone.arcTo(QRectF(-MARKER_RADIUS, -MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS), start,
                       FIELD_OF_VIEW)
            cone.closeSubpath()
            painter.drawPath(cone)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.setBrush(QBrush(MARKER_COLOR))
        painter.drawEllipse(QPointF(0, 0), 6, 6)
