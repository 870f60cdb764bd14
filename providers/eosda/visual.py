"""Download visual (GDW ``type: "jpeg"``) parameters: presets, checks, image size.

Every parameter of eosda-download-visual.txt is a field of :class:`VisualParams`;
:meth:`VisualParams.payload` refuses values outside the documented sets (and
inconsistent combinations) before anything is sent, with a message that names
what to change.
"""

import math
import re
import uuid
from dataclasses import dataclass
from typing import Optional, Sequence

from ..errors import InvalidInputError

SERVICE = "EOSDA"

# the documented value sets (eosda-download-visual.txt)
RESAMPLE = ("near", "bilinear", "cubic", "cubicspline", "lanczos", "average", "mode",
            "max", "min", "med", "q1", "q3")
FORMATS = ("jpeg", "tiff", "png")
GEOREFERENCES = ("world", "kmz", "tiff")
SIZES = ("S", "M", "L", "XL")
CALIBRATE = (0, 1)

#: the longest side we ask for. EOSDA's own limit is not documented [INF]; beyond
#: this a render is hundreds of megabytes, so a larger pixel size is asked for.
MAX_SIDE_PX = 10000

DATASETS = {"sentinel2": "Sentinel-2", "landsat8": "Landsat 8"}
#: native pixel size (m) of the visible/NIR bands, a sensible default px_size
NATIVE_PX = {"sentinel2": 10.0, "landsat8": 30.0}
BANDS = {
    "sentinel2": ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12"),
    "landsat8": ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11"),
}


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    bm_type: dict  # dataset -> band combination or name alias
    name_alias: str
    single_band: bool  # an index (colourised) rather than an RGB composite


PRESETS = (
    Preset("true_color", "True colour", {"sentinel2": "B04,B03,B02", "landsat8": "B4,B3,B2"}, "TrueColor", False),
    Preset("false_color", "False colour (NIR)", {"sentinel2": "B08,B04,B03", "landsat8": "B5,B4,B3"},
           "FalseColor", False),
    # name aliases, resolved by the service for the scene's dataset
    Preset("ndvi", "NDVI", {"sentinel2": "NDVI", "landsat8": "NDVI"}, "NDVI", True),
    Preset("ndwi", "NDWI", {"sentinel2": "NDWI", "landsat8": "NDWI"}, "NDWI", True),
)

#: colormaps offered by name: the id of the documentation's NDVI example. Others
#: are made with EOSDA's Colormap endpoint; the tab takes a pasted id.
COLORMAPS = {"Red–yellow–green": "a9bc6eceeef2a13bb88a7f641dca3aa0"}
DEFAULT_LEVELS = (-1.0, 1.0)

_EXPRESSION_CHARS = re.compile(r"^[A-Za-z0-9_.+\-*/(), ]+$")
_BAND_TOKEN = re.compile(r"\bB\d{1,2}A?\b", re.IGNORECASE)
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def refuse(message, parameter, key=None, values=None):
    raise InvalidInputError(message, parameter=parameter, service=SERVICE, key=key, values=values)


def bands_in(expression):
    """Band names an expression uses, upper-case, in order of appearance."""
    return [token.upper() for token in _BAND_TOKEN.findall(expression or "")]


def unknown_bands(dataset, expression):
    """Bands of ``expression`` the dataset does not have (S2 accepts B4 for B04)."""
    known = set(BANDS.get(dataset, ()))
    if dataset == "sentinel2":
        known |= {f"B{int(b[1:])}" for b in known if b[1:].isdigit()}
    return list(dict.fromkeys(b for b in bands_in(expression) if b not in known))


def expression_count(bm_type):
    """How many output bands a band combination gives (top-level commas + 1)."""
    depth, count = 0, 1
    for char in bm_type:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            count += 1
    return count


def mercator(lon, lat):
    """EPSG:4326 → EPSG:3857 (the output CRS of Download visual)."""
    radius = 6378137.0
    lat = max(-85.05112878, min(85.05112878, lat))
    return (math.radians(lon) * radius,
            radius * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _vertices(geojson):
    coordinates = geojson["coordinates"]
    rings = coordinates if geojson["type"] == "Polygon" else [r for p in coordinates for r in p]
    for ring in rings:
        for point in ring:
            yield point[0], point[1]


def image_size(geometry, px_size):
    """(width, height) in pixels of the EPSG:3857 render of ``geometry`` (GeoJSON
    or shapely, lon/lat) at ``px_size`` metres. x depends only on longitude and
    y only on latitude in Web Mercator, so the vertices give the exact extent."""
    geojson = as_geojson(geometry)
    xs, ys = zip(*(mercator(lon, lat) for lon, lat in _vertices(geojson)))
    return (max(1, math.ceil((max(xs) - min(xs)) / px_size - 1e-9)),
            max(1, math.ceil((max(ys) - min(ys)) / px_size - 1e-9)))


def as_geojson(geometry):
    """A GeoJSON dict as it is, a shapely geometry as GeoJSON (what shapely's
    ``mapping`` returns; shapely is not imported here, so that the render
    choices above come without it)."""
    interface = getattr(geometry, "__geo_interface__", None)
    return geometry if interface is None else interface


def new_reference():
    """A unique ``params.reference`` for a request."""
    return f"imagery-hub-{uuid.uuid4().hex}"


def _number(value, parameter, what, what_key):
    """``what``: the English phrase (its translation keyed by ``what_key``)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        refuse(f"{what} must be a number, not {value!r}", parameter,
               key="eosda.number", values=dict(what=(what_key, None, what), value=repr(value)))
    if not math.isfinite(number):
        refuse(f"{what} must be a finite number", parameter,
               key="eosda.finite", values=dict(what=(what_key, None, what)))
    return number


@dataclass
class VisualParams:
    """The ``params`` of a Download visual request; None means "not sent"."""

    view_id: str
    bm_type: str
    geometry: object  # a GeoJSON Polygon dict or a shapely Polygon, lon/lat
    px_size: float
    reference: Optional[str] = None  # made unique when not given
    name_alias: Optional[str] = None
    resample: Optional[str] = None
    colormap: Optional[str] = None
    levels: Optional[Sequence[float]] = None  # (low, high) or "low,high"
    colors_limit: Optional[int] = None
    calibrate: Optional[int] = None
    size: Optional[str] = None
    georeference: Optional[str] = None
    format: Optional[str] = None
    pansharpening: Optional[bool] = None
    colors: Optional[Sequence[str]] = None
    thresholds: Optional[Sequence[float]] = None

    @property
    def output_format(self):
        return self.format or "jpeg"

    def payload(self):
        """The ``params`` dict to send, or InvalidInputError naming what to change."""
        params = {"view_id": self._view_id(), "bm_type": self._bm_type(), "geometry": self._geometry(),
                  "px_size": self._px_size(), "reference": self.reference or new_reference()}
        if self.name_alias:
            params["name_alias"] = str(self.name_alias)
        for name, allowed in (("resample", RESAMPLE), ("size", SIZES), ("georeference", GEOREFERENCES),
                              ("format", FORMATS)):
            value = getattr(self, name)
            if value is None:
                continue
            if value not in allowed:
                refuse(f"{name} must be one of {', '.join(allowed)}, not {value!r}", name,
                       key="eosda.one_of", values=dict(name=name, allowed=", ".join(allowed), value=repr(value)))
            params[name] = value
        if self.calibrate is not None:
            if isinstance(self.calibrate, bool) or self.calibrate not in CALIBRATE:
                refuse(f"calibrate must be 0 or 1, not {self.calibrate!r}", "calibrate",
                       key="eosda.calibrate", values=dict(value=repr(self.calibrate)))
            params["calibrate"] = int(self.calibrate)
        if self.pansharpening is not None:
            if not isinstance(self.pansharpening, bool):
                refuse("pansharpening must be true or false", "pansharpening", key="eosda.pansharpening")
            params["pansharpening"] = self.pansharpening
        params.update(self._colorization())
        width, height = image_size(params["geometry"], params["px_size"])
        if max(width, height) > MAX_SIDE_PX:
            refuse(f"A {params['px_size']:g} m pixel gives a {width} × {height} px image; the largest side "
                   f"may be {MAX_SIDE_PX} px: choose a larger pixel size or a smaller area", "px_size",
                   key="eosda.image_too_large",
                   values=dict(pixel=f"{params['px_size']:g}", width=str(width), height=str(height),
                               limit=str(MAX_SIDE_PX)))
        return params

    # -- single checks -----------------------------------------------------------
    def _view_id(self):
        if not self.view_id or not str(self.view_id).strip():
            refuse("Pick a scene first (view_id is empty)", "view_id", key="eosda.pick_scene")
        return str(self.view_id).strip()

    def _bm_type(self):
        expression = (self.bm_type or "").strip()
        if not expression:
            refuse("The band combination (bm_type) is empty: pick a preset or type an expression", "bm_type",
                   key="eosda.bands_empty")
        if not _EXPRESSION_CHARS.match(expression):
            refuse(f"The band combination {expression!r} may only use band names, numbers, + - * / ( ) "
                   "and commas", "bm_type", key="eosda.bands_chars", values=dict(expression=repr(expression)))
        depth = 0
        for char in expression:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                break
        if depth != 0:
            refuse(f"The band combination {expression!r} has unbalanced parentheses", "bm_type",
                   key="eosda.bands_parentheses", values=dict(expression=repr(expression)))
        if any(not part.strip() for part in expression.split(",")):
            refuse(f"The band combination {expression!r} has an empty part between commas", "bm_type",
                   key="eosda.bands_empty_part", values=dict(expression=repr(expression)))
        return expression

    def _geometry(self):
        geojson = as_geojson(self.geometry)
        if not geojson or geojson.get("type") != "Polygon":
            kind = (geojson or {}).get("type", "nothing")
            refuse(f"Download visual takes one Polygon, not {kind}: use a single-part area of interest",
                   "geometry", key="eosda.one_polygon", values=dict(kind=kind))
        ring = geojson["coordinates"][0] if geojson.get("coordinates") else []
        if len(ring) < 4:
            refuse("The area of interest polygon needs at least three corners", "geometry", key="eosda.corners")
        for lon, lat in _vertices(geojson):
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                refuse("The area of interest must be in longitude/latitude (EPSG:4326)", "geometry", key="aoi.lonlat")
        return {"type": "Polygon", "coordinates": [[[float(x), float(y)] for x, y, *_ in ring]
                                                   for ring in geojson["coordinates"]]}

    def _px_size(self):
        px_size = _number(self.px_size, "px_size", "The pixel size", "eosda.the_pixel_size")
        if px_size <= 0:
            refuse("The pixel size must be more than 0 m", "px_size", key="eosda.pixel_positive")
        return px_size

    def _colorization(self):
        params = {}
        if self.colormap is not None:
            colormap = str(self.colormap).strip()
            if not colormap or " " in colormap:
                refuse(f"{self.colormap!r} is not a colormap id", "colormap",
                       key="eosda.colormap", values=dict(colormap=repr(self.colormap)))
            params["colormap"] = colormap
        if self.levels is not None:
            low, high = self._levels()
            params["levels"] = f"{low:g},{high:g}"
        if self.colors_limit is not None:
            if isinstance(self.colors_limit, bool) or not isinstance(self.colors_limit, int) \
                    or self.colors_limit < 2:
                refuse("colors_limit must be a whole number of 2 or more colours", "colors_limit",
                       key="eosda.colors_limit")
            params["colors_limit"] = self.colors_limit
        if (self.colors is None) != (self.thresholds is None):
            refuse("Range colourisation needs both colours and thresholds", "colors", key="eosda.ranges_both")
        if self.colors is not None:
            params.update(self._ranges())
            if "colormap" in params:
                refuse("Use either a colormap or range colours, not both", "colormap", key="eosda.colormap_or_ranges")
        return params

    def _levels(self):
        values = self.levels.split(",") if isinstance(self.levels, str) else list(self.levels)
        if len(values) != 2:
            refuse("levels are two numbers: low,high", "levels", key="eosda.levels")
        low, high = (_number(v, "levels", "A level", "eosda.a_level") for v in values)
        if low >= high:
            refuse(f"The low level ({low:g}) must be below the high level ({high:g})", "levels",
                   key="eosda.levels_order", values=dict(low=f"{low:g}", high=f"{high:g}"))
        return low, high

    def _ranges(self):
        colors = [str(c).strip() for c in self.colors]
        thresholds = [_number(t, "thresholds", "A threshold", "eosda.a_threshold") for t in self.thresholds]
        bad = [c for c in colors if not _COLOR.match(c)]
        if bad:
            refuse(f"Colours are written #rrggbb; {bad[0]!r} is not", "colors",
                   key="eosda.colour", values=dict(colour=repr(bad[0])))
        if not thresholds:
            refuse("Give at least one threshold for range colours", "thresholds", key="eosda.threshold")
        if any(b <= a for a, b in zip(thresholds, thresholds[1:])):
            refuse("Thresholds must increase from left to right", "thresholds", key="eosda.thresholds_order")
        # n thresholds cut the values into n + 1 ranges, one colour each [INF:
        # the Range colorization page is not in the stored documentation]
        if len(colors) != len(thresholds) + 1:
            refuse(f"{len(thresholds)} thresholds make {len(thresholds) + 1} ranges: give "
                   f"{len(thresholds) + 1} colours (now {len(colors)})", "colors",
                   key="eosda.colours_count",
                   values=dict(thresholds=str(len(thresholds)), ranges=str(len(thresholds) + 1),
                               colours=str(len(colors))))
        return {"colors": colors, "thresholds": thresholds}
