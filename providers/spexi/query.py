"""Spexi search parameters: checked and written the way the API expects them,
so input the API would refuse is refused here first, naming the parameter.

Ranges are sent as ``min,max`` (the form the Image API page gives for
``captured_at``: "start,end or single value"), single values as themselves.
Areas larger than the API's 1 km² polygon limit are split into cells
(:func:`iter_cells`), counted beforehand without building them (:func:`count_cells`).
"""

import math
from datetime import date, datetime, timezone

from shapely import wkt
from shapely.errors import ShapelyError
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.prepared import prep

from ..budget import Estimate
from ..errors import InvalidInputError
from .choices import CAPTURE_TYPES
from .dates import DateText, read_date

SERVICE = "Spexi"
MAX_POLYGON_BBOX_KM2 = 1.0
#: cells are kept a little under the limit so that the server's own area formula agrees
CELL_KM2 = 0.9
MAX_LIMIT = 1000
MAX_WKT_LENGTH = 3000  # longer polygons are simplified: the query string has to fit in a URL
EARTH_RADIUS_M = 6_371_008.8


def refuse(parameter, message, key=None, values=None):
    return InvalidInputError(message, parameter=parameter, service=SERVICE, key=key, values=values)


def bbox_area_km2(minx, miny, maxx, maxy):
    """Area of a lon/lat box on the sphere, in km²."""
    band = math.sin(math.radians(maxy)) - math.sin(math.radians(miny))
    return EARTH_RADIUS_M ** 2 * math.radians(maxx - minx) * band / 1e6


def _number(parameter, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise refuse(parameter, f"{parameter} must be a number, not {value!r}",
                     key="spexi.number", values=dict(parameter=parameter, value=repr(value)))
    return float(value)


def _text(value):
    return f"{value:.6f}".rstrip("0").rstrip(".")


def format_range(parameter, value, low, high, open_high=False, unit=""):
    """``"v"`` or ``"min,max"`` from a number or a (min, max) pair, checked
    against [low, high] (or [low, high) when ``open_high``)."""
    values = list(value) if isinstance(value, (tuple, list)) else [value]
    if len(values) not in (1, 2):
        raise refuse(parameter, f"{parameter} must be one value or a (minimum, maximum) pair",
                     key="spexi.range_pair", values=dict(parameter=parameter))
    values = [_number(parameter, v) for v in values]
    closing = ")" if open_high else "]"
    # checked as sent: 359.9999996 passes as a number but goes out as "360"
    for v in values:
        sent = float(_text(v))
        if sent < low or sent > high or (open_high and sent >= high):
            shown = f"{v!r} (sent as {_text(v)})" if sent != v else _text(v)
            raise refuse(parameter, f"{parameter} {shown}{unit} is outside [{_text(low)}, {_text(high)}"
                                    f"{closing}{unit}",
                                    key="spexi.outside",
                                    values=dict(parameter=parameter, value=f"{shown}{unit}",
                                                interval=f"[{_text(low)}, {_text(high)}{closing}{unit}"))
    if float(_text(values[0])) > float(_text(values[-1])):
        raise refuse(parameter, f"{parameter} range minimum {_text(values[0])} is above its maximum "
                                f"{_text(values[-1])}",
                                key="spexi.range_reversed",
                                values=dict(parameter=parameter, low=_text(values[0]), high=_text(values[-1])))
    return ",".join(_text(v) for v in values)


#: the earliest capture year taken: anything before is a typing slip (year 1, 0203)
MIN_YEAR = 1970


def _date_text(value):
    """A DateText (the instant, and whether a time of day was given) from a date,
    a date-time or a text JavaScript's ``Date`` reads."""
    if isinstance(value, datetime):
        value = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        found = DateText(value.astimezone(timezone.utc), True)
    elif isinstance(value, date):
        found = DateText(datetime(value.year, value.month, value.day, tzinfo=timezone.utc), False)
    else:
        found = read_date(value) if isinstance(value, str) else None
        if found is None:
            raise refuse("captured_at", f"captured_at {value!r} is not a date: write it as 2023-01-01, "
                                        "2023-01-01T12:00:00Z or Jan 1, 2023",
                                        key="spexi.date", values=dict(value=repr(value)))
    if found.when.year < MIN_YEAR:
        raise refuse("captured_at", f"captured_at {found.when.date()} is before {MIN_YEAR}: check the year",
                     key="spexi.date_year", values=dict(date=str(found.when.date()), year=str(MIN_YEAR)))
    return found


def js_iso(moment):
    """An instant as JavaScript's ``toISOString`` writes it (UTC, milliseconds)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def format_captured_at(value):
    """``"t"`` or ``"start,end"`` in ISO form (a comma inside "Jan 1, 2023"
    would split the pair). A date without a time covers its whole day: the start
    from 00:00:00.000, the end to 23:59:59.999 UTC, written out, since ``new
    Date("2023-12-31")`` is that day's midnight and would drop the day itself."""
    values = list(value) if isinstance(value, (tuple, list)) else [value]
    if len(values) not in (1, 2):
        raise refuse("captured_at", "captured_at must be one date or a (start, end) pair", key="spexi.date_pair")
    first, last = _date_text(values[0]), _date_text(values[-1])
    if len(values) == 1 and first.has_time:
        return js_iso(first.when)
    start = first.when if first.has_time else first.day_start
    end = last.when if last.has_time else last.day_end
    if start > end:
        raise refuse("captured_at", f"captured_at starts ({values[0]}) after it ends ({values[-1]})",
                     key="spexi.dates_reversed", values=dict(start=str(values[0]), end=str(values[-1])))
    text = f"{js_iso(start)},{js_iso(end)}"
    # checked as the server will read it
    sent = [read_date(part) for part in text.split(",")]
    if None in sent or sent[0].when > sent[1].when:
        raise refuse("captured_at", f"captured_at {text} would not be read as a range",
                     key="spexi.date_range", values=dict(text=text))
    return text


def format_point(point):
    """``lon,lat[,radius]`` from (lon, lat) or (lon, lat, radius metres)."""
    values = list(point) if isinstance(point, (tuple, list)) else None
    if values is None and hasattr(point, "x"):
        values = [point.x, point.y]
    if not values or len(values) not in (2, 3):
        raise refuse("p", "p must be (longitude, latitude) or (longitude, latitude, radius in metres)",
                     key="spexi.point")
    lon, lat = _number("p", values[0]), _number("p", values[1])
    if not (-180 <= float(_text(lon)) <= 180 and -90 <= float(_text(lat)) <= 90):
        raise refuse("p", f"p {lon}, {lat} is not a longitude/latitude: use EPSG:4326 coordinates",
                     key="spexi.point_lonlat", values=dict(lon=str(lon), lat=str(lat)))
    if len(values) == 3:
        radius = _number("p", values[2])
        if radius < 0:
            raise refuse("p", "p radius cannot be negative", key="spexi.radius")
        if radius:
            return f"{_text(lon)},{_text(lat)},{_text(radius)}"
    return f"{_text(lon)},{_text(lat)}"


def format_bbox(bbox):
    if not isinstance(bbox, (tuple, list)) or len(bbox) != 4:
        raise refuse("bbox", "bbox must be (min lon, min lat, max lon, max lat)", key="spexi.bbox")
    texts = [_text(_number("bbox", v)) for v in bbox]
    minx, miny, maxx, maxy = (float(t) for t in texts)  # checked as sent, to 6 decimals
    if not (-180 <= minx and maxx <= 180 and -90 <= miny and maxy <= 90):
        raise refuse("bbox", "bbox must be (min lon, min lat, max lon, max lat) in EPSG:4326", key="spexi.bbox_lonlat")
    if not (minx < maxx and miny < maxy):
        raise refuse("bbox", f"bbox {','.join(texts)} has no width or height at 6 decimals (about 0.1 m): "
                             "min must be below max; draw a larger box",
                             key="spexi.bbox_empty", values=dict(bbox=",".join(texts)))
    return ",".join(texts)


def as_geometry(polygon, parameter="polygon"):
    """A shapely geometry from a shapely geometry or WKT text."""
    if isinstance(polygon, BaseGeometry):
        return polygon
    try:
        return wkt.loads(str(polygon))
    except (ShapelyError, ValueError, TypeError, AttributeError):
        raise refuse(parameter, f"{parameter} is not valid WKT",
                     key="spexi.wkt", values=dict(parameter=parameter)) from None


def format_polygon(polygon):
    """WKT of one valid lon/lat polygon whose bounding box is within 1 km²."""
    shape = as_geometry(polygon)
    if shape.geom_type != "Polygon" or shape.is_empty:
        raise refuse("polygon", f"polygon must be one polygon, not {shape.geom_type}: split multi-part areas "
                                "(search_area does it)", key="spexi.one_polygon", values=dict(kind=shape.geom_type))
    if not shape.is_valid:
        raise refuse("polygon", "polygon is not valid (it crosses itself): draw it again", key="spexi.invalid_polygon")
    minx, miny, maxx, maxy = shape.bounds
    if not (-180 <= minx and maxx <= 180 and -90 <= miny and maxy <= 90):
        raise refuse("polygon", "polygon must be in longitude/latitude (EPSG:4326)", key="spexi.polygon_lonlat")
    _check_polygon_area(bbox_area_km2(minx, miny, maxx, maxy))
    text = shape.wkt if len(shape.wkt) <= MAX_WKT_LENGTH else _shortened(shape)
    sent = wkt.loads(text)  # checked as sent: a shortened polygon must keep within the limit
    if sent.geom_type != "Polygon" or not sent.is_valid:
        raise refuse("polygon", "polygon could not be shortened for the URL: draw it with fewer vertices",
                     key="spexi.shorten")
    _check_polygon_area(bbox_area_km2(*sent.bounds))
    return text


def _check_polygon_area(area):
    if area > MAX_POLYGON_BBOX_KM2:
        raise refuse("polygon", f"polygon's bounding box is {area:.3f} km², more than the "
                                f"{MAX_POLYGON_BBOX_KM2:g} km² Spexi accepts: search a smaller area "
                                "(search_area splits larger ones)",
                                key="spexi.polygon_area",
                                values=dict(area=f"{area:.3f}", limit=f"{MAX_POLYGON_BBOX_KM2:g}"))


def _shortened(shape):
    """Fewer vertices, buffered so that the result still covers the whole polygon,
    then cut back to the polygon's own bounding box, so that the box the server
    measures does not grow past the 1 km² limit."""
    tolerance, frame = 1e-6, box(*shape.bounds)
    for _ in range(40):  # 1e-6 doubled 40 times is far coarser than any 1 km² polygon
        covering = shape.simplify(tolerance).buffer(tolerance, 1).simplify(tolerance / 4).intersection(frame)
        if covering.geom_type == "MultiPolygon":  # slivers cut off by the frame
            covering = max(covering.geoms, key=lambda part: part.area)
        text = covering.wkt
        if covering.geom_type == "Polygon" and len(text) <= MAX_WKT_LENGTH:
            return text
        tolerance *= 2
    raise refuse("polygon", "polygon could not be shortened for the URL: draw it with fewer vertices",
                 key="spexi.shorten")


def format_capture_types(value):
    types = [value] if isinstance(value, str) else list(value)
    types = [str(t).strip().lower() for t in types]
    if not types:
        raise refuse("capture_type", f"choose at least one capture type: {', '.join(CAPTURE_TYPES)}",
                     key="spexi.capture_types", values=dict(types=", ".join(CAPTURE_TYPES)))
    wrong = [t for t in types if t not in CAPTURE_TYPES]
    if wrong:
        raise refuse("capture_type", f"capture_type {', '.join(wrong)} is not one of {', '.join(CAPTURE_TYPES)}",
                     key="spexi.capture_type", values=dict(wrong=", ".join(wrong), types=", ".join(CAPTURE_TYPES)))
    return ",".join(dict.fromkeys(types))


def spatial_params(point=None, bbox=None, polygon=None):
    params = {}
    if point is not None:
        params["p"] = format_point(point)
    if bbox is not None:
        params["bbox"] = format_bbox(bbox)
    if polygon is not None:
        params["polygon"] = format_polygon(polygon)
    if not params:
        raise refuse("p", "A Spexi search needs a point (p), a bbox or a polygon", key="spexi.where")
    return params


def filter_params(heading=None, pitch=None, altitude=None, captured_at=None, capture_type=None, focused=True,
                  limit=100):
    """The non-spatial query parameters of a search, every value checked."""
    params = {}
    if heading is not None:
        params["heading"] = format_range("heading", heading, 0, 360, open_high=True, unit="°")
    if pitch is not None:
        params["pitch"] = format_range("pitch", pitch, -135, 45, unit="°")
    if altitude is not None:
        params["altitude"] = format_range("altitude", altitude, 0, 10000, unit=" m")
    if captured_at is not None:
        params["captured_at"] = format_captured_at(captured_at)
    if capture_type is not None:
        params["capture_type"] = format_capture_types(capture_type)
    if not isinstance(focused, bool):
        raise refuse("focused", "focused must be True or False", key="spexi.focused")
    params["focused"] = "true" if focused else "false"
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise refuse("limit", f"limit must be a whole number from 1 to {MAX_LIMIT}, not {limit!r}",
                     key="spexi.limit", values=dict(limit=str(MAX_LIMIT), value=repr(limit)))
    params["limit"] = str(limit)
    return params


def search_params(point=None, bbox=None, polygon=None, **filters):
    """The query parameters of a search: a spatial filter (at least one) and
    the filters of :func:`filter_params`."""
    params = spatial_params(point, bbox, polygon)
    params.update(filter_params(**filters))
    return params


def _largest_cell(bounds, columns, rows):
    """Area of the largest cell of a grid: the cells nearest the equator (the
    first, the last or the row the equator crosses) are the largest."""
    minx, miny, maxx, maxy = bounds
    dx, dy = (maxx - minx) / columns, (maxy - miny) / rows
    candidates = {0, rows - 1}
    if miny < 0 < maxy:
        candidates.add(min(rows - 1, int(-miny / dy)))
    return max(bbox_area_km2(minx, miny + row * dy, minx + dx, miny + (row + 1) * dy) for row in candidates)


def _grid(bounds, max_km2):
    """(columns, rows) of square-ish cells, each within ``max_km2``."""
    minx, miny, maxx, maxy = bounds
    side_km = math.sqrt(max_km2)
    nearest_equator = 0.0 if miny <= 0 <= maxy else min(abs(miny), abs(maxy))
    width_km = EARTH_RADIUS_M / 1000 * math.radians(maxx - minx) * math.cos(math.radians(nearest_equator))
    height_km = EARTH_RADIUS_M / 1000 * math.radians(maxy - miny)
    columns, rows = max(1, math.ceil(width_km / side_km)), max(1, math.ceil(height_km / side_km))
    while _largest_cell(bounds, columns, rows) > max_km2:
        columns, rows = columns + 1, rows + 1
    return columns, rows


def _parts(area):
    shape = as_geometry(area, "aoi")
    if shape.is_empty or shape.geom_type not in ("Polygon", "MultiPolygon") or shape.area == 0:
        raise refuse("aoi", "The area of interest must be a polygon with an area", key="aoi.polygon")
    if not shape.is_valid:
        shape = shape.buffer(0)
    return list(shape.geoms) if isinstance(shape, MultiPolygon) else [shape]


def _part_grid(part, max_km2):
    """(columns, rows) of the grid a part is cut by; (1, 1) when it fits whole."""
    if bbox_area_km2(*part.bounds) <= max_km2:
        return 1, 1
    return _grid(part.bounds, max_km2)


def count_cells(area, max_km2=CELL_KM2):
    """How many grid cells :func:`iter_cells` visits for ``area``: arithmetic on
    the bounds of its parts, no cell is built. Requests are at most one per cell
    (a cell outside a non-rectangular area costs none)."""
    return sum(columns * rows for columns, rows in (_part_grid(part, max_km2) for part in _parts(area)))


def iter_cells(area, max_km2=CELL_KM2, check_cancelled=None):
    """The polygons to search for ``area`` (lon/lat), one at a time, each with a
    bounding box within ``max_km2``: the area itself when it fits, else its parts
    cut by a grid of equal cells (row by row, south to north). Memory stays flat
    whatever the area; ``check_cancelled()`` is called for every cell and may raise."""
    for part in _parts(area):
        columns, rows = _part_grid(part, max_km2)
        if columns * rows == 1:
            yield part
            continue
        minx, miny, maxx, maxy = part.bounds
        prepared = prep(part)
        for row in range(rows):
            for column in range(columns):
                if check_cancelled is not None:
                    check_cancelled()
                cell = box(minx + (maxx - minx) * column / columns, miny + (maxy - miny) * row / rows,
                           minx + (maxx - minx) * (column + 1) / columns, miny + (maxy - miny) * (row + 1) / rows)
                if not prepared.intersects(cell):
                    continue
                piece = part.intersection(cell)
                yield from (p for p in getattr(piece, "geoms", [piece])
                            if isinstance(p, Polygon) and not p.is_empty and p.area > 0)


def split_area(area, max_km2=CELL_KM2):
    """Every polygon of :func:`iter_cells` in a list (small areas only)."""
    return list(iter_cells(area, max_km2))


def estimate(area=None, point=None, per_second=5.0):
    """The request budget of a search (one page per cell expected)."""
    requests = 1 if area is None else count_cells(area)
    return Estimate(SERVICE, requests, per_second, "draw a smaller area or search around a point",
                    "budget.smaller_area_or_point")
