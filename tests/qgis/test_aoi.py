"""The AOI: conversion to EPSG:4326 from a projected CRS, checks, repair, area."""

import math
import re

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsRectangle

from imagery_hub.core.aoi import make_aoi, point_aoi, union_aoi
from imagery_hub.providers.errors import InvalidInputError

UTM10N = QgsCoordinateReferenceSystem("EPSG:32610")
WEB_MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


def test_projected_square_becomes_lonlat_with_true_area():
    # a 1 km square in UTM 10N near Vancouver (centre ≈ -123.1, 49.28)
    square = QgsGeometry.fromRect(QgsRectangle(492700, 5458500, 493700, 5459500))
    aoi = make_aoi(square, UTM10N, "rectangle")
    minx, miny, maxx, maxy = aoi.bbox()
    assert -123.11 < minx < maxx < -123.08
    assert 49.27 < miny < maxy < 49.29
    assert aoi.area_km2 == pytest.approx(1.0, rel=0.005)
    assert aoi.describe() == "Rectangle, 1.00 km²"
    assert aoi.wkt().startswith("Polygon ((-123.")


def test_web_mercator_area_is_measured_on_the_ellipsoid():
    # 1000 × 1000 "metres" in EPSG:3857 at 49.28° N are only ~0.43 km² on the ground
    square = QgsGeometry.fromRect(QgsRectangle(-13705000, 6320000, -13704000, 6321000))
    aoi = make_aoi(square, WEB_MERCATOR)
    assert aoi.area_km2 == pytest.approx(math.cos(math.radians(49.28)) ** 2, rel=0.01)


def test_self_crossing_polygon_is_repaired():
    bowtie = QgsGeometry.fromWkt("POLYGON((492700 5458500, 493700 5459500, 493700 5458500, "
                                 "492700 5459500, 492700 5458500))")
    assert not bowtie.isGeosValid()
    aoi = make_aoi(bowtie, UTM10N)
    assert aoi.geometry.isGeosValid()
    assert aoi.area_km2 == pytest.approx(0.5, rel=0.01)


@pytest.mark.parametrize("geometry, message", [
    (QgsGeometry(), "empty"),
    (QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)"), "must be a polygon"),
    (QgsGeometry.fromWkt("POLYGON((170 0, 600 0, 600 10, 170 10, 170 0))"), "outside longitude"),
])
def test_bad_aoi_is_refused_with_a_message(geometry, message):
    with pytest.raises(InvalidInputError, match=message):
        make_aoi(geometry, QgsCoordinateReferenceSystem("EPSG:4326"))


def test_point_with_radius_is_a_geodesic_circle():
    point = QgsPointXY(493200, 5459000)
    aoi = point_aoi(point, UTM10N, 100)
    assert aoi.kind == "point" and aoi.radius_m == 100
    assert aoi.area_km2 == pytest.approx(math.pi * 0.1 ** 2, rel=0.01)
    assert aoi.point.x() == pytest.approx(-123.1, abs=0.01)
    assert re.fullmatch(r"Point with 100 m radius, 31,[34]\d\d m²", aoi.describe())


def test_area_limit_message_says_what_to_change():
    aoi = make_aoi(QgsGeometry.fromRect(QgsRectangle(492700, 5458500, 494700, 5460500)), UTM10N)
    with pytest.raises(InvalidInputError, match=r"4\.00 km², more than the 1\.00 km² Spexi accepts: draw a smaller"):
        aoi.check_area(1.0, "Spexi")


def test_union_of_selected_polygons():
    parts = [QgsGeometry.fromRect(QgsRectangle(492700, 5458500, 493200, 5459500)),
             QgsGeometry.fromRect(QgsRectangle(493200, 5458500, 493700, 5459500))]
    assert union_aoi(parts, UTM10N).area_km2 == pytest.approx(1.0, rel=0.005)
    with pytest.raises(InvalidInputError, match="No features are selected"):
        union_aoi([], UTM10N)
