"""The imagery inventory against the sandbox: every service's search as one
kind of record, the overview's figures, and the services run at once with one
failing, one without credentials, and Cancel stopping all."""

from datetime import date, datetime, timezone

import pytest
from shapely import wkt

from imagery_hub.providers import inventory
from imagery_hub.providers.eosda.client import EosdaClient
from imagery_hub.providers.errors import ServiceError
from imagery_hub.providers.inventory import InventoryOptions, InventoryRecord
from imagery_hub.providers.mapillary.client import MapillaryClient
from imagery_hub.providers.registry import service
from imagery_hub.providers.spexi import SpexiClient
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT

AREA = wkt.loads(AOI_WKT)
OPTIONS = InventoryOptions(area_km2=0.39, years=3, today=date(2026, 6, 30))


def plan(sandbox, service_ids=None):
    return {s: (DEMO_CREDENTIALS[s], service(s).sandbox_urls(sandbox.url))
            for s in service_ids or inventory.service_ids()}


def test_all_five_services_answer_with_what_each_one_holds(sandbox):
    ended = []
    outcome = inventory.search_all(plan(sandbox), AREA, OPTIONS, progress=lambda s, text: None,
                                   on_done=lambda service_id, result: ended.append(service_id))
    assert sorted(ended) == sorted(outcome)
    assert set(outcome) == {"spexi", "mapillary", "mapflow", "eosda", "imago"}
    results = {s: r for s, r in outcome.items() if isinstance(r, inventory.InventoryResult)}
    assert set(results) == set(outcome), outcome
    # the counts are the services' own searches over the same area
    urls = plan(sandbox)
    spexi = list(SpexiClient(DEMO_CREDENTIALS["spexi"]["secret"], urls["spexi"][1]["base_url"]).search_area(AREA))
    assert len(results["spexi"].records) == len(spexi) > 0
    mapillary = MapillaryClient(DEMO_CREDENTIALS["mapillary"]["secret"], urls["mapillary"][1]["base_url"]).search(AREA)
    assert len(results["mapillary"].records) == len(mapillary.images) > 0
    eosda = EosdaClient(DEMO_CREDENTIALS["eosda"]["secret"], urls["eosda"][1]["base_url"]).search(
        "sentinel2", AREA, OPTIONS.date_from, OPTIONS.today)
    assert len(results["eosda"].records) == len(eosda.scenes) > 0
    assert results["mapflow"].records and results["imago"].records
    kinds = {s: {r.kind for r in result.records} for s, result in results.items()}
    assert kinds == {"spexi": {"drone"}, "mapillary": {"street"}, "mapflow": {"satellite"}, "eosda": {"satellite"},
                     "imago": {"borehole image"}}
    for result in results.values():
        assert all(r.footprint.intersects(AREA.buffer(0.01)) for r in result.records)
        assert all(r.captured_at is None or r.captured_at.tzinfo is not None for r in result.records)
    eosda_days = [r.captured_at.date() for r in results["eosda"].records]
    assert OPTIONS.date_from <= min(eosda_days) and max(eosda_days) <= OPTIONS.today
    assert {r.resolution_m for r in results["eosda"].records} == {10.0}
    assert all(r.cloud is not None for r in results["eosda"].records + results["mapflow"].records)
    assert all(r.altitude_m is not None for r in results["spexi"].records)


def test_one_service_failing_leaves_the_others(sandbox):
    sandbox.faults.add(kind="status", status=503, path="^/eosda/")
    outcome = inventory.search_all(plan(sandbox, ["spexi", "eosda", "imago"]), AREA, OPTIONS)
    assert isinstance(outcome["eosda"], ServiceError) and "503" in outcome["eosda"].describe()
    assert outcome["spexi"].records and outcome["imago"].records


def test_cancel_stops_every_service_while_its_request_waits(sandbox):
    """No service answers (a black hole); Cancel, pressed once every service has
    sent a request, ends them all as cancelled (not as timeouts)."""
    sandbox.faults.add(kind="black_hole")
    prefixes = ("/spexi/", "/mapillary/", "/mapflow/", "/eosda/", "/imago/")

    def cancelled(service_id):
        return all(sandbox.log.find(path="^" + prefix) for prefix in prefixes)

    outcome = inventory.search_all(plan(sandbox), AREA, OPTIONS, cancelled=cancelled)
    assert {s: type(e).__name__ for s, e in outcome.items()} == dict.fromkeys(outcome, "OperationCancelled")


def record(service_id, day, resolution=None, cloud=None, altitude=None):
    return InventoryRecord(service_id, f"{service_id}-{day}", AREA, datetime(2024, *day, tzinfo=timezone.utc),
                           "satellite", resolution, cloud, altitude_m=altitude)


def test_overview_figures_of_one_service():
    records = [record("eosda", (3, 2), 10.0, 80.0), record("eosda", (1, 5), 30.0, 5.0),
               record("eosda", (3, 20), None, None)]
    summary = inventory.summarize("eosda", records)
    assert (summary.count, summary.dates_text(), summary.sharpness_text(), summary.cloud_text()) == \
        (3, "2024-01-05 – 2024-03-20", "10 m", "5–80 %")
    assert summary.dates_text(months=True) == "2024-01 – 2024-03"
    assert inventory.monthly_counts(records) == {(2024, 1): 1, (2024, 3): 2}
    drone = inventory.summarize("spexi", [record("spexi", (5, 1), altitude=118.0),
                                          record("spexi", (5, 2), altitude=97.5)])
    assert drone.sharpness_text() == "98 m altitude" and drone.dates_text(months=True) == "2024-05"
    assert inventory.summarize("imago", []).dates_text() == ""


def test_camera_positions_become_small_circles_and_footprints_stay():
    point = InventoryRecord("mapillary", "1", wkt.loads("POINT (-123.12 49.28)"), None, "street")
    circle = inventory.footprint_polygon(point)
    assert circle.geom_type == "MultiPolygon" and circle.contains(point.footprint)
    width_m = (circle.bounds[2] - circle.bounds[0]) * 111_320 * 0.652  # cos 49.28°
    assert 9 < width_m < 11 and inventory.located(point) == "camera"
    area = InventoryRecord("eosda", "2", AREA, None, "satellite")
    assert inventory.footprint_polygon(area).equals(AREA) and inventory.located(area) == "footprint"


@pytest.mark.parametrize("service_id", ["spexi", "mapillary", "mapflow", "eosda", "imago"])
def test_each_budget_is_estimated_without_a_request(sandbox, service_id):
    estimate = inventory.estimate(service_id, AREA, OPTIONS)
    assert estimate.requests >= 1 and estimate.words()
    assert sandbox.log.find(path="/") == []
