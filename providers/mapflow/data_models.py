"""What the Mapflow Data API returns (mosaics, images, storage), as plain records,
and the checks made on a GeoTIFF before it is sent.

The page documents the paths but few bodies; the shapes follow the vendor's QGIS
client (``MosaicReturnSchema``: id, name, tags, created_at, footprint,
rasterLayer; ``ImageReturnSchema``: id, filename, file_size, uploaded_at,
footprint, checksum, meta_data, image_url, preview_url_s/l, cog_link) and the
storage body of CONTRACTS.md §5 (``used_bytes``, ``limit_bytes``), with the
vendor client's ``memoryUsed`` / ``memoryLimit`` accepted as well.

An image's ``meta_data`` is the raster profile the page's error table names
("crs, transform, dtype, count"); ``transform`` is read in rasterio's affine
order (a, b, c, d, e, f), where a and e are the pixel width and height. The
live service sends what the vendor client reads instead (ImageMetadataSchema:
``pixel_size`` [x, y] and ``dtypes``, no ``transform``); both are read.
"""

import math
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, List, Optional, Sequence

from shapely import wkt
from shapely.errors import ShapelyError

from ..errors import InvalidInputError
from ..models import optional_float, parse_geometry, parse_time

SERVICE = "Mapflow"
TIFF_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")  # TIFF and BigTIFF, both byte orders
RESOLUTION_TOLERANCE = 0.01  # pixel sizes within 1 % are "the same spatial resolution"


def _refuse(message, parameter, key=None, values=None):
    raise InvalidInputError(message, parameter=parameter, service=SERVICE, key=key, values=values)


def format_bytes(size):
    """1.2 GB, 350 MB, 12 kB: the sizes the user reads."""
    size = float(size or 0)
    for unit, step in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= step:
            value = size / step
            return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    return f"{size:.0f} B"


def _footprint(value):
    """A footprint sent as GeoJSON or as WKT (the vendor schema types it as a string)."""
    if isinstance(value, dict):
        return parse_geometry(value)
    if isinstance(value, str) and value.strip():
        try:
            return wkt.loads(value)
        except (ShapelyError, ValueError):
            return None
    return None


@dataclass
class RasterProfile:
    """What images of one mosaic must share: CRS, number of bands, pixel size."""

    crs: str
    band_count: int
    pixel_size: float  # CRS units per pixel (the larger of width and height)
    dtype: str = ""
    width: int = 0
    height: int = 0

    @classmethod
    def from_meta(cls, meta):
        """The profile of an image's ``meta_data`` (the page's ``transform`` or the
        live ``pixel_size``); None when it says too little."""
        if not isinstance(meta, dict) or not meta.get("crs") or not meta.get("count"):
            return None
        try:
            transform, pixel = meta.get("transform") or [], meta.get("pixel_size") or []
            if len(transform) >= 5:
                size = max(abs(float(transform[0])), abs(float(transform[4])))
            elif isinstance(pixel, (list, tuple)) and pixel:
                size = max(abs(float(v)) for v in pixel[:2])
            elif isinstance(pixel, (int, float)) and not isinstance(pixel, bool):
                size = abs(float(pixel))
            else:
                return None
            dtypes = meta.get("dtypes")
            dtype = meta.get("dtype") or (dtypes[0] if isinstance(dtypes, list) and dtypes else "")
            return cls(crs=str(meta["crs"]), band_count=int(meta["count"]), pixel_size=size, dtype=str(dtype),
                       width=int(meta.get("width") or 0), height=int(meta.get("height") or 0))
        except (TypeError, ValueError):
            return None  # a profile we cannot read is no profile

    @property
    def crs_key(self):
        return self.crs.strip().upper()

    def describe(self):
        bands = f"{self.band_count} band{'s' if self.band_count != 1 else ''}"
        return f"{self.crs}, {bands}, pixel size {self.pixel_size:.6g}"

    def differences(self, mosaic):
        """Sentences saying how this image differs from ``mosaic`` (a profile), [] when it fits."""
        found = []
        if self.crs_key != mosaic.crs_key:
            found.append(f"its CRS is {self.crs}, the mosaic's is {mosaic.crs}")
        if self.band_count != mosaic.band_count:
            found.append(f"it has {self.band_count} bands, the mosaic's images {mosaic.band_count}")
        if not math.isclose(self.pixel_size, mosaic.pixel_size, rel_tol=RESOLUTION_TOLERANCE):
            found.append(f"its pixel size is {self.pixel_size:.6g}, the mosaic's {mosaic.pixel_size:.6g}")
        return found


@dataclass
class Mosaic:
    id: str
    name: str
    tags: List[str] = field(default_factory=list)
    created: Optional[datetime] = None
    footprint: Any = None
    tile_url: Optional[str] = None
    tile_json_url: Optional[str] = None

    @classmethod
    def from_json(cls, data):
        layer = data.get("rasterLayer") or {}
        return cls(id=str(data["id"]), name=data.get("name") or "", tags=list(data.get("tags") or []),
                   created=parse_time(data.get("created_at") or data.get("created")),
                   footprint=_footprint(data.get("footprint")), tile_url=layer.get("tileUrl"),
                   tile_json_url=layer.get("tileJsonUrl"))


@dataclass
class RasterImage:
    id: str
    filename: str
    size_bytes: int = 0
    uploaded: Optional[datetime] = None
    footprint: Any = None
    checksum: str = ""
    profile: Optional[RasterProfile] = None
    image_url: Optional[str] = None
    preview_url_s: Optional[str] = None
    preview_url_l: Optional[str] = None
    mosaic_id: Optional[str] = None

    @classmethod
    def from_json(cls, data):
        return cls(id=str(data["id"]), filename=data.get("filename") or data.get("name") or "",
                   size_bytes=int(data.get("file_size") or 0),
                   uploaded=parse_time(data.get("uploaded_at") or data.get("created_at")),
                   footprint=_footprint(data.get("footprint")), checksum=data.get("checksum") or "",
                   profile=RasterProfile.from_meta(data.get("meta_data")), image_url=data.get("image_url"),
                   preview_url_s=data.get("preview_url_s"), preview_url_l=data.get("preview_url_l"),
                   mosaic_id=data.get("mosaic_id"))


@dataclass
class Storage:
    used_bytes: int
    limit_bytes: Optional[int]

    @classmethod
    def from_json(cls, data):
        data = data or {}
        used = data.get("used_bytes", data.get("memoryUsed"))
        limit = data.get("limit_bytes", data.get("memoryLimit"))
        if used is None and data.get("used_gb") is not None:
            used = float(data["used_gb"]) * 1e9
        if limit is None and data.get("limit_gb") is not None:
            limit = float(data["limit_gb"]) * 1e9
        limit = optional_float(limit)
        return cls(used_bytes=int(float(used or 0)), limit_bytes=int(limit) if limit else None)

    @property
    def free_bytes(self):
        return None if self.limit_bytes is None else max(0, self.limit_bytes - self.used_bytes)

    @property
    def percent(self):
        return 0.0 if not self.limit_bytes else 100.0 * self.used_bytes / self.limit_bytes

    def describe(self):
        if self.limit_bytes is None:
            return f"{format_bytes(self.used_bytes)} used"
        return f"{format_bytes(self.used_bytes)} of {format_bytes(self.limit_bytes)} used"

    def check_room(self, size):
        """Refuse an upload of ``size`` bytes that the storage cannot take."""
        free = self.free_bytes
        if free is not None and size > free:
            _refuse(f"Mapflow storage has {format_bytes(free)} free ({self.describe()}) but the upload is "
                    f"{format_bytes(size)}: delete images or mosaics first", "storage",
                    key="mapflow.storage_full",
                    values=dict(free=format_bytes(free), usage=self.describe(), size=format_bytes(size)))


@dataclass
class DownloadLink:
    url: str
    filename: str
    expires_in: Optional[float] = None


def check_geotiff(path):
    """Refuse, before sending, a path that is not a readable TIFF file. Returns its size."""
    path = os.fspath(path)
    name = os.path.basename(path)
    if not os.path.isfile(path):
        _refuse(f"{name} does not exist or is not a file", "file", key="mapflow.no_file", values=dict(name=name))
    size = os.path.getsize(path)
    if size == 0:
        _refuse(f"{name} is empty", "file", key="mapflow.file_empty", values=dict(name=name))
    with open(path, "rb") as fh:
        magic = fh.read(4)
    if magic not in TIFF_MAGIC:
        _refuse(f"{name} is not a GeoTIFF: Mapflow takes GeoTIFF images only", "file",
                key="mapflow.not_geotiff", values=dict(name=name))
    return size


#: check_name's refusals for each kind of name, keyed for translation: (empty, too long)
_NAME_KEYS = {"name": ("mapflow.name_empty", "mapflow.name_long"),
              "mosaic name": ("mapflow.mosaic_name_empty", "mapflow.mosaic_name_long"),
              "image name": ("mapflow.image_name_empty", "mapflow.image_name_long")}


def check_name(name, what="name"):
    name = (name or "").strip()
    empty, long = _NAME_KEYS.get(what, (None, None))
    if not name:
        _refuse(f"The {what} cannot be empty", what, empty)
    if len(name) > 255:
        _refuse(f"The {what} is longer than 255 characters", what, long)
    return name


def clean_tags(tags: Sequence[str]):
    """Tags stripped, empty ones dropped, each once, in order."""
    seen = []
    for tag in tags or ():
        tag = str(tag).strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen
