"""The Mapillary v4 client against the sandbox: search cells, clipping and
merging, fields, detections, thumbnails, tiles and the Graph error envelope."""

import time
from datetime import date, timezone

import pytest
import requests
from shapely.geometry import Point, Polygon

from imagery_hub.providers.mapillary import search as mapillary_search
from imagery_hub.providers.errors import AuthenticationError, InvalidInputError, NotFoundError
from imagery_hub.providers.mapillary.client import MapillaryClient
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import EXTENT
from imagery_hub.sandbox.mapillary.data import scene, world

TOKEN = DEMO_CREDENTIALS["mapillary"]["secret"]
# a triangle over the whole demo extent: 6 grid cells, some only partly inside
TRIANGLE = Polygon([(EXTENT[0], EXTENT[1]), (EXTENT[2], EXTENT[1]), (EXTENT[0], EXTENT[3])])


@pytest.fixture
def client(sandbox):
    return MapillaryClient(TOKEN, f"{sandbox.url}/mapillary", f"{sandbox.url}/mapillary-tiles", backoff=0.01)


def bboxes_sent(sandbox):
    return [tuple(float(v) for v in r["query"]["bbox"][0].split(",")) for r in sandbox.log.find(path="/images$")]


def inside(area):
    return {i.id for i in world().images if area.intersects(Point(i.lon, i.lat))}


@pytest.mark.parametrize("rule", ["area", "side"])
def test_search_splits_clips_and_merges_under_either_reading_of_the_bbox_rule(client, sandbox, monkeypatch, rule):
    monkeypatch.setitem(sandbox.options, "mapillary.bbox_rule", rule)
    result = client.search(TRIANGLE)
    sent = bboxes_sent(sandbox)
    assert len(sent) == result.requests == result.cells > 1
    assert all(mapillary_search.fits(b, 0.01) for b in sent)  # no cell over the limit, read either way
    ids = [r.id for r in result.images]
    assert len(ids) == len(set(ids))  # no duplicates
    assert set(ids) == inside(TRIANGLE)  # every image of the triangle, none outside it
    assert result.capped == []


def test_cells_are_fetched_concurrently(client, sandbox):
    # each answer takes 1.5 s: one after another, the third request could not arrive
    # before 3 s had passed; at once, all three arrive long before the first answer
    sandbox.faults.add(kind="latency", delay=1.5, path="/mapillary/images")
    client.concurrency = 3
    client.search(EXTENT)
    arrivals = sorted(r["time"] for r in sandbox.log.find(path="/images$"))
    assert len(arrivals) == 6
    assert arrivals[2] - arrivals[0] < 1.5  # three were on their way before the first answered


def test_a_cell_at_the_cap_is_refined_then_reported(client, sandbox):
    capped = client.search(EXTENT, limit=60, refine_depth=0)
    assert capped.capped and len(capped.images) < len(inside(Polygon.from_bounds(*EXTENT)))
    refined = client.search(EXTENT, limit=60, refine_depth=1)
    assert len(refined.images) > len(capped.images)
    assert refined.requests > refined.cells  # quarters of the capped cells were asked for
    assert all(r.id in {i.id for i in world().images} for r in refined.images)


def test_filters_go_to_the_service_and_come_back_applied(client, sandbox):
    result = client.search(EXTENT, start=date(2018, 1, 1), end=date(2021, 12, 31), is_pano=True)
    query = sandbox.log.find(path="/images$")[0]["query"]
    assert query["start_captured_at"] == ["2018-01-01T00:00:00Z"]
    assert query["end_captured_at"] == ["2021-12-31T23:59:59Z"]
    assert query["is_pano"] == ["true"]
    assert result.images and all(r.properties["is_pano"] for r in result.images)
    assert all(2018 <= r.captured_at.year <= 2021 for r in result.images)


def test_creator_search_follows_the_pages(client, sandbox):
    result = client.search(EXTENT, creator="citywalker", limit=100)
    expected = {i.id for i in world().images if i.creator[0] == "citywalker"
                and EXTENT[0] <= i.lon <= EXTENT[2] and EXTENT[1] <= i.lat <= EXTENT[3]}
    assert {r.id for r in result.images} == expected and len(expected) > 100
    assert result.requests > result.cells  # paging.next was followed
    assert all("access_token" not in r["query"] for r in sandbox.log.find(path="/images$"))


@pytest.mark.parametrize("kwargs, parameter", [
    ({"limit": 0}, "limit"), ({"limit": 2001}, "limit"),
    ({"start": date(2022, 1, 2), "end": date(2022, 1, 1)}, "date"),
    ({"creator": "two words"}, "creator"), ({"bbox_limit": 0}, "bbox_limit"),
])
def test_bad_input_is_refused_before_any_request(client, sandbox, kwargs, parameter):
    with pytest.raises(InvalidInputError) as error:
        client.search(EXTENT, **kwargs)
    assert error.value.parameter == parameter
    assert sandbox.log.find(path="/mapillary") == []


def test_too_large_an_area_is_refused_before_any_request(client, sandbox):
    with pytest.raises(InvalidInputError, match="draw a smaller area"):
        client.search((-125.0, 47.0, -122.0, 50.0))  # about 92,000 cells
    assert sandbox.log.find(path="/mapillary") == []


def test_image_fields_are_parsed_and_missing_ones_stay_absent(client):
    source = next(i for i in world().images if i.make is None and i.altitude is None)
    record = client.image(source.id)
    assert record.id == source.id and record.captured_at.tzinfo == timezone.utc
    assert int(record.captured_at.timestamp() * 1000) == source.captured_at
    assert record.heading == pytest.approx(source.compass_angle, abs=1e-5)
    assert (record.camera.x, record.camera.y) == pytest.approx((source.lon, source.lat))
    assert record.capture_type == source.camera_type
    assert record.properties["creator_username"] == source.creator[0]
    assert record.altitude is None and "altitude" not in record.properties
    assert "make" not in record.properties and "model" not in record.properties
    assert (record.properties["width"], record.properties["height"]) == (source.width, source.height)


def test_detections_are_outlines_in_image_pixels(client):
    source = next(i for i in world().images if len(scene(i)) >= 3)
    detections = client.detections(source.id)
    expected = scene(source)
    assert [d.value for d in detections] == [o.value for o in expected]
    for detection, obj in zip(detections, expected):
        ring = detection.polygons[0][0]
        assert len(ring) == len(obj.polygon) + 1 and ring[0] == ring[-1]
        for (x, y), (nx, ny) in zip(ring, obj.polygon):
            # one tile unit of rounding at extent 4096
            assert x == pytest.approx(nx * source.width, abs=source.width / 4096 + 1e-6)
            assert y == pytest.approx(ny * source.height, abs=source.height / 4096 + 1e-6)


def test_thumbnails_are_fetched_fresh_and_without_the_token(client, sandbox, monkeypatch):
    monkeypatch.setitem(sandbox.options, "mapillary.thumb_ttl", 1)
    image_id = world().images[0].id
    old_url = client.thumbnail_url(image_id, "256")
    time.sleep(1.2)
    assert requests.get(old_url, timeout=10).status_code == 403  # the signed URL expired
    data = client.thumbnail(image_id, "256")
    assert data[:3] == b"\xff\xd8\xff"  # a JPEG from a URL asked for just now
    cdn = sandbox.log.find(host="cdn")
    assert cdn and all("Authorization" not in r["headers"] and "access_token" not in r["query"] for r in cdn)
    graph = sandbox.log.find(path=rf"/mapillary/{image_id}$")
    assert graph and all(r["headers"]["Authorization"] == f"OAuth {TOKEN}" for r in graph)


def test_sequence_ids_come_in_capture_order(client):
    sequence = world().sequences[3]
    assert client.sequence_image_ids(sequence.id) == [i.id for i in sequence.images]


def test_coverage_tiles_have_the_documented_layers(client, sandbox):
    image = world().images[100]
    nearest = client.image_near(image.lon, image.lat, 0.00005)
    assert nearest["id"] == image.id and nearest["sequence_id"] == image.sequence
    assert sandbox.log.find(path="/mapillary-tiles/")[0]["query"]["access_token"] == [TOKEN]
    assert set(client.coverage_tile(5, 5, 10)) == {"overview"}
    assert set(client.coverage_tile(10, 161, 350)) == {"sequence"}
    with pytest.raises(InvalidInputError):
        client.coverage_tile(15, 0, 0)


def test_errors_are_read_from_the_envelope_by_code(client, sandbox):
    with pytest.raises(NotFoundError) as missing:
        client.image("1")
    assert missing.value.code == 100 and missing.value.status == 400
    bad = MapillaryClient("MLY|1|bogus", f"{sandbox.url}/mapillary", backoff=0.01)
    with pytest.raises(AuthenticationError) as refused:
        bad.image(world().images[0].id)
    assert refused.value.code == 190 and "bogus" not in str(refused.value)
    with pytest.raises(InvalidInputError) as too_big:
        client.session.get_json("images", params={"bbox": "-123.2,49.2,-123.0,49.3", "fields": "id"})
    assert too_big.value.code == 100 and "0.01" in str(too_big.value)
    # no token at all: the live service answers 500 with code 190, read as an authentication error
    response = requests.get(f"{sandbox.url}/mapillary/images", params={"bbox": "1,1,1.001,1.001"}, timeout=10)
    assert response.status_code == 500 and response.json()["error"]["code"] == 190
    from imagery_hub.providers.mapillary.client import parse_error
    assert parse_error(response)[2] is AuthenticationError


def test_the_sandbox_validates_what_it_gets(sandbox):
    headers = {"Authorization": f"OAuth {TOKEN}"}
    for params in ({"bbox": "1,1,1.001,1.001", "limit": 3000}, {"bbox": "1,1"},
                   {"bbox": "1,1,1.001,1.001", "start_captured_at": "yesterday"},
                   {"bbox": "1,1,1.001,1.001", "fields": "id,colour"}, {"make": "GoPro"}):
        response = requests.get(f"{sandbox.url}/mapillary/images", params=params, headers=headers, timeout=10)
        assert response.status_code == 400 and response.json()["error"]["code"] == 100, params


def test_an_unreadable_detection_is_left_out_and_counted_the_others_stay(client, sandbox):
    sandbox.options["mapillary.broken_detection"] = True  # the first outline's layer has extent 0
    try:
        source = next(i for i in world().images if len(scene(i)) >= 3)
        detections = client.detections(source.id)
    finally:
        sandbox.options.pop("mapillary.broken_detection")
    assert detections.skipped == 1
    assert [d.value for d in detections] == [o.value for o in scene(source)[1:]]
