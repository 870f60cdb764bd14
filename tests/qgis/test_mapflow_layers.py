"""Mapflow results as layers: tiles QGIS itself can draw (with the credential from
the Authentication Manager, never in a URI or project file) and the GeoPackage."""

import json
import time
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from shapely import wkt

from imagery_hub.core.aoi import WGS84
from imagery_hub.core.mapflow.auth import guard_project_layers, tile_auth_config
from imagery_hub.core.mapflow.layers import download_results, open_results, tile_layers, tile_uri
from imagery_hub.core.request_guard import GUARD
from imagery_hub.core.settings import Settings
from imagery_hub.core.tasks import FunctionTask, TaskRegistry
from imagery_hub.providers.errors import AuthenticationError
from imagery_hub.providers.mapflow.client import MapflowClient
from imagery_hub.providers.mapflow.sources import ProcessingRequest, TileSource
from imagery_hub.sandbox.accounts import MAPFLOW_KEY, secret
from imagery_hub.sandbox.demo_site import AOI_WKT

AOI = wkt.loads(AOI_WKT)
MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


@pytest.fixture
def finished(sandbox, auth_manager):
    """A processing of the demo AOI that has finished, and its client."""
    sandbox.options["mapflow.processing_seconds"] = 0.5
    sandbox.state["mapflow"].reset()
    client = MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest")
    source = TileSource("xyz", sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png")
    processing = client.create_processing(ProcessingRequest("Downtown", "🏠 Buildings", AOI, source))
    deadline = time.monotonic() + 10
    while processing.status != "OK" and time.monotonic() < deadline:
        time.sleep(0.05)
        processing = client.processing(processing.id)
    assert processing.status == "OK"
    yield client, processing
    sandbox.options.pop("mapflow.processing_seconds")
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def render(layer, size=384):
    """The layer drawn over the demo AOI by QGIS's own renderer (which fetches the tiles)."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(MERCATOR)
    transform = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance())
    settings.setExtent(transform.transformBoundingBox(QgsRectangle(*AOI.bounds)))
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    drawn = [QColor(image.pixel(x, y)) for x in range(0, size, 4) for y in range(0, size, 4)]
    drawn = [c.getRgb()[:3] for c in drawn if c != QColor(255, 255, 255)]
    return len(drawn) / (size // 4) ** 2, drawn


def near(colors, wanted, tolerance=14):
    return any(all(abs(a - b) <= tolerance for a, b in zip(color, wanted)) for color in colors)


def test_tiles_draw_with_the_credential_from_the_auth_manager(finished, sandbox):
    _, processing = finished
    api = sandbox.url + "/mapflow/rest"
    auth = tile_auth_config(Settings(), secret("mapflow"), api_url=api)
    vector, raster = tile_layers(processing, api, auth)
    assert vector.isValid() and raster.isValid()
    assert f"authcfg={auth}" in vector.source() and "authcfg" not in raster.source()  # the CDN gets nothing
    assert vector.sourceMinZoom() == 14 and vector.hasScaleBasedVisibility()
    for layer in (vector, raster):
        assert secret("mapflow") not in layer.source() and MAPFLOW_KEY not in layer.source()
    sandbox.log.clear()
    covered, colors = render(vector)
    assert covered > 0.05  # buildings drawn ...
    # ... in their class colours (the style's fills at 2/3 opacity over white): the
    # attributes were decoded from the tiles
    assert near(colors, (240, 172, 124)) and near(colors, (124, 179, 240))  # residential, commercial
    tiles = sandbox.log.find(r"\.vector\.pbf$")
    assert tiles and all(r["headers"].get("Authorization") == f"Basic {secret('mapflow')}" for r in tiles)
    assert render(raster)[0] > 0.5  # imagery fills the area
    raster_tiles = sandbox.log.find(r"/cogs/tiles/", host="cdn")
    assert raster_tiles and all("Authorization" not in r["headers"] for r in raster_tiles)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
@pytest.mark.parametrize("kind", ["raster", "vector"])
def test_a_tile_redirected_to_another_host_goes_there_without_the_credential(finished, sandbox, kind, status):
    """QGIS follows these redirects itself (raster tiles; vector tiles too in
    versions whose loader follows redirects): the foreign host gets no
    Authorization header."""
    api = sandbox.url + "/mapflow/rest"
    auth = tile_auth_config(Settings(), secret("mapflow"), api_url=api)
    path = f"/mapflow/rest/moved/{{z}}/{{x}}/{{y}}.{'png' if kind == 'raster' else 'vector.pbf'}"
    uri = tile_uri(sandbox.url + path, 0, auth, api)
    layer = QgsRasterLayer(uri, "moved", "wms") if kind == "raster" else QgsVectorTileLayer(uri, "moved")
    assert f"authcfg={auth}" in layer.source()
    sandbox.faults.add(kind="redirect", status=status, path="/mapflow/rest/moved/", host="main",
                       location=f"{sandbox.cdn_url}/files/echo?case={kind}-{status}")  # not from a cache
    render(layer)
    own = sandbox.log.find("/mapflow/rest/moved/", host="main")
    assert own and all(r["headers"].get("Authorization") == f"Basic {secret('mapflow')}" for r in own)
    foreign = sandbox.log.find("/files/echo", host="cdn")
    assert foreign or kind == "vector"  # QGIS 3.22's vector tile loader follows no redirect
    assert all("Authorization" not in r["headers"] for r in foreign)


def test_tile_layers_of_a_reopened_project_keep_the_credential_at_home(finished, context, sandbox):
    """After QGIS restarts, a project's tile layers name the auth config before
    the plugin has loaded any tiles itself: the layers arriving arm the guard."""
    api = context.settings.url("mapflow")
    auth = tile_auth_config(context.settings, secret("mapflow"), api_url=api)
    GUARD.remove()  # as after a restart
    layer = QgsRasterLayer(tile_uri(api + "/reopened/{z}/{x}/{y}.png", 0, auth, api), "reopened", "wms")
    guard_project_layers(context.settings, [layer])
    sandbox.faults.add(kind="redirect", status=301, path="/reopened/", host="main",
                       location=f"{sandbox.cdn_url}/files/echo?case=reopened")
    render(layer)
    own = sandbox.log.find("/reopened/", host="main")
    assert own and all(r["headers"].get("Authorization") == f"Basic {secret('mapflow')}" for r in own)
    foreign = sandbox.log.find("/files/echo", host="cdn")
    assert foreign and all("Authorization" not in r["headers"] for r in foreign)


def test_a_saved_project_holds_no_token(finished, sandbox, tmp_path):
    _, processing = finished
    auth = tile_auth_config(Settings(), secret("mapflow"))
    project = QgsProject.instance()
    for layer in tile_layers(processing, sandbox.url + "/mapflow/rest", auth):
        project.addMapLayer(layer)
    path = tmp_path / "mapflow.qgz"
    assert project.write(str(path))
    with zipfile.ZipFile(path) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist())
    assert auth.encode() in text  # the layers name their auth config ...
    for secret_text in (secret("mapflow"), MAPFLOW_KEY):
        assert secret_text.encode() not in text  # ... and never the secret
    project.clear()
    assert project.read(str(path))
    assert all(layer.isValid() for layer in project.mapLayers().values())


def test_the_auth_config_follows_the_token(auth_manager):
    settings = Settings()
    first = tile_auth_config(settings, secret("mapflow"))
    assert tile_auth_config(settings, secret("mapflow")) == first
    import base64

    other = base64.b64encode(b"someone@example.com:other-key").decode()
    assert tile_auth_config(settings, other) == first  # updated in place: saved projects keep working
    from qgis.core import QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    auth_manager.loadAuthenticationConfig(first, config, True)
    assert (config.config("username"), config.config("password")) == ("someone@example.com", "other-key")
    with pytest.raises(AuthenticationError, match="base64"):
        tile_auth_config(settings, "not a mapflow token")


def test_download_results_clicked_twice_gives_two_whole_geopackages(finished, sandbox, tmp_path, wait_until):
    client, processing = finished
    sandbox.faults.add(kind="bandwidth", rate=200_000, path=r"/result$")  # long enough to overlap
    registry = TaskRegistry()
    outcome = []
    for _ in range(2):
        registry.start(FunctionTask("download", lambda task: download_results(client, task, processing, tmp_path),
                                    outcome.append, outcome.append))
    wait_until(lambda: len(outcome) == 2, 60, "both download tasks")
    assert all(isinstance(result, dict) for result in outcome), outcome
    assert outcome[0]["path"] != outcome[1]["path"]
    assert outcome[0]["results"] == outcome[1]["results"] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(Path(r["path"]).name for r in outcome)


def test_downloaded_results_are_a_geopackage_with_the_attributes(finished, sandbox, tmp_path, wait_until):
    client, processing = finished
    expected = json.loads(client.download_result(processing.id, tmp_path / "raw").read_text())
    registry = TaskRegistry()
    outcome = []
    registry.start(FunctionTask("download", lambda task: download_results(client, task, processing, tmp_path),
                                outcome.append, outcome.append))
    wait_until(lambda: outcome, 30, "the download task")
    result = outcome[0]
    assert isinstance(result, dict), result
    assert result["results"] == len(expected["features"]) and result["aois"] == 1
    assert not list(tmp_path.glob("*.geojson")) and not list(tmp_path.glob("*.part*"))
    results, aois = open_results(result["path"], processing)
    assert results.featureCount() == len(expected["features"])
    by_id = {f["properties"]["id"]: f["properties"] for f in expected["features"]}
    for feature in results.getFeatures():
        source = by_id[feature["id"]]
        assert (feature["class_id"], feature["class_name"], feature["confidence"], feature["aoi_id"]) == \
            (source["class_id"], source["class_name"], source["confidence"], source["aoi_id"])
        assert feature.geometry().area() > 0
    aoi = next(aois.getFeatures())
    assert (aoi["status"], aoi["percent"]) == ("OK", 100)
    group = QgsProject.instance().layerTreeRoot().findGroup("Mapflow: Downtown")
    assert [c.layer() for c in group.children()] == [results, aois]
