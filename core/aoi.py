"""The area of interest: converted to EPSG:4326, checked, measured.

Providers speak EPSG:4326, so every AOI is transformed from the CRS it was drawn
or picked in, repaired when GEOS can repair it, refused with a message saying
what to change otherwise, and measured on the WGS 84 ellipsoid.
"""

from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..providers.errors import InvalidInputError
from .i18n import number, translate
from .antimeridian import crosses_antimeridian, densified, needs_unwrapping, split_at_antimeridian
from .compat import POLYGON_GEOMETRY, SQUARE_KILOMETERS

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: how an area was made, as its description names it
KINDS = {"rectangle": QT_TRANSLATE_NOOP("ImageryHub.Aoi", "Rectangle"),
         "polygon": QT_TRANSLATE_NOOP("ImageryHub.Aoi", "Polygon"),
         "selection": QT_TRANSLATE_NOOP("ImageryHub.Aoi", "Selected features"),
         "extent": QT_TRANSLATE_NOOP("ImageryHub.Aoi", "Map extent"),
         "area": QT_TRANSLATE_NOOP("ImageryHub.Aoi", "Area")}
CIRCLE_SEGMENTS = 16  # per quarter circle


@dataclass
class Aoi:
    """A polygonal area in EPSG:4326; a point AOI also keeps its centre and radius."""

    geometry: QgsGeometry
    kind: str
    area_km2: float
    point: Optional[QgsPointXY] = None
    radius_m: float = 0.0

    def bbox(self):
        """(min lon, min lat, max lon, max lat)."""
        box = self.geometry.boundingBox()
        return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()

    @property
    def crosses_antimeridian(self):
        return crosses_antimeridian(self.geometry)

    def require_one_side(self, service_name):
        """Refuse an area cut at 180° where a service takes one piece only."""
        if self.crosses_antimeridian:
            raise InvalidInputError(translate(
                "ImageryHub.Aoi", "The area of interest crosses the 180° meridian, which {service} cannot take in "
                "one piece: draw it on one side of the meridian").format(service=service_name),
                parameter="aoi", service=service_name)

    def wkt(self, precision=7):
        return self.geometry.asWkt(precision)

    def to_shapely(self):
        from shapely import wkt

        return wkt.loads(self.geometry.asWkt(9))

    def describe(self):
        if self.kind == "point" and not self.radius_m:
            return translate("ImageryHub.Aoi", "Point {x}, {y}").format(x=number(self.point.x(), 5),
                                                                      y=number(self.point.y(), 5))
        if self.kind == "point":
            return translate("ImageryHub.Aoi", "Point with {radius} m radius, {area}").format(
                radius=number(round(self.radius_m)), area=format_area(self.area_km2))
        label = translate("ImageryHub.Aoi", KINDS.get(self.kind, KINDS["area"]))
        return translate("ImageryHub.Aoi", "{kind}, {area}").format(kind=label, area=format_area(self.area_km2))

    def check_area(self, max_km2, service_name):
        """Refuse an AOI larger than a service allows, saying by how much."""
        if self.area_km2 > max_km2:
            raise InvalidInputError(translate(
                "ImageryHub.Aoi", "The area of interest is {area}, more than the {limit} {service} accepts: "
                "draw a smaller area").format(area=format_area(self.area_km2), limit=format_area(max_km2),
                                              service=service_name),
                parameter="aoi", service=service_name)


def format_area(km2):
    """An area in the locale's digits: m² below 0.1 km²."""
    if km2 < 0.1:
        return f"{number(km2 * 1e6, 0)} m²"
    return f"{number(km2, 2 if km2 < 100 else 0)} km²"


def measure_km2(geometry_4326):
    area = QgsDistanceArea()
    area.setSourceCrs(WGS84, QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    return area.convertAreaMeasurement(area.measureArea(geometry_4326), SQUARE_KILOMETERS)


def to_wgs84(geometry, crs):
    """``geometry`` in EPSG:4326; a polygon that crosses 180° comes back cut
    into its parts on either side, one that goes round a pole keeps the pole."""
    source = QgsGeometry(geometry)
    geometry = QgsGeometry(geometry)
    transform = None
    if crs.isValid() and crs != WGS84:
        transform = QgsCoordinateTransform(crs, WGS84, QgsProject.instance().transformContext())
        geometry.transform(transform)
    if not needs_unwrapping(geometry):
        return geometry
    if transform is not None:  # again with short edges, so that a jump over 180° is a crossing
        geometry = densified(source)
        geometry.transform(transform)
    return split_at_antimeridian(geometry)


def _polygonal(geometry):
    """Only the polygon parts (makeValid may return a collection with lines)."""
    if geometry.isMultipart() or geometry.type() != POLYGON_GEOMETRY:
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        polygons = [p for p in parts if p.type() == POLYGON_GEOMETRY and not p.isEmpty()]
        if not polygons:
            return QgsGeometry()
        return QgsGeometry.unaryUnion(polygons) if len(polygons) > 1 else polygons[0]
    return geometry


def make_aoi(geometry, crs, kind="polygon"):
    """An :class:`Aoi` from a polygon geometry in ``crs``; refused when empty,
    beyond repair, outside lon/lat bounds or without area."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise InvalidInputError(translate("ImageryHub.Aoi", "The area of interest is empty: draw it again or "
                                          "select features"), parameter="aoi")
    if geometry.type() != POLYGON_GEOMETRY:
        raise InvalidInputError(translate("ImageryHub.Aoi", "The area of interest must be a polygon: pick "
                                          "polygon features or draw a rectangle or polygon"), parameter="aoi")
    geometry = to_wgs84(geometry, crs)
    if not geometry.isGeosValid():
        geometry = _polygonal(geometry.makeValid())
        if geometry.isEmpty() or not geometry.isGeosValid():
            raise InvalidInputError(translate("ImageryHub.Aoi", "The area of interest crosses itself and cannot "
                                              "be repaired: draw it again without crossing edges"), parameter="aoi")
    box = geometry.boundingBox()
    if box.xMinimum() < -180 or box.xMaximum() > 180 or box.yMinimum() < -90 or box.yMaximum() > 90:
        raise InvalidInputError(translate("ImageryHub.Aoi", "The area of interest lies outside longitude "
                                          "-180…180 / latitude -90…90: check the layer's CRS"), parameter="aoi")
    area = measure_km2(geometry)
    if area <= 0:
        raise InvalidInputError(translate("ImageryHub.Aoi", "The area of interest has no area: draw a larger one"),
                                parameter="aoi")
    return Aoi(geometry, kind, area)


def point_aoi(point, crs, radius_m=0.0):
    """An AOI around a clicked point: a geodesic circle of ``radius_m`` metres
    (built in an azimuthal equidistant projection centred on the point)."""
    if radius_m < 0:
        raise InvalidInputError(translate("ImageryHub.Aoi", "The radius cannot be negative"), parameter="radius")
    centre = to_wgs84(QgsGeometry.fromPointXY(QgsPointXY(point)), crs).asPoint()
    if not (-180 <= centre.x() <= 180 and -90 <= centre.y() <= 90):
        raise InvalidInputError(translate("ImageryHub.Aoi", "The point lies outside longitude/latitude bounds: "
                                          "check the CRS"), parameter="aoi")
    if not radius_m:
        return Aoi(QgsGeometry.fromPointXY(centre), "point", 0.0, centre, 0.0)
    local = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=aeqd +lat_0={centre.y()} +lon_0={centre.x()} +datum=WGS84 +units=m +no_defs")
    circle = QgsGeometry.fromPointXY(QgsPointXY(0, 0)).buffer(radius_m, CIRCLE_SEGMENTS)
    circle = to_wgs84(circle, local)
    return Aoi(circle, "point", measure_km2(circle), centre, float(radius_m))


def union_aoi(geometries, crs, kind="selection"):
    """One AOI from several polygons (selected features): their union."""
    geometries = [g if g.isGeosValid() else g.makeValid()
                  for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    if not geometries:
        raise InvalidInputError(translate("ImageryHub.Aoi", "No features are selected in the active layer: "
                                          "select polygons first"), parameter="aoi")
    return make_aoi(QgsGeometry.unaryUnion(geometries), crs, kind)
