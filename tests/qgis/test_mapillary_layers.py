"""Mapillary in QGIS: the search layer and its fields, the coverage vector tile
layer (rendered through the token injector), a saved project without the token,
and downloads that fill the local_path field."""

import zipfile
from datetime import date, datetime

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from shapely.geometry import Point
from shapely.wkt import loads

from imagery_hub.core.compat import field_kind
from imagery_hub.core.mapillary.access import MapillaryAccess
from imagery_hub.core.mapillary.coverage import CoverageManager, is_coverage_layer
from imagery_hub.core.mapillary.downloads import download_task, record_paths
from imagery_hub.core.mapillary.search import SearchRequest, SearchTask, add_search_layers, is_images_layer
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT, EXTENT
from imagery_hub.sandbox.mapillary.data import world

TOKEN = DEMO_CREDENTIALS["mapillary"]["secret"]
MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


@pytest.fixture
def mapillary(context):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    yield context
    QgsProject.instance().clear()




def search(context, run_task, tmp_path, **kwargs):
    request = SearchRequest(loads(AOI_WKT), **kwargs)
    task = SearchTask(MapillaryAccess.from_context(context), request, tmp_path / "workspace")
    return run_task(task)


def render(layer, extent_4326, size=400):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(MERCATOR)
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), MERCATOR, QgsProject.instance())
    settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(*extent_4326)))
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    white = QColor(255, 255, 255)
    return sum(1 for x in range(0, size, 2) for y in range(0, size, 2) if image.pixelColor(x, y) != white)


def test_search_layer_has_typed_fields_and_the_arrow_style(mapillary, run_task, tmp_path):
    outcome = search(mapillary, run_task, tmp_path, start=date(2015, 1, 1))
    area = loads(AOI_WKT)
    expected = {i.id for i in world().images if area.intersects(Point(i.lon, i.lat))}
    assert outcome.count == len(expected) and outcome.capped == []
    layer, group = add_search_layers(outcome, datetime(2026, 12, 4, 17, 0))
    assert layer.isValid() and is_images_layer(layer) and layer.featureCount() == len(expected)
    assert group.name() == f"Mapillary · {len(expected)} images · 2026-12-04 17:00 (2015-01-01 – …)"
    assert add_search_layers(outcome, datetime(2026, 12, 4, 17, 0))[1].name() == group.name() + " (2)"
    kinds = {f.name(): field_kind(f) for f in layer.fields()}
    assert kinds["captured_at"] == "datetime" and kinds["compass_angle"] == "double"
    assert kinds["is_pano"] == "bool" and kinds["id"] == "string" and kinds["local_path"] == "string"
    features = {f["id"]: f for f in layer.getFeatures()}
    assert set(features) == expected
    source = world().by_id[next(iter(expected))]
    feature = features[source.id]
    # QGIS 3.22 writes GeoPackage date-times to the second
    assert feature["captured_at"].toMSecsSinceEpoch() // 1000 == source.captured_at // 1000
    assert feature["compass_angle"] == pytest.approx(source.compass_angle, abs=1e-5)
    assert feature["creator"] == source.creator[0] and feature["sequence"] == source.sequence
    assert bool(feature["is_pano"]) == source.is_pano and feature["camera_type"] == source.camera_type
    renderer = layer.renderer()
    # classes by an expression, not by the bool values: newer QGIS filters a GeoPackage
    # (bools stored as 0/1) with the category values, and 'true' would match nothing
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and '"is_pano"' in renderer.classAttribute()
    assert [c.label() for c in renderer.categories()] == ["Perspective / fisheye", "Panorama"]
    assert renderer.categories()[0].symbol().dataDefinedAngle().asExpression() == '"compass_angle"'
    assert group.findLayer(layer.id()) is not None
    assert render(layer, EXTENT) > 50  # points drawn


def test_the_table_rows_are_read_in_the_search_task(mapillary, run_task, tmp_path):
    from imagery_hub.core.layers import feature_rows

    task = SearchTask(MapillaryAccess.from_context(mapillary), SearchRequest(loads(AOI_WKT)), tmp_path / "workspace",
                      table_fields=["captured_at", "id"])
    outcome = run_task(task)
    layer, _ = add_search_layers(outcome)
    assert outcome.rows and len(outcome.rows) == outcome.count
    read_here = feature_rows(layer, ["captured_at", "id"])
    assert [values for _, values in outcome.rows] == [values for _, values in read_here]


def test_capped_cells_become_a_layer(mapillary, run_task, tmp_path):
    outcome = search(mapillary, run_task, tmp_path, bbox_limit=0.002, refine_depth=0, limit=20)
    assert outcome.capped and outcome.cells > 1
    layer, group = add_search_layers(outcome)
    capped = [child.layer() for child in group.findLayers() if child.layer() is not layer][0]
    assert capped.featureCount() == len(outcome.capped)
    assert capped.name() == "Cells at the image cap"


def test_coverage_is_a_vector_tile_layer_whose_token_never_reaches_the_project(mapillary, sandbox, tmp_path,
                                                                                 wait_until):
    manager = CoverageManager(mapillary)
    try:
        layer = manager.show()
        assert isinstance(layer, QgsVectorTileLayer) and layer.isValid() and is_coverage_layer(layer)
        assert (layer.sourceMinZoom(), layer.sourceMaxZoom()) == (0, 14)
        assert TOKEN not in layer.source() and "access_token" not in layer.source()
        assert [s.layerName() for s in layer.renderer().styles()] == ["overview", "sequence", "sequence", "image",
                                                                      "image"]
        assert render(layer, EXTENT) > 100  # tiles arrived: the injector added the token
        tiles = sandbox.log.find(path="/mapillary-tiles/")
        assert tiles and all(r["headers"].get("Authorization") == f"OAuth {TOKEN}" for r in tiles)
        assert all("access_token" not in r["query"] for r in tiles)  # the URL QGIS queued is left as it was

        path = tmp_path / "coverage.qgz"
        assert QgsProject.instance().write(str(path))
        with zipfile.ZipFile(path) as archive:
            text = b"".join(archive.read(name) for name in archive.namelist())
        assert b"mly1_public" in text  # the layer is saved ...
        assert TOKEN.encode() not in text and b"access_token" not in text  # ... without the token

        QgsProject.instance().clear()
        assert not manager.injector.active  # no coverage layer, no token added to requests
        sandbox.log.clear()
        assert QgsProject.instance().read(str(path))
        reopened = manager.layers()[0]
        assert manager.injector.active and render(reopened, EXTENT) > 100
        assert all(r["headers"].get("Authorization") == f"OAuth {TOKEN}"
                   for r in sandbox.log.find(path="/mapillary-tiles/"))
        manager.hide()
        assert manager.layers() == []
    finally:
        manager.cleanup()


@pytest.fixture
def disk_cache(tmp_path):
    """QGIS's network disk cache in ``tmp_path/cache`` for this test, for every
    thread: on QGIS 3.22 each thread's network manager has a cache of its own,
    set up from the settings; from 3.40 one cache is shared, and each thread's
    manager set up later moves it to the settings' directory. So the folder
    goes into the settings as well as into this thread's cache, and both are
    put back afterwards."""
    from qgis.core import QgsNetworkAccessManager, QgsSettings

    folder = tmp_path / "cache"
    settings = QgsSettings()
    setting = settings.value("cache/directory")
    cache = QgsNetworkAccessManager.instance().cache()
    previous = cache.cacheDirectory()
    settings.setValue("cache/directory", str(folder))
    cache.setCacheDirectory(str(folder))
    yield cache, folder
    cache.setCacheDirectory(previous)
    if setting is None:
        settings.remove("cache/directory")
    else:
        settings.setValue("cache/directory", setting)


def fetch(url):
    """The request QGIS sent for ``url`` (request preprocessors applied), through
    this thread's network manager and its disk cache."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QgsBlockingNetworkRequest()
    request.get(QNetworkRequest(QUrl(url)), False)
    return request.reply().request()


def test_tiles_fetched_with_the_token_stay_out_of_the_network_disk_cache(mapillary, sandbox, disk_cache):
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    cache, folder = disk_cache
    ordinary = f"{sandbox.url}/files/echo"
    fetch(ordinary)
    assert cache.metaData(QUrl(ordinary)).isValid()  # the cache checked below is the one in use
    manager = CoverageManager(mapillary)
    try:
        assert render(manager.show(), EXTENT) > 100  # through QGIS's tile downloader
        tiles = sandbox.log.find(path="/mapillary-tiles/")
        assert tiles and all(r["headers"].get("Authorization") == f"OAuth {TOKEN}" for r in tiles)
        urls = [f"{sandbox.url}{r['path']}" for r in tiles]
        sent = fetch(urls[0])  # and through this thread's manager, beside the cache checked
        assert bytes(sent.rawHeader(b"Authorization")) == f"OAuth {TOKEN}".encode()
        assert sent.attribute(QNetworkRequest.Attribute.CacheSaveControlAttribute) is False
        assert sent.attribute(QNetworkRequest.Attribute.CacheLoadControlAttribute) == \
            QNetworkRequest.CacheLoadControl.AlwaysNetwork
        assert not [url for url in urls if cache.metaData(QUrl(url)).isValid()]
        stored = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
        assert b"/files/echo" in stored  # the ordinary answer is kept, the token nowhere
        assert not [s for s in (TOKEN, TOKEN.replace("|", "%7C"), TOKEN.replace("|", "%7c")) if s.encode() in stored]
    finally:
        manager.cleanup()


def test_the_injector_only_touches_the_tiles_host(mapillary, sandbox):
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    manager = CoverageManager(mapillary)
    try:
        manager.arm()
        for url in (f"{sandbox.url}/files/echo", f"{sandbox.cdn_url}/mapillary-tiles/files/echo"):
            request = QgsBlockingNetworkRequest()
            request.get(QNetworkRequest(QUrl(url)))
        echo = sandbox.log.find(path="/files/echo")[0]
        assert echo["query"] == {} and "Authorization" not in echo["headers"]
    finally:
        manager.cleanup()


def test_download_selected_images_fills_local_path(mapillary, sandbox, run_task, tmp_path):
    outcome = search(mapillary, run_task, tmp_path)
    layer, _group = add_search_layers(outcome)
    fids = sorted(layer.allFeatureIds())[:3]
    layer.selectByIds(fids)
    selections = []
    layer.selectionChanged.connect(lambda *args: selections.append(args))
    task = download_task(MapillaryAccess.from_context(mapillary), layer, fids, "256", tmp_path / "images")
    result = run_task(task)
    assert sorted(result.paths) == fids and not result.errors and result.written
    on_disk = QgsVectorLayer(layer.source(), "images", "ogr")
    assert {fid: on_disk.getFeature(fid)["local_path"] for fid in fids} == result.paths  # before the GUI thread
    record_paths(layer, result)
    assert selections == [] and sorted(layer.selectedFeatureIds()) == fids  # not reloaded, not reselected
    for fid in fids:
        feature = layer.getFeature(fid)
        path = feature["local_path"]
        assert path.endswith(f"mapillary_{feature['id']}_256.jpg")
        with open(path, "rb") as fh:
            assert fh.read(3) == b"\xff\xd8\xff"
    cdn = sandbox.log.find(host="cdn")
    assert len(cdn) == 3 and all("Authorization" not in r["headers"] for r in cdn)
    assert len(sandbox.log.find(path=r"/mapillary/\d+$")) == 3  # a fresh URL for each


def test_downloads_into_a_layer_being_edited_wait_in_its_buffer_and_can_be_undone(mapillary, run_task, tmp_path):
    outcome = search(mapillary, run_task, tmp_path)
    layer, _group = add_search_layers(outcome)
    fids = sorted(layer.allFeatureIds())[:2]
    layer.selectByIds(fids)
    layer.startEditing()
    try:
        result = run_task(download_task(MapillaryAccess.from_context(mapillary), layer, fids, "256",
                                        tmp_path / "images"))
        assert not result.written  # the file is the user's to save
        record_paths(layer, result)
        assert all(layer.getFeature(fid)["local_path"] == result.paths[fid] for fid in fids)
        assert not any(f["local_path"] for f in QgsVectorLayer(layer.source(), "images", "ogr").getFeatures())
        assert sorted(layer.selectedFeatureIds()) == fids
        layer.undoStack().undo()
        assert not any(layer.getFeature(fid)["local_path"] for fid in fids)
    finally:
        layer.rollBack()


def test_nothing_selected_is_refused_before_any_request(mapillary, sandbox, run_task, tmp_path):
    from imagery_hub.providers.errors import InvalidInputError

    outcome = search(mapillary, run_task, tmp_path)
    layer, _group = add_search_layers(outcome)
    sandbox.log.clear()
    with pytest.raises(InvalidInputError, match="Select image points"):
        download_task(MapillaryAccess.from_context(mapillary), layer, [], "1024", tmp_path)
    assert len(sandbox.log) == 0


def test_a_cancelled_search_stops_and_leaves_no_file(mapillary, sandbox, wait_until, tmp_path):
    from imagery_hub.providers.errors import OperationCancelled

    sandbox.faults.add(kind="latency", delay=0.5, path="/mapillary/images")
    request = SearchRequest(loads(AOI_WKT), bbox_limit=0.001)  # about 60 cells
    task = SearchTask(MapillaryAccess.from_context(mapillary), request, tmp_path / "workspace")
    outcome = {}
    task.on_success = lambda result: outcome.update(result=result)
    task.on_error = lambda error: outcome.update(error=error)
    mapillary.start(task)
    wait_until(lambda: sandbox.log.find(path="/images$"), 60, "the first cells")
    task.cancel()
    wait_until(lambda: outcome, 60, "the task to stop")
    assert isinstance(outcome.get("error"), OperationCancelled)
    assert len(sandbox.log.find(path="/images$")) < 20  # it stopped asking
    assert not list((tmp_path / "workspace").glob("*.gpkg"))
