"""The Mapflow sandbox is faithful: documented shapes, its own kind of 4xx, real tiles."""

import io
import math
import time

import pytest
import requests
from osgeo import gdal, ogr, osr
from PIL import Image
from shapely import wkt
from shapely.geometry import mapping

from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.mapflow.world import buildings_in

AOI = wkt.loads(AOI_WKT)
DOCUMENTED_PROCESSING_KEYS = {"id", "name", "description", "projectId", "vectorLayer", "rasterLayer", "workflowDef",
                              "aoiCount", "area", "cost", "status", "reviewStatus", "rating", "percentCompleted",
                              "params", "blocks", "meta", "messages", "created", "updated"}


@pytest.fixture
def api(sandbox):
    sandbox.options["mapflow.processing_seconds"] = 0.5
    sandbox.state["mapflow"].reset()
    session = requests.Session()
    session.headers["Authorization"] = f"Basic {secret('mapflow')}"
    yield session, sandbox.url + "/mapflow/rest"
    sandbox.options.pop("mapflow.processing_seconds")
    sandbox.state["mapflow"].reset()


def finished_processing(session, base, sandbox):
    body = {"name": "Tiles", "wdName": "🏠 Buildings", "geometry": mapping(AOI),
            "params": {"source_type": "xyz", "url": sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png"}}
    created = session.post(f"{base}/processings", json=body).json()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        processing = session.get(f"{base}/processings/{created['id']}").json()
        if processing["status"] == "OK":
            return processing
        time.sleep(0.05)
    raise AssertionError("the processing did not finish")


def tile_of(lon, lat, z):
    n = 2 ** z
    row = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n
    return int((lon + 180) / 360 * n), int(row)


def test_processing_json_has_the_documented_shape(api, sandbox):
    session, base = api
    processing = finished_processing(session, base, sandbox)
    assert set(processing) == DOCUMENTED_PROCESSING_KEYS
    assert processing["workflowDef"]["name"] == "🏠 Buildings" and processing["aoiCount"] == 1
    assert processing["created"].endswith("Z") and processing["percentCompleted"] == 100
    aois = session.get(f"{base}/processings/{processing['id']}/aois").json()
    assert isinstance(aois, list) and set(aois[0]) == {"id", "status", "percentCompleted", "geometry", "area",
                                                       "messages"}
    v2 = session.get(f"{base}/processings/{processing['id']}/v2").json()
    assert v2["id"] == processing["id"]


@pytest.mark.parametrize("path, body, code", [
    ("/processings", {"wdName": "🏠 Buildings", "geometry": {"type": "Point", "coordinates": [0, 0]}},
     "BAD_REQUEST"),
    ("/processings", {"wdName": "🦄 Unicorns", "geometry": mapping(AOI)}, "BAD_REQUEST"),
    ("/processings", {"wdName": "🏠 Buildings", "geometry": mapping(AOI), "blocks": [{"name": "Nope"}]},
     "BAD_REQUEST"),
    ("/processings/v2", {"wdName": "🏠 Buildings", "geometry": mapping(AOI), "params": {"url": "x"}},
     "BAD_REQUEST"),
    ("/processings", {"wdName": "🏠 Buildings", "geometry": mapping(AOI.buffer(0.05))}, "TOO_LARGE_PROCESSING"),
    ("/projects", {"name": ""}, "BAD_REQUEST"),
])
def test_bad_requests_get_a_400_with_the_services_error_body(api, path, body, code):
    session, base = api
    response = session.post(base + path, json=body)
    assert response.status_code == 400
    error = response.json()
    assert error["code"] == code and error["message"] and "params" in error


@pytest.mark.parametrize("model, params, code, sentence_start", [
    ("🏠 Buildings", {"source_type": "xyz", "url": "https://example.com/{z}/{x}.png"}, "XYZLinkFormatError",
     "You XYZ basemap link doesn’t match the format"),
    ("🏠 Buildings", {"source_type": "tms", "url": "https://example.com/{z}/{y}.png"}, "TMSLinkFormatError",
     "You request TMS basemap link doesn’t match the format"),
    ("🏠 Buildings", {"source_type": "quadkey", "url": "https://example.com/{z}/{x}/{y}.png"},
     "QuadkeyLinkFormatError", "Your ‘url’ doesn’t match the format, Quadkey basemap"),
    ("🏠 Buildings", {"source_type": "xyz", "url": "ftp://example.com/{z}/{x}/{y}.png"}, "UrlMustBeLink",
     "Your URL must be a link starting with"),
    ("🏠 Buildings", {"source_type": "xyz", "url": "https://example.com/{z}/{x}/{y}.png", "zoom": "high"},
     "ZoomMustBeInteger", "Zoom must be either empty, or integer, got high"),
    ("🏠 Buildings", {"source_type": "xyz", "url": "https://example.com/{z}/{x}/{y}.png", "zoom": "21"},
     "PixelSizeTooLow", "Spatial resolution of you image is too low: pixel size is 0.05, minimum allowed"),
    ("🏠 Buildings", {"source_type": "tif", "url": "https://example.com/a.tif"}, "S3URLError",
     "URL of the image at s3 storage must be a string starting with s3://, got https://example.com/a.tif"),
    ("🚜 Fields (Sentinel-2)", {"source_type": "xyz", "url": "https://example.com/{z}/{x}/{y}.png"},
     "SourceTypeIsNotAllowed", "Source type xyz is not allowed. Use one of: sentinel_l2a"),
    ("🏠 Buildings", {"url": "https://example.com/{z}/{x}/{y}.png"}, "RequestMustHaveSourceType",
     'Request must contain "source_type" key'),
])
def test_bad_sources_fail_the_processing_with_the_validators_message(api, model, params, code, sentence_start):
    from imagery_hub.providers.mapflow.models import Processing

    session, base = api
    created = session.post(f"{base}/processings", json={"wdName": model, "geometry": mapping(AOI), "params": params})
    assert created.status_code == 200  # accepted; the validator fails it a moment later
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        processing = session.get(f"{base}/processings/{created.json()['id']}").json()
        if processing["status"] == "FAILED":
            break
        time.sleep(0.05)
    assert processing["status"] == "FAILED" and processing["messages"][0]["code"] == f"source-validator.{code}"
    assert Processing.from_json(processing).error_lines()[0].startswith(sentence_start)


def test_paging_limits_are_enforced(api):
    session, base = api
    default = session.get(f"{base}/projects/default").json()["id"]
    for limit in (0, 101, "10"):
        response = session.post(f"{base}/projects/{default}/processings/v2/page", json={"limit": limit, "offset": 0})
        assert response.status_code == 400
    page = session.post(f"{base}/projects/{default}/processings/v2/page", json={"limit": 5, "offset": 0}).json()
    assert page == {"results": [], "total": 0, "count": 0}


def test_unknown_ids_and_missing_credentials(api, sandbox):
    session, base = api
    assert session.get(f"{base}/processings/0000-1111").status_code == 404
    assert requests.get(f"{base}/user/status").status_code == 401
    bearer = requests.get(f"{base}/user/status", headers={"Authorization": f"Bearer {secret('mapflow')}"})
    assert bearer.status_code == 200  # the 2026 reference's curl examples use Bearer


def test_vector_tiles_are_mapbox_vector_tiles_of_the_buildings(api, sandbox, tmp_path):
    session, base = api
    processing = finished_processing(session, base, sandbox)
    z = 17
    x, y = tile_of(-123.1216, 49.2827, z)
    url = processing["vectorLayer"]["tileUrl"].format(z=z, x=x, y=y)
    assert requests.get(url).status_code == 401  # the API's credential is needed
    response = session.get(url)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/vnd.mapbox-vector-tile"
    gdal.FileFromMemBuffer("/vsimem/mapflow.pbf", response.content)
    try:
        dataset = gdal.OpenEx("/vsimem/mapflow.pbf", open_options=[f"X={x}", f"Y={y}", f"Z={z}", "CLIP=NO"])
        layer = dataset.GetLayer(0)
        assert layer.GetName() == "vector_layer"
        mercator, wgs84 = osr.SpatialReference(), osr.SpatialReference()
        mercator.ImportFromEPSG(3857)
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_wgs84 = osr.CoordinateTransformation(mercator, wgs84)
        expected = {b.id: b for b in buildings_in(AOI)}
        matched = 0
        for feature in layer:
            building = expected[feature["mvt_id"]]
            assert (feature["class_id"], feature["class_name"]) == (building.class_id, building.class_name)
            geometry = ogr.CreateGeometryFromWkt(feature.GetGeometryRef().ExportToWkt())
            geometry.Transform(to_wgs84)
            shape = wkt.loads(geometry.ExportToWkt())
            if shape.symmetric_difference(building.footprint).area < 0.02 * building.footprint.area:
                matched += 1  # the rest are clipped at the tile's edge
        assert matched > 10
    finally:
        gdal.Unlink("/vsimem/mapflow.pbf")


def test_raster_tiles_are_the_imagery_cut_to_the_area(api, sandbox):
    session, base = api
    processing = finished_processing(session, base, sandbox)
    url = processing["rasterLayer"]["tileUrl"]
    assert url.startswith(sandbox.cdn_url)  # a foreign host: no credential needed or sent
    z = 16
    x, y = tile_of(-123.1216, 49.2827, z)
    image = Image.open(io.BytesIO(requests.get(url.format(z=z, x=x, y=y)).content))
    assert image.size == (256, 256) and image.mode == "RGBA"
    alpha = image.getchannel("A")
    assert alpha.getextrema() == (0, 255)  # inside the area opaque, outside transparent
    imagery = sandbox.cdn_url + f"/mapflow/imagery/{z}/{x}/{y}.png"
    first, second = requests.get(imagery), requests.get(imagery)
    assert first.content == second.content and first.headers["Content-Type"] == "image/png"
    assert all("Authorization" not in r["headers"] for r in sandbox.log.find("/mapflow/", host="cdn"))


def multipart(name, data, boundary="b0undary", closed=True):
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: image/tiff\r\n\r\n").encode() + data
    body += f"\r\n--{boundary}--\r\n".encode() if closed else b""
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def test_data_api_shapes_are_the_vendor_clients(api, tmp_path):
    from imagery_hub.sandbox.mapflow.geotiffs import write_orthophoto

    session, base = api
    mosaic = session.post(f"{base}/rasters/mosaic", json={"name": "M", "tags": ["t"]}).json()
    assert {"id", "name", "tags", "created_at", "footprint", "rasterLayer"} <= set(mosaic)
    path = write_orthophoto(tmp_path / "a.tif", (-123.124, 49.281, -123.121, 49.283), 2.0)
    body, headers = multipart("a.tif", path.read_bytes())
    image = session.post(f"{base}/rasters/mosaic/{mosaic['id']}/image", data=body, headers=headers).json()
    assert {"id", "image_url", "preview_url_l", "preview_url_s", "uploaded_at", "file_size", "footprint",
            "filename", "checksum", "meta_data", "cog_link"} <= set(image)
    assert {"crs", "transform", "dtype", "count"} <= set(image["meta_data"])  # the page's "image metadata" keys
    memory = session.get(f"{base}/rasters/memory").json()
    assert set(memory) == {"used_bytes", "limit_bytes", "used_gb", "limit_gb", "usage_percent"}
    assert memory["used_bytes"] == path.stat().st_size
    # the contracts' path for "create with a first image", besides the page's /rasters/mosaic/mosaic
    created = session.post(f"{base}/rasters/mosaic/image?name=Other&tags=a&tags=b", data=body, headers=headers)
    assert created.status_code == 200 and created.json()["tags"] == ["a", "b"]
    assert created.json()["images"][0]["filename"] == "a.tif"


@pytest.mark.parametrize("method, path, kwargs, status", [
    ("POST", "/rasters/mosaic", {"json": {"name": "M", "tags": "not a list"}}, 400),
    ("POST", "/rasters/mosaic", {"json": {"tags": []}}, 400),
    ("POST", "/rasters/mosaic/mosaic", {"data": b"x", "headers": {"Content-Type": "text/plain"}}, 400),
    ("POST", "/rasters", {"data": multipart("a.tif", b"II*\x00 cut", closed=False)[0],
                          "headers": multipart("a.tif", b"")[1]}, 400),
    ("POST", "/rasters", {"data": multipart("a.tif", b"not an image")[0], "headers": multipart("a.tif", b"")[1]},
     400),
    ("GET", "/rasters/image/0000/preview/s", {}, 404),
    ("PUT", "/rasters/mosaic/0000", {"json": {"name": "x"}}, 404),
])
def test_data_api_refuses_bad_requests_with_its_error_body(api, method, path, kwargs, status):
    session, base = api
    answer = session.request(method, base + path, **kwargs)
    assert answer.status_code == status
    error = answer.json()
    assert error["code"] and error["message"] and "params" in error
    assert session.get(f"{base}/rasters/memory").json()["used_bytes"] == 0  # nothing kept
