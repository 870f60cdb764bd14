"""SpexiClient against the sandbox: parameters, pages, large areas, refusals,
multi-view, downloads and recovery from faults mid-search."""

from datetime import date, datetime, timezone

import pytest
from PIL import Image
from shapely import wkt
from shapely.geometry import Point, box

from imagery_hub.providers.errors import AuthenticationError, InvalidInputError
from imagery_hub.providers.spexi.client import SpexiClient
from imagery_hub.providers.spexi.query import bbox_area_km2, split_area
from imagery_hub.sandbox import Sandbox
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT, CENTER, EXTENT

SEARCH_PATH = r"/spexi/developer-api/api/v1/image$"


def make_client(sandbox, **options):
    return SpexiClient(secret("spexi"), sandbox.service_url("spexi"), backoff=0.01, **options)


@pytest.fixture
def client(sandbox):
    return make_client(sandbox)


def searches(sandbox):
    return sandbox.log.find(path=SEARCH_PATH)


def test_every_parameter_reaches_the_server_as_documented(client, sandbox):
    records = list(client.search(
        point=(CENTER[0], CENTER[1], 250), heading=(80, 100), pitch=(-65, -55), altitude=(100, 115),
        captured_at=(date(2025, 9, 1), datetime(2025, 9, 30, 23, 59, tzinfo=timezone.utc)),
        capture_type=["oblique", "orthomosaic"], focused=False, limit=20))
    first = searches(sandbox)[0]
    assert first["headers"]["x-api-key"] == secret("spexi")
    assert {k: v[0] for k, v in first["query"].items()} == {
        "p": "-123.1216,49.2827,250", "heading": "80,100", "pitch": "-65,-55", "altitude": "100,115",
        "captured_at": "2025-09-01T00:00:00.000Z,2025-09-30T23:59:00.000Z", "capture_type": "oblique,orthomosaic",
        "focused": "false", "limit": "20"}
    assert len(records) > 20  # several pages
    for record in records:
        assert 78 <= record.heading <= 102 and -67 <= record.pitch <= -53 and 98 <= record.altitude <= 117
        assert record.captured_at.strftime("%Y-%m") == "2025-09" and record.capture_type == "oblique"
        assert record.properties["distance"] <= 250 + 1500  # camera to point; the footprint meets the circle


def test_bbox_polygon_and_single_values(client, sandbox):
    list(client.search(bbox=(-123.124, 49.281, -123.119, 49.284), polygon=wkt.loads(AOI_WKT), pitch=-90,
                       heading=0, captured_at=date(2025, 9, 18), capture_type="orthomosaic", limit=5,
                       max_records=5))
    query = {k: v[0] for k, v in searches(sandbox)[0]["query"].items()}
    assert query["bbox"] == "-123.124,49.281,-123.119,49.284"
    assert wkt.loads(query["polygon"]).equals(wkt.loads(AOI_WKT))
    assert (query["pitch"], query["heading"], query["captured_at"], query["focused"]) == (
        "-90", "0", "2025-09-18T00:00:00.000Z,2025-09-18T23:59:59.999Z", "true")  # the whole day, written out


def test_records_carry_what_the_layers_need(client):
    record = next(iter(client.search(point=CENTER, pitch=-90, limit=1)))
    assert record.service == "Spexi" and record.capture_type == "orthomosaic"
    assert record.footprint.geom_type == "Polygon" and record.footprint.contains(Point(CENTER))
    assert record.camera.distance(Point(CENTER)) < 0.002
    assert record.captured_at.tzinfo is not None and record.properties["key"]
    assert set(record.links) == {"original", "zoomed"} and record.properties["distance"] > 0


def test_pages_are_followed_to_the_end_or_the_cap(client, sandbox):
    whole = [r.id for r in client.search(polygon=AOI_WKT, limit=1000)]
    sandbox.log.clear()
    progress = []
    paged = [r.id for r in client.search(polygon=AOI_WKT, limit=40, progress=lambda p: progress.append(p.pages))]
    assert paged == whole and len(searches(sandbox)) == -(-len(whole) // 40) > 3
    assert progress == list(range(1, len(searches(sandbox)) + 1))
    sandbox.log.clear()
    capped = [r.id for r in client.search(polygon=AOI_WKT, limit=40, max_records=90)]
    assert capped == whole[:90] and len(searches(sandbox)) == 3  # no page fetched beyond the cap


def test_a_large_area_is_searched_cell_by_cell_without_duplicates():
    with Sandbox(options={"spexi.images": "1500"}) as small:
        client = make_client(small)
        area = box(*EXTENT)  # about 3.3 km²
        records = list(client.search_area(area, focused=False, limit=1000))
        polygons = [wkt.loads(r["query"]["polygon"][0]) for r in small.log.find(path=SEARCH_PATH)]
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids)) == 1500  # every image of the library covers part of the extent: all found once
    cells = split_area(area)
    assert len(cells) >= 4 and all(bbox_area_km2(*c.bounds) <= 1.0 for c in cells)
    assert {p.wkt for p in polygons} == {c.wkt for c in cells}
    assert sum(c.area for c in cells) == pytest.approx(area.area)


def test_split_keeps_concave_and_small_areas_whole():
    aoi = wkt.loads(AOI_WKT)
    assert split_area(aoi) == [aoi]
    ring = box(-123.135, 49.275, -123.108, 49.290).difference(box(-123.130, 49.278, -123.112, 49.290))
    pieces = split_area(ring)  # a U shape: the cells cut it into parts, none empty
    assert sum(p.area for p in pieces) == pytest.approx(ring.area)
    assert all(p.geom_type == "Polygon" and bbox_area_km2(*p.bounds) <= 1.0 for p in pieces)


@pytest.mark.parametrize("kwargs, parameter, text", [
    ({}, "p", "needs a point (p), a bbox or a polygon"),
    ({"point": CENTER, "pitch": -136}, "pitch", "pitch -136° is outside [-135, 45]°"),
    ({"point": CENTER, "pitch": (-60, -90)}, "pitch", "pitch range minimum -60 is above its maximum -90"),
    ({"point": CENTER, "heading": 360}, "heading", "heading 360° is outside [0, 360)°"),
    ({"point": CENTER, "heading": -5}, "heading", "heading -5° is outside [0, 360)°"),
    ({"point": CENTER, "altitude": (0, 20000)}, "altitude", "altitude 20000 m is outside [0, 10000] m"),
    ({"point": CENTER, "limit": 0}, "limit", "limit must be a whole number from 1 to 1000"),
    ({"point": CENTER, "limit": 1001}, "limit", "limit must be a whole number from 1 to 1000"),
    ({"point": CENTER, "capture_type": ["nadir"]}, "capture_type", "capture_type nadir is not one of"),
    ({"point": CENTER, "capture_type": []}, "capture_type", "choose at least one capture type"),
    ({"point": CENTER, "captured_at": (date(2025, 2, 1), date(2025, 1, 1))}, "captured_at", "starts"),
    ({"point": (200, 49)}, "p", "is not a longitude/latitude"),
    ({"bbox": (-123.1, 49.3, -123.2, 49.2)}, "bbox", "min must be below max"),
    ({"polygon": "POLYGON((0 0, 1"}, "polygon", "polygon is not valid WKT"),
    ({"polygon": box(*EXTENT)}, "polygon", "polygon's bounding box is 3.2"),
    ({"polygon": "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"}, "polygon", "crosses itself"),
    # checked as sent: these pass as numbers but leave the range once written to 6 decimals
    ({"point": CENTER, "heading": 359.9999996}, "heading", "heading 359.9999996 (sent as 360)° is outside"),
    ({"bbox": (-123.1, 49.28, -123.1000000001, 49.2800001)}, "bbox", "has no width or height at 6 decimals"),
    ({"point": CENTER, "captured_at": "garbage"}, "captured_at", "captured_at 'garbage' is not a date"),
    ({"point": CENTER, "captured_at": "0001-01-01"}, "captured_at", "is before 1970"),
    ({"point": CENTER, "captured_at": ("Feb 30, 2023", "2023-03-01")}, "captured_at", "is not a date"),
])
def test_input_the_api_would_refuse_is_refused_first(client, sandbox, kwargs, parameter, text):
    with pytest.raises(InvalidInputError) as caught:
        list(client.search(**kwargs))
    assert caught.value.parameter == parameter and text in str(caught.value)
    assert searches(sandbox) == []  # nothing was sent


def test_a_refused_filter_stops_an_area_search_before_any_request(client, sandbox):
    with pytest.raises(InvalidInputError, match="pitch"):
        list(client.search_area(box(*EXTENT), pitch=50))
    assert searches(sandbox) == []


def test_a_refusal_by_the_service_is_one_clear_line(client):
    # the client leaves the radius to the service, which refuses very large ones
    with pytest.raises(InvalidInputError) as caught:
        list(client.search(point=(CENTER[0], CENTER[1], 20000)))
    assert str(caught.value) == "Spexi: p radius must be between 0 and 10000 meters (HTTP 400)"


def test_a_wrong_key_is_an_authentication_error(sandbox):
    client = SpexiClient("sk_wrong_key", sandbox.service_url("spexi"))
    with pytest.raises(AuthenticationError) as caught:
        list(client.search(point=CENTER))
    assert "Unauthorized" in str(caught.value) and "sk_wrong_key" not in caught.value.describe()


def test_multi_view_labels_the_five_views(client, sandbox):
    views = client.multi_view(point=CENTER)
    assert [v for v, _ in views] == ["nadir", "north", "east", "south", "west"]
    assert views[0][1].pitch <= -75
    for (view, record), heading in zip(views[1:], (0, 90, 180, 270)):
        assert record.pitch > -75 and abs((record.heading - heading + 180) % 360 - 180) < 45, view
    assert all(r.footprint.contains(Point(CENTER)) for _, r in views)


def test_multi_view_by_date(client, sandbox):
    views = client.multi_view(point=CENTER, captured_at=("2025-09-01", "2025-09-30"))
    query = {k: v[0] for k, v in sandbox.log.find(path="multi-view")[0]["query"].items()}
    assert query == {"p": "-123.1216,49.2827", "captured_at": "2025-09-01T00:00:00.000Z,2025-09-30T23:59:59.999Z"}
    assert 3 <= len(views) <= 5 and views[0][0] == "nadir"
    assert all(r.captured_at.strftime("%Y-%m") == "2025-09" for _, r in views)


def test_both_variants_download_with_the_key_only_on_spexi(client, sandbox, tmp_path):
    record = next(iter(client.search(point=CENTER, pitch=-90, limit=1)))
    original = client.download(record, "original", tmp_path)
    zoomed = client.download(record, "zoomed", tmp_path)
    assert original.name == f"{record.id}.jpg" and zoomed.name == f"{record.id}_zoomed.jpg"
    assert Image.open(original).size == (1200, 900) and Image.open(zoomed).size == (800, 600)
    for entry in sandbox.log.find(path=f"/image/{record.id}/"):
        assert entry["headers"]["x-api-key"] == secret("spexi")
    with pytest.raises(InvalidInputError, match="thumbnail"):
        client.download(record, "thumbnail", tmp_path)


def test_a_redirect_to_s3_gets_no_key(client, sandbox, tmp_path):
    record = next(iter(client.search(point=CENTER, limit=1)))
    direct = client.download(record, "original", tmp_path / "direct").read_bytes()
    sandbox.options["spexi.original_redirect"] = "1"
    try:
        path = client.download(record, "original", tmp_path / "redirected")
    finally:
        del sandbox.options["spexi.original_redirect"]
    assert path.read_bytes() == direct
    s3 = sandbox.log.find(host="cdn")
    assert len(s3) == 1 and "x-api-key" not in {k.lower() for k in s3[0]["headers"]}


@pytest.mark.parametrize("fault", [
    {"kind": "status", "status": 429, "retry_after": "0", "times": 2},
    {"kind": "status", "status": 503, "times": 3},
    {"kind": "reset", "after_bytes": 2000, "times": 1},
    {"kind": "malformed_json", "times": 1},
])
def test_faults_mid_pagination_lose_and_repeat_nothing(client, sandbox, fault):
    clean = [r.id for r in client.search(polygon=AOI_WKT, limit=100)]
    records = client.search(polygon=AOI_WKT, limit=100)
    got = [next(records).id for _ in range(100)]  # the first page
    sandbox.faults.add(path=SEARCH_PATH, **fault)
    got += [r.id for r in records]
    assert got == clean
    assert sandbox.faults.rules()[0].fired == fault["times"]
