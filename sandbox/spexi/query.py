"""Query parameters of the Spexi emulator: validated as the OpenAPI document
describes them, refused with NestJS's 400 envelope (the API is a NestJS app: its
operation ids are ``ImageController_*``), and turned into a :class:`Query`.

Where the vendor page leaves a choice open, the sandbox decides and says so:
ranges are written ``min,max`` (the multi-view section's ``start,end``), the
minimum may not exceed the maximum (also for headings: [hmin, hmax]), the "slight
margin" is 2° for angles and 2 m for altitude, a date without a time covers the
whole day, and unknown parameters are refused (NestJS's forbidNonWhitelisted).
"""

import math
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

from shapely import wkt
from shapely.errors import ShapelyError
from shapely.geometry import Point, Polygon, box

from ..server import HttpError, json_response
from .camera import M_PER_DEG_LAT
from .catalog import ALPHABET, decode, encode

SEARCH_PARAMETERS = ("p", "bbox", "polygon", "heading", "pitch", "altitude", "captured_at", "capture_type",
                     "limit", "cursor", "focused")
MULTI_VIEW_PARAMETERS = ("p", "bbox", "polygon", "captured_at")
CAPTURE_TYPES = ("panorama", "orthomosaic", "oblique")
CURSOR_PATTERN = re.compile(f"^[{ALPHABET}]+$")
ANGLE_MARGIN, ALTITUDE_MARGIN = 2.0, 2.0
MAX_POLYGON_BBOX_KM2 = 1.0
MAX_RADIUS_M = 10_000.0
EARTH_RADIUS_M = 6_371_008.8
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}


def bad_request(*messages):
    return HttpError(json_response({"statusCode": 400, "message": list(messages), "error": "Bad Request"},
                                   status=400))


def bbox_area_km2(minx, miny, maxx, maxy):
    """Area of a lon/lat box on the sphere."""
    lat = math.sin(math.radians(maxy)) - math.sin(math.radians(miny))
    return EARTH_RADIUS_M ** 2 * math.radians(maxx - minx) * lat / 1e6


@dataclass
class Query:
    point: Optional[tuple] = None
    radius: float = 0.0
    filters: list = field(default_factory=list)  # shapely geometries, all must meet the footprint
    focus: object = None  # the geometry "prominently featured" is measured against
    heading: Optional[tuple] = None
    pitch: Optional[tuple] = None
    altitude: Optional[tuple] = None
    captured: Optional[tuple] = None
    capture_types: Optional[frozenset] = None
    focused: bool = True
    limit: int = 100
    offset: int = 0
    fingerprint: int = 0
    spatial: dict = field(default_factory=dict)  # the spatial parameters as given (for zoomed links)


def _numbers(name, text, count):
    parts = text.split(",")
    if len(parts) not in count:
        raise bad_request(f"{name} must be {' or '.join(str(c) for c in count)} comma-separated numbers")
    try:
        values = [float(part) for part in parts]
    except ValueError:
        raise bad_request(f"{name} must contain only numbers") from None
    if not all(math.isfinite(v) for v in values):
        raise bad_request(f"{name} must contain only finite numbers")
    return values


def _lonlat(name, lon, lat):
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise bad_request(f"{name} must have longitudes in [-180, 180] and latitudes in [-90, 90]")


def _circle(lon, lat, radius):
    """A circle of ``radius`` metres as a lon/lat polygon."""
    scale_y = radius / M_PER_DEG_LAT
    scale_x = scale_y / max(0.01, math.cos(math.radians(lat)))
    ring = [(lon + scale_x * math.cos(a), lat + scale_y * math.sin(a))
            for a in (2 * math.pi * i / 64 for i in range(64))]
    return Polygon(ring)


def _range(name, text, low, high, margin, open_high=False):
    values = _numbers(name, text, (1, 2))
    for value in values:
        if not (low <= value < high if open_high else low <= value <= high):
            raise bad_request(f"{name} must be within [{low}, {high}{')' if open_high else ']'}")
    lo, hi = values[0], values[-1]
    if lo > hi:
        raise bad_request(f"{name} range minimum must not exceed its maximum")
    return lo - margin, hi + margin


def parse_date(text):
    """A JavaScript-style date: ISO 8601 (date or date-time) or "Jan 1, 2023".
    Returns (start, end) of what it denotes: a whole day for a bare date."""
    text = text.strip()
    match = re.fullmatch(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})", text)
    if match and match.group(1).lower() in _MONTHS:
        day = datetime(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)),
                       tzinfo=timezone.utc)
        return day, day + timedelta(days=1) - timedelta(milliseconds=1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
        return day, day + timedelta(days=1) - timedelta(milliseconds=1)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", text):
        raise ValueError(text)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment, moment


def _captured(text):
    try:
        start, end = parse_date(text)
        return start, end
    except ValueError:
        pass
    parts = text.split(",")
    for cut in range(1, len(parts)):  # "Jan 1, 2023,Feb 1, 2023" has commas inside the dates
        try:
            start, end = parse_date(",".join(parts[:cut]))[0], parse_date(",".join(parts[cut:]))[1]
        except ValueError:
            continue
        if start > end:
            raise bad_request("captured_at range start must not be after its end")
        return start, end
    raise bad_request("captured_at must be a date or a start,end pair of dates")


def _spatial(query, args):
    if args.get("p") is not None:
        values = _numbers("p", args["p"], (2, 3))
        lon, lat = values[0], values[1]
        _lonlat("p", lon, lat)
        radius = values[2] if len(values) == 3 else 0.0
        if not 0 <= radius <= MAX_RADIUS_M:
            raise bad_request(f"p radius must be between 0 and {MAX_RADIUS_M:g} meters")
        query.point, query.radius = (lon, lat), radius
        query.filters.append(_circle(lon, lat, radius) if radius else Point(lon, lat))
    if args.get("bbox") is not None:
        minx, miny, maxx, maxy = _numbers("bbox", args["bbox"], (4,))
        _lonlat("bbox", minx, miny)
        _lonlat("bbox", maxx, maxy)
        if minx >= maxx or miny >= maxy:
            raise bad_request("bbox must be minLon,minLat,maxLon,maxLat with min < max")
        query.filters.append(box(minx, miny, maxx, maxy))
    if args.get("polygon") is not None:
        try:
            polygon = wkt.loads(args["polygon"])
        except (ShapelyError, ValueError, TypeError, AttributeError):
            raise bad_request("polygon must be valid WKT") from None
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            raise bad_request("polygon must be a WKT POLYGON")
        if not polygon.is_valid:
            raise bad_request("polygon must be a valid polygon (no self-intersections)")
        minx, miny, maxx, maxy = polygon.bounds
        _lonlat("polygon", minx, miny)
        _lonlat("polygon", maxx, maxy)
        area = bbox_area_km2(*polygon.bounds)
        if area > MAX_POLYGON_BBOX_KM2:
            raise bad_request(f"polygon bounding box area must not exceed {MAX_POLYGON_BBOX_KM2:g} km² "
                              f"(it is {area:.2f} km²)")
        query.filters.append(polygon)
    if not query.filters:
        raise bad_request("At least one spatial filter is required: p, bbox or polygon")
    query.focus = query.filters[0]  # p first, then bbox, then polygon: the order they are listed in
    query.spatial = {name: args[name] for name in ("p", "bbox", "polygon") if args.get(name) is not None}


def parse(request, allowed):
    """A Query from the request's parameters, or HttpError 400 naming what is wrong."""
    unknown = sorted(set(request.query) - set(allowed))
    if unknown:
        raise bad_request(*(f"property {name} should not exist" for name in unknown))
    repeated = [name for name, values in request.query.items() if len(values) > 1]
    if repeated:
        raise bad_request(*(f"{name} must be a string" for name in repeated))
    args = {name: values[0] for name, values in request.query.items()}
    query = Query()
    _spatial(query, args)
    if args.get("heading") is not None:
        query.heading = _range("heading", args["heading"], 0, 360, ANGLE_MARGIN, open_high=True)
    if args.get("pitch") is not None:
        query.pitch = _range("pitch", args["pitch"], -135, 45, ANGLE_MARGIN)
    if args.get("altitude") is not None:
        query.altitude = _range("altitude", args["altitude"], 0, 10000, ALTITUDE_MARGIN)
    if args.get("captured_at") is not None:
        query.captured = _captured(args["captured_at"])
    if args.get("capture_type") is not None:
        types = [t.strip() for t in args["capture_type"].split(",")]
        wrong = [t for t in types if t not in CAPTURE_TYPES]
        if wrong:
            raise bad_request(f"capture_type must be one or more of {', '.join(CAPTURE_TYPES)} "
                              f"(got {', '.join(repr(t) for t in wrong)})")
        query.capture_types = frozenset(types)
    if args.get("focused") is not None:
        value = args["focused"].strip().lower()
        if value not in ("true", "false"):
            raise bad_request("focused must be a boolean value")
        query.focused = value == "true"
    if args.get("limit") is not None:
        if not re.fullmatch(r"\d+", args["limit"].strip()):
            raise bad_request("limit must be an integer number")
        query.limit = int(args["limit"])
        if query.limit < 1:
            raise bad_request("limit must not be less than 1")
        if query.limit > 1000:
            raise bad_request("limit must not be greater than 1000")
    canonical = "&".join(f"{k}={args[k]}" for k in sorted(args) if k not in ("cursor", "limit"))
    query.fingerprint = zlib.crc32(canonical.encode()) & 0xFFFFF
    if args.get("cursor") is not None:
        query.offset = _cursor_offset(args["cursor"], query.fingerprint)
    return query


def make_cursor(offset, fingerprint):
    return encode((offset << 20) | fingerprint)


def _cursor_offset(cursor, fingerprint):
    if not CURSOR_PATTERN.match(cursor):
        raise bad_request(f"cursor must match {CURSOR_PATTERN.pattern} regular expression")
    value = decode(cursor)
    if value & 0xFFFFF != fingerprint:
        raise bad_request("cursor does not belong to this query: repeat the query's other parameters")
    return value >> 20
