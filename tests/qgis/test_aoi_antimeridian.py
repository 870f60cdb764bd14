"""Areas across the 180° meridian and round the poles: cut into the parts on
either side (never a band around the world), poles kept, areas measured right,
and each service searching only the parts (or saying it cannot)."""

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

from imagery_hub.core.aoi import WGS84, make_aoi, point_aoi
from imagery_hub.providers.errors import InvalidInputError
from imagery_hub.providers.mapillary import search as mapillary
from imagery_hub.providers.mapillary.client import MapillaryClient
from imagery_hub.providers.spexi import query as spexi
from imagery_hub.sandbox import DEMO_CREDENTIALS

HALF_SIDE = 10_000  # a 20 km square


def square_around_180(code, lat=10.0):
    """A 20 km square (in the CRS's own metres) centred on lon 180."""
    crs = QgsCoordinateReferenceSystem(code)
    centre = QgsCoordinateTransform(WGS84, crs, QgsProject.instance()).transform(QgsPointXY(180, lat))
    if code == "EPSG:3857":
        centre = QgsPointXY(20037508.342789244, centre.y())  # the east edge of the map, not its west twin
    rectangle = QgsRectangle(centre.x() - HALF_SIDE, centre.y() - HALF_SIDE, centre.x() + HALF_SIDE,
                             centre.y() + HALF_SIDE)
    return QgsGeometry.fromRect(rectangle), crs


def parts_bounds(aoi):
    return sorted(tuple(round(v, 3) for v in part.bounds) for part in aoi.to_shapely().geoms)


@pytest.mark.parametrize("code", ["EPSG:3857", "EPSG:3832"])
def test_a_square_across_180_is_cut_into_its_two_sides(qgis_app, code):
    geometry, crs = square_around_180(code)
    aoi = make_aoi(geometry, crs)
    (west, east) = parts_bounds(aoi)
    assert west[0] == -180.0 and west[2] < -179.85  # -180 … -179.9
    assert east[0] > 179.85 and east[2] == 180.0  # 179.9 … 180
    assert aoi.crosses_antimeridian
    # a 20 km Mercator square at 10° N is (20 km · cos 10°)² on the ground
    scale = math.cos(math.radians(10)) if code == "EPSG:3857" else 1.0
    assert aoi.area_km2 == pytest.approx((20 * scale) ** 2, rel=0.03)


def test_longitudes_past_180_are_cut_too(qgis_app):
    aoi = make_aoi(QgsGeometry.fromRect(QgsRectangle(179.9, 0, 180.1, 0.1)), WGS84)
    assert parts_bounds(aoi) == [(-180.0, 0.0, -179.9, 0.1), (179.9, 0.0, 180.0, 0.1)]
    assert aoi.area_km2 == pytest.approx(make_aoi(QgsGeometry.fromRect(QgsRectangle(10, 0, 10.2, 0.1)),
                                                  WGS84).area_km2, rel=1e-6)


@pytest.mark.parametrize("lat", [90.0, -90.0, 89.5])
def test_a_circle_around_a_pole_keeps_the_pole(qgis_app, lat):
    aoi = point_aoi(QgsPointXY(30, lat), WGS84, 100_000)
    box = aoi.geometry.boundingBox()
    assert (box.xMinimum(), box.xMaximum()) == (-180.0, 180.0)
    assert (box.yMaximum() == 90.0) if lat > 0 else (box.yMinimum() == -90.0)
    near_pole = math.copysign(89.99, lat)
    assert all(aoi.geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(lon, near_pole))) for lon in (-170, 0, 170))
    assert aoi.area_km2 == pytest.approx(math.pi * 100 ** 2, rel=0.01)
    assert not aoi.crosses_antimeridian  # one polygon, searched as one


@pytest.mark.parametrize("code, pole", [("EPSG:3413", 90.0), ("EPSG:3031", -90.0)])
def test_a_square_around_a_pole_from_a_polar_crs_keeps_it(qgis_app, code, pole):
    square = QgsGeometry.fromRect(QgsRectangle(-200_000, -200_000, 200_000, 200_000))
    aoi = make_aoi(square, QgsCoordinateReferenceSystem(code))
    box = aoi.geometry.boundingBox()
    assert pole in (box.yMinimum(), box.yMaximum())
    assert aoi.geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(45, math.copysign(89.9, pole))))
    # polar stereographic is true at ±70° (±71° for 3031): the pole's scale is about 0.97
    assert 150_000 < aoi.area_km2 < 175_000


def test_a_circle_on_180_is_cut_and_keeps_its_area(qgis_app):
    aoi = point_aoi(QgsPointXY(180, 0), WGS84, 10_000)
    assert aoi.crosses_antimeridian and len(parts_bounds(aoi)) == 2
    assert aoi.area_km2 == pytest.approx(math.pi * 10 ** 2, rel=0.01)


def test_spexi_and_mapillary_cells_stay_next_to_the_meridian(qgis_app):
    aoi = make_aoi(*square_around_180("EPSG:3857"))
    area = aoi.to_shapely()
    for cells in (list(spexi.iter_cells(area)), [mapillary.box(*b) for b in mapillary.search_cells(area)]):
        assert cells and all(c.bounds[2] - c.bounds[0] < 0.2 for c in cells)
        assert all(abs(c.centroid.x) > 179.8 for c in cells)
    assert spexi.count_cells(area) < 600 and mapillary.count_cells(area) < 400  # not a band round the world


def test_a_mapillary_search_across_180_asks_only_near_it(qgis_app, sandbox):
    aoi = make_aoi(*square_around_180("EPSG:3857"))
    client = MapillaryClient(DEMO_CREDENTIALS["mapillary"]["secret"], f"{sandbox.url}/mapillary",
                             f"{sandbox.url}/mapillary-tiles", backoff=0.01)
    client.search(aoi.to_shapely())
    sent = [[float(v) for v in r["query"]["bbox"][0].split(",")] for r in sandbox.log.find(path="/images$")]
    assert sent and all(east - west < 0.01 and abs(west) > 179.8 for west, _, east, _ in sent)


def test_a_service_that_takes_one_piece_says_so(qgis_app):
    aoi = make_aoi(*square_around_180("EPSG:3857"))
    with pytest.raises(InvalidInputError, match="crosses the 180° meridian, which EOSDA cannot take in one piece: "
                                                "draw it on one side of the meridian"):
        aoi.require_one_side("EOSDA")
