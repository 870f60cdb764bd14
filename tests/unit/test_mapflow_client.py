"""The Mapflow client against the sandbox: every operation, as a user of the API sees it."""

import json
import math

import pytest
from shapely import wkt
from shapely.geometry import MultiPolygon, box

from imagery_hub.providers.paging import PagingStopped
from imagery_hub.providers.errors import AuthenticationError, InvalidInputError, NotFoundError, ServiceError
from imagery_hub.providers.mapflow.client import MapflowClient, check_against_account
from imagery_hub.providers.mapflow.models import Account
from imagery_hub.providers.mapflow.sources import (
    CatalogImageSource,
    DataProviderSource,
    ProcessingRequest,
    TileSource,
    UploadedImageSource,
)
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.mapflow.state import area_m2

AOI = wkt.loads(AOI_WKT)
BUILDINGS = "🏠 Buildings"


@pytest.fixture
def mapflow(sandbox, mapflow_shape):
    """A client on a fresh sandbox account whose processings take one second."""
    state = sandbox.state["mapflow"]
    saved = dict(sandbox.options)
    sandbox.options.update({"mapflow.processing_seconds": 1.0})
    state.reset()
    yield MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest", backoff=0.01)
    sandbox.options.clear()
    sandbox.options.update(saved)
    state.reset()


def imagery(sandbox, **kw):
    return TileSource("xyz", sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png", **kw)


def request_for(sandbox, name="Downtown", geometry=AOI, source=None, **kw):
    return ProcessingRequest(name, BUILDINGS, geometry, source or imagery(sandbox), **kw)


def wait_for(client, processing_id):
    """The ended processing and every (status, percent) seen on the way."""
    seen = []
    processing = client.wait_for_processing(processing_id, poll=0.05, timeout=10,
                                            on_update=lambda p: seen.append((p.status, p.percent)))
    return processing, seen


def sent_json(sandbox, path, method="POST"):
    return json.loads(sandbox.log.find(path, method=method)[-1]["body"])


def test_the_token_goes_as_basic_exactly(mapflow, sandbox):
    mapflow.account()
    headers = sandbox.log.find("/mapflow/rest/user/status")[-1]["headers"]
    assert headers["Authorization"] == f"Basic {secret('mapflow')}"


def test_a_wrong_token_is_an_authentication_error_without_the_token(sandbox):
    client = MapflowClient("d3Jvbmc6dG9rZW4=", sandbox.url + "/mapflow/rest")
    with pytest.raises(AuthenticationError) as caught:
        client.account()
    assert "d3Jvbmc6dG9rZW4" not in str(caught.value) + caught.value.describe()
    assert "settings" in str(caught.value)


def test_account_status_has_limits_models_blocks_and_prices(mapflow, mapflow_shape, sandbox):
    account = mapflow.account()
    assert account.email == "demo@imagery-hub.test"
    assert account.billing_type == "CREDITS" and account.remaining_credits == 5000
    assert account.aoi_area_limit_m2 == 25_000_000 and account.max_aois == 10
    buildings = account.model(BUILDINGS)
    # live: the models are the project's workflowDefs, whose base price is the sum of the
    # blocks every run includes (10), not pricePerSqKm (13), as the vendor client reads it
    base = {"documented": 13.0, "live": 10.0}[mapflow_shape]
    assert buildings.price_per_km2 == base
    assert [(b.display_name, b.price) for b in buildings.optional_blocks()] == \
        [("Classification", 3.0), ("Polygonization", 5.0), ("Merge with OSM", 0.0)]
    assert buildings.price_with(["Classification"]) == base + 3.0
    if mapflow_shape == "live":
        assert sandbox.log.find("/mapflow/rest/projects/default")  # where the models were read


def test_documented_and_legacy_status_shapes_parse():
    documented = {"email": "admin@geoalert.io", "processedArea": 45221388394, "remainingArea": 54778611606,
                  "areaLimit": 100000000000, "memoryLimit": 1000000000,
                  "models": [{"id": "5d47", "name": "🚗 Roads", "pricePerSqKm": 5.0}]}
    account = Account.from_json(documented)
    assert (account.billing_type, account.remaining_area_m2, account.models[0].blocks) == ("AREA", 54778611606, [])
    legacy = Account.from_json({"login": "old@geoalert.io", "isPremium": False, "remainingLimit": 5e6,
                                "aoiAreaLimit": 1e6})
    assert (legacy.email, legacy.remaining_area_m2, legacy.aoi_area_limit_m2) == ("old@geoalert.io", 5e6, 1e6)


def test_projects_create_list_rename_delete(mapflow, sandbox):
    default = mapflow.default_project()
    assert default.is_default and default.name == "Default"
    project = mapflow.create_project("Vancouver", "downtown buildings")
    assert project.name == "Vancouver" and not project.is_default
    assert {p.name for p in mapflow.projects()} == {"Default", "Vancouver"}
    renamed = mapflow.rename_project(project.id, name="Vancouver 2024")
    assert mapflow.project(project.id).name == renamed.name == "Vancouver 2024"
    mapflow.delete_project(project.id)
    with pytest.raises(NotFoundError):
        mapflow.project(project.id)
    with pytest.raises(InvalidInputError):  # the sandbox refuses to delete the default project
        mapflow.delete_project(default.id)
    sandbox.log.clear()
    with pytest.raises(InvalidInputError, match="name"):
        mapflow.create_project("   ")
    assert sandbox.log.find("/projects", method="POST") == []  # refused before any request


def test_a_processing_lives_from_queued_to_ok_and_gives_its_buildings(mapflow, sandbox, tmp_path):
    project = mapflow.create_project("Life")
    request = request_for(sandbox, project_id=project.id, description="a test",
                          blocks={"Classification": True, "Simplification": False, "OSM": False},
                          meta={"source-app": "imagery-hub"})
    started = mapflow.create_processing(request)
    body = sent_json(sandbox, r"/mapflow/rest/processings$")
    # the documented body of POST /processings
    assert body["wdName"] == BUILDINGS and body["projectId"] == project.id and body["name"] == "Downtown"
    assert body["params"] == {"source_type": "xyz", "url": sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png"}
    assert body["geometry"]["type"] == "Polygon" and body["meta"] == {"source-app": "imagery-hub"}
    assert body["blocks"] == [{"name": "Classification", "enabled": True},
                              {"name": "Simplification", "enabled": False}, {"name": "OSM", "enabled": False}]
    price = mapflow.account().model(BUILDINGS).price_with(["Classification"])  # 16 documented, 13 live
    assert started.status == "UNPROCESSED" and round(started.area_km2, 2) == 0.39  # live: from aoiArea
    assert started.cost == math.ceil(started.area_km2 * price)  # what we show is what is charged

    finished, seen = wait_for(mapflow, started.id)
    statuses = [status for status, _ in seen]
    assert finished.status == "OK" and finished.percent == 100
    assert statuses[0] == "UNPROCESSED" and "IN_PROGRESS" in statuses
    percents = [p for s, p in seen if s == "IN_PROGRESS"]
    assert percents == sorted(percents) and len(set(percents)) > 1  # progress rises
    assert finished.vector_tile_url.endswith("/{z}/{x}/{y}.vector.pbf") and "{z}" in finished.raster_tile_url

    path = mapflow.download_result(started.id, tmp_path)
    result = json.loads(path.read_text())
    assert path.name == f"mapflow_{started.id}.geojson" and len(result["features"]) > 100
    first = result["features"][0]
    assert set(first["properties"]) == {"id", "confidence", "area", "aoi_id", "class_id", "class_name"}
    assert all(AOI.intersects(box(*_bounds(f["geometry"]))) for f in result["features"])
    aois = mapflow.processing_aois(started.id)
    assert [(a.status, a.percent) for a in aois] == [("OK", 100)] and aois[0].geometry.equals_exact(AOI, 1e-9)


def _bounds(geometry):
    xs = [x for x, _ in geometry["coordinates"][0]]
    ys = [y for _, y in geometry["coordinates"][0]]
    return min(xs), min(ys), max(xs), max(ys)


def test_waiting_gives_up_after_its_timeout_and_says_the_job_goes_on(mapflow, sandbox):
    sandbox.options["mapflow.processing_seconds"] = 60.0
    started = mapflow.create_processing(request_for(sandbox))
    with pytest.raises(ServiceError, match=f"Processing {started.id} did not end within .* it goes on in Mapflow"):
        mapflow.wait_for_processing(started.id, poll=0.05, timeout=0.3)
    assert mapflow.processing(started.id).status in ("UNPROCESSED", "IN_PROGRESS")


def test_several_polygons_go_as_one_multipolygon_and_become_aois(mapflow, sandbox):
    west, south, east, north = AOI.bounds
    middle = (west + east) / 2
    parts = MultiPolygon([box(west, south, middle - 0.001, north), box(middle + 0.001, south, east, north)])
    processing = mapflow.create_processing(request_for(sandbox, geometry=parts))
    assert sent_json(sandbox, r"/mapflow/rest/processings$")["geometry"]["type"] == "MultiPolygon"
    assert processing.aoi_count == 2
    assert len(mapflow.processing_aois(processing.id)) == 2


def test_a_source_the_model_refuses_fails_with_the_documented_sentence(mapflow, sandbox):
    processing = mapflow.create_processing(request_for(sandbox, source=imagery(sandbox, zoom=14)))
    failed, _ = wait_for(mapflow, processing.id)
    assert failed.status == "FAILED"
    assert failed.messages[0]["code"] == "source-validator.PixelSizeTooHigh"
    assert failed.error_lines() == ["Spatial resolution of you image is too high: pixel size is 6.23, "
                                    "maximum allowed pixel size is 1.2"]
    blacklisted = mapflow.create_processing(request_for(
        sandbox, source=TileSource("xyz", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")))
    failed, _ = wait_for(mapflow, blacklisted.id)
    assert failed.error_lines()[0].startswith("The specified basemap https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                                              "is forbidden for processing")


@pytest.mark.parametrize("source, says", [
    (TileSource("xyz", "https://example.com/tiles/{z}/{x}.png"), "{y} is missing"),
    (TileSource("tms", "ftp://example.com/{z}/{x}/{y}.png"), "http:// or https://"),
    (TileSource("quadkey", "https://example.com/{z}/{x}/{y}.png"), "{q}"),
    (TileSource("xyz", "https://example.com/{z}/{x}/{y}.png", zoom=23), "0 to 22"),
    (UploadedImageSource("https://example.com/raster.tif"), "s3://"),
])
def test_a_bad_source_is_refused_before_any_request(mapflow, sandbox, source, says):
    sandbox.log.clear()
    with pytest.raises(InvalidInputError, match=says.replace("{", r"\{").replace("}", r"\}")):
        mapflow.create_processing(request_for(sandbox, source=source))
    with pytest.raises(InvalidInputError):
        mapflow.processing_cost(request_for(sandbox, source=source))
    assert len(sandbox.log) == 0


def test_restart_reruns_only_the_failed_aoi(mapflow, sandbox):
    sandbox.options["mapflow.flaky_aois"] = 1  # the first AOI fails half-way, once
    west, south, east, north = AOI.bounds
    parts = MultiPolygon([box(west, south, west + 0.003, north), box(east - 0.003, south, east, north)])
    processing = mapflow.create_processing(request_for(sandbox, geometry=parts))
    failed, _ = wait_for(mapflow, processing.id)
    assert failed.status == "FAILED"
    assert failed.error_lines() == ["Tile at location 18/41667/90045 cannot be loaded, server response is 503"]
    before = {a.id: a.status for a in mapflow.processing_aois(processing.id)}
    assert sorted(before.values()) == ["FAILED", "OK"]

    restarted = mapflow.restart_processing(processing.id)
    assert restarted.status in ("UNPROCESSED", "IN_PROGRESS")
    during = {a.id: a.status for a in mapflow.processing_aois(processing.id)}
    ok_aoi = next(i for i, s in before.items() if s == "OK")
    failed_aoi = next(i for i, s in before.items() if s == "FAILED")
    assert during[ok_aoi] == "OK" and during[failed_aoi] in ("UNPROCESSED", "IN_PROGRESS")
    done, _ = wait_for(mapflow, processing.id)
    assert done.status == "OK" and done.messages == []
    with pytest.raises(InvalidInputError):  # only a failed processing can be restarted
        mapflow.restart_processing(processing.id)


def test_cost_before_starting(mapflow, sandbox):
    all_blocks = request_for(sandbox, blocks={"Classification": True, "Simplification": True, "OSM": True})
    cheap = request_for(sandbox, blocks={"Classification": False, "Simplification": False, "OSM": False})
    model, area_km2 = mapflow.account().model(BUILDINGS), area_m2(AOI) / 1e6
    # 0.39 km² × 21 credits/km² (documented) or × 18 (live: 10 for the fixed blocks), rounded up
    assert mapflow.processing_cost(all_blocks) == math.ceil(area_km2 * model.price_with(
        ["Classification", "Simplification", "OSM"]))
    assert mapflow.processing_cost(cheap) == math.ceil(area_km2 * model.price_per_km2)  # × 13 or × 10
    body = sent_json(sandbox, "/processing/cost/v2")
    assert body["wdName"] == BUILDINGS and body["params"]["sourceParams"]["userDefined"]["sourceType"] == "XYZ"
    assert mapflow.processings(mapflow.default_project().id) == []  # estimating starts nothing


def test_the_processing_list_follows_every_page(mapflow, sandbox):
    project = mapflow.create_project("Many")
    ids = [mapflow.create_processing(request_for(sandbox, name=f"P{i}", project_id=project.id)).id
           for i in range(7)]
    sandbox.log.clear()
    pages = []
    listed = mapflow.processings(project.id, page_size=3, progress=lambda done, total: pages.append((done, total)))
    assert sorted(p.id for p in listed) == sorted(ids)
    assert [p.name for p in listed] == [f"P{i}" for i in reversed(range(7))]  # newest first
    offsets = [json.loads(r["body"])["offset"] for r in sandbox.log.find("/processings/v2/page")]
    assert offsets == [0, 3, 6] and pages == [(3, 7), (6, 7), (7, 7)]
    assert all(round(p.area_km2, 2) == 0.39 for p in listed)  # live: the list's aoiArea, not 0 km²


def test_a_processing_list_whose_total_is_never_reached_is_stopped(mapflow, sandbox):
    project = mapflow.create_project("Endless")
    for i in range(3):
        mapflow.create_processing(request_for(sandbox, name=f"P{i}", project_id=project.id))
    sandbox.options["mapflow.endless_total"] = True
    sandbox.log.clear()
    with pytest.raises(PagingStopped, match="^Mapflow: Stopped the processings after 2 pages, which may be "
                                            "incomplete: the service sent the same items again$"):
        mapflow.processings(project.id, page_size=3)
    assert len(sandbox.log.find("/processings/v2/page")) == 2


def test_the_documented_unpaged_list_is_used_when_paging_is_missing(mapflow, sandbox):
    project = mapflow.create_project("Old server")
    for i in range(4):
        mapflow.create_processing(request_for(sandbox, name=f"P{i}", project_id=project.id))
    sandbox.faults.add(None, kind="status", status=404, path="/processings/v2/page")
    assert len(mapflow.processings(project.id, page_size=3)) == 4
    assert sandbox.log.find(f"/projects/{project.id}/processings$", method="GET")
    assert [p.project_id for p in mapflow.processings()] == []  # the default project's list


def test_rename_move_and_delete_a_processing(mapflow, sandbox):
    first, second = mapflow.create_project("First"), mapflow.create_project("Second")
    processing = mapflow.create_processing(request_for(sandbox, project_id=first.id))
    assert mapflow.rename_processing(processing.id, name="Renamed").name == "Renamed"
    assert sent_json(sandbox, f"/processings/{processing.id}", "PUT") == {"name": "Renamed"}
    moved = mapflow.move_processing(processing.id, second.id)
    assert moved.project_id == second.id
    assert [p.id for p in mapflow.processings(second.id)] == [processing.id]
    assert mapflow.processings(first.id) == []
    mapflow.delete_processing(processing.id)
    with pytest.raises(NotFoundError):
        mapflow.processing(processing.id)


def test_account_limits_are_checked_before_sending(mapflow):
    account = mapflow.account()
    check_against_account(account, [0.4, 0.4], cost=10)  # fine
    with pytest.raises(InvalidInputError, match="11 polygons"):
        check_against_account(account, [0.1] * 11)
    with pytest.raises(InvalidInputError, match="30.00 km², more than the 25.00 km²"):
        check_against_account(account, [30.0])
    with pytest.raises(InvalidInputError, match="6,000 credits but only 5,000"):
        check_against_account(account, [1.0], cost=6000)
    by_area = Account("a@b.c", "AREA", remaining_area_m2=2e6)
    with pytest.raises(InvalidInputError, match="only 2.00 km² remain"):
        check_against_account(by_area, [1.5, 1.0])


def test_the_result_download_resumes_after_a_cut(mapflow, sandbox, tmp_path):
    processing = mapflow.create_processing(request_for(sandbox))
    wait_for(mapflow, processing.id)
    whole = mapflow.download_result(processing.id, tmp_path / "a").read_bytes()
    sandbox.faults.add(None, kind="truncate", path="/result", times=1, after_bytes=5000)
    again = mapflow.download_result(processing.id, tmp_path / "b")
    assert again.read_bytes() == whole
    assert sandbox.log.find("/result")[-1]["headers"]["Range"] == "bytes=5000-"


def test_results_of_an_unfinished_processing_are_refused_and_leave_no_file(mapflow, sandbox, tmp_path):
    processing = mapflow.create_processing(request_for(sandbox))
    with pytest.raises(InvalidInputError):
        mapflow.download_result(processing.id, tmp_path)
    assert not (tmp_path / f"mapflow_{processing.id}.geojson").exists()


def test_a_default_provider_runs_by_name_and_zoom_as_the_vendor_client_sends_it(mapflow, sandbox, mapflow_shape):
    account = mapflow.account()
    mapbox = next(p for p in account.default_providers if p.label == "Mapbox")
    assert mapbox.name == {"documented": "Mapbox", "live": "mapbox"}[mapflow_shape]
    assert "sandbox imagery" in [name.lower() for name in account.data_providers]  # the catalog's providers
    source = DataProviderSource(mapbox.name, 17, mapbox.label)
    assert source.v1_params() is None  # the page has no form for it: v2 only
    started = mapflow.create_processing(request_for(sandbox, name="From Mapbox", source=source))
    body = sent_json(sandbox, r"/mapflow/rest/processings/v2$")
    assert body["params"] == {"sourceParams": {"dataProvider": {"providerName": mapbox.name, "zoom": "17"}}}
    assert wait_for(mapflow, started.id)[0].status == "OK"


def test_a_catalog_image_goes_with_its_provider_in_lower_case(mapflow, sandbox):
    source = CatalogImageSource("Sandbox Imagery", "SBX1A_1", 17)
    assert source.v1_params()["data_provider"] == "sandbox imagery"
    assert source.v2_source_params()["imagerySearch"]["dataProvider"] == "sandbox imagery"


def test_the_vendor_clients_forms_are_used_first(mapflow, sandbox, mapflow_shape):
    started = mapflow.create_processing(request_for(sandbox))
    sandbox.log.clear()
    mapflow.rename_processing(started.id, "Renamed")
    assert mapflow.processing(started.id).name == "Renamed"
    assert [p.name for p in mapflow.projects()] == ["Default"]
    paths = [(r["method"], r["path"]) for r in sandbox.log.find("/mapflow/rest/")]
    base = f"/mapflow/rest/processings/{started.id}"
    assert paths == [("PUT", base + "/v2"), ("GET", base + "/v2"), ("POST", "/mapflow/rest/projects/page")]


@pytest.fixture
def documented_only(sandbox):
    """A client of a server that has the page's forms only (the v2 ones fail below)."""
    sandbox.state["mapflow"].reset()
    yield MapflowClient(secret("mapflow"), sandbox.url + "/mapflow/rest", backoff=0.01)
    sandbox.state["mapflow"].reset()


def test_a_server_without_the_v2_forms_gets_the_documented_ones_and_they_are_remembered(documented_only, sandbox):
    mapflow = documented_only
    started = mapflow.create_processing(request_for(sandbox))
    sandbox.faults.add(None, kind="status", status=404, path=r"/processings/[^/]+(/restart)?/v2$")
    sandbox.faults.add(None, kind="status", status=405, path=r"/projects/page$")
    sandbox.log.clear()
    for _ in range(3):
        assert mapflow.processing(started.id).id == started.id
    assert mapflow.rename_processing(started.id, "Renamed").name == "Renamed"
    assert [p.name for p in mapflow.projects()] == ["Default"]
    paths = [(r["method"], r["path"]) for r in sandbox.log.find("/mapflow/rest/")]
    base = f"/mapflow/rest/processings/{started.id}"
    # one refusal per call, then straight to the form that answered (the other way round below)
    assert paths == [("GET", base + "/v2"), ("GET", base), ("GET", base), ("GET", base),
                     ("PUT", base + "/v2"), ("PUT", base),
                     ("POST", "/mapflow/rest/projects/page"), ("GET", "/mapflow/rest/projects")]


def test_a_processing_that_is_not_there_is_reported_as_such_whatever_the_form(mapflow):
    with pytest.raises(NotFoundError, match="(not found|not served)"):
        mapflow.processing("00000000-0000-4000-8000-000000000000")


def test_a_server_without_the_documented_create_gets_the_v2_one(documented_only, sandbox):
    sandbox.faults.add(None, kind="status", status=405, path=r"/processings$", method="POST")
    first = documented_only.create_processing(request_for(sandbox, name="One"))
    second = documented_only.create_processing(request_for(sandbox, name="Two"))
    posts = [r["path"] for r in sandbox.log.find(r"/processings(/v2)?$", method="POST")]
    assert posts == ["/mapflow/rest/processings", "/mapflow/rest/processings/v2", "/mapflow/rest/processings/v2"]
    body = json.loads(sandbox.log.find(r"/processings/v2$", method="POST")[-1]["body"])
    assert body["params"]["sourceParams"]["userDefined"]["sourceType"] == "XYZ"
    assert sorted(sandbox.state["mapflow"].processings) == sorted([first.id, second.id])  # nothing twice
