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

from ..errors import InvalidInputError

#: what the live service is said to accept (square degrees, or degrees per side)
DEFAULT_BBOX_LIMIT = 0.01
#: keep cells a little under the limit: "smaller than", and float rounding
SAFETY = 0.99
DEFAULT_MAX_CELLS = 2500


def cell_side(bbox_limit):
    """The side (degrees) of a square cell that is under ``bbox_limit`` read as
    an area and read as a side length."""
    if not bbox_limit or bbox_limit <= 0:
        raise InvalidInputError("The Mapillary bbox limit must be a positive number of degrees",
                                parameter="bbox_limit")
    return SAFETY * min(bbox_limit, math.sqrt(bbox_limit))


def fits(bbox, bbox_limit):
    """True when ``bbox`` is under the limit under both readings."""
    width, height = bbox[2] - bbox[0], bbox[3] - bbox[1]
    return width < bbox_limit and height < bbox_limit and width * height < bbox_limit


def grid(bbox, side):
    """Equal cells of at most ``side`` degrees covering ``bbox``."""
    min_x, min_y, max_x, max_y = bbox
    nx = max(1, math.ceil((max_x - min_x) / side - 1e-9))
    ny = max(1, math.ceil((max_y - min_y) / side - 1e-9))
    dx, dy = (max_x - min_x) / nx, (max_y - min_y) / ny
    return [(min_x + i * dx, min_y + j * dy, min_x + (i + 1) * dx, min_y + (j + 1) * dy)
            for j in range(ny) for i in range(nx)]


def search_cells(area, bbox_limit=DEFAULT_BBOX_LIMIT, max_cells=DEFAULT_MAX_CELLS):
    """The query boxes for ``area`` (a shapely polygon in EPSG:4326): grid cells
    that touch the area, each shrunk to the part of the area inside it, so a
    non-rectangular area asks for no more than it covers.

    Refused before any request when the area would need more than ``max_cells``.
    """
    if area is None or area.is_empty:
        raise InvalidInputError("The area of interest is empty", parameter="aoi")
    side = cell_side(bbox_limit)
    cells = grid(area.bounds, side) if area.area > 0 else [area.bounds]
    if len(cells) > max_cells * 4:  # refuse huge areas before intersecting each cell
        raise _too_large(len(cells), max_cells)
    prepared = prep(area)
    boxes = []
    for cell in cells:
        cell_box = box(*cell)
        if not prepared.intersects(cell_box):
            continue
        piece = area.intersection(cell_box) if area.area > 0 else area
        if piece.is_empty:
            continue
        boxes.append(_pad_degenerate(piece.bounds))
    if len(boxes) > max_cells:
        raise _too_large(len(boxes), max_cells)
    return boxes


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


def _too_large(count, max_cells):
    return InvalidInputError(
        f"The area of interest needs {count:,} Mapillary requests (at most {max_cells:,}): "
        "draw a smaller area", parameter="aoi", service="Mapillary")


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
