"""The Spexi emulator answers as the vendor's OpenAPI document and page describe."""

import io
import math
import re

import pytest
import requests
from PIL import Image
from shapely.geometry import Point, shape

from imagery_hub.sandbox import Sandbox
from imagery_hub.sandbox.spexi import api as spexi
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT, CENTER
from imagery_hub.sandbox.spexi.schema import openapi, validate

SEARCH = "/developer-api/api/v1/image"
MULTI_VIEW = "/developer-api/api/v1/image/multi-view"
POINT = f"{CENTER[0]},{CENTER[1]}"
KEY = {"x-api-key": secret("spexi")}


def get(sandbox, path, params=None, headers=KEY, **kwargs):
    url = path if path.startswith("http") else f"{sandbox.url}/spexi{path}"
    return requests.get(url, params=params, headers=headers, timeout=30, **kwargs)


def search(sandbox, **params):
    response = get(sandbox, SEARCH, params)
    assert response.status_code == 200, response.text
    return response.json()


def all_pages(sandbox, **params):
    body = search(sandbox, **params)
    pages = [body]
    while "next" in body:
        response = get(sandbox, body["next"])
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body)
    return pages


@pytest.mark.parametrize("params", [
    {"p": POINT}, {"p": f"{POINT},150", "focused": "false"}, {"bbox": "-123.124,49.281,-123.119,49.284"},
    {"polygon": AOI_WKT, "limit": "1000"}, {"polygon": AOI_WKT, "pitch": "-90", "capture_type": "orthomosaic"},
])
def test_search_answers_are_valid_against_the_vendor_schema(sandbox, params):
    body = search(sandbox, **params)
    assert body["features"], "the demo site has images everywhere"
    assert validate(body, SEARCH) == []


def test_multi_view_answers_are_valid_against_the_vendor_schema(sandbox):
    response = get(sandbox, MULTI_VIEW, {"p": POINT})
    assert response.status_code == 200
    assert validate(response.json(), MULTI_VIEW) == []


def test_the_schema_check_catches_a_broken_answer(sandbox):
    body = search(sandbox, p=POINT, limit="2")
    del body["features"][0]["properties"]["cameraPosition"]
    body["features"][1]["properties"]["heading"] = "north"
    body["numberReturned"] = "2"
    assert validate(body, SEARCH) == [
        "$.features[0].properties: missing required 'cameraPosition'",
        "$.features[1].properties.heading: expected number, got str",
        "$.numberReturned: expected number, got str",
    ]


def test_cursor_pagination_walks_every_result_once(sandbox):
    whole = search(sandbox, polygon=AOI_WKT, limit="1000")
    pages = all_pages(sandbox, polygon=AOI_WKT, limit="60")
    cursor_pattern = openapi()["paths"][SEARCH]["get"]["parameters"][-2]["schema"]["pattern"]
    assert len(pages) == -(-whole["numberReturned"] // 60) > 3
    for page in pages[:-1]:
        cursor = re.search(r"[?&]cursor=([^&]+)", page["next"]).group(1)
        assert re.fullmatch(cursor_pattern, cursor)
        assert page["next"].startswith(f"{sandbox.url}/spexi{SEARCH}?")
        assert page["numberReturned"] == len(page["features"]) == 60
    assert "next" not in pages[-1]
    paged_ids = [f["id"] for page in pages for f in page["features"]]
    assert paged_ids == [f["id"] for f in whole["features"]]
    assert len(set(paged_ids)) == len(paged_ids)


def test_a_cursor_only_works_with_its_own_query(sandbox):
    first = search(sandbox, polygon=AOI_WKT, limit="10")
    cursor = re.search(r"cursor=([^&]+)", first["next"]).group(1)
    response = get(sandbox, SEARCH, {"p": POINT, "cursor": cursor})
    assert response.status_code == 400
    assert "cursor does not belong to this query" in response.json()["message"][0]


def test_distance_comes_only_with_point_queries(sandbox):
    point = search(sandbox, p=POINT)["features"]
    assert all(isinstance(f["properties"]["distance"], (int, float)) for f in point)
    for feature in point:
        lon, lat = feature["properties"]["cameraPosition"]["coordinates"]
        metres = math.hypot((lon - CENTER[0]) * 111_320 * math.cos(math.radians(lat)), (lat - CENTER[1]) * 111_132)
        assert feature["properties"]["distance"] == pytest.approx(metres, rel=0.01, abs=0.5)
    for other in (search(sandbox, bbox="-123.124,49.281,-123.119,49.284"), search(sandbox, polygon=AOI_WKT)):
        assert other["features"] and all("distance" not in f["properties"] for f in other["features"])


def _edge_share(feature, point):
    """How far inside its footprint a point lies, as a share of the footprint's size."""
    footprint = shape(feature["geometry"])
    return footprint.exterior.distance(point) / footprint.area ** 0.5


def test_focused_search_drops_edge_images_and_ranks_by_prominence(sandbox):
    poi = Point(CENTER)
    unfocused = search(sandbox, p=POINT, pitch="-90", focused="false")["features"]
    focused = search(sandbox, p=POINT, pitch="-90")["features"]
    assert {f["id"] for f in focused} < {f["id"] for f in unfocused}
    dropped = [f for f in unfocused if f["id"] not in {g["id"] for g in focused}]
    assert min(_edge_share(f, poi) for f in focused) > 0.08
    assert min(_edge_share(f, poi) for f in dropped) < 0.05  # the point sat at a frame edge
    shares = [_edge_share(f, poi) for f in focused]
    assert shares[0] > shares[-1] and shares[0] == pytest.approx(max(shares), abs=0.03)
    # unfocused answers come newest first
    times = [f["properties"]["capturedAt"] for f in unfocused]
    assert times == sorted(times, reverse=True)


def test_camera_filters_hold_within_their_slight_margin(sandbox):
    features = search(sandbox, polygon=AOI_WKT, heading="80,100", pitch="-65,-55", altitude="100,115",
                      captured_at="2025-09-18", capture_type="oblique", focused="false", limit="1000")["features"]
    assert features
    for f in features:
        props = f["properties"]
        assert 78 <= props["heading"] <= 102 and -67 <= props["pitch"] <= -53 and 98 <= props["altitude"] <= 117
        assert props["capturedAt"].startswith("2025-09-18") and props["captureType"] == "oblique"
    # a JavaScript-style date range works as well
    assert search(sandbox, p=POINT, captured_at="Jan 1, 2025,Dec 31, 2025")["features"]
    assert search(sandbox, p=POINT, captured_at="2023-01-01,2023-12-31")["features"] == []


@pytest.mark.parametrize("params, message", [
    ({}, "At least one spatial filter is required"),
    ({"p": POINT, "pitch": "-200"}, "pitch must be within [-135, 45]"),
    ({"p": POINT, "heading": "360"}, "heading must be within [0, 360)"),
    ({"p": POINT, "heading": "90,10"}, "heading range minimum must not exceed its maximum"),
    ({"p": POINT, "altitude": "abc"}, "altitude must contain only numbers"),
    ({"p": POINT, "limit": "0"}, "limit must not be less than 1"),
    ({"p": POINT, "limit": "1001"}, "limit must not be greater than 1000"),
    ({"p": POINT, "capture_type": "panorama,drone"}, "capture_type must be one or more of"),
    ({"p": POINT, "focused": "maybe"}, "focused must be a boolean value"),
    ({"p": POINT, "cursor": "not-a-cursor!"}, "cursor must match"),
    ({"p": POINT, "captured_at": "yesterday"}, "captured_at must be a date"),
    ({"p": "200,49"}, "p must have longitudes in [-180, 180]"),
    ({"bbox": "-123.1,49.3,-123.2,49.2"}, "bbox must be minLon,minLat,maxLon,maxLat with min < max"),
    ({"polygon": "POLYGON((0 0, 1"}, "polygon must be valid WKT"),
    ({"polygon": "POLYGON((-123.14 49.27, -123.10 49.27, -123.10 49.29, -123.14 49.29, -123.14 49.27))"},
     "polygon bounding box area must not exceed 1 km²"),
    ({"p": POINT, "size": "large"}, "property size should not exist"),
])
def test_bad_parameters_get_a_400_with_a_message(sandbox, params, message):
    response = get(sandbox, SEARCH, params)
    assert response.status_code == 400
    body = response.json()
    assert body["statusCode"] == 400 and body["error"] == "Bad Request"
    assert any(message in m for m in body["message"]), body


def test_multi_view_accepts_only_spatial_and_time_parameters(sandbox):
    response = get(sandbox, MULTI_VIEW, {"p": POINT, "pitch": "-90"})
    assert response.status_code == 400 and response.json()["message"] == ["property pitch should not exist"]


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "sk_wrong"}, {"Authorization": f"Bearer {secret('spexi')}"}])
def test_no_key_no_answer(sandbox, headers):
    feature = search(sandbox, p=POINT, limit="1")["features"][0]
    for url in (f"{sandbox.url}/spexi{SEARCH}?p={POINT}", f"{sandbox.url}/spexi{MULTI_VIEW}?p={POINT}",
                feature["links"][0]["href"], feature["links"][1]["href"]):
        response = get(sandbox, url, headers=headers)
        assert response.status_code == 401 and response.json()["message"] == "Unauthorized"


def test_links_serve_real_jpegs_with_exif_and_xmp(sandbox):
    feature = search(sandbox, p=POINT, pitch="-90", limit="1")["features"][0]
    props = feature["properties"]
    links = {link["rel"]: link for link in feature["links"]}
    assert links["original"]["title"] == "Raw Image" and links["original"]["type"] == "image/jpeg"
    original = get(sandbox, links["original"]["href"])
    zoomed = get(sandbox, links["zoomed"]["href"])
    assert original.headers["Content-Type"] == zoomed.headers["Content-Type"] == "image/jpeg"
    picture = Image.open(io.BytesIO(original.content))
    assert picture.format == "JPEG" and picture.size == (1200, 900)
    assert Image.open(io.BytesIO(zoomed.content)).size == (800, 600)
    exif = picture.getexif()
    assert exif[0x010F] == "DJI"
    assert exif.get_ifd(0x8769)[0x9003] == props["capturedAt"][:19].replace("-", ":").replace("T", " ")
    gps = exif.get_ifd(0x8825)
    lat = sum(float(v) / 60 ** i for i, v in enumerate(gps[2]))
    lon = -sum(float(v) / 60 ** i for i, v in enumerate(gps[4]))
    assert (lon, lat) == pytest.approx(props["cameraPosition"]["coordinates"], abs=1e-5)
    xmp = picture.info.get("xmp") or next(v for k, v in picture.applist if k == "APP1" and b"xap/1.0" in v)
    assert f'drone-dji:GimbalPitchDegree="{props["pitch"]:.2f}"'.encode() in xmp
    # Range requests resume a download
    tail = get(sandbox, links["original"]["href"], headers={**KEY, "Range": "bytes=1000-"})
    assert tail.status_code == 206 and tail.content == original.content[1000:]


def test_the_s3_url_is_on_the_other_host_and_refuses_credentials(sandbox):
    feature = search(sandbox, p=POINT, limit="1")["features"][0]
    url = feature["properties"]["url"]
    assert url.startswith(sandbox.cdn_url + "/")
    direct = get(sandbox, feature["links"][0]["href"]).content
    assert requests.get(url, timeout=30).content == direct
    leaked = requests.get(url, headers=KEY, timeout=30)
    assert leaked.status_code == 400 and b"Unexpected credential" in leaked.content


def test_original_can_redirect_to_the_s3_url(sandbox):
    feature = search(sandbox, p=POINT, limit="1")["features"][0]
    sandbox.options["spexi.original_redirect"] = "1"
    try:
        response = get(sandbox, feature["links"][0]["href"], allow_redirects=False)
    finally:
        del sandbox.options["spexi.original_redirect"]
    assert response.status_code == 302 and response.headers["Location"] == feature["properties"]["url"]


def test_library_size_is_an_option():
    with Sandbox(options={"spexi.images": "1234"}) as small:
        catalog = spexi.state(small).catalog
        assert len(catalog) == 1234 and len(catalog.by_sid) == 1234
