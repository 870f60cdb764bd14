"""Which images a Spexi query returns, in which order, and the multi-view choice.

Focused filtering follows the three steps of the vendor page; the measures and
thresholds are the sandbox's own reading of it:

1. spatial filtering: footprints that meet every spatial parameter;
2. edge filtering: the point of interest (or the centre of the visible part of
   the area of interest) must lie at least 8 % of the frame inside its edges;
3. focus scoring: how central it is, times how large it appears (for a point:
   nadir-like views score higher than distant oblique ones; for an area: the
   larger share of the area in view, or of the frame filled by the area); only
   images scoring at least 0.25 are returned, best first.

Without focus, every intersecting image is returned, newest first.
"""

import math
from dataclasses import dataclass
from typing import Optional

from shapely.prepared import prep

from .camera import to_local

EDGE_MARGIN = 0.08
FOCUS_THRESHOLD = 0.25
NADIR_PITCH = -75.0  # steeper than this counts as a nadir view for multi-view
VIEWS = (("north", 0.0), ("east", 90.0), ("south", 180.0), ("west", 270.0))


@dataclass
class Match:
    image: object
    score: float = 0.0
    distance: Optional[float] = None


def haversine_m(lon1, lat1, lon2, lat2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6_371_008.8 * math.asin(math.sqrt(a))


def _in_range(value, bounds, wrap=None):
    low, high = bounds
    if wrap is None:
        return low <= value <= high
    if high - low >= wrap:  # with the margins, the range covers every direction
        return True
    # the margins may reach past north: [-2, 2] is [358, 360) and [0, 2]
    low, high, value = low % wrap, high % wrap, value % wrap
    return low <= value <= high if low <= high else value >= low or value <= high


def _edge(uv):
    u, v = uv
    return min(u, 1 - u, v, 1 - v)


def focus_score(image, query):
    """The focus score of an image, or None when edge filtering removes it."""
    camera = image.camera
    focus = query.focus
    if focus.geom_type == "Point":
        x, y = to_local(focus.x, focus.y)
        uv = camera.project(x, y)
        if uv is None or _edge(uv) < EDGE_MARGIN:
            return None
        centring = _edge(uv) / 0.5
        slant = math.sqrt((x - camera.x) ** 2 + (y - camera.y) ** 2 + camera.altitude ** 2)
        return centring * camera.altitude / slant
    seen = image.footprint.intersection(focus)
    if seen.is_empty or seen.area == 0:
        return None
    centre = seen.centroid
    uv = camera.project(*to_local(centre.x, centre.y))
    if uv is None or _edge(uv) < EDGE_MARGIN:
        return None
    share = max(seen.area / focus.area, seen.area / image.footprint.area)
    return share * math.sqrt(_edge(uv) / 0.5)


def matches(catalog, query, focused=None):
    """The images answering ``query`` in answer order, as :class:`Match` es."""
    focused = query.focused if focused is None else focused
    bounds = [g.bounds for g in query.filters]
    window = (max(b[0] for b in bounds), max(b[1] for b in bounds),
              min(b[2] for b in bounds), min(b[3] for b in bounds))
    if window[0] > window[2] or window[1] > window[3]:
        return []
    prepared = [prep(g) for g in query.filters]
    found = []
    for image in catalog.candidates(window):
        camera = image.camera
        if query.heading and not _in_range(camera.heading, query.heading, 360):
            continue
        if query.pitch and not _in_range(camera.pitch, query.pitch):
            continue
        if query.altitude and not _in_range(camera.altitude, query.altitude):
            continue
        if query.captured and not _in_range(image.captured_at, query.captured):
            continue
        if query.capture_types and image.capture_type not in query.capture_types:
            continue
        if not all(p.intersects(image.footprint) for p in prepared):
            continue
        match = Match(image)
        if focused:
            match.score = focus_score(image, query)
            if match.score is None or match.score < FOCUS_THRESHOLD:
                continue
        if query.point:
            match.distance = round(haversine_m(query.point[0], query.point[1], image.lon, image.lat), 2)
        found.append(match)
    if focused:
        found.sort(key=lambda m: (-m.score, -m.image.captured_at.timestamp(), m.image.number))
    else:
        found.sort(key=lambda m: (-m.image.captured_at.timestamp(), m.image.number))
    return found


def _angle_between(a, b):
    return abs((a - b + 180) % 360 - 180)


def multi_view(catalog, query):
    """Up to five matches: the best nadir view, then the best view facing north,
    east, south and west (camera heading within 45° of the direction). "Best"
    is the focus score, but a direction is only left out when no image at all
    sees the place from there."""
    ranked = matches(catalog, query, focused=False)
    for match in ranked:
        match.score = focus_score(match.image, query) or 0.0
    ranked.sort(key=lambda m: (-m.score, -m.image.captured_at.timestamp(), m.image.number))
    chosen = []
    nadir = next((m for m in ranked if m.image.camera.pitch <= NADIR_PITCH), None)
    if nadir:
        chosen.append(nadir)
    for _name, direction in VIEWS:
        view = next((m for m in ranked if m.image.camera.pitch > NADIR_PITCH
                     and _angle_between(m.image.camera.heading, direction) < 45), None)
        if view:
            chosen.append(view)
    return chosen
