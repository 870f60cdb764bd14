"""Spexi as the live service may speak it: dates in every form JavaScript's
``Date`` reads or prints, polygons shortened for the URL within the 1 km² limit,
and answers with features that cannot be read (skipped and counted, the rest
kept). Against the sandbox's ``spexi.date_form`` and ``spexi.broken_features``."""

import math
from datetime import datetime, timezone

import pytest
from shapely import wkt
from shapely.geometry import Polygon

from imagery_hub.providers.spexi.client import SearchProgress, SpexiClient
from imagery_hub.providers.spexi.dates import read_date
from imagery_hub.providers.spexi.query import MAX_WKT_LENGTH, bbox_area_km2, format_polygon
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import CENTER

SEARCH_PATH = r"/spexi/developer-api/api/v1/image$"


@pytest.fixture
def client(sandbox):
    return SpexiClient(secret("spexi"), sandbox.url + "/spexi", backoff=0.01)


def sent_captured_at(sandbox):
    return sandbox.log.find(path=SEARCH_PATH)[-1]["query"]["captured_at"][0]


@pytest.mark.parametrize("text, expected", [
    ("Jan 1, 2023", "2023-01-01T00:00:00.000Z,2023-01-01T23:59:59.999Z"),  # the page's own example
    ("2023-01-01", "2023-01-01T00:00:00.000Z,2023-01-01T23:59:59.999Z"),
    ("2023-01-01T00:00:00Z", "2023-01-01T00:00:00.000Z"),
    ("Fri May 03 2024 17:22:51 GMT+0200 (Central European Summer Time)", "2024-05-03T15:22:51.000Z"),
])
def test_the_forms_the_page_shows_are_sent_as_one_unambiguous_instant_or_day(client, sandbox, text, expected):
    list(client.search(point=CENTER, captured_at=text, limit=1, max_records=1))
    assert sent_captured_at(sandbox) == expected


def test_a_range_of_days_reaches_the_end_of_its_last_day_on_the_wire(client, sandbox):
    records = list(client.search(point=CENTER, captured_at=("Sep 1, 2025", "Sep 30, 2025"), limit=200))
    assert sent_captured_at(sandbox) == "2025-09-01T00:00:00.000Z,2025-09-30T23:59:59.999Z"
    assert records and all(r.captured_at.strftime("%Y-%m") == "2025-09" for r in records)


@pytest.mark.parametrize("form", ["iso", "string", "locale"])
def test_captured_at_is_read_in_every_form_javascript_prints(client, sandbox, form):
    sandbox.options["spexi.date_form"] = form
    try:
        records = list(client.search(point=(*CENTER, 500), focused=False, limit=50, max_records=50))
    finally:
        sandbox.options.pop("spexi.date_form")
    assert len(records) == 50
    assert all(r.captured_at.tzinfo is not None and r.captured_at.year == 2025 for r in records)


def test_javascript_date_forms_read_to_the_same_instant():
    moment = datetime(2024, 5, 3, 17, 22, 51, tzinfo=timezone.utc)
    for text in ("2024-05-03T17:22:51.000Z", "Fri May 03 2024 17:22:51 GMT+0000 (Coordinated Universal Time)",
                 "Fri, 03 May 2024 17:22:51 GMT", "5/3/2024, 5:22:51 PM", "May 3, 2024 17:22:51",
                 1714756971000):
        assert read_date(text).when == moment, text
    assert read_date("Fri May 03 2024").when == moment.replace(hour=0, minute=0, second=0)
    assert [read_date(t) for t in ("garbage", "2023-13-01", "", None, True)] == [None] * 5


def test_unreadable_features_are_skipped_and_counted_the_rest_kept(client, sandbox):
    around = (*CENTER, 500)
    everything = list(client.search(point=around, focused=False, limit=20, max_records=40))
    sandbox.options["spexi.broken_features"] = True  # two bad features on every page
    state = []
    try:
        records = list(client.search(point=around, focused=False, limit=20, max_records=36,
                                     progress=state.append))
    finally:
        sandbox.options.pop("spexi.broken_features")
    assert state[-1].skipped == 2 * state[-1].pages == 4
    assert [r.id for r in records] == [r.id for r in everything if r.id not in _broken_ids(everything)][:36]


def _broken_ids(records):
    """The first two of every page of 20: the ones the fault breaks."""
    return {r.id for index, r in enumerate(records) if index % 20 < 2}


def test_multi_view_keeps_the_views_it_can_read(client, sandbox):
    sandbox.options["spexi.broken_features"] = True
    try:
        views = client.multi_view(point=CENTER)
    finally:
        sandbox.options.pop("spexi.broken_features")
    assert 1 <= len(views) <= 3


def _many_vertex_polygon(bbox_km2, vertices=3000):
    """A wavy ring of ``vertices`` points whose bounding box is ``bbox_km2``."""
    lon0, lat0 = CENTER

    def ring(scale):
        return Polygon([(lon0 + scale * (1 - 0.01 * (i % 2)) * math.cos(2 * math.pi * i / vertices)
                         / math.cos(math.radians(lat0)),
                         lat0 + scale * (1 - 0.01 * (i % 2)) * math.sin(2 * math.pi * i / vertices))
                        for i in range(vertices)])
    low, high = 0.0, 0.01
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if bbox_area_km2(*ring(middle).bounds) < bbox_km2 else (low, middle)
    return ring(low)


def test_a_polygon_shortened_for_the_url_keeps_within_the_limit_and_covers_the_area():
    polygon = _many_vertex_polygon(0.999)
    assert len(polygon.wkt) > MAX_WKT_LENGTH
    sent = wkt.loads(format_polygon(polygon))
    assert len(sent.wkt) <= MAX_WKT_LENGTH
    assert bbox_area_km2(*sent.bounds) <= 1.0
    assert sent.buffer(1e-9).covers(polygon)


def test_search_progress_starts_with_nothing_skipped():
    assert SearchProgress().skipped == 0
