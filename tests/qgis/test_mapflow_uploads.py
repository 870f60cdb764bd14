"""Mapflow uploads and catalog results on the QGIS side: GDAL's checks before any
request, a cancelled upload task, the footprints GeoPackage and its layer."""

import io
from datetime import date

import pytest
from osgeo import gdal
from PIL import Image
from qgis.core import QgsProject, QgsRasterLayer
from shapely import wkt

from imagery_hub.core.compat import data_source_uri
from imagery_hub.core.mapflow.catalog_layers import image_of, is_catalog, open_catalog, search_catalog
from imagery_hub.core.mapflow.rasters import check_same_grid, layer_file, read_profile
from imagery_hub.core.mapflow.uploads import UploadTarget, UploadTask
from imagery_hub.core.tasks import FunctionTask
from imagery_hub.providers.errors import InvalidInputError, OperationCancelled
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.mapflow.search import CatalogQuery
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.mapflow.geotiffs import write_orthophoto

PATCH = (-123.1240, 49.2810, -123.1210, 49.2830)


@pytest.fixture
def mapflow(sandbox, mapflow_shape):
    sandbox.state["mapflow"].reset()
    yield MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest")
    sandbox.state["mapflow"].reset()


def test_gdal_reads_the_profile_and_refuses_what_is_not_georeferenced(tmp_path):
    profile = read_profile(write_orthophoto(tmp_path / "a.tif", PATCH, 2.0, bands=4))
    assert (profile.crs, profile.band_count, profile.pixel_size, profile.dtype) == ("EPSG:32610", 4, 2.0, "byte")
    plain = tmp_path / "plain.tif"
    gdal.GetDriverByName("GTiff").Create(str(plain), 10, 10, 3, gdal.GDT_Byte).FlushCache()
    with pytest.raises(InvalidInputError, match="plain.tif has no georeference"):
        read_profile(plain)
    (tmp_path / "notes.tif").write_text("not a raster")
    with pytest.raises(InvalidInputError, match="GDAL cannot read notes.tif"):
        read_profile(tmp_path / "notes.tif")
    mixed = {"a.tif": profile, "b.tif": read_profile(write_orthophoto(tmp_path / "b.tif", PATCH, 1.0, bands=4))}
    with pytest.raises(InvalidInputError, match="b.tif cannot join a.tif: its pixel size is 1, the mosaic's 2"):
        check_same_grid(mixed)


def test_only_layers_read_from_a_file_can_be_uploaded(tmp_path):
    tiles = QgsRasterLayer(data_source_uri({"type": "xyz", "url": "https://example.com/{z}/{x}/{y}.png"}), "XYZ",
                           "wms")
    with pytest.raises(InvalidInputError, match="Only raster layers read from a file"):
        layer_file(tiles)
    path = write_orthophoto(tmp_path / "a.tif", PATCH, 2.0)
    assert layer_file(QgsRasterLayer(str(path), "a")) == path


def test_a_cancelled_upload_task_leaves_nothing_in_the_mosaic(mapflow, sandbox, tmp_path):
    path = write_orthophoto(tmp_path / "fine.tif", PATCH, 0.25)
    mosaic = mapflow.data.create_mosaic("Patch")

    class CancelledAfterFirstChunk(UploadTask):
        def report(self, done, total):  # the user presses Cancel as the first bytes go out
            super().report(done, total)
            self.cancel()

    task = CancelledAfterFirstChunk(secret("mapflow"), sandbox.url + "/mapflow/rest", [path],
                                    UploadTarget("Patch", mosaic.id))
    assert task.run() is False and isinstance(task.error, OperationCancelled)
    assert mapflow.data.mosaic_images(mosaic.id) == [] and mapflow.data.storage().used_bytes == 0


def test_a_file_off_the_mosaics_grid_is_refused_before_any_byte_is_sent(mapflow, sandbox, tmp_path):
    # live: the mosaic's images give pixel_size and dtypes, no transform; the check runs all the same
    mosaic = mapflow.data.create_mosaic("Two metres")
    mapflow.data.upload_image(mosaic.id, write_orthophoto(tmp_path / "first.tif", PATCH, 2.0))
    sandbox.log.clear()
    finer = write_orthophoto(tmp_path / "finer.tif", PATCH, 1.0)
    task = UploadTask(secret("mapflow"), sandbox.url + "/mapflow/rest", [finer],
                      UploadTarget("Two metres", mosaic.id))
    assert task.run() is False and isinstance(task.error, InvalidInputError)
    assert "finer.tif cannot join the mosaic “Two metres” (EPSG:32610, 3 bands, pixel size 2)" in str(task.error)
    assert "its pixel size is 1, the mosaic's 2" in str(task.error)
    assert sandbox.log.find("/image$", method="POST") == []  # nothing was sent
    assert len(mapflow.data.mosaic_images(mosaic.id)) == 1


def test_an_upload_task_makes_a_new_mosaic_of_several_files(mapflow, sandbox, tmp_path):
    paths = [write_orthophoto(tmp_path / "west.tif", PATCH, 2.0),
             write_orthophoto(tmp_path / "east.tif", (-123.1210, 49.2810, -123.1180, 49.2830), 2.0)]
    task = UploadTask(secret("mapflow"), sandbox.url + "/mapflow/rest", paths, UploadTarget("Both", None, ["x"]))
    assert task.run() is True
    outcome = task.result
    assert (outcome.mosaic.name, outcome.mosaic.tags) == ("Both", ["x"])
    assert [i.filename for i in mapflow.data.mosaic_images(outcome.mosaic.id)] == ["west.tif", "east.tif"]
    assert outcome.storage.used_bytes == sum(p.stat().st_size for p in paths) and task.progress() == 100


def test_catalog_results_become_a_marked_layer_that_gives_its_images_back(mapflow, tmp_path):
    aoi = wkt.loads(AOI_WKT)
    query = CatalogQuery(aoi, date(2024, 1, 1), date(2024, 6, 30), max_cloud=50)
    task = FunctionTask("search", lambda t: search_catalog(mapflow, t, query, tmp_path))
    assert task.run() is True
    outcome = task.result
    expected = mapflow.catalog.search(query).images
    assert outcome.count == outcome.total == len(expected) > 0
    layer = open_catalog(outcome.path, "Mapflow catalog")
    try:
        assert is_catalog(layer) and layer.featureCount() == len(expected)
        first = next(f for f in layer.getFeatures() if f["image_id"] == expected[0].id)
        image = image_of(first)
        assert (image.provider, image.cloud_cover, image.preview_url) == \
            (expected[0].provider, expected[0].cloud_cover, expected[0].preview_url)
        assert first["aoi_cover"] == pytest.approx(expected[0].intersection_percent(aoi), abs=0.1)
        assert first.geometry().intersects(first.geometry().centroid())
        assert Image.open(io.BytesIO(mapflow.catalog.preview(image))).size[0] > 0
    finally:
        QgsProject.instance().removeAllMapLayers()
        QgsProject.instance().layerTreeRoot().removeAllChildren()
