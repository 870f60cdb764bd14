"""The request budget: estimates made by arithmetic agree with the cells the
searches really make, huge areas are refused or made lazily, and cell
generation stops on cancel."""

import itertools
import random
import time
import tracemalloc

import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from imagery_hub.providers.budget import Estimate, check, duration_words, round_figure
from imagery_hub.providers.errors import InvalidInputError, OperationCancelled
from imagery_hub.providers.mapillary import search as mapillary
from imagery_hub.providers.spexi import query as spexi


def random_boxes(seed, count, max_side):
    rng = random.Random(seed)
    for _ in range(count):
        lon, lat = rng.uniform(-179, 170), rng.uniform(-80, 75)
        yield box(lon, lat, lon + rng.uniform(1e-4, max_side), lat + rng.uniform(1e-4, max_side))


def random_triangles(seed, count, max_side):
    rng = random.Random(seed)
    for _ in range(count):
        lon, lat = rng.uniform(-179, 170), rng.uniform(-80, 75)
        points = [(lon + rng.uniform(0, max_side), lat + rng.uniform(0, max_side)) for _ in range(3)]
        triangle = Polygon(points)
        if triangle.area > 1e-9:
            yield triangle


def test_the_question_says_requests_and_time_in_words():
    estimate = Estimate("Spexi", 36_412, per_second=15)
    assert estimate.question() == "This Spexi search needs about 36,000 requests, roughly 40 minutes — search anyway?"
    assert Estimate("Spexi", 12).words() == "about 12 requests, under a minute"
    assert duration_words(3 * 3600) == "roughly 3 hours"
    assert round_figure(1_363_607) == 1_400_000


def test_above_the_hard_limit_the_refusal_says_what_to_change():
    estimate = Estimate("Mapillary", 80_000, 12, "draw a smaller area or narrow the dates")
    with pytest.raises(InvalidInputError) as refused:
        check(estimate, soft_limit=1_000, hard_limit=50_000)
    text = str(refused.value)
    assert text.startswith("Mapillary: The area of interest needs about 80,000 requests")
    assert text.endswith("draw a smaller area or narrow the dates") and "\n" not in text
    assert check(estimate, soft_limit=1_000, hard_limit=100_000) is True
    assert check(Estimate("Mapillary", 500), soft_limit=1_000, hard_limit=100_000) is False


def test_spexi_estimate_is_the_number_of_cells_of_a_box():
    for area in random_boxes(14, 60, 0.12):
        assert spexi.count_cells(area) == len(list(spexi.iter_cells(area))), area.bounds


def test_spexi_estimate_bounds_the_cells_of_any_convex_area():
    for area in random_triangles(15, 60, 0.1):
        cells = list(spexi.iter_cells(area))
        assert 1 <= len(cells) <= spexi.count_cells(area)
        assert abs(sum(c.area for c in cells) - area.area) < 1e-9  # the cells still cover it exactly


def test_mapillary_estimate_is_the_number_of_cells_of_a_box():
    for area in random_boxes(16, 60, 0.3):
        assert mapillary.count_cells(area) == len(list(mapillary.search_cells(area))), area.bounds


def test_mapillary_estimate_bounds_the_cells_of_any_convex_area_and_of_parts():
    for area in random_triangles(17, 40, 0.3):
        assert len(list(mapillary.search_cells(area))) <= mapillary.count_cells(area)
    parts = MultiPolygon([box(179.95, 0, 180, 0.05), box(-180, 0, -179.95, 0.05)])
    one = mapillary.count_cells(box(179.95, 0, 180, 0.05))
    assert mapillary.count_cells(parts) == 2 * one == 72  # two small grids, not a band around the world
    assert len(list(mapillary.search_cells(parts))) == 72


def test_a_huge_area_is_counted_and_refused_without_building_its_cells():
    tracemalloc.start()
    began = time.monotonic()
    try:
        world_part = box(-30, -30, 30, 30)  # 60° × 60°: 36 million Mapillary cells
        assert mapillary.count_cells(world_part) > 30_000_000
        with pytest.raises(InvalidInputError, match="draw a smaller area"):
            mapillary.search_cells(world_part)
        assert spexi.count_cells(world_part) > 40_000_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000, f"{peak:,} bytes"
    assert time.monotonic() - began < 5  # generous: arithmetic, not a grid


def test_cells_of_a_huge_area_are_made_one_at_a_time():
    tracemalloc.start()
    try:
        area = box(-30, -30, 30, 30)
        first = list(itertools.islice(mapillary.search_cells(area, max_cells=10 ** 9), 50))
        first += list(itertools.islice(spexi.iter_cells(area), 50))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(first) == 100 and peak < 20_000_000, f"{peak:,} bytes"


@pytest.mark.parametrize("make_cells", [
    lambda check: mapillary.search_cells(box(-30, -30, 30, 30), max_cells=10 ** 9, check_cancelled=check),
    lambda check: spexi.iter_cells(box(-30, -30, 30, 30), check_cancelled=check),
    # a thin diagonal over a huge box: most cells lie outside it and cost no request
    lambda check: spexi.iter_cells(Polygon([(-30, -30), (30, 29.99), (30, 30)]), check_cancelled=check),
], ids=["mapillary", "spexi", "spexi-diagonal"])
def test_cancel_stops_cell_generation(make_cells):
    cancelled = []

    def check_cancelled():
        if cancelled:
            raise OperationCancelled()

    cells = make_cells(check_cancelled)
    next(cells)
    cancelled.append(True)
    with pytest.raises(OperationCancelled):
        for _ in itertools.islice(cells, 10 ** 6):
            pass


def test_eosda_estimate_is_a_request_per_year_and_the_pages_of_the_cap():
    from datetime import date

    from imagery_hub.providers.eosda.client import date_ranges, estimate

    rng = random.Random(18)
    for _ in range(50):
        start = date(rng.randint(1, 9000), rng.randint(1, 12), rng.randint(1, 28))
        end = date.fromordinal(start.toordinal() + rng.randint(0, 40_000))
        cost = estimate(start, end, limit=100, max_results=2000)
        assert cost.requests == len(date_ranges(start, end)) + 19
    assert "narrow the dates" in str(estimate("0001-01-01", "9999-12-31").refusal(5_000))


def test_spexi_cells_of_areas_across_the_equator_stay_under_the_limit_and_the_world_is_counted():
    rng = random.Random(19)
    for _ in range(30):
        south, north = -rng.uniform(0.001, 0.08), rng.uniform(0.001, 0.08)
        lon = rng.uniform(-179, 179)
        area = box(lon, south, lon + rng.uniform(0.01, 0.1), north)
        cells = list(spexi.iter_cells(area))
        assert len(cells) == spexi.count_cells(area)
        assert max(spexi.bbox_area_km2(*c.bounds) for c in cells) <= spexi.CELL_KM2
    assert spexi.count_cells(box(-180, -90, 180, 90)) > 510_000_000 / spexi.CELL_KM2  # the Earth's surface
