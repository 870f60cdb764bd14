"""EOSDA in QGIS: the search task writes a footprints GeoPackage styled by cloud
cover; the render task's raster opens valid, in EPSG:3857, over the AOI."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsProject,
)
from qgis.PyQt.QtCore import QDate
from shapely import wkt

from imagery_hub.core.eosda.layers import (
    add_footprints,
    add_render,
    is_footprints,
    render_name,
    scene_label,
    unique_stem,
)
from imagery_hub.core.eosda.tasks import SCENES_LAYER, RenderTask, SceneQuery, SearchScenesTask
from imagery_hub.core.layers import result_path
from imagery_hub.providers.eosda.visual import COLORMAPS, VisualParams
from imagery_hub.providers.errors import OperationCancelled, ServiceError
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT

AOI = wkt.loads(AOI_WKT)
SCENE = "S2/10/U/DV/2024/8/20/0"


@pytest.fixture
def project():
    project = QgsProject.instance()
    yield project
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()




def base_url(sandbox):
    return sandbox.url + "/eosda"


def aoi_in_mercator():
    geometry = QgsGeometry.fromWkt(AOI_WKT)
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                              QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()))
    return geometry.boundingBox()


def test_search_writes_styled_footprints_with_typed_fields(sandbox, run_task, tmp_path, project):
    query = SceneQuery("sentinel2", AOI, "2024-06-01", "2024-08-31", max_cloud=30)
    outcome = run_task(SearchScenesTask(secret("eosda"), base_url(sandbox), query,
                                        tmp_path / "scenes.gpkg", backoff=0.01))
    assert outcome.path.exists() and outcome.count == outcome.found > 3
    layer = add_footprints(outcome.path, SCENES_LAYER, "EOSDA test", project=project)
    assert layer.isValid() and layer.featureCount() == outcome.count and is_footprints(layer)
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert layer.renderer().classAttribute() == "cloud"
    features = list(layer.getFeatures())
    assert all(f["cloud"] <= 30 for f in features)
    # one orbit covers the whole AOI, the other's swath edge crosses it
    assert {f["aoi_cover"] for f in features} == {100.0, 31.8}
    assert all(isinstance(f["date"], QDate) and f["date"].year() == 2024 for f in features)
    aoi = QgsGeometry.fromWkt(AOI_WKT)
    assert all(f.geometry().contains(aoi) == (f["aoi_cover"] == 100.0) for f in features)
    assert {f["view_id"] for f in features} >= {SCENE}
    assert project.layerTreeRoot().findGroup("EOSDA test").findLayer(layer.id()) is not None


def test_a_search_that_finds_nothing_writes_nothing(sandbox, run_task, tmp_path):
    query = SceneQuery("landsat8", AOI, "2024-07-01", "2024-07-05", max_cloud=0)
    # the name is claimed (created empty) before the search, and given back when nothing is written
    outcome = run_task(SearchScenesTask(secret("eosda"), base_url(sandbox), query,
                                        result_path(tmp_path, "EOSDA", suffix="landsat8")))
    assert outcome.count == 0 and outcome.path is None and not list(tmp_path.iterdir())
    sandbox.faults.add(kind="status", status=400, path="/eosda/api/lms/search/")
    error = run_task(SearchScenesTask(secret("eosda"), base_url(sandbox), query,
                                      result_path(tmp_path, "EOSDA", suffix="landsat8")), expect_error=True)
    assert error.status == 400
    assert not list(tmp_path.iterdir())


def render(run_task, sandbox, folder, expect_error=False, **params):
    params = VisualParams(**{"view_id": SCENE, "bm_type": "NDVI", "geometry": AOI, "px_size": 5,
                             "colormap": COLORMAPS["Red–yellow–green"], "calibrate": 1, **params})
    name = render_name(SCENE, "2024-08-20", "NDVI", "Sentinel-2A")
    task = RenderTask(secret("eosda"), base_url(sandbox), params, folder, unique_stem(folder, name), name,
                      poll_interval=0.01, backoff=0.01)
    return run_task(task, expect_error=expect_error)


@pytest.mark.parametrize("output", [{"georeference": "tiff"}, {"georeference": "world", "format": "png"},
                                    {"georeference": "world", "format": "jpeg"}])
def test_the_render_is_a_valid_raster_in_3857_over_the_aoi(sandbox, run_task, tmp_path, project, output):
    outcome = render(run_task, sandbox, tmp_path, **output)
    layer = add_render(outcome.path, outcome.layer_name, project=project)
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:3857"
    assert layer.extent().contains(aoi_in_mercator())
    assert layer.extent().width() < aoi_in_mercator().width() + 2 * 5
    assert layer.name() == "S2A 10UDV 2024-08-20 NDVI"
    assert (layer.width(), layer.height()) == (outcome.width, outcome.height)
    assert project.layerTreeRoot().children()[0].layerId() == layer.id()


def test_the_render_goes_on_top_of_its_footprints_group(sandbox, run_task, tmp_path, project):
    query = SceneQuery("sentinel2", AOI, "2024-08-15", "2024-08-25")
    searched = run_task(SearchScenesTask(secret("eosda"), base_url(sandbox), query,
                                         tmp_path / "s.gpkg"))
    footprints = add_footprints(searched.path, SCENES_LAYER, "EOSDA group", project=project)
    outcome = render(run_task, sandbox, tmp_path, georeference="tiff")
    raster = add_render(outcome.path, outcome.layer_name, footprints, project)
    group = project.layerTreeRoot().findGroup("EOSDA group")
    assert [child.layerId() for child in group.children()] == [raster.id(), footprints.id()]


def test_a_failed_render_reports_the_service_message(sandbox, run_task, tmp_path):
    error = render(run_task, sandbox, tmp_path, expect_error=True, bm_type="B99")
    assert isinstance(error, ServiceError) and "Band B99 is not available" in str(error)


def test_cancel_while_the_render_is_pending(context, sandbox, wait_until, tmp_path, monkeypatch):
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 10_000)
    params = VisualParams(SCENE, "NDVI", AOI, 10)
    task = RenderTask(secret("eosda"), base_url(sandbox), params, tmp_path, "x", "x", poll_interval=0.01)
    outcome = {}
    task.on_error = lambda error: outcome.update(error=error)
    context.start(task)
    wait_until(lambda: len(sandbox.log.find(path="/eosda/api/gdw/api/", method="GET")) >= 2, 30, "polling")
    task.cancel()
    wait_until(lambda: outcome, 30, "the cancel")
    assert isinstance(outcome["error"], OperationCancelled)
    assert list(tmp_path.iterdir()) == []


def test_names():
    assert scene_label("S2/10/U/DV/2024/8/20/0", "Sentinel-2B") == "S2B 10UDV"
    assert scene_label("L8/LC80470262024228LGN00") == "L8 047/026"
    assert render_name("L8/LC80470262024228LGN00", "2024-08-15", "NDWI") == "L8 047/026 2024-08-15 NDWI"


def test_unique_stem_never_reuses_a_name(tmp_path):
    assert unique_stem(tmp_path, "L8 047/026 2024-08-15 NDWI") == "L8_047-026_2024-08-15_NDWI"
    (tmp_path / "L8_047-026_2024-08-15_NDWI.tif").write_bytes(b"x")
    assert unique_stem(tmp_path, "L8 047/026 2024-08-15 NDWI") == "L8_047-026_2024-08-15_NDWI_2"
