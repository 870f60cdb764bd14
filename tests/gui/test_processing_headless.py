"""``qgis_process`` (no display) running Imagery Hub algorithms from a throw-away
profile, credentials and URLs in environment variables, against the sandbox."""

import subprocess

import pytest
from osgeo import gdal
from qgis.core import QgsVectorLayer

from imagery_hub.scripts.demo.headless import environment, qgis_process_command, run_algorithm
from imagery_hub.scripts.qgis_app import make_profile
from imagery_hub.sandbox.accounts import secret

CORNER = "-123.1220,-123.1208,49.2822,49.2831 [EPSG:4326]"


@pytest.fixture
def env(sandbox, tmp_path):
    return environment(make_profile(tmp_path / "profiles"), sandbox.url)


def test_search_then_download_from_the_command_line(env, sandbox, tmp_path):
    search = run_algorithm("spexi_search", {"EXTENT": CORNER, "MAX_IMAGES": 6, "FOOTPRINTS": tmp_path / "f.gpkg",
                                            "CAMERAS": tmp_path / "c.gpkg"}, env)
    assert "Spexi at " in search["log"]["info"][0] and "credentials from the environment" in search["log"]["info"][0]
    assert search["results"]["COUNT"] == 6 and search["results"]["FOOTPRINTS"] == str(tmp_path / "f.gpkg")
    assert QgsVectorLayer(str(tmp_path / "c.gpkg"), "cameras", "ogr").featureCount() == 6
    download = run_algorithm("download_images", {"INPUT": tmp_path / "f.gpkg", "FOLDER": tmp_path / "jpg",
                                                 "OUTPUT": tmp_path / "paths.gpkg"}, env)
    assert download["results"]["DOWNLOADED"] == 6
    files = sorted((tmp_path / "jpg").glob("*.jpg"))
    assert len(files) == 6 and all(gdal.Open(str(f)).RasterXSize == 1200 for f in files)
    layer = QgsVectorLayer(str(tmp_path / "paths.gpkg"), "paths", "ogr")
    assert sorted(f["local_path"] for f in layer.getFeatures()) == [str(f) for f in files]
    api = sandbox.log.find("/spexi/")
    assert api and all(r["headers"]["x-api-key"] == secret("spexi") for r in api)


def test_a_bad_parameter_fails_with_its_message(env, sandbox, tmp_path):
    command = qgis_process_command() + ["run", "imagery_hub:eosda_render", "--SCENE=X1/abc",
                                        f"--EXTENT={CORNER}", f"--OUTPUT={tmp_path / 'x.tif'}"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0
    assert "SCENE: 'X1/abc' is not an EOSDA view id" in done.stdout + done.stderr
    assert len(sandbox.log) == 0


def test_imagery_inventory_from_the_command_line(env, sandbox, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorFileWriter

    from imagery_hub.sandbox.demo_site import AOI_WKT

    areas = QgsVectorLayer("Polygon?crs=EPSG:4326", "areas", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(AOI_WKT))
    areas.dataProvider().addFeatures([feature, QgsFeature(feature)])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(areas, str(tmp_path / "areas.gpkg"),
                                              QgsProject.instance().transformContext(), options)
    answer = run_algorithm("imagery_inventory", {"AREAS": tmp_path / "areas.gpkg", "SERVICES": "spexi",
                                                 "OUTPUT": tmp_path / "inventory.gpkg",
                                                 "SUMMARY": tmp_path / "summary.csv"}, env)
    summary = QgsVectorLayer(str(tmp_path / "summary.csv"), "summary", "ogr")
    rows = [(f["spexi_count"], f["spexi_state"]) for f in summary.getFeatures()]
    assert len(rows) == 2 and rows[0] == rows[1] and int(rows[0][0]) > 0 and rows[0][1] == "done"
    layer = QgsVectorLayer(str(tmp_path / "inventory.gpkg"), "inventory", "ogr")
    assert layer.featureCount() == answer["results"]["COUNT"] == 2 * int(rows[0][0])
    assert {f["service"] for f in layer.getFeatures()} == {"spexi"}


def test_qgis_process_lists_every_algorithm(env):
    """``qgis_process`` calls initProcessing alone: the provider is registered
    there (a desktop start's initGui registers it too)."""
    from imagery_hub.processing_provider.provider import ALGORITHMS

    listed = subprocess.run(qgis_process_command() + ["list"], env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert listed.returncode == 0, listed.stderr[-2000:]
    ours = {line.split()[0] for line in listed.stdout.splitlines() if line.strip().startswith("imagery_hub:")}
    assert ours == {f"imagery_hub:{algorithm.ID}" for algorithm in ALGORITHMS}
