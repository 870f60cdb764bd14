"""Download visual against the sandbox: every parameter reaches the server, bad
values are refused before sending, the task is polled to success, failure or
timeout, and what arrives opens georeferenced in GDAL at the AOI."""

import json
import zipfile

import numpy as np
import pytest
from osgeo import gdal
from shapely import wkt
from shapely.geometry import MultiPolygon, box

from imagery_hub.providers.eosda.client import EosdaClient, TaskTimeoutError
from imagery_hub.providers.eosda.visual import COLORMAPS, VisualParams, image_size, mercator
from imagery_hub.providers.errors import InvalidInputError, OperationCancelled, ServiceError
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT

AOI = wkt.loads(AOI_WKT)
SCENE = "S2/10/U/DV/2024/8/20/0"  # a clear summer scene of the sandbox
LANDSAT = "L8/LC80470262024228LGN00"
TASKS = r"/eosda/api/gdw/api"
RDYLGN = COLORMAPS["Red–yellow–green"]


@pytest.fixture
def client(sandbox):
    return EosdaClient(secret("eosda"), sandbox.url + "/eosda", backoff=0.01)


def render(client, folder, stem="out", **params):
    params.setdefault("view_id", SCENE)
    params.setdefault("bm_type", "NDVI")
    params.setdefault("geometry", AOI)
    params.setdefault("px_size", 10)
    statuses = []
    path = client.render_visual(VisualParams(**params), folder, stem, poll_interval=0.01, on_status=statuses.append)
    return path, statuses


def created_params(sandbox):
    (record,) = sandbox.log.find(path=TASKS + "$", method="POST")
    body = json.loads(record["body"])
    assert body["type"] == "jpeg"
    return body["params"]


def aoi_in_mercator():
    (west, south), (east, north) = mercator(*AOI.bounds[:2]), mercator(*AOI.bounds[2:])
    return west, south, east, north


def assert_at_aoi(dataset, px_size):
    west, south, east, north = aoi_in_mercator()
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    assert dx == pytest.approx(px_size) and dy == pytest.approx(-px_size)
    assert x0 == pytest.approx(west, abs=0.01) and y0 == pytest.approx(north, abs=0.01)
    assert x0 + dataset.RasterXSize * dx >= east - 1e-6 and y0 + dataset.RasterYSize * dy <= south + 1e-6
    assert (dataset.RasterXSize, dataset.RasterYSize) == image_size(AOI, px_size)


def test_every_parameter_reaches_the_server(client, sandbox, tmp_path):
    render(client, tmp_path, view_id=SCENE, bm_type="(B08-B04)/(B08+B04)", px_size=4, reference="ref-1",
           name_alias="MyNDVI", resample="bilinear", colormap=RDYLGN, levels=(-1, 1), colors_limit=8, calibrate=1,
           size="M", georeference="tiff", format="png", pansharpening=False)
    sent = created_params(sandbox)
    assert sent == {"view_id": SCENE, "bm_type": "(B08-B04)/(B08+B04)", "px_size": 4.0, "reference": "ref-1",
                    "name_alias": "MyNDVI", "resample": "bilinear", "colormap": RDYLGN, "levels": "-1,1",
                    "colors_limit": 8, "calibrate": 1, "size": "M", "georeference": "tiff", "format": "png",
                    "pansharpening": False,
                    "geometry": {"type": "Polygon", "coordinates": [[list(c) for c in AOI.exterior.coords]]}}
    sandbox.log.clear()
    render(client, tmp_path, bm_type="NDVI", colors=["#0000ff", "#ffff00", "#00ff00"], thresholds=[0.1, 0.4],
           georeference="world", format="jpeg")
    sent = created_params(sandbox)
    assert sent["colors"] == ["#0000ff", "#ffff00", "#00ff00"] and sent["thresholds"] == [0.1, 0.4]
    assert sent["reference"].startswith("imagery-hub-")  # made unique when not given
    polls = sandbox.log.find(path=TASKS + "/", method="GET")
    assert all(p["headers"]["x-api-key"] == secret("eosda") for p in polls)


@pytest.mark.parametrize("change, parameter", [
    ({"view_id": ""}, "view_id"),
    ({"bm_type": ""}, "bm_type"),
    ({"bm_type": "B04; rm -rf"}, "bm_type"),
    ({"bm_type": "(B08-B04"}, "bm_type"),
    ({"bm_type": "B04,,B02"}, "bm_type"),
    ({"geometry": MultiPolygon([box(0, 0, 1, 1), box(2, 2, 3, 3)])}, "geometry"),
    ({"geometry": box(500000, 5400000, 501000, 5401000)}, "geometry"),
    ({"px_size": 0}, "px_size"),
    ({"px_size": "ten"}, "px_size"),
    ({"px_size": 0.01}, "px_size"),  # a 100 000 px wide image
    ({"resample": "nearest"}, "resample"),
    ({"format": "gif"}, "format"),
    ({"georeference": "geotiff"}, "georeference"),
    ({"size": "XXL"}, "size"),
    ({"calibrate": 2}, "calibrate"),
    ({"calibrate": True}, "calibrate"),
    ({"pansharpening": "yes"}, "pansharpening"),
    ({"levels": (1, -1)}, "levels"),
    ({"levels": "0.5"}, "levels"),
    ({"colors_limit": 1}, "colors_limit"),
    ({"colors": ["#ff0000", "#00ff00"]}, "colors"),
    ({"colors": ["red", "#00ff00"], "thresholds": [0.2]}, "colors"),
    ({"colors": ["#ff0000", "#00ff00"], "thresholds": [0.2, 0.5]}, "colors"),
    ({"colors": ["#ff0000", "#00ff00", "#0000ff"], "thresholds": [0.5, 0.2]}, "thresholds"),
    ({"colors": ["#ff0000", "#00ff00"], "thresholds": [0.2], "colormap": RDYLGN}, "colormap"),
])
def test_values_outside_the_documented_sets_are_refused_before_sending(client, sandbox, tmp_path, change,
                                                                       parameter):
    with pytest.raises(InvalidInputError) as caught:
        render(client, tmp_path, **change)
    assert caught.value.parameter == parameter
    assert sandbox.log.find(path="/eosda/") == []


def test_polled_until_the_image_arrives_as_a_geotiff_at_the_aoi(client, sandbox, tmp_path, monkeypatch):
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 3)
    path, statuses = render(client, tmp_path, "ndvi", colormap=RDYLGN, georeference="tiff", px_size=5)
    polls = sandbox.log.find(path=TASKS + "/", method="GET")
    assert len(polls) == 4 and len(statuses) == 4
    assert statuses[0] == "EOSDA is rendering (created, check 1)" and statuses[-1] == "Downloading the rendered image"
    assert path == tmp_path / "ndvi.tif" and not list(tmp_path.glob("*.part"))
    dataset = gdal.Open(str(path))
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "3857"
    assert_at_aoi(dataset, 5)
    assert dataset.RasterCount == 4  # RGB + alpha


def test_world_file_zip_is_unpacked_and_opens_georeferenced(client, tmp_path):
    path, _ = render(client, tmp_path, "ndvi", colormap=RDYLGN, georeference="world", format="png", px_size=8)
    assert path.name == "ndvi.png" and (tmp_path / "ndvi.pngw").exists() and not (tmp_path / "ndvi.zip").exists()
    dataset = gdal.Open(str(path))
    assert dataset.GetDriver().ShortName == "PNG"
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "3857"
    assert_at_aoi(dataset, 8)


@pytest.mark.parametrize("how, why", [
    ("bad_crc", "its data does not match its checksum"),
    ("lying_size", "its data does not match its checksum"),
    ("encrypted", "it is encrypted"),
    ("unknown_method", "it uses a compression method that cannot be read"),
])
def test_a_hostile_world_file_zip_is_one_clear_error_and_leaves_nothing(client, sandbox, tmp_path, how, why):
    sandbox.options["eosda.world_zip"] = how
    try:
        with pytest.raises(ServiceError) as info:
            render(client, tmp_path, "ndvi", georeference="world", format="png", px_size=8)
    finally:
        del sandbox.options["eosda.world_zip"]
    assert str(info.value) == f"EOSDA: The zip archive EOSDA sent cannot be unpacked: {why} (code bad_archive)"
    assert list(tmp_path.iterdir()) == []


def test_jpeg_world_file_and_kmz(client, tmp_path):
    jpeg, _ = render(client, tmp_path, "tc", bm_type="B04,B03,B02", georeference="world", format="jpeg")
    dataset = gdal.Open(str(jpeg))
    assert dataset.GetDriver().ShortName == "JPEG" and dataset.RasterCount == 3
    assert_at_aoi(dataset, 10)
    kmz, _ = render(client, tmp_path, "tc", bm_type="B04,B03,B02", georeference="kmz", format="png")
    assert kmz.suffix == ".kmz" and "doc.kml" in zipfile.ZipFile(kmz).namelist()
    overlay = gdal.Open(str(kmz))
    west, xres, _, north, _, yres = overlay.GetGeoTransform()
    east, south = west + overlay.RasterXSize * xres, north + overlay.RasterYSize * yres
    assert overlay.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert box(west, south, east, north).buffer(1e-6).contains(AOI)
    assert box(west, south, east, north).area < AOI.area * 1.2


def test_without_georeference_a_bare_image_arrives(client, tmp_path):
    path, _ = render(client, tmp_path, "plain", bm_type="B08,B04,B03", format="png")
    assert path.suffix == ".png" and not (tmp_path / "plain.pngw").exists()
    assert gdal.Open(str(path)).GetGeoTransform() == (0.0, 1.0, 0.0, 0.0, 0.0, 1.0)  # GDAL's "none"


def read_rgb(path):
    dataset = gdal.Open(str(path))
    return np.stack([dataset.GetRasterBand(i).ReadAsArray() for i in (1, 2, 3)], axis=-1), dataset


def pixel_at(dataset, lon, lat):
    x, y = mercator(lon, lat)
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return int((y - y0) / dy), int((x - x0) / dx)


def test_ndvi_comes_from_the_bands_parks_green_streets_not(client, tmp_path):
    ranges = {"colors": ["#0000ff", "#ff0000", "#00ff00"], "thresholds": [0.0, 0.45]}
    alias, dataset = read_rgb(render(client, tmp_path, "alias", bm_type="NDVI", calibrate=1, px_size=5,
                                     georeference="tiff", **ranges)[0])
    park = alias[pixel_at(dataset, -123.1236, 49.2840)]
    assert tuple(park) == (0, 255, 0)  # a park in the AOI: NDVI above 0.45
    colours = {tuple(c) for c in alias.reshape(-1, 3)}
    assert (255, 0, 0) in colours and (0, 255, 0) in colours  # built-up blocks and parks both present
    expression, _ = read_rgb(render(client, tmp_path, "expr", bm_type="(B08-B04)/(B08+B04)", calibrate=1,
                                    px_size=5, georeference="tiff", **ranges)[0])
    assert np.array_equal(alias, expression)  # the alias and its band math agree pixel for pixel


def test_colors_limit_discretises_the_colormap(client, tmp_path):
    rgb, dataset = read_rgb(render(client, tmp_path, "steps", colormap=RDYLGN, levels=(-1, 1), colors_limit=3,
                                   georeference="tiff", format="png")[0])
    alpha = dataset.GetRasterBand(4).ReadAsArray() > 0
    assert len({tuple(c) for c in rgb[alpha]}) <= 3


def test_pixel_size_sets_the_image_size(client, tmp_path):
    coarse = gdal.Open(str(render(client, tmp_path, "a", px_size=20, georeference="tiff")[0]))
    fine = gdal.Open(str(render(client, tmp_path, "b", px_size=5, georeference="tiff")[0]))
    assert fine.RasterXSize == pytest.approx(4 * coarse.RasterXSize, abs=4)
    assert (fine.RasterXSize, fine.RasterYSize) == image_size(AOI, 5)


def test_landsat_pansharpening_adds_detail(client, tmp_path):
    plain, _ = read_rgb(render(client, tmp_path, "p0", view_id=LANDSAT, bm_type="B4,B3,B2", px_size=5,
                               georeference="tiff")[0])
    sharp, _ = read_rgb(render(client, tmp_path, "p1", view_id=LANDSAT, bm_type="B4,B3,B2", px_size=5,
                               georeference="tiff", pansharpening=True)[0])
    gradient = lambda rgb: np.abs(np.diff(rgb[..., 0].astype(float), axis=1)).mean()  # noqa: E731
    assert gradient(sharp) > gradient(plain)


def test_an_unknown_band_fails_the_task_with_its_message(client, tmp_path):
    with pytest.raises(ServiceError) as caught:
        render(client, tmp_path, bm_type="(B08-B99)/(B08+B99)")
    assert "Band B99 is not available in sentinel2" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_scene_fails_the_task(client, tmp_path):
    with pytest.raises(ServiceError) as caught:
        render(client, tmp_path, view_id="S2/10/U/DV/2024/8/21/0")
    assert "Scene S2/10/U/DV/2024/8/21/0 not found" in str(caught.value)


def test_task_timeout_stops_the_polling(client, sandbox, tmp_path, monkeypatch):
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 10_000)
    monkeypatch.setitem(sandbox.options, "eosda.task_timeout", 0.3)
    with pytest.raises(TaskTimeoutError) as caught:
        render(client, tmp_path)
    assert "within 0.3 s" in str(caught.value)
    assert 1 <= len(sandbox.log.find(path=TASKS + "/", method="GET")) < 30  # backoff, not a busy loop


def test_cancel_while_waiting(sandbox, tmp_path, monkeypatch):
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 10_000)
    polls = []
    client = EosdaClient(secret("eosda"), sandbox.url + "/eosda", backoff=0.01, cancelled=lambda: len(polls) >= 3)
    with pytest.raises(OperationCancelled):
        client.render_visual(VisualParams(SCENE, "NDVI", AOI, 10), tmp_path, "x", poll_interval=0.01,
                             on_status=polls.append)
    assert len(polls) == 3


def test_a_broken_download_resumes(client, sandbox, tmp_path, monkeypatch):
    monkeypatch.setitem(sandbox.options, "eosda.pending_polls", 0)
    sandbox.faults.add(kind="truncate", after_bytes=5000, times=1, path=TASKS + "/", method="GET")
    path, _ = render(client, tmp_path, "resumed", px_size=4, georeference="tiff")
    gets = sandbox.log.find(path=TASKS + "/", method="GET")
    assert len(gets) == 2 and gets[1]["headers"]["Range"] == "bytes=5000-"
    assert_at_aoi(gdal.Open(str(path)), 4)


def test_the_sandbox_refuses_bad_values_with_400(sandbox):
    import requests

    good = VisualParams(SCENE, "NDVI", AOI, 10).payload()
    url, headers = f"{sandbox.url}/eosda/api/gdw/api", {"x-api-key": secret("eosda")}
    for change in ({"resample": "nearest"}, {"format": "gif"}, {"px_size": -1}, {"colormap": "nope"},
                   {"bm_type": "(B04"}, {"px_size": 0.01}):
        answer = requests.post(url, headers=headers, json={"type": "jpeg", "params": {**good, **change}}, timeout=10)
        assert answer.status_code == 400 and answer.json()["error"], change
    answer = requests.post(url, headers=headers, json={"type": "bandmath", "params": good}, timeout=10)
    assert answer.status_code == 400
    answer = requests.post(url, headers=headers, json={"type": "jpeg", "params": good}, timeout=10)
    assert answer.status_code == 202 and set(answer.json()) == {"status", "task_id", "req_id", "task_timeout"}
