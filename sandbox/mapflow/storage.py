"""The sandbox's Mapflow storage: uploaded GeoTIFFs on disk, read with GDAL.

A multipart body is taken apart without loading it (the server spools large
bodies to a file): the parts are found by scanning for the boundary chunk by
chunk, and only the file part's bytes are copied into storage. A body without
its closing boundary, or shorter than its Content-Length, is a cut-off upload
and is refused: nothing of it is kept.

GDAL reads each stored image's profile (CRS, band count, pixel size, data type,
footprint), which is what a mosaic compares, what a processing's resolution
check uses, and what previews and tiles are drawn from. :class:`DataStore` holds
the files, the mosaics and their images (routes in sandbox/mapflow/data.py).
"""

import atexit
import hashlib
import math
import os
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from typing import List

from osgeo import gdal, osr

from .catalog import ACCOUNT_LIMITS

CHUNK = 1024 * 1024
HEAD_LIMIT = 64 * 1024
RESOLUTION_TOLERANCE = 0.01


class UploadProblem(Exception):
    """The upload cannot be stored; ``code`` and the message go into the 400 answer."""

    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code = code
        self.status = status


# -- multipart, streamed ---------------------------------------------------------------------------
def _find(fh, needle, start):
    """Offset of ``needle`` at or after ``start`` in the open file, or -1."""
    fh.seek(start)
    carry, offset = b"", start
    while True:
        chunk = fh.read(CHUNK)
        if not chunk:
            return -1
        data = carry + chunk
        found = data.find(needle)
        if found >= 0:
            return offset - len(carry) + found
        carry = data[-(len(needle) - 1):] if len(needle) > 1 else b""
        offset += len(chunk)


def file_part(body_file, content_type, body_size, declared_size):
    """(filename, start, end) of the multipart part named ``file`` in ``body_file``."""
    match = re.search(r'boundary="?([^";]+)"?', content_type or "")
    if not match or "multipart/form-data" not in (content_type or ""):
        raise UploadProblem("BAD_REQUEST", "The upload must be multipart/form-data with a part named file")
    if declared_size is not None and body_size < declared_size:
        raise UploadProblem("BAD_REQUEST", "The upload was cut off before its end")
    delimiter = b"--" + match.group(1).encode()
    position = _find(body_file, delimiter, 0)
    if position != 0:
        raise UploadProblem("BAD_REQUEST", "The multipart body does not start with its boundary")
    while True:
        header_start = position + len(delimiter)
        body_file.seek(header_start)
        head = body_file.read(HEAD_LIMIT)
        if head.startswith(b"--"):
            raise UploadProblem("BAD_REQUEST", "The upload has no part named file")
        blank = head.find(b"\r\n\r\n")
        if not head.startswith(b"\r\n") or blank < 0:
            raise UploadProblem("BAD_REQUEST", "A multipart part has malformed headers")
        headers = head[2:blank].decode("utf-8", "replace")
        content_start = header_start + blank + 4
        following = _find(body_file, b"\r\n" + delimiter, content_start)
        if following < 0:
            raise UploadProblem("BAD_REQUEST", "The multipart body ends before its closing boundary")
        body_file.seek(following + 2 + len(delimiter))
        closing = body_file.read(2) == b"--"
        name = re.search(r'name="([^"]*)"', headers)
        if name and name.group(1) == "file":
            if not closing and _find(body_file, b"\r\n" + delimiter + b"--", following) < 0:
                raise UploadProblem("BAD_REQUEST", "The multipart body ends before its closing boundary")
            filename = re.search(r'filename="([^"]*)"', headers)
            return (filename.group(1) if filename else "image.tif"), content_start, following
        if closing:
            raise UploadProblem("BAD_REQUEST", "The upload has no part named file")
        position = following + 2


def copy_range(body_file, start, end, target):
    """Copy bytes [start, end) into ``target``; returns their MD5 (the image checksum)."""
    digest = hashlib.md5()
    body_file.seek(start)
    left = end - start
    with open(target, "wb") as out:
        while left > 0:
            chunk = body_file.read(min(CHUNK, left))
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            left -= len(chunk)
    return digest.hexdigest()


# -- GDAL ------------------------------------------------------------------------------------------
@dataclass
class Profile:
    crs_wkt: str
    crs: str  # "EPSG:32610" when GDAL knows the code, else the WKT
    count: int
    dtype: str
    width: int
    height: int
    geotransform: tuple
    footprint: list  # lon/lat ring
    pixel_size_m: float

    def meta_data(self, live=False):
        """The ``meta_data`` of the image JSON: the profile keys the page's error
        table names (crs, transform, dtype, count), transform in rasterio order;
        ``live``: the keys the vendor client reads (ImageMetadataSchema: crs,
        count, width, height, dtypes, pixel_size) and no transform."""
        gt = self.geotransform
        if live:
            return {"crs": self.crs, "count": self.count, "width": self.width, "height": self.height,
                    "dtypes": [self.dtype] * self.count, "pixel_size": [abs(gt[1]), abs(gt[5])], "nodata": None}
        return {"crs": self.crs, "transform": [gt[1], gt[2], gt[0], gt[4], gt[5], gt[3]], "dtype": self.dtype,
                "count": self.count, "width": self.width, "height": self.height, "driver": "GTiff"}

    def same_grid_as(self, other):
        """The reasons this image cannot join a mosaic whose images have ``other``'s profile."""
        reasons = []
        mine, theirs = osr.SpatialReference(), osr.SpatialReference()
        mine.ImportFromWkt(self.crs_wkt)
        theirs.ImportFromWkt(other.crs_wkt)
        if not mine.IsSame(theirs):
            reasons.append(f"georeference system {self.crs} instead of {other.crs}")
        if self.count != other.count:
            reasons.append(f"{self.count} bands instead of {other.count}")
        size, other_size = abs(self.geotransform[1]), abs(other.geotransform[1])
        if not math.isclose(size, other_size, rel_tol=RESOLUTION_TOLERANCE):
            reasons.append(f"pixel size {size:g} instead of {other_size:g}")
        return reasons


def _open(path):
    try:
        return gdal.Open(str(path))
    except RuntimeError:  # GDAL exceptions turned on elsewhere in the process
        return None


def read_profile(path):
    dataset = _open(path)
    if dataset is None or dataset.GetDriver().ShortName != "GTiff":
        raise UploadProblem("source-validator.ImageReadError",
                            "We could not open and read the image you have uploaded")
    geotransform = dataset.GetGeoTransform(can_return_null=True)
    wkt = dataset.GetProjectionRef()
    if geotransform is None or not wkt:
        raise UploadProblem("BAD_REQUEST", "The image has no georeference: Mapflow takes GeoTIFFs with a CRS")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    width, height = dataset.RasterXSize, dataset.RasterYSize
    ring = _footprint(srs, geotransform, width, height)
    size = abs(geotransform[1])
    if srs.IsGeographic():
        size *= 111_320.0 * math.cos(math.radians(sum(lat for _, lat in ring) / len(ring)))
    else:
        size *= srs.GetLinearUnits()
    return Profile(wkt, f"EPSG:{code}" if code else wkt, dataset.RasterCount,
                   gdal.GetDataTypeName(dataset.GetRasterBand(1).DataType).lower(), width, height,
                   tuple(geotransform), ring, size)


def _footprint(srs, gt, width, height):
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    for ref in (srs, wgs84):
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(srs, wgs84)
    corners = [(0, 0), (width, 0), (width, height), (0, height), (0, 0)]
    points = [(gt[0] + px * gt[1] + py * gt[2], gt[3] + px * gt[4] + py * gt[5]) for px, py in corners]
    return [tuple(round(v, 7) for v in transform.TransformPoint(x, y)[:2]) for x, y in points]


def encode_png(dataset):
    """PNG bytes of an in-memory dataset."""
    name = f"/vsimem/mapflow-{uuid.uuid4().hex}.png"
    gdal.GetDriverByName("PNG").CreateCopy(name, dataset)
    try:
        handle = gdal.VSIFOpenL(name, "rb")
        gdal.VSIFSeekL(handle, 0, 2)
        size = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        data = gdal.VSIFReadL(1, size, handle)
        gdal.VSIFCloseL(handle)
        return bytes(data)
    finally:
        gdal.Unlink(name)


def _bands(count):
    return [1, 2, 3] if count >= 3 else [1]


def preview_png(path, side):
    """A preview of the image at most ``side`` px on its longer edge (the page: s is
    256 × 256, l is 1024 × 1024), stretched to 8 bits."""
    dataset = _open(path)
    scale = side / max(dataset.RasterXSize, dataset.RasterYSize)
    width, height = max(1, round(dataset.RasterXSize * scale)), max(1, round(dataset.RasterYSize * scale))
    options = {"format": "MEM", "width": width, "height": height, "bandList": _bands(dataset.RasterCount),
               "outputType": gdal.GDT_Byte, "resampleAlg": "average"}
    if dataset.GetRasterBand(1).DataType != gdal.GDT_Byte:
        options["scaleParams"] = [[]]
    return encode_png(gdal.Translate("", dataset, **options))


def mosaic_tile_png(paths, bounds_3857, count):
    """A 256 px Web Mercator tile of the mosaic's images, transparent where none is."""
    warped = gdal.Warp("", [str(p) for p in paths], format="MEM", outputBounds=bounds_3857, width=256,
                       height=256, dstSRS="EPSG:3857", dstAlpha=True, resampleAlg="bilinear")
    bands = _bands(count) + [warped.RasterCount]
    return encode_png(gdal.Translate("", warped, format="MEM", bandList=bands, outputType=gdal.GDT_Byte))


# -- the store -------------------------------------------------------------------------------------
class StorageFolder:
    """Where stored files live; emptied on reset and when the process ends."""

    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="imagery-hub-mapflow-storage-")
        atexit.register(shutil.rmtree, self.path, True)

    def new_file(self, suffix=".tif"):
        return os.path.join(self.path, f"{uuid.uuid4().hex}{suffix}")

    def clear(self):
        for name in os.listdir(self.path):
            os.unlink(os.path.join(self.path, name))


@dataclass
class StoredFile:
    """One file in storage; images of mosaics (and a legacy upload) point at it."""

    path: str
    size: int
    checksum: str
    profile: Profile
    s3_url: str
    legacy: bool = False


@dataclass
class ImageRecord:
    id: str
    mosaic_id: str
    filename: str
    stored: StoredFile
    uploaded: float


@dataclass
class MosaicRecord:
    id: str
    name: str
    tags: List[str]
    created: float
    updated: float
    image_ids: List[str] = field(default_factory=list)


class DataStore:
    def __init__(self, options):
        self.options = options
        self.folder = StorageFolder()
        self.reset()

    def reset(self):
        self.mosaics, self.images, self.files = {}, {}, {}
        self.folder.clear()

    @property
    def limit(self):
        return int(self.options.get("mapflow.storage_limit", ACCOUNT_LIMITS["memoryLimit"]))

    @property
    def used(self):
        return sum(f.size for f in self.files.values())

    def first_profile(self, mosaic):
        return self.images[mosaic.image_ids[0]].stored.profile if mosaic.image_ids else None

    def forget_unused(self):
        """Delete files no image (and no legacy upload) points at any more."""
        used = {image.stored.s3_url for image in self.images.values()}
        for url, stored in list(self.files.items()):
            if not stored.legacy and url not in used:
                del self.files[url]
                unlink(stored.path)


def unlink(path):
    try:
        os.unlink(path)
    except OSError:
        pass
