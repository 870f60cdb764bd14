"""What the panel keeps in the QGIS project file, so that saving and reopening
a project brings the work back: the area of interest (EPSG:4326 WKT and how it
was made), under the project's ``imagery_hub`` entries. Result layers carry
their own marks (custom layer properties), which the tabs look for on reopen.
Never a credential: only geometry and labels are written here.
"""

from qgis.core import QgsGeometry, QgsPointXY

from .aoi import Aoi, measure_km2

SCOPE = "imagery_hub"


def write_aoi(project, aoi):
    """Keep ``aoi`` (or its absence) in ``project``."""
    if aoi is None:
        project.removeEntry(SCOPE, "/aoi")
        return
    project.writeEntry(SCOPE, "/aoi/wkt", aoi.geometry.asWkt(9))
    project.writeEntry(SCOPE, "/aoi/kind", aoi.kind)
    project.writeEntry(SCOPE, "/aoi/radius_m", str(aoi.radius_m))
    if aoi.point is not None:
        project.writeEntry(SCOPE, "/aoi/point", f"{aoi.point.x():.9f} {aoi.point.y():.9f}")


def read_aoi(project):
    """The area of interest kept in ``project``, or None."""
    wkt, found = project.readEntry(SCOPE, "/aoi/wkt", "")
    if not found or not wkt:
        return None
    geometry = QgsGeometry.fromWkt(wkt)
    if geometry.isNull() or geometry.isEmpty():
        return None
    kind = project.readEntry(SCOPE, "/aoi/kind", "polygon")[0] or "polygon"
    try:
        radius = float(project.readEntry(SCOPE, "/aoi/radius_m", "0")[0] or 0)
        x, y = (float(v) for v in project.readEntry(SCOPE, "/aoi/point", "")[0].split())
        point = QgsPointXY(x, y)
    except ValueError:
        radius, point = 0.0, None
    return Aoi(geometry, kind, measure_km2(geometry), point, radius if point is not None else 0.0)


def layers_in_tree_order(project, marked):
    """The project's layers for which ``marked(layer)`` holds, topmost (newest) first."""
    return [node.layer() for node in project.layerTreeRoot().findLayers()
            if node.layer() is not None and marked(node.layer())]
