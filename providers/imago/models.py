"""Imago's objects: the context tree, collections, imagery, and the selector that
names one imagery (and one image of it) for a download or an upload.

The context (``GET /context``, CONTRACTS.md §4.2) is the one place that lists
workspaces → datasets → imagery types → image types.
"""

from dataclasses import dataclass
from typing import Optional, Tuple

from ..errors import InvalidInputError

SERVICE = "Imago"
MAX_SCALE = 20_000  # px; a scaled download larger than this is surely a typo

#: what ``coordinateType`` of an imagery type means for x/y/z. The context lists
#: "geographic" [C]; an imagery type may also name its CRS in ``crs`` [INF: our
#: sandbox declares it, the live service's field for it was not found]. Without
#: either, x/y/z cannot be placed and uploads name the imagery by name or depth.
GEOGRAPHIC_CRS = "EPSG:4326"


@dataclass(frozen=True)
class ImageType:
    id: str
    name: str


@dataclass(frozen=True)
class ImageryType:
    id: str
    name: str
    content_type: str = ""
    geometry_type: str = ""
    coordinate_type: str = ""
    crs: Optional[str] = None
    image_types: Tuple[ImageType, ...] = ()

    @property
    def coordinate_crs(self):
        """The CRS in which this imagery type takes x/y (authid), or None."""
        if self.crs:
            return self.crs
        if self.coordinate_type == "geographic":
            return GEOGRAPHIC_CRS
        return None


@dataclass(frozen=True)
class Dataset:
    id: str
    name: str
    workspace: str
    length_units: str = "m"
    imagery_types: Tuple[ImageryType, ...] = ()

    def imagery_type(self, name):
        return next((t for t in self.imagery_types if t.name == name), None)


@dataclass(frozen=True)
class Workspace:
    id: str
    name: str
    readonly: bool = False
    datasets: Tuple[Dataset, ...] = ()


@dataclass(frozen=True)
class Collection:
    id: str
    name: str
    dataset_id: str
    created_on: Optional[str] = None


@dataclass(frozen=True)
class ImageInfo:
    id: str
    image_type: str
    mime_type: str = ""
    width: Optional[int] = None
    height: Optional[int] = None
    file_size: Optional[int] = None


@dataclass(frozen=True)
class Imagery:
    id: str
    name: str
    collection: str
    imagery_type: str
    start_depth: Optional[float] = None
    end_depth: Optional[float] = None
    x: Optional[float] = None
    y: Optional[float] = None
    z: Optional[float] = None
    images: Tuple[ImageInfo, ...] = ()

    def depth_text(self):
        if self.start_depth is None:
            return ""
        end = f"–{self.end_depth:.2f}" if self.end_depth is not None else ""
        return f"{self.start_depth:.2f}{end}"


def parse_context(body):
    """The workspaces of a ``GET /context`` answer."""
    workspaces = []
    for ws in (body or {}).get("workspaces") or []:
        datasets = []
        for ds in ws.get("datasets") or []:
            types = tuple(
                ImageryType(str(t.get("id")), t.get("name") or "", t.get("contentType") or "",
                            t.get("geometryType") or "", t.get("coordinateType") or "", t.get("crs"),
                            tuple(ImageType(str(i.get("id")), i.get("name") or "")
                                  for i in t.get("imageTypes") or []))
                for t in ds.get("imageryTypes") or [])
            datasets.append(Dataset(str(ds.get("id")), ds.get("name") or "", ws.get("name") or "",
                                    ds.get("lengthUnits") or "m", types))
        workspaces.append(Workspace(str(ws.get("id")), ws.get("name") or "", bool(ws.get("readonly")),
                                    tuple(datasets)))
    return workspaces


def parse_collection(item):
    return Collection(str(item.get("id")), item.get("name") or "", str(item.get("datasetId")),
                      item.get("createdOn"))


def parse_imagery(item):
    images = tuple(ImageInfo(str(i.get("id")), i.get("imageTypeName") or "", i.get("mimeType") or "",
                             i.get("width"), i.get("height"), i.get("fileSize"))
                   for i in item.get("images") or [])
    return Imagery(str(item.get("id")), item.get("name") or "", item.get("collectionName") or "",
                   item.get("imageryTypeName") or "", item.get("startDepth"), item.get("endDepth"),
                   item.get("x"), item.get("y"), item.get("z"), images)


#: the numbers' names in refusals, keyed for translation (x and y stay as they are)
_WHATS = {"start depth": "imago.start_depth", "end depth": "imago.end_depth", "elevation": "imago.elevation"}


def _what(what):
    return (_WHATS[what], None, what) if what in _WHATS else what


def _number(value, what):
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInputError(f"{what} must be a number, not {value!r}", parameter=what,
                                service=SERVICE,
                                key="imago.number", values=dict(what=_what(what), value=repr(value))) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InvalidInputError(f"{what} must be a finite number", parameter=what, service=SERVICE,
                                key="imago.finite", values=dict(what=_what(what)))
    return number


def _fmt(value):
    """A number as the query string carries it: no float noise, no trailing .0."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


@dataclass(frozen=True)
class ImagerySelector:
    """Names one image: collection, imagery type and image type, plus the imagery
    by ``name``, depth interval or ``imagery_id`` (downloads), or by name, depth or
    x/y/z (uploads). ``workspace`` and ``dataset`` tell apart collections of the
    same name in different datasets."""

    collection: str
    imagery_type: str
    image_type: str
    workspace: Optional[str] = None
    dataset: Optional[str] = None
    name: Optional[str] = None
    start_depth: Optional[float] = None
    end_depth: Optional[float] = None
    imagery_id: Optional[str] = None
    x: Optional[float] = None
    y: Optional[float] = None
    z: Optional[float] = None

    def _base(self):
        for value, what, key in ((self.collection, "collection", "imago.choose_collection"),
                                 (self.imagery_type, "imagery type", "imago.choose_imagery_type"),
                                 (self.image_type, "image type", "imago.choose_image_type")):
            if not (value or "").strip():
                raise InvalidInputError(f"Choose the {what}", parameter=what, service=SERVICE, key=key)
        params = {"collection": self.collection.strip(), "imageryType": self.imagery_type,
                  "imageType": self.image_type}
        # the vendor page says "datasetName and workspaceName" in prose and "Search for this
        # workspace/dataset" in its parameter list; CONTRACTS §4.3 reads them as workspace/dataset
        if self.workspace:
            params["workspace"] = self.workspace
        if self.dataset:
            params["dataset"] = self.dataset
        return params

    def _depths(self, params):
        if self.start_depth is None:
            if self.end_depth is not None:
                raise InvalidInputError("An end depth needs a start depth", parameter="startDepth",
                                        service=SERVICE, key="imago.end_needs_start")
            return
        start = _number(self.start_depth, "start depth")
        params["startDepth"] = _fmt(start)
        if self.end_depth is not None:
            end = _number(self.end_depth, "end depth")
            if end < start:
                raise InvalidInputError(f"The end depth ({end:g}) is above the start depth ({start:g})",
                                        parameter="endDepth", service=SERVICE,
                                        key="imago.depths_reversed", values=dict(end=f"{end:g}", start=f"{start:g}"))
            params["endDepth"] = _fmt(end)

    def download_params(self, width=None, height=None):
        """Query parameters of ``GET /image``; refuses what cannot name one imagery."""
        params = self._base()
        ways = [w for w, given in (("name", self.name), ("depth", self.start_depth is not None or
                                                          self.end_depth is not None),
                                   ("imagery id", self.imagery_id)) if given not in (None, "", False)]
        if not ways:
            raise InvalidInputError("Name the imagery: by its name, its depth interval or its id",
                                    parameter="imagery", service=SERVICE, key="imago.name_imagery")
        if len(ways) > 1:
            raise InvalidInputError(f"Name the imagery one way only, not by {' and '.join(ways)}",
                                    parameter="imagery", service=SERVICE,
                                    key="imago.one_way", values=dict(ways=" and ".join(ways)))
        if self.name:
            params["name"] = str(self.name).strip()
        if self.imagery_id:
            params["imageryId"] = str(self.imagery_id).strip()
        self._depths(params)
        for value, key, sentence in ((width, "width", "imago.width_pixels"), (height, "height", "imago.height_pixels")):
            if value:
                if int(value) != value or not 0 < int(value) <= MAX_SCALE:
                    raise InvalidInputError(f"The {key} must be a whole number of pixels from 1 to {MAX_SCALE:,}",
                                            parameter=key, service=SERVICE, key=sentence,
                                            values=dict(limit=f"{MAX_SCALE:,}"))
                params[key] = str(int(value))
        return params

    def upload_params(self):
        """Query parameters of ``POST /image`` (without mimeType)."""
        params = self._base()
        if self.name:
            params["name"] = str(self.name).strip()
        self._depths(params)
        if (self.x is None) != (self.y is None):
            raise InvalidInputError("Give both x and y", parameter="x", service=SERVICE, key="imago.both_xy")
        if self.x is not None:
            params["x"] = _fmt(_number(self.x, "x"))
            params["y"] = _fmt(_number(self.y, "y"))
        if self.z is not None:
            if self.x is None:
                raise InvalidInputError("An elevation needs x and y", parameter="z", service=SERVICE,
                                        key="imago.elevation_xy")
            params["z"] = _fmt(_number(self.z, "elevation"))
        if not ({"name", "startDepth", "x"} & set(params)):
            raise InvalidInputError("Say where the image belongs: an imagery name, a depth or a location",
                                    parameter="imagery", service=SERVICE, key="imago.where")
        return params

    def file_stem(self):
        """A readable stem for the downloaded file (made safe by the downloader)."""
        if self.name:
            what = self.name
        elif self.imagery_id:
            what = self.imagery_id
        else:
            what = f"{_fmt(self.start_depth)}-{_fmt(self.end_depth)}" if self.end_depth is not None \
                else _fmt(self.start_depth)
        return f"{self.collection}_{what}_{self.image_type}"

    def target_key(self):
        """The upload target as text, for remembering what went where."""
        params = self.upload_params()
        return "&".join(f"{k}={params[k]}" for k in sorted(params))
