"""GeoTIFFs of the sandbox city, for tests and the demo to upload to Mapflow.

An orthophoto is cut from the sandbox's aerial tiles (sandbox/mapflow/imagery.py)
and warped by GDAL to the asked CRS and pixel size, so what is uploaded looks
like the imagery Mapflow's tiles show. Band counts other than 3 are made from
the RGB (a near-infrared band from green, or grey for one band).
"""

import io
import math

import numpy as np
from osgeo import gdal, osr
from PIL import Image

from ..mvt import tile_bounds
from .tiles import imagery_png

MERCATOR_HALF = 20_037_508.342789244


def _tile_range(west, south, east, north, zoom):
    n = 2 ** zoom

    def column(lon):
        return int((lon + 180) / 360 * n)

    def row(lat):
        lat = math.radians(lat)
        return int((1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2 * n)
    return column(west), row(north), column(east), row(south)


def _mosaic_of_tiles(bounds, zoom):
    """An in-memory EPSG:3857 RGB dataset of the tiles covering ``bounds`` (lon/lat)."""
    x0, y0, x1, y1 = _tile_range(*bounds, zoom)
    width, height = (x1 - x0 + 1) * 256, (y1 - y0 + 1) * 256
    canvas = Image.new("RGB", (width, height))
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            canvas.paste(Image.open(io.BytesIO(imagery_png(zoom, x, y))).convert("RGB"),
                         ((x - x0) * 256, (y - y0) * 256))
    west, _, _, north = tile_bounds(zoom, x0, y0)
    step = 2 * MERCATOR_HALF / 2 ** zoom / 256
    left = math.radians(west) * 6_378_137.0
    top = math.log(math.tan(math.pi / 4 + math.radians(north) / 2)) * 6_378_137.0
    dataset = gdal.GetDriverByName("MEM").Create("", width, height, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform((left, step, 0.0, top, 0.0, -step))
    dataset.SetProjection(_wkt("EPSG:3857"))
    pixels = np.asarray(canvas)
    for band in range(3):
        dataset.GetRasterBand(band + 1).WriteArray(pixels[:, :, band])
    return dataset


def _wkt(crs):
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    return srs.ExportToWkt()


def write_orthophoto(path, bounds, pixel_size, crs="EPSG:32610", bands=3, data_type=gdal.GDT_Byte):
    """A GeoTIFF of the sandbox city inside ``bounds`` (west, south, east, north in
    lon/lat) at ``pixel_size`` (in units of ``crs``). Returns the path."""
    metres = pixel_size * (111_320.0 if crs == "EPSG:4326" else 1.0)
    latitude = (bounds[1] + bounds[3]) / 2
    zoom = min(19, max(1, math.ceil(math.log2(156_543.034 * math.cos(math.radians(latitude)) / metres))))
    source = _mosaic_of_tiles(bounds, zoom)
    warped = gdal.Warp("", source, format="MEM", dstSRS=crs, xRes=pixel_size, yRes=pixel_size,
                       outputBounds=bounds, outputBoundsSRS="EPSG:4326", resampleAlg="average",
                       targetAlignedPixels=True)
    rgb = [warped.GetRasterBand(i + 1).ReadAsArray() for i in range(3)]
    if bands == 1:
        layers = [(0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]).astype(np.uint8)]
    else:
        layers = rgb + [np.clip(rgb[1] * 1.4, 0, 255).astype(np.uint8)] * (bands - 3)
    driver = gdal.GetDriverByName("GTiff")
    out = driver.Create(str(path), warped.RasterXSize, warped.RasterYSize, bands, data_type,
                        options=["TILED=YES", "COMPRESS=DEFLATE"])
    out.SetGeoTransform(warped.GetGeoTransform())
    out.SetProjection(warped.GetProjection())
    scale = 256 if data_type == gdal.GDT_UInt16 else 1  # 16-bit imagery spans more values
    for index, layer in enumerate(layers):
        out.GetRasterBand(index + 1).WriteArray(layer.astype(np.uint32) * scale)
    out.FlushCache()
    out = None
    return path


def write_blank(path, width, height, crs="EPSG:32610", pixel_size=0.5, bands=3):
    """A large uncompressed GeoTIFF written without its pixels (a sparse file where
    the file system allows): the size of a real image without the time to draw one."""
    out = gdal.GetDriverByName("GTiff").Create(str(path), width, height, bands, gdal.GDT_Byte,
                                               options=["BIGTIFF=NO"])
    out.SetGeoTransform((490_000.0, pixel_size, 0.0, 5_460_000.0, 0.0, -pixel_size))
    out.SetProjection(_wkt(crs))
    out.FlushCache()
    out = None
    return path
