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
