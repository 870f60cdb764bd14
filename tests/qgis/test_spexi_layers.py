"""Spexi result layers, search/download/warp tasks, in QGIS against the sandbox."""

from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRenderContext,
    QgsSimpleLineSymbolLayer,
    QgsVectorLayer,
)
from shapely import wkt

from imagery_hub.core.aoi import WGS84, make_aoi, point_aoi
from imagery_hub.core.compat import POINT_GEOMETRY, POLYGON_GEOMETRY, field_kind
from imagery_hub.core.spexi.layers import (
    CAMERAS,
    FOOTPRINTS,
    LAYER_PROPERTY,
    download_targets,
    is_spexi_layer,
    open_results,
    result_rows,
    set_local_paths,
    write_results,
)
from imagery_hub.core.spexi.tasks import AppendTask, SpexiSearchTask, client_factory, download_task
from imagery_hub.core.spexi.warp import WarpTask, image_corners
from imagery_hub.providers.errors import InvalidInputError
from imagery_hub.providers.spexi.client import SpexiClient
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT, CENTER

EXPECTED_FIELDS = {
    "id": "string", "rank": "int", "key": "string", "capture_type": "string", "captured_at": "datetime",
    "heading": "double", "pitch": "double", "roll": "double", "altitude": "double", "distance": "double",
    "tag": "string", "original_url": "string", "zoomed_url": "string", "local_path": "string",
}


@pytest.fixture
def make_client(sandbox):
    return client_factory(secret("spexi"), sandbox.service_url("spexi"))


@pytest.fixture
def records(sandbox):
    client = SpexiClient(secret("spexi"), sandbox.service_url("spexi"))
    return list(client.search(point=CENTER, focused=False, limit=1000))


@pytest.fixture
def project():
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()




def test_layers_have_typed_fields_crs_and_every_record(records, tmp_path, project):
    path = write_results(tmp_path / "spexi.gpkg", result_rows(records))
    footprints, cameras = open_results(path, "Spexi test", project)
    for layer, geometry_type in ((footprints, POLYGON_GEOMETRY), (cameras, POINT_GEOMETRY)):
        assert layer.isValid() and layer.crs() == WGS84 and layer.geometryType() == geometry_type
        assert layer.featureCount() == len(records)
        kinds = {f.name(): field_kind(f) for f in layer.fields() if f.name() != "fid"}
        assert kinds == EXPECTED_FIELDS
    first = next(footprints.getFeatures())
    record = records[0]
    assert first["id"] == record.id and first["rank"] == 1 and first["distance"] == record.properties["distance"]
    assert first["captured_at"].toUTC().toString("yyyy-MM-ddTHH:mm:ss") == record.captured_at.strftime(
        "%Y-%m-%dT%H:%M:%S")
    assert QgsGeometry(first.geometry()).equals(QgsGeometry.fromWkt(record.footprint.wkt))
    assert first["original_url"] == record.link("original").href
    camera = next(cameras.getFeatures())
    assert camera.geometry().asPoint().x() == pytest.approx(record.camera.x)
    group = project.layerTreeRoot().findGroup("Spexi test")
    assert [node.layer() for node in group.findLayers()] == [cameras, footprints]
    assert footprints.customProperty(LAYER_PROPERTY) == FOOTPRINTS and cameras.customProperty(LAYER_PROPERTY) == CAMERAS
    # the camera symbol turns with the heading
    categories = cameras.renderer().categories()  # keep the copies alive while reading them
    symbol = categories[0].symbol()
    properties = symbol.symbolLayer(0).dataDefinedProperties()
    assert [properties.property(k).expressionString() for k in properties.propertyKeys()] == [
        'coalesce("heading", 0)']


def test_the_project_reopens_with_its_layers(records, tmp_path, project):
    path = write_results(tmp_path / "spexi.gpkg", result_rows(records))
    footprints, _ = open_results(path, "Spexi saved", project)
    project_file = tmp_path / "project.qgz"
    assert project.write(str(project_file))
    project.clear()
    assert project.read(str(project_file))
    layers = [layer for layer in project.mapLayers().values() if is_spexi_layer(layer)]
    assert sorted(layer.customProperty(LAYER_PROPERTY) for layer in layers) == [CAMERAS, FOOTPRINTS]
    assert all(layer.isValid() and layer.featureCount() == len(records) for layer in layers)
    assert project.layerTreeRoot().findGroup("Spexi saved") is not None


def test_search_task_writes_a_geopackage_per_search(sandbox, run_task, make_client, tmp_path):
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84)
    statuses = []
    task = SpexiSearchTask(make_client, aoi, {"pitch": -90, "capture_type": ["orthomosaic"]}, 150, tmp_path)
    task.statusChanged.connect(statuses.append)
    result = run_task(task)
    assert result.count == 150 and Path(result.path).parent == tmp_path and len(result.rows) == 150
    layer = QgsVectorLayer(f"{result.path}|layername=footprints", "f", "ogr")
    assert layer.featureCount() == 150
    assert {f["capture_type"] for f in layer.getFeatures()} == {"orthomosaic"}
    assert any("page" in s and "images received" in s for s in statuses)
    assert "limit" in sandbox.log.find(path="image$")[0]["query"]


def test_point_aoi_searches_by_point_and_radius(sandbox, run_task, make_client, tmp_path):
    from qgis.core import QgsPointXY

    aoi = point_aoi(QgsPointXY(*CENTER), WGS84, 50)
    result = run_task(SpexiSearchTask(make_client, aoi, {}, 100, tmp_path))
    assert result.count > 0
    assert sandbox.log.find(path="image$")[0]["query"]["p"] == ["-123.1216,49.2827,50"]


def test_an_empty_search_writes_nothing(run_task, make_client, tmp_path):
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84)
    result = run_task(SpexiSearchTask(make_client, aoi, {"captured_at": ("2020-01-01", "2020-01-02")},
                                      100, tmp_path))
    assert result.count == 0 and result.path is None and list(tmp_path.iterdir()) == []


def test_download_task_writes_files_and_local_paths(run_task, make_client, records, tmp_path, project):
    path = write_results(tmp_path / "spexi.gpkg", result_rows(records[:6]))
    footprints, cameras = open_results(path, "Spexi", project)
    footprints.selectByIds([f.id() for f in footprints.getFeatures()][:3])
    targets = download_targets(footprints, "zoomed")
    assert len(targets) == 3
    folder = tmp_path / "downloads"
    result = run_task(download_task(make_client, targets, folder, 2))
    assert sorted(result.paths) == sorted(targets) and not result.errors
    for image_id, path in result.paths.items():
        assert Path(path) == folder / f"{image_id}_zoomed.jpg" and Path(path).read_bytes()[:2] == b"\xff\xd8"
    set_local_paths(tmp_path / "spexi.gpkg", result.paths, project)
    assert {f["id"]: f["local_path"] for f in footprints.getFeatures() if f["local_path"]} == result.paths
    reopened = QgsVectorLayer(f"{tmp_path / 'spexi.gpkg'}|layername=cameras", "c", "ogr")
    paths = {f["id"]: f["local_path"] for f in reopened.getFeatures() if f["local_path"]}
    assert paths == result.paths


def test_append_task_adds_only_new_images(run_task, records, tmp_path):
    path = write_results(tmp_path / "spexi.gpkg", result_rows(records[:3]))
    _, added, rows = run_task(AppendTask(records[1:5], str(path)))
    assert added == 2 and [values[-1] for _, values in rows] == [r.id for r in records[:5]]
    layer = QgsVectorLayer(f"{path}|layername=footprints", "f", "ogr")
    assert [f["id"] for f in layer.getFeatures()] == [r.id for r in records[:5]]
    assert [f["rank"] for f in layer.getFeatures()] == [1, 2, 3, 4, 5]


def test_a_nadir_image_is_warped_into_its_footprint(run_task, make_client, records, tmp_path, project):
    nadir = next(r for r in records if r.pitch <= -89)
    task = WarpTask(make_client, nadir.id, nadir.link("original").href, nadir.footprint, nadir.heading, nadir.pitch,
                    tmp_path)
    tif, jpeg = run_task(task)
    assert Path(jpeg).name == f"{nadir.id}.jpg"
    raster = QgsRasterLayer(tif, "placed")
    assert raster.isValid() and raster.crs() == WGS84 and raster.bandCount() == 4  # RGB + alpha
    extent = raster.extent()
    minx, miny, maxx, maxy = nadir.footprint.bounds
    assert (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()) == pytest.approx(
        (minx, miny, maxx, maxy), abs=2e-5)
    # the image's top-left pixel lands on the footprint corner the heading says is top-left
    top_left = image_corners(nadir.footprint, nadir.heading)[0]
    dataset = gdal.Open(tif)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    column, row = int((top_left[0] - x0) / dx), int((top_left[1] - y0) / dy)
    alpha = dataset.GetRasterBand(4).ReadAsArray()
    window = alpha[max(0, row - 3):row + 4, max(0, column - 3):column + 4]
    assert window.max() == 255  # opaque image right at that corner
    centre = alpha[alpha.shape[0] // 2, alpha.shape[1] // 2]
    assert centre == 255 and alpha[0, 0] == 0  # transparent outside the footprint


def test_only_nadir_images_can_be_placed(make_client, records, tmp_path):
    oblique = next(r for r in records if r.pitch > -70)
    with pytest.raises(InvalidInputError, match="Only nadir images"):
        WarpTask(make_client, oblique.id, "", oblique.footprint, oblique.heading, oblique.pitch, tmp_path)


def test_image_corners_follow_the_heading():
    square = wkt.loads("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")  # counter-clockwise from the south-west
    assert image_corners(square, 0) == ((0, 1), (1, 1), (1, 0), (0, 0))
    assert image_corners(square, 180) == ((1, 0), (0, 0), (0, 1), (1, 1))
    assert image_corners(square, 90) == ((1, 1), (1, 0), (0, 0), (0, 1))


def test_a_cancelled_search_leaves_nothing(context, sandbox, wait_until, make_client, tmp_path):
    sandbox.faults.add(kind="latency", delay=0.3, path="/spexi/")  # a slow service: pages take a while
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84)
    outcome = {}
    task = SpexiSearchTask(make_client, aoi, {"focused": False}, 1000, tmp_path,
                           on_success=lambda result: outcome.update(result=result),
                           on_error=lambda error: outcome.update(error=error))
    context.start(task)
    wait_until(lambda: sandbox.log.find(path="image$"), 60, "the first page request")
    task.cancel()
    wait_until(lambda: outcome, 60, "the task to stop")
    assert type(outcome.get("error")).__name__ == "OperationCancelled"
    assert list(tmp_path.iterdir()) == []  # no GeoPackage, not even a partial one


def test_footprints_are_outlines_and_camera_arrows_wait_for_a_close_scale(records, tmp_path, project):
    """Every category draws its outline as a line at full strength (the light
    fill beneath is tested on the rendered map in test_footprint_fills.py), and
    the arrows show from 1:25,000 in."""
    path = write_results(tmp_path / "spexi.gpkg", result_rows(records))
    footprints, cameras = open_results(path, "Spexi styles", project)
    for symbol in footprints.renderer().symbols(QgsRenderContext()):
        lines = [symbol.symbolLayer(i) for i in range(symbol.symbolLayerCount())
                 if isinstance(symbol.symbolLayer(i), QgsSimpleLineSymbolLayer)]
        assert lines and all(line.paintEffect() is None or not line.paintEffect().enabled() for line in lines)
    assert cameras.hasScaleBasedVisibility() and cameras.minimumScale() == 25_000
    assert cameras.isInScaleRange(10_000) and not cameras.isInScaleRange(100_000)
    if hasattr(footprints, "selectionProperties") and hasattr(Qgis, "SelectionRenderingMode"):
        properties = footprints.selectionProperties()
        assert properties.selectionRenderingMode() == Qgis.SelectionRenderingMode.CustomSymbol
        assert properties.selectionSymbol().color().alpha() < 100


def test_download_task_writes_the_paths_in_the_task_and_leaves_a_layer_being_edited_to_its_buffer(
        run_task, make_client, records, tmp_path, project):
    path = write_results(tmp_path / "spexi.gpkg", result_rows(records[:6]))
    footprints, cameras = open_results(path, "Spexi", project)
    footprints.selectAll()
    selections = []
    footprints.selectionChanged.connect(lambda *args: selections.append(args))
    cameras.startEditing()
    targets = download_targets(footprints, "zoomed")
    task = download_task(make_client, targets, tmp_path / "downloads", 2, gpkg=str(path), skip=[CAMERAS])
    result = run_task(task)
    assert result.written == [FOOTPRINTS]
    on_disk = QgsVectorLayer(f"{path}|layername=footprints", "f", "ogr")
    assert {f["id"]: f["local_path"] for f in on_disk.getFeatures()} == result.paths  # before the GUI thread
    set_local_paths(str(path), result.paths, project, written=result.written)
    assert {f["id"]: f["local_path"] for f in footprints.getFeatures()} == result.paths
    assert selections == [] and footprints.selectedFeatureCount() == 6  # not reloaded, not reselected
    assert {f["id"]: f["local_path"] for f in cameras.getFeatures()} == result.paths  # in the edit buffer
    reopened = QgsVectorLayer(f"{path}|layername=cameras", "c", "ogr")
    assert not any(f["local_path"] for f in reopened.getFeatures())  # the file waits for the user's save
    cameras.undoStack().undo()
    assert not any(f["local_path"] for f in cameras.getFeatures())
    cameras.rollBack()
