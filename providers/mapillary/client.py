"""Mapillary API v4 client (street-level imagery): search, image entities,
detections, thumbnails and the coverage vector tiles (answers read in
``entities``, tile maths in ``tiles``).

Errors come in the Graph API envelope ``{"error": {"code", "message", ...}}``
and are read by their code, not by HTTP status alone (CONTRACTS.md §1.8: a
missing token answers 500 with code 190, an unknown id 400 with code 100/33).
The token goes as ``Authorization: OAuth`` to the Graph host and as
``access_token`` in the query to the tiles host (the documented way for tiles);
thumbnails live on a CDN host and are fetched without it.
"""

import math
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import List

from shapely.geometry import box as shapely_box
from shapely.geometry.base import BaseGeometry

from .. import mvt
from ..paging import PageGuard
from ..errors import InvalidInputError, NotFoundError, ServiceError
from ..http import Credential, make_session
from ..models import ImageRecord
from .entities import SERVICE, THUMBNAIL_FIELDS, Detections, image_record, parse_detection, parse_error  # noqa: F401
from .search import (
    DEFAULT_BBOX_LIMIT,
    DEFAULT_MAX_CELLS,
    Merger,
    count_cells,
    format_bbox,
    quarters,
    search_cells,
)
from .tiles import TILE_LAYERS, TILE_MAX_ZOOM, TILESET, tile_for, tile_to_lonlat, tile_url_template  # noqa: F401

DEFAULT_BASE_URL = "https://graph.mapillary.com"
DEFAULT_TILES_URL = "https://tiles.mapillary.com"
WEB_URL = "https://www.mapillary.com/app/?pKey={id}&focus=photo"
MAX_LIMIT = 2000  # "Max and default is 2000" per bbox query

#: the documented image fields (CONTRACTS.md §1.2) the plugin reads
IMAGE_FIELDS = ("id", "altitude", "camera_type", "captured_at", "compass_angle", "computed_compass_angle",
                "computed_geometry", "creator", "geometry", "height", "width", "is_pano", "make", "model",
                "sequence", "thumb_1024_url")
SEARCH_FIELDS = ("id", "geometry", "captured_at", "compass_angle", "is_pano", "creator", "sequence",
                 "camera_type", "make", "model")


@dataclass
class SearchResult:
    images: List[ImageRecord]
    cells: int = 0
    requests: int = 0
    #: cells that still returned ``limit`` images after looking closer: some
    #: images there are missing (zoom in or narrow the dates)
    capped: List[tuple] = field(default_factory=list)


def iso_time(value, end_of_day=False):
    """ISO 8601 UTC for the capture date filters; a date means its whole day."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    elif isinstance(value, date):
        moment = datetime.combine(value, time(23, 59, 59) if end_of_day else time(0, 0, 0), timezone.utc)
    else:
        raise InvalidInputError(f"Not a date: {value!r}", parameter="date", service=SERVICE,
                                key="mapillary.not_date", values=dict(value=repr(value)))
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fresh_thumbnail_url(session, image_id, size="1024"):
    """A thumbnail URL asked for just now (they carry an ``oe=`` expiry, so a
    stored one may be dead). ``session`` is a Graph session of this service."""
    name = THUMBNAIL_FIELDS.get(str(size))
    if name is None:
        raise InvalidInputError(f"Unknown thumbnail size {size!r}: one of {', '.join(THUMBNAIL_FIELDS)}",
                                parameter="size", service=SERVICE,
                                key="mapillary.thumbnail_size",
                                values=dict(size=repr(size), sizes=", ".join(THUMBNAIL_FIELDS)))
    data = session.get_json(str(image_id), params={"fields": name})
    url = (data or {}).get(name)
    if not url:
        raise NotFoundError(f"Mapillary has no {size} image for {image_id}", service=SERVICE,
                            key="mapillary.no_image", values=dict(size=str(size), id=str(image_id)))
    return url


class MapillaryClient:
    """``concurrency`` search cells are fetched at once, each worker thread with
    its own session (a requests session is not meant to be shared by threads)."""

    def __init__(self, access_token, base_url=DEFAULT_BASE_URL, tiles_url=DEFAULT_TILES_URL, concurrency=4,
                 **session_options):
        if not access_token:
            raise InvalidInputError("A Mapillary access token is needed: add it in Imagery Hub settings",
                                    parameter="access_token", service=SERVICE, key="mapillary.no_token")
        self.base_url = base_url.rstrip("/")
        self.tiles_url = tiles_url.rstrip("/")
        self.concurrency = max(1, int(concurrency))
        self._credential = Credential(headers={"Authorization": f"OAuth {access_token}"}, scope=[self.base_url])
        self._tiles_credential = Credential(params={"access_token": access_token}, scope=[self.tiles_url])
        self._options = dict(session_options, error_parser=parse_error)
        self._local = threading.local()

    @property
    def session(self):
        """The Graph session of the calling thread."""
        if getattr(self._local, "session", None) is None:
            self._local.session = make_session(SERVICE, self.base_url, self._credential, **self._options)
        return self._local.session

    @property
    def tiles_session(self):
        if getattr(self._local, "tiles", None) is None:
            self._local.tiles = make_session(SERVICE, self.tiles_url, self._tiles_credential, **self._options)
        return self._local.tiles

    def check_connection(self):
        self.session.get_json("images", params={
            "bbox": "12.967,55.597,12.968,55.598", "limit": 1, "fields": "id"})
        return "Mapillary accepted the access token"

    # -- search -------------------------------------------------------------------------
    def search(self, area, start=None, end=None, is_pano=None, creator=None, fields=SEARCH_FIELDS,
               limit=MAX_LIMIT, bbox_limit=DEFAULT_BBOX_LIMIT, refine_depth=1, max_cells=DEFAULT_MAX_CELLS,
               progress=None):
        """Images in ``area`` (a shapely geometry or a (min lon, min lat, max lon,
        max lat) tuple in EPSG:4326) captured between ``start`` and ``end`` (dates
        or datetimes, both ends included).

        The area is split into cells under ``bbox_limit``; cells are fetched
        ``concurrency`` at a time; a cell that returns ``limit`` images is split
        into quarters up to ``refine_depth`` times; results are clipped to the
        area and each image is kept once. ``progress(done, total, images)``.
        """
        area = area if isinstance(area, BaseGeometry) else shapely_box(*area)
        params = self._search_params(start, end, is_pano, creator, fields, limit)
        total = count_cells(area, bbox_limit)
        cells = search_cells(area, bbox_limit, max_cells, check_cancelled=self.session.check_cancelled)
        merger = Merger(area)
        result = SearchResult([], cells=0)
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="mapillary-search") as pool:
            pending, done_count = {}, 0

            def submit(cell, depth):
                pending[pool.submit(self._search_cell, cell, params)] = (cell, depth)

            try:
                # cells are made as workers free up, so memory stays flat whatever the area
                for cell in cells:
                    submit(cell, 0)
                    result.cells += 1
                    while len(pending) >= 2 * self.concurrency:
                        done_count, total = self._collect(pending, submit, merger, result, refine_depth,
                                                          progress, done_count, total)
                while pending:
                    done_count, total = self._collect(pending, submit, merger, result, refine_depth, progress,
                                                      done_count, total)
            finally:
                for future in pending:
                    future.cancel()
        result.images = merger.result()
        return result

    @staticmethod
    def _collect(pending, submit, merger, result, refine_depth, progress, done_count, total):
        """Wait for at least one cell; refine those at the cap. Returns the new
        (done, total) counts."""
        finished, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in finished:
            cell, depth = pending.pop(future)
            records, requests, capped = future.result()
            result.requests += requests
            merger.add(records)
            done_count += 1
            if capped and depth < refine_depth:
                for quarter in quarters(cell):
                    submit(quarter, depth + 1)
                total += 4
            elif capped:
                result.capped.append(cell)
            if progress is not None:
                progress(done_count, total, len(merger.records))
        return done_count, total

    def _search_params(self, start, end, is_pano, creator, fields, limit):
        """Query parameters shared by every cell; bad input is refused here,
        before any request."""
        if not 1 <= int(limit) <= MAX_LIMIT:
            raise InvalidInputError(f"The Mapillary limit per request is 1 to {MAX_LIMIT}", parameter="limit",
                                    service=SERVICE, key="mapillary.limit", values=dict(limit=str(MAX_LIMIT)))
        wanted = list(dict.fromkeys(("id", "geometry") + tuple(fields)))
        params = {"fields": ",".join(wanted), "limit": int(limit)}
        if start is not None:
            params["start_captured_at"] = iso_time(start)
        if end is not None:
            params["end_captured_at"] = iso_time(end, end_of_day=True)
        if start is not None and end is not None and params["start_captured_at"] > params["end_captured_at"]:
            raise InvalidInputError("The start date is after the end date: swap them", parameter="date",
                                    service=SERVICE, key="dates.swap")
        if is_pano is not None:
            params["is_pano"] = "true" if is_pano else "false"
            if "is_pano" not in wanted:
                params["fields"] += ",is_pano"
        if creator:
            creator = creator.strip().lstrip("@")
            if not creator or any(c.isspace() or c == "," for c in creator):
                raise InvalidInputError("A Mapillary username has no spaces or commas", parameter="creator",
                                        service=SERVICE, key="mapillary.username")
            params["creator_username"] = creator
        return params

    def _search_cell(self, cell, params):
        """(records, request count, capped) for one cell; pages are followed
        when the service offers them (it does for creator queries)."""
        session = self.session
        response = session.get_json("images", params=dict(params, bbox=format_bbox(cell)))
        items, requests = list(response.get("data") or []), 1
        next_url = (response.get("paging") or {}).get("next")
        guard = PageGuard(SERVICE, "images of a cell")
        guard.follow(session.url("images"))
        while next_url:
            session.check_cancelled()
            guard.follow(next_url)
            response = session.get_json(next_url)
            items.extend(response.get("data") or [])
            requests += 1
            next_url = (response.get("paging") or {}).get("next")
        capped = requests == 1 and len(items) >= params["limit"]
        records = [image_record(item) for item in items]
        if params.get("is_pano"):  # one wrapper says is_pano only filters creator queries: check it here too
            wanted = params["is_pano"] == "true"
            records = [r for r in records if r.properties.get("is_pano", wanted) == wanted]
        return records, requests, capped

    # -- entities -------------------------------------------------------------------------
    def image(self, image_id, fields=IMAGE_FIELDS):
        data = self.session.get_json(str(image_id), params={"fields": ",".join(fields)})
        return image_record(data)

    def sequence_image_ids(self, sequence_id):
        """The ids of a sequence's images, in capture order."""
        data = self.session.get_json("image_ids", params={"sequence_id": sequence_id})
        return [str(item["id"]) for item in (data or {}).get("data") or []]

    def detections(self, image_id, width=None, height=None):
        """The detections of an image with outlines in pixels of the original
        image (``width`` × ``height``; asked for when not given)."""
        if not width or not height:
            record = self.image(image_id, ("id", "width", "height"))
            width, height = record.properties.get("width"), record.properties.get("height")
            if not width or not height:
                raise ServiceError(f"Mapillary did not give the size of image {image_id}", service=SERVICE,
                                   key="mapillary.no_size", values=dict(id=str(image_id)))
        data = self.session.get_json(f"{image_id}/detections", params={"fields": "id,value,geometry,created_at"})
        found = Detections()
        for item in (data or {}).get("data") or []:
            if not isinstance(item, dict) or not item.get("geometry"):
                continue
            try:
                found.append(parse_detection(item, width, height))
            except mvt.DecodeError:
                found.skipped += 1  # one unreadable outline hides that detection only
        return found

    def thumbnail_url(self, image_id, size="1024"):
        return fresh_thumbnail_url(self.session, image_id, size)

    def thumbnail(self, image_id, size="1024"):
        """The JPEG bytes of a thumbnail, from a URL asked for just now; the CDN
        request carries no token (the credential is scoped to the Graph host)."""
        url = self.thumbnail_url(image_id, size)
        return self.session.request("GET", url).content

    # -- vector tiles ---------------------------------------------------------------------
    def tile_url_template(self, tileset=TILESET):
        return tile_url_template(self.tiles_url, tileset)

    def coverage_tile(self, z, x, y, tileset=TILESET):
        """The decoded layers of one coverage tile."""
        url = self.tile_url_template(tileset).format(z=z, x=x, y=y)
        return mvt.decode(self.tiles_session.request("GET", url).content)

    def image_near(self, lon, lat, tolerance_deg):
        """The image point of the coverage tiles nearest to (lon, lat) within
        ``tolerance_deg``: ``{"id", "lon", "lat", ...tile properties}`` or None."""
        x, y, _, _ = tile_for(lon, lat, TILE_MAX_ZOOM)
        layer = self.coverage_tile(TILE_MAX_ZOOM, x, y).get("image")
        best, best_distance = None, tolerance_deg
        scale = math.cos(math.radians(lat))
        for feature in layer.features if layer else ():
            for px, py in feature.geometry[0] if feature.geometry else ():
                flon, flat = tile_to_lonlat(TILE_MAX_ZOOM, x, y, px, py, layer.extent)
                distance = math.hypot((flon - lon) * scale, flat - lat)
                if distance <= best_distance:
                    best, best_distance = dict(feature.properties, lon=flon, lat=flat), distance
        if best is not None:
            best["id"] = str(best.get("id"))
        return best

    @staticmethod
    def web_url(image_id):
        return WEB_URL.format(id=image_id)


def check_connection(credentials, urls, **session_options):
    return MapillaryClient(credentials.get("secret"), urls["base_url"], urls.get("tiles_url", DEFAULT_TILES_URL),
                           **session_options).check_connection()
