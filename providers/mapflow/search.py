"""Mapflow imagery catalog search ("Search Imagery" on the Mapflow API page).

``POST /catalog/meta`` with the AOI and the filters returns images of the
providers linked to the account. The page gives the URL as
``https://api.mapflow.ai/catalog/meta``, outside ``/rest``; the vendor client
calls it under the API URL (``…/rest/catalog/meta``, CONTRACTS.md §5.1), the
form the live service serves. That form is tried first, the page's on a
server without it (providers/mapflow/forms.py).

Units follow the page's note: resolutions in metres, cloud cover and AOI
intersection in percent, off-nadir angles in degrees. Off-nadir angles come
signed (the page's example has -12.49), so the range applies to their size.
Paging (``limit``, ``offset`` → ``{images, total, limit, offset}``) is the live
form of CONTRACTS.md §5.1; a server that ignores it answers with every image
at once, which ends the loop as well.

Previews live on third-party hosts: they are fetched by a session that has no
credential at all (:meth:`MapflowCatalog.preview`).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any, List, Optional, Sequence

from shapely.geometry import MultiPolygon, Polygon, mapping

from ..errors import InvalidInputError, ServiceError
from ..http import make_session
from ..paging import PageGuard
from ..models import optional_float, parse_geometry, parse_time
from .forms import first_served

SERVICE = "Mapflow"
PAGE_SIZE = 100
MAX_RESULTS = 1000
PREVIEW_LIMIT = 20 * 1024 * 1024
PICTURE_PREVIEWS = ("png", "jpg", "jpeg")


def _refuse(message, parameter, key=None, values=None):
    raise InvalidInputError(message, parameter=parameter, service=SERVICE, key=key, values=values)


def catalog_urls(base_url):
    """The live ``…/rest/catalog/meta`` and the page's ``…/catalog/meta`` (the
    API URL without its trailing ``/rest``), in that order."""
    root = base_url.rstrip("/")
    documented = root[: -len("/rest")] if root.endswith("/rest") else root
    return [("live", f"{root}/catalog/meta"), ("documented", f"{documented}/catalog/meta")]


def _utc(value, end_of_day=False):
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    elif isinstance(value, date):
        moment = datetime.combine(value, time(23, 59, 59) if end_of_day else time(0, 0), tzinfo=timezone.utc)
    else:
        moment = parse_time(value)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


#: the filters' names in refusals, keyed for translation
_FILTERS = {"resolution": "mapflow.filter.resolution", "cloud cover": "mapflow.filter.cloud_cover",
            "off-nadir angle": "mapflow.filter.off_nadir", "AOI intersection": "mapflow.filter.aoi_intersection"}


def _range(low, high, name, unit, top=None):
    values = {"name": (_FILTERS[name], None, name) if name in _FILTERS else name, "unit": unit}
    for value in (low, high):
        if value is not None and (value < 0 or (top is not None and value > top)):
            limit = f"from 0 to {top:g}" if top is not None else "0 or more"
            _refuse(f"The {name} must be {limit} {unit}, not {value:g}", name,
                    "mapflow.filter.between" if top is not None else "mapflow.filter.positive",
                    dict(values, top=f"{top:g}" if top is not None else "", value=f"{value:g}"))
    if low is not None and high is not None and low > high:
        _refuse(f"The smallest {name} ({low:g} {unit}) is above the largest ({high:g} {unit})", name,
                "mapflow.filter.reversed", dict(values, low=f"{low:g}", high=f"{high:g}"))


@dataclass
class CatalogQuery:
    """A catalog search. ``aoi`` is a shapely Polygon or MultiPolygon in EPSG:4326;
    dates are dates (whole days, UTC) or datetimes; None leaves a filter out."""

    aoi: Any
    date_from: Any = None
    date_to: Any = None
    min_resolution: Optional[float] = None
    max_resolution: Optional[float] = None
    max_cloud: Optional[float] = None
    min_off_nadir: Optional[float] = None
    max_off_nadir: Optional[float] = None
    min_intersection: Optional[float] = None
    data_providers: Sequence[str] = ()
    product_types: Sequence[str] = ()
    hide_unavailable: bool = False

    def check(self):
        if not isinstance(self.aoi, (Polygon, MultiPolygon)) or self.aoi.is_empty:
            _refuse("The catalog searches an area: draw a polygon or rectangle", "aoi", key="mapflow.catalog_area")
        begin, end = _utc(self.date_from), _utc(self.date_to, end_of_day=True)
        if begin and end and begin > end:
            _refuse("The start date is after the end date", "date", key="dates.reversed")
        _range(self.min_resolution, self.max_resolution, "resolution", "m")
        _range(None, self.max_cloud, "cloud cover", "%", 100)
        _range(self.min_off_nadir, self.max_off_nadir, "off-nadir angle", "°", 90)
        _range(self.min_intersection, None, "AOI intersection", "%", 100)

    def body(self, limit=PAGE_SIZE, offset=0):
        """The ``/catalog/meta`` body: the page's filters plus the live paging."""
        self.check()
        body = {"aoi": mapping(self.aoi), "acquisitionDateFrom": _utc(self.date_from),
                "acquisitionDateTo": _utc(self.date_to, end_of_day=True), "minResolution": self.min_resolution,
                "maxResolution": self.max_resolution, "maxCloudCover": self.max_cloud,
                "minOffNadirAngle": self.min_off_nadir, "maxOffNadirAngle": self.max_off_nadir,
                "minAoiIntersectionPercent": self.min_intersection,
                "dataProviders": list(self.data_providers) or None,
                "productTypes": list(self.product_types) or None}
        body = {key: value for key, value in body.items() if value is not None}
        if self.hide_unavailable:
            body["hideUnavailable"] = True
        body.update(limit=limit, offset=offset)
        return body


@dataclass
class CatalogImage:
    id: str
    footprint: Any
    acquired: Optional[datetime]
    provider: str
    resolution: Optional[float] = None
    cloud_cover: Optional[float] = None
    off_nadir: Optional[float] = None
    sensor: str = ""
    product_type: str = ""
    color_band_order: str = ""
    preview_type: str = ""
    preview_url: Optional[str] = None
    zoom: Optional[int] = None
    raw: dict = field(default_factory=dict)

    @classmethod
    def from_json(cls, data):
        zoom = data.get("zoom")
        return cls(id=str(data["id"]), footprint=parse_geometry(data.get("footprint")),
                   acquired=parse_time(data.get("acquisitionDate")), provider=data.get("providerName") or "",
                   resolution=optional_float(data.get("pixelResolution")),
                   cloud_cover=optional_float(data.get("cloudCover")),
                   off_nadir=optional_float(data.get("offNadirAngle")), sensor=data.get("sensor") or "",
                   product_type=data.get("productType") or "", color_band_order=data.get("colorBandOrder") or "",
                   preview_type=(data.get("previewType") or "").lower(), preview_url=data.get("previewUrl"),
                   zoom=int(zoom) if str(zoom or "").isdigit() else None, raw=dict(data))

    def intersection_percent(self, aoi):
        """How much of the AOI this image covers, in percent."""
        if self.footprint is None or aoi.area == 0:
            return 0.0
        return 100.0 * self.footprint.intersection(aoi).area / aoi.area

    @property
    def has_picture_preview(self):
        return bool(self.preview_url) and self.preview_type in PICTURE_PREVIEWS


@dataclass
class CatalogResult:
    images: List[CatalogImage]
    total: int

    @property
    def truncated(self):
        return self.total > len(self.images)


class MapflowCatalog:
    """Catalog calls on a Mapflow client's session (``MapflowClient.catalog``)."""

    def __init__(self, session):
        self.session = session
        self.urls = catalog_urls(session.base_url)

    def search(self, query: CatalogQuery, page_size=PAGE_SIZE, max_results=MAX_RESULTS, progress=None):
        """Every image matching ``query``, page by page, up to ``max_results``.
        ``progress(count, total)`` follows the pages."""
        query.check()
        found, total, guard = [], None, PageGuard(SERVICE, "catalog results")
        while total is None or len(found) < min(total, max_results):
            self.session.check_cancelled()
            guard.follow()
            body = query.body(page_size, len(found))
            page = first_served(self.session, "catalog", [  # a read: safe to repeat
                (name, lambda url=url, body=body: self.session.post_json(url, body, retry_unsafe=True))
                for name, url in self.urls])
            if not isinstance(page, dict) or not isinstance(page.get("images"), list):
                raise ServiceError("The Mapflow catalog sent no list of images", service=SERVICE,
                                   key="mapflow.no_image_list")
            images = [CatalogImage.from_json(i) for i in page["images"]]
            total = int(page.get("total", len(found) + len(images)))
            guard.add(i.id for i in images)
            found.extend(images)
            if progress is not None:
                progress(len(found), total)
            if not images or "total" not in page:
                break
        return CatalogResult(found[:max_results], max(total or 0, len(found)))

    def preview(self, image: CatalogImage, max_bytes=PREVIEW_LIMIT):
        """The preview picture's bytes, fetched without any Mapflow credential."""
        if not image.has_picture_preview:
            _refuse("This image has no picture preview", "preview", key="mapflow.no_preview")
        url = image.preview_url
        if not url.lower().startswith(("http://", "https://")):
            _refuse("The preview link is not an http(s) URL", "preview", key="mapflow.preview_not_http")
        bare = make_session(SERVICE, url, None, cancelled=self.session.cancelled)
        try:
            response = bare.request("GET", url, stream=True)
            data = bytearray()
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > max_bytes:
                    raise ServiceError("The preview is larger than a preview should be", service=SERVICE,
                                       key="preview.too_large")
                bare.check_cancelled()
            return bytes(data)
        finally:
            bare.close()


def check_search_area(account, area_km2):
    """The page's warning: "The size of the search area cannot exceed the size of
    processing AOI limit assigned to the specific user"; refused before sending."""
    limit = account.aoi_area_limit_m2 / 1e6 if account and account.aoi_area_limit_m2 else None
    if limit is not None and area_km2 > limit:
        _refuse(f"The area is {area_km2:,.2f} km² but Mapflow searches at most {limit:,.2f} km² (the "
                "account's limit per area): draw a smaller one", "aoi",
                key="mapflow.search_area", values=dict(area=f"{area_km2:,.2f}", limit=f"{limit:,.2f}"))
