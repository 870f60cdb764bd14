"""The sandbox account's models and limits, and the source validator's checks.

Models are those of the Mapflow API page ("Default AI models") with the
``/user/status`` shape of its example; the resolution limits follow the page's
table and its PixelSizeTooHigh example (max 1.2 m for a 0.5 m model). The
validator returns the documented ``{"code", "parameters"}`` messages.
"""

import math
import re
from dataclasses import dataclass
from typing import Optional, Tuple

from .scenes import scene_by_id

ACCOUNT_LIMITS = {
    "areaLimit": 100_000_000, "aoiAreaLimit": 25_000_000, "maxAoisPerProcessing": 10,
    "memoryLimit": 1_000_000_000, "remainingCredits": 5_000,
}
DATA_PROVIDERS = ("Sandbox Imagery", "Sandbox Archive", "Mapbox")  # the first two also in the catalog
SOURCE_TYPES = ("xyz", "tms", "quadkey", "tif", "sentinel_l2a")
BLACKLISTED_HOSTS = ("openstreetmap.org", "tile.osm.org")  # maps, not imagery


@dataclass(frozen=True)
class SandboxModel:
    id: str
    name: str
    price: float
    resolution: float  # m/px the model was trained on
    default_zoom: int
    sources: Tuple[str, ...] = ("xyz", "tms", "quadkey", "tif")
    blocks: Tuple[Tuple[str, str, float], ...] = ()
    #: the blocks every run includes, as the live workflowDefs list them (optional: false)
    core_blocks: Tuple[Tuple[str, str, float], ...] = ()

    @property
    def max_res(self):
        return round(self.resolution * 2.4, 2)

    @property
    def min_res(self):
        return round(self.resolution / 5, 2)

    def to_json(self):
        data = {"id": self.id, "name": self.name, "description": "", "created": "2023-02-01T08:17:03.871690Z",
                "updated": "2023-05-11T14:24:31.456180Z", "pricePerSqKm": self.price}
        if self.blocks:
            data["blocks"] = [{"name": n, "displayName": d, "optional": True, "price": p} for n, d, p in self.blocks]
        return data

    def to_live_json(self):
        """The live workflowDef: its fixed blocks listed too, and ``pricePerSqKm``
        the price with the optional blocks on; what a run costs is the sum of the
        fixed blocks plus the optional ones enabled (the vendor client's reading)."""
        data = self.to_json()
        if self.core_blocks:
            data["blocks"] = ([{"name": n, "displayName": d, "optional": False, "price": p}
                               for n, d, p in self.core_blocks] + data.get("blocks", []))
        return data

    def price_per_km2(self, disabled, live):
        """What one km² costs with the blocks named in ``disabled`` turned off."""
        optional = sum(p for name, _, p in self.blocks if name not in disabled)
        if live and self.core_blocks:
            return sum(p for _, _, p in self.core_blocks) + optional
        return self.price + optional


MODELS = (
    SandboxModel("30ddfd15-04aa-47f6-9ceb-68ce709fd710", "🏠 Buildings", 13.0, 0.5, 18,
                 blocks=(("Classification", "Classification", 3.0), ("Simplification", "Polygonization", 5.0),
                         ("OSM", "Merge with OSM", 0.0)),
                 core_blocks=(("Segmentation", "Building detection", 10.0),)),
    SandboxModel("5d47a57c-3274-4014-aa04-daac416782f7", "🚗 Roads", 5.0, 1.0, 17),
    SandboxModel("b1a8a7a2-3c61-4d0e-9d4f-3f7a1f0e2b11", "🌲 Forest", 5.0, 2.0, 16),
    SandboxModel("9c0f5f43-44a5-4bd1-8e49-4b1b0b0d7a21", "🏗️ Construction sites", 10.0, 0.5, 18),
    SandboxModel("495192d6-5dfc-4167-842e-3d76d8abe244", "🚜 Fields (Sentinel-2)", 2.0, 10.0, 14,
                 sources=("sentinel_l2a",)),
)


def find_model(name=None, model_id=None):
    return next((m for m in MODELS if (model_id and m.id == model_id) or (name and m.name == name)), None)


def _message(code, **parameters):
    return {"code": f"source-validator.{code}", "parameters": {**{k: str(v) for k, v in parameters.items()},
                                                               "level": "error"}}


def pixel_size(zoom, latitude):
    """Ground size of a Web Mercator pixel at this zoom and latitude (m)."""
    return 156_543.034 * math.cos(math.radians(latitude)) / 2 ** zoom


def validate_source(source, model, latitude) -> Optional[dict]:
    """The source-validator's first complaint about ``source`` (a dict with
    ``source_type``, ``url``, ``zoom``, ``data_provider``, ``mosaic``), or None."""
    if source.get("mosaic") or source.get("data_provider"):
        return None  # Data API images and catalog images are checked by their own services
    kind = source.get("source_type")
    if kind is None:
        return _message("RequestMustHaveSourceType")
    kind = str(kind).lower()
    if kind not in SOURCE_TYPES or kind not in model.sources:  # "wms" too: deprecated
        return _message("SourceTypeIsNotAllowed", source_type=kind, allowed_sources=", ".join(model.sources))
    url = source.get("url")
    if not isinstance(url, str):
        return _message("UrlMustBeString", url_type=type(url).__name__)
    if kind == "tif":
        return None if url.startswith("s3://") else _message("S3URLError", actual_s3_link=url)
    if kind == "sentinel_l2a":
        if not re.fullmatch(r"S2[AB]_\w+", url):
            return _message("SentinelInputStringFormatError", input_string=url)
        return None
    if not url.lower().startswith(("http://", "https://")):
        return _message("UrlMustBeLink")
    if any(host in url for host in BLACKLISTED_HOSTS):
        return _message("UrlBlacklisted", url=url)
    if kind == "quadkey" and "{q}" not in url:
        return _message("QuadkeyLinkFormatError")
    if kind in ("xyz", "tms") and not all(p in url for p in ("{x}", "{y}", "{z}")):
        return _message("TMSLinkFormatError" if kind == "tms" else "XYZLinkFormatError")
    zoom = source.get("zoom")
    if zoom in (None, ""):
        zoom = model.default_zoom
    try:
        zoom = int(zoom)
    except (TypeError, ValueError):
        return _message("ZoomMustBeInteger", actual_zoom=zoom)
    if not 0 <= zoom <= 22:
        return _message("InvalidZoomValue", actual_zoom=zoom)
    actual = pixel_size(zoom, latitude)
    if actual > model.max_res:
        return _message("PixelSizeTooHigh", actual_res=actual, max_res=model.max_res)
    if actual < model.min_res:
        return _message("PixelSizeTooLow", actual_res=actual, min_res=model.min_res)
    return None


def _resolution_failure(model, actual):
    if actual > model.max_res:
        return _message("PixelSizeTooHigh", actual_res=round(actual, 3), max_res=model.max_res)
    if actual < model.min_res:
        return _message("PixelSizeTooLow", actual_res=round(actual, 3), min_res=model.min_res)
    return None


def check_imagery(data, source, model, aoi):
    """Sources that name stored or catalog imagery: (status, message) when the
    request itself is wrong (unknown mosaic, image or provider), else the
    processing's failure message (an unreadable s3 link, a resolution the model
    cannot use) or None. ``data`` is the Data API store (sandbox/mapflow/data.py)."""
    url = source.get("url")
    if str(source.get("source_type") or "").lower() == "tif" and isinstance(url, str) and url.startswith("s3://"):
        stored = data.files.get(url)
        if stored is None:
            return None, _message("ReadFromS3Failed", s3_link=url)
        return None, _resolution_failure(model, stored.profile.pixel_size_m)
    if "mosaic" in source:  # myImagery: a mosaic, or images of it, or images by id alone
        mosaic_id = source.get("mosaic_id")
        mosaic = data.mosaics.get(mosaic_id) if mosaic_id else None
        if mosaic_id and mosaic is None:
            return (404, f"Mosaic {mosaic_id} not found"), None
        known = mosaic.image_ids if mosaic else list(data.images)
        wanted = source.get("image_ids") or (mosaic.image_ids if mosaic else [])
        strangers = [str(i) for i in wanted if i not in known]
        if strangers or not wanted:
            return (400, f"No image {', '.join(strangers)} in your imagery" if strangers
                    else "There are no images to process"), None
        return None, _resolution_failure(model, data.images[wanted[0]].stored.profile.pixel_size_m)
    if source.get("data_provider") and source.get("image_ids"):
        for image_id in source["image_ids"]:
            scene = scene_by_id(image_id)
            if scene is None or scene.sensor.provider.lower() != str(source["data_provider"]).lower():
                return (400, f"{source['data_provider']} has no image {image_id}"), None
            if not scene.footprint.intersects(aoi):
                return (400, f"The area does not intersect the image {image_id}"), None
        return None, _resolution_failure(model, scene.resolution)
    return None, None


def normalize_v1_params(params):
    """The documented flat ``params`` as the validator's source dict."""
    params = params if isinstance(params, dict) else {}
    source = {"source_type": params.get("source_type"), "url": params.get("url"), "zoom": params.get("zoom"),
              "data_provider": params.get("data_provider")}
    if source["data_provider"]:
        source["image_ids"] = [params.get("url")]  # "Run processing by image ID": the id goes as url
    return source


def normalize_v2_params(params):
    """``params.sourceParams`` of the v2 API as the validator's source dict, or None when malformed."""
    source = (params or {}).get("sourceParams") if isinstance(params, dict) else None
    if not isinstance(source, dict) or len(source) != 1:
        return None
    (kind, value), = source.items()
    if not isinstance(value, dict):
        return None
    if kind == "userDefined":
        source_type = str(value.get("sourceType") or "").lower()
        return {"source_type": "tif" if source_type == "local" else source_type, "url": value.get("url"),
                "zoom": value.get("zoom")}
    if kind == "myImagery":
        return {"mosaic": value.get("mosaicId") or value.get("imageIds"), "mosaic_id": value.get("mosaicId"),
                "image_ids": value.get("imageIds") or []}
    if kind == "imagerySearch":
        return {"data_provider": value.get("dataProvider"), "image_ids": value.get("imageIds") or []}
    if kind == "dataProvider":
        return {"data_provider": value.get("providerName")}
    return None
