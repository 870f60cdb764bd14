"""Areas that cross the 180° meridian or go round a pole, made right in EPSG:4326.

A transform to longitude/latitude wraps every vertex into -180…180, so a 20 km
square around 180° comes out as a band 359.8° wide, and a ring round a pole
loses the pole. Here the rings are densified in the source CRS (so that a jump
of more than 180° between neighbours can only be a crossing), unwrapped into
continuous longitudes, closed over the pole when they go round it, and cut
into the parts on either side of 180°.
"""

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

from .compat import POLYGON_GEOMETRY

#: vertices per side of the source bounding box when densifying
DENSIFY_STEPS = 64
WORLD_COPIES = (-360.0, 0.0, 360.0)
SNAP_DEGREES = 1e-9  # about 0.1 mm


def needs_unwrapping(geometry_4326):
    """True when the result of a transform looks wrapped: wider than half the
    world, or past ±180°."""
    if geometry_4326.isEmpty() or geometry_4326.type() != POLYGON_GEOMETRY:
        return False
    box = geometry_4326.boundingBox()
    if box.xMinimum() < -540 or box.xMaximum() > 540 or box.yMinimum() < -90 or box.yMaximum() > 90:
        return False  # not longitudes at all: make_aoi says to check the CRS
    return box.width() > 180 or box.xMinimum() < -180 or box.xMaximum() > 180


def densified(geometry):
    """``geometry`` with no edge longer than 1/64 of its bounding box's larger side."""
    box = geometry.boundingBox()
    step = max(box.width(), box.height()) / DENSIFY_STEPS
    return geometry.densifyByDistance(step) if step > 0 else QgsGeometry(geometry)


def unwrap_ring(points):
    """(continuous points, turns): longitudes without jumps of more than 180°;
    ``turns`` is the net offset in degrees (±360 when the ring goes round a pole)."""
    if not points:
        return [], 0.0
    out, offset = [(points[0].x(), points[0].y())], 0.0
    for previous, point in zip(points, points[1:]):
        step = point.x() - previous.x()
        if step > 180:
            offset -= 360
        elif step < -180:
            offset += 360
        out.append((point.x() + offset, point.y()))
    return out, offset


def _close_over_pole(ring, turns):
    """A ring that goes round a pole becomes a polygon reaching the pole: the
    path is joined to its copy one turn along by the pole's latitude."""
    pole = 90.0 if sum(y for _, y in ring) >= 0 else -90.0
    return ring + [(ring[-1][0], pole), (ring[0][0], pole), ring[0]]


def _polygon(rings):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring] for ring in rings])


def _part_rings(part):
    """(outer, holes) unwrapped, holes moved next to the outer ring."""
    outer, turns = unwrap_ring(part[0])
    if turns:
        outer = _close_over_pole(outer, turns)
    low, high = min(x for x, _ in outer), max(x for x, _ in outer)
    holes = []
    for hole_points in part[1:]:
        hole, _ = unwrap_ring(hole_points)
        shift = 360.0 if max(x for x, _ in hole) < low else -360.0 if min(x for x, _ in hole) > high else 0.0
        holes.append([(x + shift, y) for x, y in hole])
    return [outer] + holes


def split_at_antimeridian(geometry_4326):
    """The same area with continuous rings cut at ±180° and each piece moved
    back into -180…180 (a MultiPolygon when it crosses)."""
    parts = geometry_4326.asMultiPolygon() if geometry_4326.isMultipart() else [geometry_4326.asPolygon()]
    pieces = []
    for part in parts:
        if not part or not part[0]:
            continue
        polygon = _polygon(_part_rings(part))
        if not polygon.isGeosValid():
            polygon = polygon.makeValid()
        for shift in WORLD_COPIES:
            world = QgsGeometry.fromRect(QgsRectangle(-180 + shift, -90, 180 + shift, 90))
            piece = polygon.intersection(world)
            if piece.isEmpty():
                continue
            piece.translate(-shift, 0)
            # snapped, so that the seams of a ring round a pole meet exactly and merge
            pieces.append(piece.snappedToGrid(SNAP_DEGREES, SNAP_DEGREES))
    if not pieces:
        return QgsGeometry()
    return QgsGeometry.unaryUnion(pieces)


def crosses_antimeridian(geometry_4326):
    """True when parts of the area touch both -180° and 180°."""
    box = geometry_4326.boundingBox()
    return box.xMinimum() <= -180 + 1e-9 and box.xMaximum() >= 180 - 1e-9 and geometry_4326.isMultipart()
