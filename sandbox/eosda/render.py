"""Download visual, rendered: band math on the generated bands, clipped to the
geometry in EPSG:3857 at ``px_size``, colourised and encoded as asked.

Each band is generated on its native grid (10/20/60 m for Sentinel-2, 15/30/100 m
for Landsat 8) and warped by GDAL onto the output grid with ``resample`` (the
documented list is GDAL's own). Pixels outside the geometry or the scene's data
are transparent (PNG, TIFF) or black (JPEG).
"""

import ast
import io
import json
import math
import zipfile
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from .landscape import BANDS, THERMAL, Surface, calibrated

ALIASES = {
    "sentinel2": {"NDVI": "(B08-B04)/(B08+B04)", "NDWI": "(B03-B08)/(B03+B08)", "NDMI": "(B08-B11)/(B08+B11)",
                  "NBR": "(B08-B12)/(B08+B12)", "NATURAL": "B04,B03,B02", "FALSECOLOR": "B08,B04,B03"},
    "landsat8": {"NDVI": "(B5-B4)/(B5+B4)", "NDWI": "(B3-B5)/(B3+B5)", "NDMI": "(B5-B6)/(B5+B6)",
                 "NBR": "(B5-B7)/(B5+B7)", "NATURAL": "B4,B3,B2", "FALSECOLOR": "B5,B4,B3"},
}
# colormap id -> stops (position, (r, g, b)): the documentation's NDVI example and
# a grey ramp standing for a colormap made with the Colormap endpoint
COLORMAPS = {
    "a9bc6eceeef2a13bb88a7f641dca3aa0": [(0.0, (165, 0, 38)), (0.25, (244, 109, 67)), (0.5, (254, 224, 139)),
                                         (0.75, (102, 189, 99)), (1.0, (0, 104, 55))],
    "0f0e0d0c0b0a09080706050403020100": [(0.0, (0, 0, 0)), (1.0, (255, 255, 255))],
}
DEFAULT_LEVELS = (-0.5, 0.5)  # documented default of params.levels
MAX_NATIVE_PIXELS = 4_000_000  # beyond this a band is read from a coarser "overview"
_OPERATORS = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide,
              ast.Pow: np.power}
CONTENT_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "tiff": "image/tiff"}
DRIVERS = {"jpeg": "JPEG", "png": "PNG", "tiff": "GTiff"}


class RenderFailure(Exception):
    """The task fails with this message (unknown band, scene...)."""


class BadRequest(Exception):
    """The request is refused when it is created (HTTP 400)."""


@dataclass
class Rendered:
    body: bytes
    content_type: str
    filename: str


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


MERCATOR, WGS84 = _srs(3857), _srs(4326)


# -- band combinations -------------------------------------------------------------------
def split_expressions(bm_type):
    parts, depth, current = [], 0, ""
    for char in bm_type:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]


def parse_bm_type(bm_type, dataset):
    """[(expression tree, band names)] for each output band; BadRequest on syntax."""
    text = ALIASES[dataset].get(bm_type.strip().upper(), bm_type)
    parsed = []
    for part in split_expressions(text):
        try:
            tree = ast.parse(part.strip(), mode="eval")
        except SyntaxError:
            raise BadRequest(f"Cannot parse band combination {part.strip()!r}") from None
        bands = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                bands.append(node.id)
            elif isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
                raise BadRequest(f"Unexpected value {node.value!r} in {part.strip()!r}")
            elif not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load,
                                       ast.USub, ast.UAdd, *_OPERATORS)):
                raise BadRequest(f"Unsupported operation in band combination {part.strip()!r}")
        parsed.append((tree, bands))
    return parsed


def band_name(name, dataset):
    """The dataset's spelling of a band (S2: B4 → B04; L8: B04 → B4), or None."""
    name = name.upper()
    if dataset == "sentinel2" and name[1:].isdigit():
        name = f"B{int(name[1:]):02d}"
    elif dataset == "landsat8" and name[1:].isdigit():
        name = f"B{int(name[1:])}"
    return name if name in BANDS[dataset] else None


def evaluate(node, values):
    if isinstance(node, ast.Expression):
        return evaluate(node.body, values)
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.UnaryOp):
        operand = evaluate(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    return _OPERATORS[type(node.op)](evaluate(node.left, values), evaluate(node.right, values))


# -- the output grid and the bands on it -------------------------------------------------------
@dataclass
class Grid:
    west: float
    north: float
    px: float
    width: int
    height: int

    @property
    def geotransform(self):
        return (self.west, self.px, 0.0, self.north, 0.0, -self.px)

    @property
    def bounds(self):
        return (self.west, self.north - self.height * self.px, self.west + self.width * self.px, self.north)


def to_mercator(geojson):
    geometry = ogr.CreateGeometryFromJson(_plain_json(geojson))
    if geometry is None or geometry.IsEmpty():
        raise BadRequest("geometry is not a valid GeoJSON polygon")
    geometry.AssignSpatialReference(WGS84)
    geometry.TransformTo(MERCATOR)
    return geometry


def _plain_json(geojson):
    """The geometry without members OGR would trip on (such as a ``crs``)."""
    return json.dumps({"type": geojson["type"], "coordinates": geojson["coordinates"]})


def output_grid(polygon_3857, px_size):
    west, east, south, north = polygon_3857.GetEnvelope()
    width = max(1, math.ceil((east - west) / px_size - 1e-9))
    height = max(1, math.ceil((north - south) / px_size - 1e-9))
    return Grid(west, north, float(px_size), width, height)


def _mem(width, height, count, data_type, geotransform=None):
    dataset = gdal.GetDriverByName("MEM").Create("", width, height, count, data_type)
    if geotransform is not None:
        dataset.SetGeoTransform(geotransform)
        dataset.SetProjection(MERCATOR.ExportToWkt())
    return dataset


def band_on_grid(band, grid, scene, track, resample, native_m=None):
    """DN of ``band`` on ``grid``: generated on the native grid, warped with ``resample``."""
    west, south, east, north = grid.bounds
    latitude = math.degrees(2 * math.atan(math.exp((north + south) / 2 / 6378137.0)) - math.pi / 2)
    res = (native_m or BANDS[track.dataset][band][1]) / math.cos(math.radians(latitude))
    span = max(east - west, north - south)
    res = max(res, span / math.sqrt(MAX_NATIVE_PIXELS))
    x0, x1 = (math.floor(west / res) - 2) * res, (math.ceil(east / res) + 2) * res
    y0, y1 = (math.floor(south / res) - 2) * res, (math.ceil(north / res) + 2) * res
    nx, ny = round((x1 - x0) / res), round((y1 - y0) / res)
    xs, ys = np.meshgrid(x0 + (np.arange(nx) + 0.5) * res, y1 - (np.arange(ny) + 0.5) * res)
    source = _mem(nx, ny, 1, gdal.GDT_Float32, (x0, res, 0.0, y1, 0.0, -res))
    source.GetRasterBand(1).WriteArray(Surface(xs, ys, scene, track).dn(band).astype(np.float32))
    warped = gdal.Warp("", source, format="MEM", outputBounds=grid.bounds, width=grid.width, height=grid.height,
                       resampleAlg=resample, dstSRS=MERCATOR.ExportToWkt())
    return warped.GetRasterBand(1).ReadAsArray().astype(np.float64)


def inside_mask(polygon_3857, grid):
    """True where a pixel centre lies inside the polygon."""
    target = _mem(grid.width, grid.height, 1, gdal.GDT_Byte, grid.geotransform)
    source = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = source.CreateLayer("clip", MERCATOR, ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(polygon_3857)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


# -- colourising -----------------------------------------------------------------------------
def _stretch(values, levels):
    low, high = levels
    scaled = (values - low) / ((high - low) or 1.0)
    return np.clip(np.nan_to_num(scaled), 0, 1)


def colorize(outputs, valid, params):
    """1 or 3 uint8 bands from the band-math results."""
    levels = tuple(float(v) for v in params["levels"].split(",")) if params.get("levels") else None
    if params.get("colors") or params.get("colormap"):
        if len(outputs) != 1:
            raise RenderFailure(f"Colourising needs one band; bm_type gives {len(outputs)}")
        values = outputs[0]
        if params.get("colors"):
            table = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in params["colors"]], np.uint8)
            return list(np.moveaxis(table[np.digitize(np.nan_to_num(values), params["thresholds"])], -1, 0))
        stops = COLORMAPS[params["colormap"]]
        t = _stretch(values, levels or DEFAULT_LEVELS)
        steps = params.get("colors_limit")
        if steps:
            t = np.minimum(np.floor(t * steps), steps - 1) / (steps - 1)
        positions = [p for p, _ in stops]
        return [np.interp(t, positions, [c[i] for _, c in stops]).round().astype(np.uint8) for i in range(3)]
    if len(outputs) not in (1, 3):
        raise RenderFailure(f"bm_type gives {len(outputs)} bands; an image has 1 or 3")
    if levels is None:  # one stretch for all bands keeps the colours balanced
        sample = np.concatenate([o[valid & np.isfinite(o)] for o in outputs])
        levels = tuple(np.percentile(sample, (2, 98))) if sample.size else (0.0, 1.0)
    return [(1 + 254 * _stretch(v, levels)).round().astype(np.uint8) for v in outputs]


# -- encoding ----------------------------------------------------------------------------------
def _encode(bands, alpha, driver, geotransform=None, options=()):
    layers = list(bands) + ([alpha] if alpha is not None else [])
    height, width = layers[0].shape
    source = _mem(width, height, len(layers), gdal.GDT_Byte, geotransform)
    for index, array in enumerate(layers, start=1):
        source.GetRasterBand(index).WriteArray(array)
    if alpha is not None:
        source.GetRasterBand(len(layers)).SetColorInterpretation(gdal.GCI_AlphaBand)
    path = f"/vsimem/eosda_{id(source)}.{driver.lower()}"
    gdal.GetDriverByName(driver).CreateCopy(path, source, options=list(options))
    handle = gdal.VSIFOpenL(path, "rb")
    gdal.VSIFSeekL(handle, 0, 2)
    size = gdal.VSIFTellL(handle)
    gdal.VSIFSeekL(handle, 0, 0)
    data = gdal.VSIFReadL(1, size, handle)
    gdal.VSIFCloseL(handle)
    for name in (path, path + ".aux.xml"):
        # a missing file raises when GDAL exceptions are on (QGIS 3.40's Processing turns them on)
        if gdal.VSIStatL(name) is not None:
            gdal.Unlink(name)
    return bytes(data)


def encode(bands, valid, grid, params, name):
    fmt, georeference = params.get("format", "jpeg"), params.get("georeference")
    alpha = (valid * 255).astype(np.uint8)
    if georeference == "tiff":
        body = _encode(bands, alpha, "GTiff", grid.geotransform, ["COMPRESS=DEFLATE", "ALPHA=YES"])
        return Rendered(body, "image/tiff", f"{name}.tif")
    bands = [np.where(valid, b, 0).astype(np.uint8) for b in bands]
    image = _encode(bands, None if fmt == "jpeg" else alpha, DRIVERS[fmt],
                    options=["QUALITY=90"] if fmt == "jpeg" else [])
    if georeference is None:
        return Rendered(image, CONTENT_TYPES[fmt], f"{name}.{fmt}")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(f"{name}.{fmt}", image)
        if georeference == "world":
            west, _, _, north = grid.bounds
            bundle.writestr(f"{name}.{fmt}w", "\n".join(f"{v:.10f}" for v in (
                grid.px, 0, 0, -grid.px, west + grid.px / 2, north - grid.px / 2)) + "\n")
        else:
            bundle.writestr("doc.kml", _kml(grid, f"{name}.{fmt}", name))
    if georeference == "world":
        return Rendered(archive.getvalue(), "application/zip", f"{name}.zip")
    return Rendered(archive.getvalue(), "application/vnd.google-earth.kmz", f"{name}.kmz")


def _kml(grid, href, name):
    west, south, east, north = grid.bounds
    transform = osr.CoordinateTransformation(MERCATOR, WGS84)
    (w, s, _), (e, n, _) = transform.TransformPoint(west, south), transform.TransformPoint(east, north)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n'
            f"<GroundOverlay><name>{name}</name><Icon><href>{href}</href></Icon>\n"
            f"<LatLonBox><north>{n:.9f}</north><south>{s:.9f}</south><east>{e:.9f}</east>"
            f"<west>{w:.9f}</west></LatLonBox></GroundOverlay>\n</kml>\n")


# -- the whole render ----------------------------------------------------------------------------
def render(scene, track, params):
    """The finished image of a task, or RenderFailure."""
    dataset = track.dataset
    parsed = parse_bm_type(params["bm_type"], dataset)
    needed = {}
    for _, names in parsed:
        for raw in names:
            band = band_name(raw, dataset)
            if band is None:
                raise RenderFailure(f"Band {raw} is not available in {dataset} "
                                    f"(bands: {', '.join(BANDS[dataset])})")
            needed[raw] = band
    clip = to_mercator(params["geometry"])
    grid = output_grid(clip, float(params["px_size"]))
    resample = params.get("resample", "cubic")
    values = {}
    for raw, band in needed.items():
        dn = band_on_grid(band, grid, scene, track, resample)
        if params.get("pansharpening") and dataset == "landsat8" and band not in THERMAL | {"B8"}:
            fine = band_on_grid("B8", grid, scene, track, resample)
            coarse = band_on_grid("B8", grid, scene, track, resample, native_m=30)
            dn = dn * fine / np.maximum(coarse, 1.0)
        values[raw] = calibrated(dn, band, dataset) if params.get("calibrate") == 1 else dn
    with np.errstate(divide="ignore", invalid="ignore"):
        outputs = [np.broadcast_to(evaluate(tree, values), (grid.height, grid.width)).astype(np.float64)
                   for tree, _ in parsed]
    data = to_mercator(scene["dataGeometry"])
    valid = inside_mask(clip.Intersection(data), grid) & np.all([np.isfinite(o) for o in outputs], axis=0)
    bands = colorize(outputs, valid, params)
    name = "".join(c if c.isalnum() or c in "-_" else "_"
                   for c in f"{scene['sceneID']}_{params.get('name_alias') or 'visual'}")
    return encode(bands, valid, grid, params, name)
