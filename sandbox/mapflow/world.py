"""The generated city Mapflow's sandbox "sees": streets, blocks, parks, buildings.

A street grid around the demo site (sandbox/demo_site.py), each block filled with
buildings from a random generator seeded by the block's grid index, so the same
block always has the same buildings, whichever tile or processing asks. The
imagery tiles draw this city and the "model" finds its buildings, so results
line up with the imagery they were "detected" on. Outside the city there is
farmland and nothing to detect.
"""

import math
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Tuple

from shapely import affinity
from shapely.geometry import Polygon, box

from ..demo_site import CENTER

LON0, LAT0 = CENTER
M_PER_DEG_LAT = 110_574.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))
BLOCK_W, BLOCK_H, STREET = 130.0, 110.0, 18.0
SIDEWALK = 4.0
CITY_HALF_W, CITY_HALF_H = 3_500.0, 2_600.0  # metres around the centre
#: (class_id, class_name, share): the ids the vendor's QGIS styles expect ('101' residential...)
CLASSES = (("101", "residential", 0.45), ("102", "house", 0.2), ("103", "commercial", 0.22),
           ("104", "industrial", 0.08), ("105", "other", 0.05))
ROOFS = {"101": (150, 110, 95), "102": (165, 120, 100), "103": (170, 170, 175), "104": (120, 130, 140),
         "105": (175, 150, 120)}


@dataclass(frozen=True)
class Building:
    id: int
    footprint: Polygon  # lon/lat
    class_id: str
    class_name: str
    confidence: float
    roof: Tuple[int, int, int]


@dataclass(frozen=True)
class Block:
    kind: str  # "built", "park" or "plaza"
    outline: Polygon  # lon/lat, sidewalk included
    buildings: Tuple[Building, ...]


def to_lonlat(x, y):
    return LON0 + x / M_PER_DEG_LON, LAT0 + y / M_PER_DEG_LAT


def to_metres(lon, lat):
    return (lon - LON0) * M_PER_DEG_LON, (lat - LAT0) * M_PER_DEG_LAT


def _lonlat_polygon(shape):
    return Polygon([to_lonlat(x, y) for x, y in shape.exterior.coords])


def city_bounds():
    """(west, south, east, north) of the built-up area."""
    return (*to_lonlat(-CITY_HALF_W, -CITY_HALF_H), *to_lonlat(CITY_HALF_W, CITY_HALF_H))


def _pick_class(rng):
    roll, total = rng.random(), 0.0
    for class_id, name, weight in CLASSES:
        total += weight
        if roll <= total:
            return class_id, name
    return CLASSES[0][:2]


def _roof(rng, class_id):
    base = ROOFS[class_id]
    shade = rng.randint(-25, 25)
    return tuple(max(0, min(255, c + shade)) for c in base)


@lru_cache(maxsize=50_000)
def block(i, j):
    """The block at grid cell (i, j); always the same for the same cell."""
    rng = random.Random(i * 1_000_003 + j * 7_919 + 17)
    x0, y0 = i * BLOCK_W + STREET / 2, j * BLOCK_H + STREET / 2
    x1, y1 = (i + 1) * BLOCK_W - STREET / 2, (j + 1) * BLOCK_H - STREET / 2
    outline = _lonlat_polygon(box(x0, y0, x1, y1))
    roll = rng.random()
    if roll < 0.08:
        return Block("park", outline, ())
    if roll < 0.11:
        return Block("plaza", outline, ())
    buildings = []
    inner_x0, inner_x1 = x0 + SIDEWALK, x1 - SIDEWALK
    mid = (y0 + y1) / 2
    for edge, direction in ((y1 - SIDEWALK, -1), (y0 + SIDEWALK, 1)):
        x = inner_x0
        while x < inner_x1 - 8:
            width = min(rng.uniform(14, 34), inner_x1 - x)
            if rng.random() < 0.12 or width < 8:  # an empty lot
                x += width
                continue
            setback = rng.uniform(1.5, 5.0)
            depth = rng.uniform(16, abs(mid - edge) - 2)
            a = edge + direction * setback
            b = a + direction * depth
            footprint = box(x + 1.2, min(a, b), x + width - 1.2, max(a, b))
            footprint = affinity.rotate(footprint, rng.uniform(-3, 3), origin="centroid")
            class_id, class_name = _pick_class(rng)
            number = ((i + 5_000) * 10_000 + (j + 5_000)) * 64 + len(buildings)
            buildings.append(Building(number, _lonlat_polygon(footprint), class_id, class_name,
                                      round(rng.uniform(0.72, 0.99), 3), _roof(rng, class_id)))
            x += width
    return Block("built", outline, tuple(buildings))


def blocks_in(west, south, east, north):
    """Every block of the city touching the lon/lat box."""
    (x0, y0), (x1, y1) = to_metres(west, south), to_metres(east, north)
    x0, x1 = max(x0, -CITY_HALF_W), min(x1, CITY_HALF_W)
    y0, y1 = max(y0, -CITY_HALF_H), min(y1, CITY_HALF_H)
    if x0 >= x1 or y0 >= y1:
        return []
    return [block(i, j)
            for i in range(math.floor(x0 / BLOCK_W), math.ceil(x1 / BLOCK_W))
            for j in range(math.floor(y0 / BLOCK_H), math.ceil(y1 / BLOCK_H))]


def buildings_in(geometry):
    """The buildings whose centre lies inside a lon/lat (multi)polygon: what the
    "model" detects there."""
    found = []
    for item in blocks_in(*geometry.bounds):
        found.extend(b for b in item.buildings if geometry.contains(b.footprint.centroid))
    return found
