"""spexi_search, spexi_multi_view and download_images of their results, through
processing.run against the sandbox."""

from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

from imagery_hub.providers.spexi.client import VIEWS
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT, CENTER

EXTENT = "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]"
POINT_GEOMETRY = QgsVectorLayer("Point", "", "memory").geometryType()
POLYGON_GEOMETRY = QgsVectorLayer("Polygon", "", "memory").geometryType()


@pytest.fixture
def run(provider, context, monkeypatch):
    import processing

    monkeypatch.setenv("IMAGERY_HUB_SPEXI_KEY", secret("spexi"))
    return lambda algorithm, parameters: processing.run(f"imagery_hub:{algorithm}", parameters)


def opened(path):
    layer = QgsVectorLayer(str(path), "result", "ogr")
    assert layer.isValid(), path
    return layer


def test_search_writes_footprints_and_cameras_with_the_tab_fields(run, sandbox, tmp_path):
    result = run("spexi_search", {"EXTENT": EXTENT, "PITCH": "nadir", "DATE_FROM": "2020-01-01",
                                  "CAPTURE_TYPES": ["orthomosaic"], "MAX_IMAGES": 40,
                                  "FOOTPRINTS": str(tmp_path / "footprints.gpkg"),
                                  "CAMERAS": str(tmp_path / "cameras.gpkg")})
    footprints, cameras = opened(result["FOOTPRINTS"]), opened(result["CAMERAS"])
    assert footprints.featureCount() == cameras.featureCount() == result["COUNT"] == 40
    assert (footprints.geometryType(), cameras.geometryType()) == (POLYGON_GEOMETRY, POINT_GEOMETRY)
    assert {"id", "rank", "capture_type", "pitch", "original_url", "zoomed_url", "local_path"} <= \
        set(footprints.fields().names())
    features = list(footprints.getFeatures())
    assert {f["capture_type"] for f in features} == {"orthomosaic"}
    assert all(abs(f["pitch"] + 90) < 1 for f in features)  # the drones' nadir, within a degree
    assert sorted(f["rank"] for f in features) == list(range(1, 41))
    area = QgsGeometry.fromWkt(AOI_WKT)
    assert all(f.geometry().intersects(area) for f in features)
    query = sandbox.log.find("/spexi/developer-api/api/v1/image$")[0]["query"]
    assert query["pitch"] == ["-90"] and query["capture_type"] == ["orthomosaic"]
    assert query["captured_at"][0].startswith("2020-01-01T00:00:00.000Z,")


def test_a_large_area_is_searched_cell_by_cell(run, tmp_path):
    result = run("spexi_search", {"EXTENT": "-123.135,-123.108,49.275,49.290 [EPSG:4326]", "MAX_IMAGES": 300,
                                  "FOCUSED": False, "FOOTPRINTS": str(tmp_path / "f.gpkg"),
                                  "CAMERAS": str(tmp_path / "c.gpkg")})
    assert result["CELLS"] > 1 and result["COUNT"] == 300
    assert len({f["id"] for f in opened(result["FOOTPRINTS"]).getFeatures()}) == 300


def test_multi_view_gives_the_five_views_of_a_point(run, sandbox, tmp_path):
    result = run("spexi_multi_view", {"POINT": f"{CENTER[0]},{CENTER[1]} [EPSG:4326]",
                                      "OUTPUT": str(tmp_path / "views.gpkg")})
    layer = opened(result["OUTPUT"])
    views = {f["view"]: f for f in layer.getFeatures()}
    assert list(views) == list(VIEWS) and result["COUNT"] == 5
    assert views["nadir"]["pitch"] <= -75 and all(views[v]["pitch"] > -75 for v in VIEWS[1:])
    centre = QgsGeometry.fromWkt(f"POINT({CENTER[0]} {CENTER[1]})")
    assert all(f.geometry().contains(centre) for f in views.values())
    assert sandbox.log.find("/image/multi-view")[0]["query"]["p"] == [f"{CENTER[0]},{CENTER[1]}"]


def test_download_images_of_spexi_footprints(run, sandbox, tmp_path):
    search = run("spexi_search", {"EXTENT": EXTENT, "MAX_IMAGES": 5, "FOOTPRINTS": str(tmp_path / "f.gpkg"),
                                  "CAMERAS": str(tmp_path / "c.gpkg")})
    result = run("download_images", {"INPUT": search["CAMERAS"], "VARIANT": "zoomed", "CONCURRENCY": 2,
                                     "FOLDER": str(tmp_path / "images"), "OUTPUT": str(tmp_path / "paths.gpkg")})
    assert (result["DOWNLOADED"], result["FAILED"]) == (5, 0) and result["FOLDER"] == str(tmp_path / "images")
    layer = opened(result["OUTPUT"])
    assert layer.geometryType() == POINT_GEOMETRY and layer.featureCount() == 5
    for feature in layer.getFeatures():
        path = Path(feature["local_path"])
        assert path == tmp_path / "images" / f"{feature['id']}_zoomed.jpg"
        assert gdal.Open(str(path)).RasterXSize == 800
    zoomed = sandbox.log.find("/zoomed")
    assert len(zoomed) == 5 and all(r["headers"]["x-api-key"] == secret("spexi") for r in zoomed)


def test_original_images_via_s3_get_no_key_there(run, sandbox, monkeypatch, tmp_path):
    monkeypatch.setitem(sandbox.options, "spexi.original_redirect", "1")
    views = run("spexi_multi_view", {"POINT": f"{CENTER[0]},{CENTER[1]} [EPSG:4326]",
                                     "OUTPUT": str(tmp_path / "views.gpkg")})
    result = run("download_images", {"INPUT": views["OUTPUT"], "FOLDER": str(tmp_path / "originals"),
                                     "OUTPUT": str(tmp_path / "paths.gpkg")})
    assert result["DOWNLOADED"] == 5
    assert {gdal.Open(f["local_path"]).RasterXSize for f in opened(result["OUTPUT"]).getFeatures()} == {1200}
    s3 = sandbox.log.find(host="cdn")
    assert len(s3) == 5 and not any("x-api-key" in r["headers"] for r in s3)


@pytest.mark.parametrize("parameters, message", [
    ({"PITCH": "range"}, "PITCH_MIN: PITCH_MIN and PITCH_MAX go with PITCH range"),
    ({"PITCH": "range", "PITCH_MIN": -30, "PITCH_MAX": -80}, "PITCH_MIN: .*minimum -30 is above its maximum -80"),
    ({"HEADING_MIN": 90}, "HEADING_MIN: HEADING needs both HEADING_MIN and HEADING_MAX"),
    ({"DATE_TO": "2024-01-01"}, "DATE_FROM: Give DATE_FROM as well"),
])
def test_bad_filters_are_refused_before_any_request(run, sandbox, tmp_path, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("spexi_search", {"EXTENT": EXTENT, "FOOTPRINTS": str(tmp_path / "f.gpkg"),
                             "CAMERAS": str(tmp_path / "c.gpkg"), **parameters})
    assert len(sandbox.log) == 0


def test_search_leaves_out_unreadable_images_and_warns_how_many(provider, context, monkeypatch, sandbox, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):  # noqa: N802 (QGIS API)
            self.warnings.append(warning)
            super().pushWarning(warning)

    monkeypatch.setenv("IMAGERY_HUB_SPEXI_KEY", secret("spexi"))
    monkeypatch.setitem(sandbox.options, "spexi.broken_features", True)  # two bad features a page
    feedback = Warnings()
    result = processing.run("imagery_hub:spexi_search", {
        "EXTENT": EXTENT, "MAX_IMAGES": 30, "FOOTPRINTS": str(tmp_path / "f.gpkg"),
        "CAMERAS": str(tmp_path / "c.gpkg")}, feedback=feedback)
    pages = len(sandbox.log.find("/spexi/developer-api/api/v1/image$"))
    assert result["COUNT"] == 30
    assert feedback.warnings == [f"{2 * pages} features Spexi sent could not be read (geometry, capture date or "
                                 "camera position) and were left out"]
