"""Splitting an area into Mapillary search cells, and merging what they return.

Mapillary refuses a bbox of 0.01 square degrees or more (CONTRACTS.md §1.3,
third-party notes since 2026-01). The notes read the rule two ways, as an area
(width × height < 0.01 deg²) or per side (each side < 0.01°); the cells made here
satisfy both readings at once, so the client works whichever one the service
applies. The limit itself is one number the caller passes (a plugin setting).
"""

import math

from shapely.geometry import box
from shapely.prepared import prep

from ..budget import DEFAULT_HARD_LIMIT, Estimate, check, polygon_parts
from ..errors import InvalidInputError

#: what the live service is said to accept (square degrees, or degrees per side)
DEFAULT_BBOX_LIMIT = 0.01
#: keep cells a little under the limit: "smaller than", and float rounding
SAFETY = 0.99
DEFAULT_MAX_CELLS = DEFAULT_HARD_LIMIT
SERVICE = "Mapillary"


def cell_side(bbox_limit):
    """The side (degrees) of a square cell that is under ``bbox_limit`` read as
    an area and read as a side length."""
    if not bbox_limit or bbox_limit <= 0:
        raise InvalidInputError("The Mapillary bbox limit must be a positive number of degrees",
                                parameter="bbox_limit", key="mapillary.bbox_limit")
    return SAFETY * min(bbox_limit, math.sqrt(bbox_limit))


def fits(bbox, bbox_limit):
    """True when ``bbox`` is under the limit under both readings."""
    width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
    return width < bbox_limit and height < bbox_limit and width * height < bbox_limit


def grid_shape(bbox, side):
    """(columns, rows) of the equal cells of at most ``side`` degrees covering ``bbox``."""
    min_x, min_y, max_x, max_y = bbox
    return (max(1, math.ceil((max_x - min_x) / side - 1e-9)),
            max(1, math.ceil((max_y - min_y) / side - 1e-9)))


def grid(bbox, side):
    """Equal cells of at most ``side`` degrees covering ``bbox``, one at a time."""
    min_x, min_y, max_x, max_y = bbox
    nx, ny = grid_shape(bbox, side)
    dx, dy = (max_x - min_x) / nx, (max_y - min_y) / ny
    return ((min_x + i * dx, min_y + j * dy, min_x + (i + 1) * dx, min_y + (j + 1) * dy)
            for j in range(ny) for i in range(nx))


def _parts(area):
    """Each polygon is gridded on its own bounds, so an area split at the
    antimeridian is two narrow grids, not one band around the world."""
    if area is None or area.is_empty:
        raise InvalidInputError("The area of interest is empty", parameter="aoi", key="aoi.empty")
    return polygon_parts(area) if area.area > 0 else [area]


def count_cells(area, bbox_limit=DEFAULT_BBOX_LIMIT):
    """How many grid cells :func:`search_cells` visits (arithmetic on bounds,
    no cell built): at most one request each before refining capped cells."""
    side = cell_side(bbox_limit)
    return sum(1 if part.area == 0 else math.prod(grid_shape(part.bounds, side)) for part in _parts(area))


def estimate(area, bbox_limit=DEFAULT_BBOX_LIMIT, concurrency=4):
    """The request budget of a search: one request per cell, ``concurrency`` at
    a time (about three a second each)."""
    return Estimate(SERVICE, count_cells(area, bbox_limit), 3.0 * max(1, concurrency),
                    "draw a smaller area or narrow the dates", "budget.smaller_area_or_dates")


def search_cells(area, bbox_limit=DEFAULT_BBOX_LIMIT, max_cells=DEFAULT_MAX_CELLS, check_cancelled=None):
    """The query boxes for ``area`` (a shapely polygon in EPSG:4326), one at a
    time: grid cells that touch the area, each shrunk to the part of the area
    inside it, so a non-rectangular area asks for no more than it covers.

    Refused before any cell is built when the area would need more than
    ``max_cells`` requests; ``check_cancelled()`` is called for every cell.
    """
    parts = _parts(area)
    side = cell_side(bbox_limit)
    check(estimate(area, bbox_limit), hard_limit=max_cells)
    return _cells(parts, side, check_cancelled)


def _cells(parts, side, check_cancelled):
    for part in parts:
        if part.area == 0:
            yield _pad_degenerate(part.bounds)
            continue
        prepared = prep(part)
        for cell in grid(part.bounds, side):
            if check_cancelled is not None:
                check_cancelled()
            cell_box = box(*cell)
            if not prepared.intersects(cell_box):
                continue
            piece = part.intersection(cell_box)
            if not piece.is_empty:
                yield _pad_degenerate(piece.bounds)


def quarters(bbox):
    """The four quadrants of a cell (to look closer where a cell hit the cap)."""
    min_x, min_y, max_x, max_y = bbox
    mid_x, mid_y = (min_x + max_x) / 2, (min_y + max_y) / 2
    return [(min_x, min_y, mid_x, mid_y), (mid_x, min_y, max_x, mid_y),
            (min_x, mid_y, mid_x, max_y), (mid_x, mid_y, max_x, max_y)]


def _pad_degenerate(bounds, pad=1e-7):
    """A line or point piece still makes a bbox with some area."""
    min_x, min_y, max_x, max_y = bounds
    if max_x - min_x < pad:
        min_x, max_x = min_x - pad, max_x + pad
    if max_y - min_y < pad:
        min_y, max_y = min_y - pad, max_y + pad
    return min_x, min_y, max_x, max_y


class Merger:
    """Collects records from cells: only those inside the area, each id once."""

    def __init__(self, area):
        self.area = prep(area) if area is not None and area.area > 0 else None
        self.records = {}

    def add(self, records):
        for record in records:
            if record.id in self.records or record.camera is None:
                continue
            if self.area is None or self.area.intersects(record.camera):
                self.records[record.id] = record

    def result(self):
        return sorted(self.records.values(),
                      key=lambda r: (r.properties.get("sequence") or "", r.captured_at is None,
                                     r.captured_at.timestamp() if r.captured_at else 0, r.id))


def format_bbox(bbox):
    """``minLon,minLat,maxLon,maxLat`` as the API wants it (left, bottom, right, top)."""
    return ",".join(f"{value:.7f}" for value in bbox)
