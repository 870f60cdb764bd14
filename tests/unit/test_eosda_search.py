"""EOSDA scene search against the sandbox: what is sent, what comes back,
date ranges split, pages followed, bad input refused before any request."""

import json
from datetime import date, timedelta

import pytest
from shapely import wkt
from shapely.geometry import Point, box

from imagery_hub.providers.eosda.client import EosdaClient, date_ranges
from imagery_hub.providers.errors import AuthenticationError, InvalidInputError
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT

AOI = wkt.loads(AOI_WKT)
SEARCH_PATH = r"/eosda/api/lms/search/v2/"


@pytest.fixture
def client(sandbox):
    return EosdaClient(secret("eosda"), sandbox.url + "/eosda", backoff=0.01)


def sent_bodies(sandbox):
    return [json.loads(r["body"]) for r in sandbox.log.find(path=SEARCH_PATH)]


def test_summer_scenes_over_the_demo_site(client, sandbox):
    result = client.search("sentinel2", AOI, "2024-06-01", "2024-08-31")
    assert result.found == len(result.scenes) > 10
    dates = [s.captured_at for s in result.scenes]
    assert dates == sorted(dates, reverse=True)  # newest first, the default sort
    assert all(s.footprint.intersects(AOI) for s in result.scenes)
    assert all(date(2024, 6, 1) <= s.captured_at.date() <= date(2024, 8, 31) for s in result.scenes)
    first = result.scenes[0]
    assert first.id.startswith("S2/10/U/DV/2024/")
    assert first.properties["scene_id"].endswith("_10UDV_0") and 0 <= first.properties["cloud"] <= 100
    (record,) = sandbox.log.find(path=SEARCH_PATH)
    assert record["headers"]["x-api-key"] == secret("eosda") and "api_key" not in record["query"]


def test_view_id_is_read_though_not_asked_for_and_crs_member_is_ignored(client, sandbox):
    result = client.search("landsat8", AOI, "2024-06-01", "2024-08-31")
    (body,) = sent_bodies(sandbox)
    assert "view_id" not in body["fields"]
    assert result.scenes and all(s.id.startswith("L8/LC8047026") or s.id.startswith("L8/LC8048026")
                                 for s in result.scenes)
    raw = client.session.post_json("api/lms/search/v2/landsat8", body)["results"][0]
    assert "crs" in raw["dataGeometry"]  # the non-standard member is really there...
    scene = next(s for s in result.scenes if s.id == raw["view_id"])
    assert scene.footprint.geom_type == "Polygon"  # ...and parsed past
    assert scene.footprint.bounds == pytest.approx(box(*scene.footprint.bounds).bounds)


def test_pages_are_followed_until_found(client, sandbox):
    everything = client.search("sentinel2", AOI, "2024-01-01", "2024-03-31")
    sandbox.log.clear()
    paged = client.search("sentinel2", AOI, "2024-01-01", "2024-03-31", limit=5)
    bodies = sent_bodies(sandbox)
    assert [b["page"] for b in bodies] == list(range(1, len(bodies) + 1))
    assert len(bodies) == -(-everything.found // 5) > 1
    assert [s.id for s in paged.scenes] == [s.id for s in everything.scenes]


def test_a_range_over_365_days_is_split(client, sandbox):
    result = client.search("landsat8", AOI, "2021-03-01", "2024-02-27")
    ranges = [(date.fromisoformat(b["search"]["date"]["from"]), date.fromisoformat(b["search"]["date"]["to"]))
              for b in sent_bodies(sandbox)]
    assert len(ranges) == 3
    assert all((last - first).days < 365 for first, last in ranges)
    ordered = sorted(ranges)
    assert ordered[0][0] == date(2021, 3, 1) and ordered[-1][1] == date(2024, 2, 27)
    assert all(b[0] - a[1] == timedelta(days=1) for a, b in zip(ordered, ordered[1:]))  # no gap, no overlap
    assert len({s.id for s in result.scenes}) == len(result.scenes) == result.found
    years = {s.captured_at.year for s in result.scenes}
    assert years == {2021, 2022, 2023, 2024}


def test_date_ranges_cover_exactly():
    ranges = date_ranges(date(2020, 1, 1), date(2020, 12, 31), newest_first=False)
    assert ranges == [(date(2020, 1, 1), date(2020, 12, 30)), (date(2020, 12, 31), date(2020, 12, 31))]


def test_cloud_range_and_sort_by_cloud(client, sandbox):
    result = client.search("sentinel2", AOI, "2023-01-01", "2023-12-31", cloud_from=5, cloud_to=40,
                           sort="cloudCoverage", order="asc")
    clouds = [s.properties["cloud"] for s in result.scenes]
    assert clouds and all(5 <= c <= 40 for c in clouds) and clouds == sorted(clouds)
    (body,) = sent_bodies(sandbox)
    assert body["search"]["cloudCoverage"] == {"from": 5.0, "to": 40.0}
    assert body["sort"] == {"cloudCoverage": "asc"}


def test_contains_only_keeps_scenes_covering_the_whole_area(client):
    # one orbit's swath edge crosses the demo AOI: its scenes touch it without covering it
    touching = client.search("sentinel2", AOI, "2024-07-01", "2024-07-31")
    covering = client.search("sentinel2", AOI, "2024-07-01", "2024-07-31", shape_relation="CONTAINS")
    assert 0 < len(covering.scenes) < len(touching.scenes)
    assert all(s.footprint.contains(AOI) for s in covering.scenes)
    partial = [s for s in touching.scenes if not s.footprint.contains(AOI)]
    assert partial and all(0 < s.footprint.intersection(AOI).area < AOI.area for s in partial)


def test_max_results_truncates_newest_first(client):
    result = client.search("sentinel2", AOI, "2023-01-01", "2024-12-31", max_results=7, limit=5)
    assert result.truncated and len(result.scenes) == 7
    assert result.scenes[0].captured_at.year == 2024


@pytest.mark.parametrize("kwargs, parameter", [
    ({"dataset": "modis"}, "dataset"),
    ({"date_from": "2024-09-01"}, "date_from"),
    ({"date_to": "31/08/2024"}, "date_to"),
    ({"cloud_to": 120}, "cloud"),
    ({"cloud_from": 50, "cloud_to": 10}, "cloud"),
    ({"geometry": Point(-123.12, 49.28)}, "geometry"),
    ({"sort": "sunElevation"}, "sort"),
    ({"shape_relation": "TOUCHES"}, "shape_relation"),
])
def test_bad_input_is_refused_before_any_request(client, sandbox, kwargs, parameter):
    args = {"dataset": "sentinel2", "geometry": AOI, "date_from": "2024-06-01", "date_to": "2024-08-31"}
    args.update(kwargs)
    with pytest.raises(InvalidInputError) as caught:
        client.search(args.pop("dataset"), args.pop("geometry"), args.pop("date_from"), args.pop("date_to"),
                      **args)
    assert caught.value.parameter == parameter
    assert sandbox.log.find(path="/eosda/") == []


def test_wrong_key_is_an_authentication_error(sandbox):
    client = EosdaClient("apk.wrong", sandbox.url + "/eosda", backoff=0.01)
    with pytest.raises(AuthenticationError) as caught:
        client.search("sentinel2", AOI, "2024-06-01", "2024-06-30")
    assert "Invalid or missing API key" in str(caught.value) and "apk.wrong" not in str(caught.value)


def test_the_api_key_query_form_is_accepted_too(sandbox):
    import requests

    body = EosdaClient.search_body("sentinel2", AOI, "2024-06-01", "2024-06-30")
    answer = requests.post(f"{sandbox.url}/eosda/api/lms/search/v2/sentinel2", params={"api_key": secret("eosda")},
                           json=body, timeout=10)
    assert answer.status_code == 200 and answer.json()["meta"]["found"] > 0


def test_the_sandbox_requires_a_date(sandbox):
    import requests

    answer = requests.post(f"{sandbox.url}/eosda/api/lms/search/v2/sentinel2",
                           headers={"x-api-key": secret("eosda")}, json={"search": {}}, timeout=10)
    assert answer.status_code == 400 and "search.date" in answer.json()["error"]


def test_a_server_sending_fewer_per_page_than_asked_is_paged_to_the_end(client, sandbox):
    everything = client.search("sentinel2", AOI, "2024-01-01", "2024-03-31")
    assert everything.found > 5
    sandbox.options["eosda.page_cap"] = 5  # the client asks for 500 a page
    try:
        sandbox.log.clear()
        capped = client.search("sentinel2", AOI, "2024-01-01", "2024-03-31")
    finally:
        sandbox.options.pop("eosda.page_cap")
    assert [s.id for s in capped.scenes] == [s.id for s in everything.scenes]
    assert capped.found == everything.found and not capped.truncated
    assert len(sent_bodies(sandbox)) == -(-everything.found // 5)
