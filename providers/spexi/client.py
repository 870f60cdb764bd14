"""Spexi Image API client (drone imagery). Usable from the QGIS Python console::

    from imagery_hub.providers.spexi import SpexiClient
    client = SpexiClient("sk_...")
    for record in client.search(point=(-123.1216, 49.2827), pitch=-90, max_records=50):
        print(record.id, record.captured_at, record.heading)
    client.download(record, "zoomed", "/tmp/spexi")

Specification: the vendor's Image API page and its OpenAPI document. The key goes
in the ``x-api-key`` header (the current authentication page) and only to the
API's own host: the download links on it get the key (the page says they need
it), a redirect or ``url`` to S3 does not.
"""

from dataclasses import dataclass

from shapely.errors import ShapelyError
from shapely.geometry import Point

from ..download import download as stream_download
from ..errors import InvalidInputError, ServiceError
from ..http import Credential, make_session
from ..paging import PageGuard
from ..models import ImageRecord, Link, optional_float, parse_geometry
from .dates import read_date
from .query import (
    MAX_LIMIT,
    SERVICE,
    count_cells,
    filter_params,
    format_captured_at,
    iter_cells,
    search_params,
    spatial_params,
)

DEFAULT_BASE_URL = "https://world.spexi.com"
IMAGE_PATH = "developer-api/api/v1/image"
MULTI_VIEW_PATH = "developer-api/api/v1/image/multi-view"
VARIANTS = ("original", "zoomed")
VIEWS = ("nadir", "north", "east", "south", "west")
NADIR_PITCH = -75.0  # steeper than this is a nadir view
__all__ = ["SpexiClient", "SearchProgress", "MAX_LIMIT", "VARIANTS", "VIEWS", "NADIR_PITCH", "image_filename",
           "view_of", "parse_feature", "filter_params", "check_connection"]


def parse_error(response):
    """(code, message) from NestJS's envelope ``{"statusCode", "message", "error"}``,
    where ``message`` is a text or a list of validation messages."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    message = body.get("message")
    if isinstance(message, list):
        message = "; ".join(str(m) for m in message)
    return None, message or body.get("error")


#: what a malformed feature raises while it is read: it is skipped and counted
UNREADABLE = (ValueError, TypeError, KeyError, IndexError, AttributeError, ShapelyError)


def parse_feature(feature):
    """An ImageRecord from one GeoJSON feature of a search or multi-view answer.
    ``capturedAt`` is typed only "string": any form JavaScript's ``Date`` prints
    is read (providers/spexi/dates.py)."""
    props = dict(feature.get("properties") or {})
    position = (props.get("cameraPosition") or {}).get("coordinates")
    captured = props.get("capturedAt")
    when = read_date(captured) if captured not in (None, "") else None
    if captured not in (None, "") and when is None:
        raise ValueError(f"capturedAt {captured!r} is not a date")
    links = {}
    for link in feature.get("links") or []:
        if link.get("rel") and link.get("href"):
            links[link["rel"]] = Link(link["rel"], link["href"], link.get("type"), link.get("title"))
    return ImageRecord(
        service=SERVICE, id=str(props.get("id") or feature.get("id")),
        footprint=parse_geometry(feature.get("geometry")),
        camera=Point(float(position[0]), float(position[1])) if position else None,
        captured_at=when.when if when else None, heading=optional_float(props.get("heading")),
        pitch=optional_float(props.get("pitch")), roll=optional_float(props.get("roll")),
        altitude=optional_float(props.get("altitude")), capture_type=props.get("captureType"),
        links=links, properties=props)


def view_of(record):
    """nadir, north, east, south or west: what a multi-view image shows."""
    if record.pitch is not None and record.pitch <= NADIR_PITCH:
        return "nadir"
    return VIEWS[1 + int(((record.heading or 0.0) + 45) % 360 // 90)]


def image_filename(image_id, variant):
    """``<id>.jpg`` for the original, ``<id>_<variant>.jpg`` for the others."""
    return f"{image_id}.jpg" if variant == "original" else f"{image_id}_{variant}.jpg"


@dataclass
class SearchProgress:
    pages: int = 0
    images: int = 0
    cell: int = 1
    cells: int = 1
    #: features that could not be read (bad geometry, date or camera position): left out
    skipped: int = 0


def read_features(features, state):
    """The records of the features that can be read; the others are counted in
    ``state.skipped``, so that one bad feature never loses the rest of the page."""
    for feature in features:
        try:
            yield parse_feature(feature)
        except UNREADABLE:
            state.skipped += 1


class SpexiClient:
    def __init__(self, api_key, base_url=DEFAULT_BASE_URL, **session_options):
        if not api_key:
            raise InvalidInputError("A Spexi API key is needed: add it in Imagery Hub settings",
                                    parameter="api_key", service=SERVICE, key="spexi.no_key")
        credential = Credential(headers={"x-api-key": api_key}, scope=[base_url])
        session_options.setdefault("error_parser", parse_error)
        self.session = make_session(SERVICE, base_url, credential, **session_options)

    def check_connection(self):
        """One cheap search: raises AuthenticationError when the key is refused."""
        self.session.get_json(IMAGE_PATH, params={"p": "-123.1216,49.2827", "limit": 1})
        return "Spexi accepted the API key"

    # -- search ------------------------------------------------------------------
    def search(self, point=None, bbox=None, polygon=None, heading=None, pitch=None, altitude=None,
               captured_at=None, capture_type=None, focused=True, limit=100, max_records=None,
               progress=None):
        """Image records of one search, page after page (``limit`` per page) until
        the last page or ``max_records``. ``point`` is (lon, lat[, radius m]);
        ``bbox`` (min lon, min lat, max lon, max lat); ``polygon`` WKT or shapely
        (bounding box within 1 km²); ``heading``/``pitch``/``altitude``/
        ``captured_at`` a value or a (min, max) pair; ``capture_type`` one or
        several of panorama, orthomosaic, oblique. ``progress(SearchProgress)``
        is called after each page. Input the API would refuse raises
        InvalidInputError before any request."""
        params = search_params(point, bbox, polygon, heading=heading, pitch=pitch, altitude=altitude,
                               captured_at=captured_at, capture_type=capture_type, focused=focused, limit=limit)
        yield from self._pages(params, max_records, progress, SearchProgress())

    def _pages(self, params, max_records, progress, state):
        url, guard, count = IMAGE_PATH, PageGuard(SERVICE, "search results"), 0
        while url:
            self.session.check_cancelled()
            guard.follow(url)
            body = self.session.get_json(url, params=params)
            params = None  # the next URL carries the query and the cursor
            if not isinstance(body, dict) or not isinstance(body.get("features"), list):
                raise ServiceError("Spexi answered a search with something other than a FeatureCollection",
                                   service=SERVICE, key="spexi.not_collection")
            features = body["features"]
            state.pages += 1
            state.images += len(features)
            if progress:
                progress(state)
            for record in read_features(features, state):
                yield record
                count += 1
                if max_records is not None and count >= max_records:
                    return
            url = body.get("next") or None

    def search_area(self, area, max_records=None, progress=None, **filters):
        """Like :meth:`search` for an area of any size (shapely or WKT, lon/lat):
        areas over the 1 km² limit are searched cell by cell and the results
        merged without duplicates (an image seen by two cells comes once).
        With ``focused``, each cell ranks its own images."""
        filter_params(**filters)  # refuse bad filters before any request
        state, seen = SearchProgress(cells=count_cells(area)), set()
        for number, piece in enumerate(iter_cells(area, check_cancelled=self.session.check_cancelled), 1):
            state.cell = min(number, state.cells)  # a cell may hold two pieces of a U-shaped area
            params = search_params(polygon=piece, **filters)
            for record in self._pages(params, None, progress, state):
                if record.id in seen:
                    continue
                seen.add(record.id)
                yield record
                if max_records is not None and len(seen) >= max_records:
                    return

    def multi_view(self, point=None, bbox=None, polygon=None, captured_at=None):
        """Up to five images of a place as ``[(view, record)]``, in the order
        nadir, north, east, south, west (views the service has no image for are
        missing)."""
        params = spatial_params(point, bbox, polygon)
        if captured_at is not None:
            params["captured_at"] = format_captured_at(captured_at)
        body = self.session.get_json(MULTI_VIEW_PATH, params=params)
        records = list(read_features((body or {}).get("features") or [], SearchProgress()))
        views = {}
        for record in records:
            views.setdefault(view_of(record), record)
        return [(view, views[view]) for view in VIEWS if view in views]

    # -- downloads --------------------------------------------------------------
    def link(self, record, variant):
        """The URL of an image variant (``original`` or ``zoomed``)."""
        if variant not in VARIANTS:
            raise InvalidInputError(f"Unknown Spexi image variant {variant!r}: use original or zoomed",
                                    parameter="variant", service=SERVICE,
                                    key="spexi.variant", values=dict(variant=repr(variant)))
        link = record.link(variant)
        if link is None:
            raise InvalidInputError(f"Spexi image {record.id} has no {variant} link", parameter="variant",
                                    service=SERVICE,
                                    key="spexi.no_link", values=dict(id=str(record.id), variant=variant))
        return link.href

    def download(self, record, variant="original", folder=".", progress=None):
        """Download one variant into ``folder`` as ``<id>.jpg`` (original) or
        ``<id>_zoomed.jpg``; streamed, resumed after a dropped connection. Returns the path."""
        return stream_download(self.session, self.link(record, variant), folder, image_filename(record.id, variant),
                               progress=progress)


def check_connection(credentials, urls, **session_options):
    return SpexiClient(credentials.get("secret"), urls["base_url"], **session_options).check_connection()
