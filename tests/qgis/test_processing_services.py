"""Every service algorithm run through processing.run against the sandbox, with
its outputs opened and checked as a user of the result would."""

import json
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.imago.data import SITE_POINTS
from imagery_hub.sandbox.imago.samples import photo

EXTENT = "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]"
SCENE = "S2/10/U/DV/2024/8/20/0"
EXPLORATION = {"WORKSPACE": "Vancouver Exploration", "DATASET": "Downtown Drilling 2024"}


@pytest.fixture
def run(provider, context, monkeypatch):
    """``run(algorithm, parameters)`` with every service's key in the environment."""
    import processing

    for service, values in DEMO_CREDENTIALS.items():
        monkeypatch.setenv(f"IMAGERY_HUB_{service.upper()}_KEY", values["secret"])
    monkeypatch.setenv("IMAGERY_HUB_IMAGO_USER", DEMO_CREDENTIALS["imago"]["username"])
    return lambda algorithm, parameters: processing.run(f"imagery_hub:{algorithm}", parameters)


def aoi_layer(*wkts, crs="EPSG:4326"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "aoi", "memory")
    features = []
    for text in wkts or (AOI_WKT,):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(text))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def sent_json(sandbox, path, method="POST"):
    return json.loads(sandbox.log.find(path, method=method)[0]["body"])


def opened(path, name="result"):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    return layer


# -- Mapillary -------------------------------------------------------------------------------

def test_mapillary_search_writes_camera_points_with_the_tab_fields(run, sandbox, tmp_path):
    result = run("mapillary_search", {"EXTENT": EXTENT, "START_DATE": "2020-01-01",
                                      "OUTPUT": str(tmp_path / "images.gpkg")})
    layer = opened(result["OUTPUT"])
    assert layer.featureCount() == result["COUNT"] > 20 and result["CAPPED_CELLS"] == 0
    assert {"id", "captured_at", "compass_angle", "is_pano", "sequence", "local_path"} <= set(layer.fields().names())
    area = QgsGeometry.fromWkt(AOI_WKT)
    assert all(area.contains(f.geometry()) for f in layer.getFeatures())
    assert len({f["id"] for f in layer.getFeatures()}) == layer.featureCount()
    assert sandbox.log.find("/mapillary/images")[0]["query"]["start_captured_at"] == ["2020-01-01T00:00:00Z"]


def test_mapillary_panoramas_only_keeps_panoramas(run, tmp_path):
    every = run("mapillary_search", {"EXTENT": EXTENT, "OUTPUT": str(tmp_path / "all.gpkg")})
    panoramas = run("mapillary_search", {"EXTENT": EXTENT, "PANORAMAS_ONLY": True,
                                         "OUTPUT": str(tmp_path / "pano.gpkg")})
    layer = opened(panoramas["OUTPUT"])
    assert 0 < layer.featureCount() < every["COUNT"]
    assert all(f["is_pano"] for f in layer.getFeatures())


def test_download_images_of_mapillary_points_fills_local_path(run, sandbox, tmp_path):
    corner = "-123.1220,-123.1212,49.2825,49.2830 [EPSG:4326]"
    search = run("mapillary_search", {"EXTENT": corner, "OUTPUT": str(tmp_path / "few.gpkg")})
    assert 0 < search["COUNT"] < 30
    result = run("download_images", {"INPUT": search["OUTPUT"], "VARIANT": "256", "FOLDER": str(tmp_path / "jpg"),
                                     "OUTPUT": str(tmp_path / "with_paths.gpkg")})
    assert (result["DOWNLOADED"], result["FAILED"]) == (search["COUNT"], 0)
    layer = opened(result["OUTPUT"])
    paths = [f["local_path"] for f in layer.getFeatures()]
    assert len(paths) == search["COUNT"] and all(Path(p).parent == tmp_path / "jpg" for p in paths)
    assert {gdal.Open(p).RasterXSize for p in paths} == {256}
    assert all(Path(p).name == f"mapillary_{f['id']}_256.jpg" for p, f in zip(paths, layer.getFeatures()))
    cdn = sandbox.log.find(host="cdn")
    assert len(cdn) == search["COUNT"] and not any("Authorization" in r["headers"] for r in cdn)


# -- Mapflow ---------------------------------------------------------------------------------

@pytest.fixture
def mapflow(sandbox, mapflow_shape):
    state = sandbox.state["mapflow"]
    sandbox.options["mapflow.processing_seconds"] = 0.5
    state.reset()
    yield sandbox
    sandbox.options.pop("mapflow.processing_seconds", None)
    state.reset()


def tiles(sandbox):
    return sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png"


def test_mapflow_process_waits_and_writes_the_results(run, mapflow, tmp_path):
    left, right = ("POLYGON((-123.1264 49.2802, -123.1216 49.2802, -123.1216 49.2852, -123.1264 49.2852, "
                    "-123.1264 49.2802))",
                   "POLYGON((-123.1210 49.2802, -123.1168 49.2802, -123.1168 49.2852, -123.1210 49.2852, "
                   "-123.1210 49.2802))")
    result = run("mapflow_process", {"AOI": aoi_layer(left, right), "MODEL": "buildings", "BLOCKS": "Classification",
                                     "SOURCE_TYPE": "xyz", "SOURCE": tiles(mapflow), "POLL_SECONDS": 0.1,
                                     "OUTPUT": str(tmp_path / "buildings.gpkg")})
    assert result["STATUS"] == "OK"
    layer = opened(result["OUTPUT"])
    assert layer.featureCount() == result["COUNT"] > 10
    assert layer.geometryType() == QgsVectorLayer("Polygon", "", "memory").geometryType()
    sent = sent_json(mapflow, "/mapflow/rest/processings$")
    assert sent["wdName"] == "🏠 Buildings" and sent["geometry"]["type"] == "MultiPolygon"
    assert {b["name"]: b["enabled"] for b in sent["blocks"]} == {"Classification": True, "Simplification": False,
                                                                 "OSM": False}
    assert sent["name"].startswith("Buildings ") and sent["meta"] == {"source-app": "imagery-hub"}
    assert mapflow.log.find("/mapflow/rest/processing/cost/v2")  # the cost was asked for before starting


def test_mapflow_process_without_waiting_returns_the_id_at_once(run, mapflow):
    result = run("mapflow_process", {"AOI": aoi_layer(), "SOURCE": tiles(mapflow), "WAIT": False,
                                     "NAME": "Downtown later"})
    assert result["STATUS"] in ("UNPROCESSED", "IN_PROGRESS") and "OUTPUT" not in result
    assert sent_json(mapflow, "/mapflow/rest/processings$")["name"] == "Downtown later"
    assert result["PROCESSING_ID"] in mapflow.state["mapflow"].processings
    assert not mapflow.log.find("/result")


def test_mapflow_process_from_an_imagery_provider_of_the_account(run, mapflow, mapflow_shape):
    name = {"documented": "Mapbox", "live": "mapbox"}[mapflow_shape]  # as the account's status lists it
    result = run("mapflow_process", {"AOI": aoi_layer(), "SOURCE_TYPE": "provider", "SOURCE": name, "ZOOM": 17,
                                     "WAIT": False})
    assert result["PROCESSING_ID"] in mapflow.state["mapflow"].processings
    sent = sent_json(mapflow, "/mapflow/rest/processings/v2$")
    assert sent["params"] == {"sourceParams": {"dataProvider": {"providerName": name, "zoom": "17"}}}


def test_mapflow_process_refuses_what_the_account_refuses_before_starting(run, mapflow):
    with pytest.raises(QgsProcessingException, match="MODEL: .*no model 'Rivers'.*buildings, roads"):
        run("mapflow_process", {"AOI": aoi_layer(), "MODEL": "Rivers", "SOURCE": tiles(mapflow),
                                "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="BLOCKS: .*no optional block Shadows"):
        run("mapflow_process", {"AOI": aoi_layer(), "BLOCKS": "OSM, Shadows", "SOURCE": tiles(mapflow),
                                "OUTPUT": "TEMPORARY_OUTPUT"})
    assert not mapflow.log.find("/processings$", method="POST")


def test_mapflow_catalog_search_writes_footprints(run, sandbox, tmp_path):
    result = run("mapflow_catalog_search", {"AOI": aoi_layer(), "DATE_FROM": "2024-01-01", "DATE_TO": "2024-12-31",
                                            "MAX_CLOUD": 30, "OUTPUT": str(tmp_path / "catalog.gpkg")})
    layer = opened(result["OUTPUT"])
    assert layer.featureCount() == result["COUNT"] > 0 and result["TOTAL"] >= result["COUNT"]
    features = list(layer.getFeatures())
    assert all(f["cloud"] <= 30 for f in features)
    assert all(f["acquired"].date().year() == 2024 for f in features)
    assert all(0 < f["aoi_cover"] <= 100 and f["image_id"] and f["provider"] for f in features)
    body = sent_json(sandbox, "/mapflow/rest/catalog/meta")  # the vendor client's URL, under /rest
    assert body["maxCloudCover"] == 30 and body["acquisitionDateFrom"] == "2024-01-01T00:00:00Z"


def test_download_images_of_catalog_footprints_gets_their_previews(run, sandbox, tmp_path):
    search = run("mapflow_catalog_search", {"EXTENT": EXTENT, "DATE_FROM": "2024-05-01", "DATE_TO": "2024-06-30",
                                            "MAX_CLOUD": 100, "OUTPUT": str(tmp_path / "catalog.gpkg")})
    result = run("download_images", {"INPUT": search["OUTPUT"], "FOLDER": str(tmp_path / "previews"),
                                     "OUTPUT": str(tmp_path / "with_paths.gpkg")})
    assert result["DOWNLOADED"] == search["COUNT"] > 0
    for feature in opened(result["OUTPUT"]).getFeatures():
        picture = gdal.Open(feature["local_path"])
        assert picture is not None and picture.RasterXSize > 32, feature["local_path"]
        assert feature["local_path"].endswith(("_preview.png", "_preview.jpg"))
    assert not any("Authorization" in r["headers"] for r in sandbox.log.find(host="cdn"))


def test_download_images_explains_what_it_cannot_download(run, sandbox, tmp_path):
    scenes = run("eosda_search", {"EXTENT": EXTENT, "DATE_FROM": "2024-07-01", "DATE_TO": "2024-07-31",
                                  "OUTPUT": str(tmp_path / "scenes.gpkg")})
    with pytest.raises(QgsProcessingException, match="INPUT: EOSDA scenes are rendered rather than downloaded"):
        run("download_images", {"INPUT": scenes["OUTPUT"], "FOLDER": str(tmp_path / "x")})
    with pytest.raises(QgsProcessingException, match="VARIANT: Mapillary images come as original, 2048, 1024, 256"):
        points = run("mapillary_search", {"EXTENT": EXTENT, "OUTPUT": str(tmp_path / "m.gpkg")})
        run("download_images", {"INPUT": points["OUTPUT"], "VARIANT": "zoomed", "FOLDER": str(tmp_path / "x")})
    with pytest.raises(QgsProcessingException, match="INPUT: INPUT is not a layer of an Imagery Hub search"):
        run("download_images", {"INPUT": aoi_layer(), "FOLDER": str(tmp_path / "x")})


# -- EOSDA -----------------------------------------------------------------------------------

def test_eosda_search_writes_scene_footprints(run, sandbox, tmp_path):
    result = run("eosda_search", {"EXTENT": EXTENT, "DATASET": "sentinel2", "DATE_FROM": "2024-06-01",
                                  "DATE_TO": "2024-08-31", "MAX_CLOUD": 40, "OUTPUT": str(tmp_path / "scenes.gpkg")})
    layer = opened(result["OUTPUT"])
    assert layer.featureCount() == result["COUNT"] > 3
    features = list(layer.getFeatures())
    assert all(f["view_id"].startswith("S2/") and f["dataset"] == "sentinel2" and f["cloud"] <= 40
               for f in features)
    assert all("2024-06-01" <= f["date"].toString("yyyy-MM-dd") <= "2024-08-31" for f in features)
    assert all(f["aoi_cover"] > 0 for f in features)


@pytest.mark.parametrize("image_format, output", [("tiff", "ndvi.tif"), ("png", "ndvi.png")])
def test_eosda_render_writes_a_georeferenced_raster(run, sandbox, monkeypatch, tmp_path, image_format, output):
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 1)
    result = run("eosda_render", {"SCENE": SCENE, "AOI": aoi_layer(), "PRESET": "ndvi", "PX_SIZE": 20,
                                  "FORMAT": image_format, "POLL_SECONDS": 0.05, "OUTPUT": str(tmp_path / output)})
    layer = QgsRasterLayer(result["OUTPUT"], "ndvi", "gdal")
    assert layer.isValid() and layer.crs().authid() == "EPSG:3857"
    assert (layer.width(), layer.height()) == (result["WIDTH"], result["HEIGHT"]) and result["WIDTH"] > 20
    dataset = gdal.Open(result["OUTPUT"])
    assert dataset.GetDriver().ShortName == ("GTiff" if image_format == "tiff" else "PNG")
    area = QgsGeometry.fromWkt(AOI_WKT)
    area.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                          QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()))
    box = area.boundingBox()
    assert layer.extent().contains(box.buffered(-25)) and box.contains(layer.extent().buffered(-25))
    sent = sent_json(sandbox, "/eosda/api/gdw/api$")["params"]
    assert sent["bm_type"] == "NDVI" and sent["px_size"] == 20 and sent["format"] == image_format


# -- Seequent Imago --------------------------------------------------------------------------

@pytest.fixture
def imago(sandbox):
    sandbox.state.pop("imago", None)  # uploads of other tests forgotten
    yield sandbox
    sandbox.state.pop("imago", None)


def boreholes(rows):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=hole:string&field=from_m:double&field=to_m:double",
                           "boreholes", "memory")
    features = []
    for hole, start, end in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POINT(-123.12 49.283)"))
        feature.setAttributes([hole, start, end])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_imago_download_for_features_fills_the_path_field(run, imago, tmp_path):
    layer = boreholes([("BH-02", 0.0, 3.2), ("BH-03", 3.2, 6.4), ("BH-03", 3.2, 6.4), ("BH-99", 0.0, 3.2)])
    result = run("imago_download", {"INPUT": layer, **EXPLORATION, "IMAGERY_TYPE": "Core trays",
                                    "IMAGE_TYPE": "Wet", "COLLECTION_FIELD": "hole", "START_FIELD": "from_m",
                                    "END_FIELD": "to_m", "WIDTH": 400, "FOLDER": str(tmp_path / "trays"),
                                    "OUTPUT": str(tmp_path / "holes.gpkg")})
    assert (result["DOWNLOADED"], result["FAILED"]) == (2, 1)  # BH-03 asked twice, fetched once
    out = opened(result["OUTPUT"])
    assert out.featureCount() == 4 and set(out.fields().names()) >= {"hole", "from_m", "to_m", "imago_path"}
    holes = {f["hole"]: f["imago_path"] for f in out.getFeatures()}
    assert not holes["BH-99"] and len({p for p in holes.values() if p}) == 2
    for hole in ("BH-02", "BH-03"):
        image = gdal.Open(holes[hole])
        assert Path(holes[hole]).parent == tmp_path / "trays" and image.RasterXSize == 400


def test_imago_download_of_a_whole_collection(run, imago, tmp_path):
    result = run("imago_download", {"COLLECTION": "BH-04", **EXPLORATION, "IMAGERY_TYPE": "Core trays",
                                    "IMAGE_TYPE": "Dry", "FOLDER": str(tmp_path / "BH-04")})
    files = sorted((tmp_path / "BH-04").iterdir())
    assert result["DOWNLOADED"] == len(files) == 4 and result["FAILED"] == 0
    assert files[0].name == "BH-04_BH-04 0.00-3.20_Dry.jpg"
    assert all(gdal.Open(str(f)).RasterXSize == 1600 for f in files)


def test_imago_download_of_one_imagery_by_depth(run, imago, tmp_path):
    result = run("imago_download", {"COLLECTION": "BH-01", **EXPLORATION, "IMAGERY_TYPE": "Core trays",
                                    "IMAGE_TYPE": "Dry", "START_DEPTH": 3.2, "END_DEPTH": 6.4,
                                    "FOLDER": str(tmp_path / "one")})
    assert result["DOWNLOADED"] == 1
    assert [f.name for f in (tmp_path / "one").iterdir()] == ["BH-01_3.2-6.4_Dry.jpg"]


def test_imago_upload_by_location_in_the_imagery_types_crs(run, imago, tmp_path):
    files = []
    for index in range(2):
        files.append(tmp_path / f"site_{index}.jpg")
        files[-1].write_bytes(photo(96, 64, seed=index))
    x, y, _ = SITE_POINTS["S-03"]
    point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
    point.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()))
    location = f"{point.asPoint().x()},{point.asPoint().y()} [EPSG:3857]"
    parameters = {"FILES": [str(f) for f in files], **EXPLORATION, "COLLECTION": "Site photos",
                  "IMAGERY_TYPE": "Field photos", "IMAGE_TYPE": "Photo", "IMAGERY_NAME": "S-03 revisit",
                  "LOCATION": location, "ELEVATION": 14.5, "OUTPUT": str(tmp_path / "report.gpkg")}
    result = run("imago_upload", parameters)
    assert (result["UPLOADED"], result["SKIPPED"], result["REFUSED"], result["FAILED"]) == (2, 0, 0, 0)
    sent = [r["query"] for r in imago.log.find("/image$", method="POST")]
    assert {q["name"][0] for q in sent} == {"S-03 revisit"}
    assert abs(float(sent[0]["x"][0]) - x) < 1e-6 and abs(float(sent[0]["y"][0]) - y) < 1e-6
    assert sent[0]["z"] == ["14.5"]
    report = opened(result["OUTPUT"])
    assert sorted(f["state"] for f in report.getFeatures()) == ["uploaded", "uploaded"]
    again = run("imago_upload", dict(parameters, OUTPUT=None))  # nothing sent twice
    assert (again["UPLOADED"], again["SKIPPED"]) == (0, 2)
    assert len(imago.log.find("/image$", method="POST")) == 2
