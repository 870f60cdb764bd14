"""EOSDA API Connect client: scene search and Download visual.

The key goes in the ``x-api-key`` header (the Quickstart); the documented
``?api_key=`` query form is equivalent and accepted by the sandbox too.

* Search: ``POST /api/lms/search/v2/{dataset}`` (CONTRACTS.md §2.2). A date range
  over 365 days is split (the documentation recommends at most 365 days), each
  range is paged with ``page``/``limit`` until as many scenes as ``meta.found``
  have arrived or a page comes back empty (bounded by the page guard).
* Download visual: ``POST /api/gdw/api`` with ``type: "jpeg"`` creates a task;
  ``GET /api/gdw/api/{task_id}`` answers JSON while the task is pending (or has
  failed) and the image itself once done (CONTRACTS.md §2.3), so the client
  decides by Content-Type.
"""

import math
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import List


from ..download import download, safe_filename
from .output import download_extension, finish_download
from .visual import DATASETS, VisualParams, as_geojson
from ..errors import InvalidInputError, Sentence, ServiceError
from ..budget import Estimate
from ..http import Credential, make_session
from ..paging import PageGuard
from ..models import ImageRecord, optional_float, parse_geometry, parse_time

SERVICE = "EOSDA"
DEFAULT_BASE_URL = "https://api-connect.eos.com"
MAX_SEARCH_DAYS = 365
PAGE_LIMIT = 100
SHAPE_RELATIONS = ("INTERSECTS", "CONTAINS")  # CONTAINS in the docs, INTERSECTS in 3P clients
SORT_FIELDS = ("date", "cloudCoverage")
SEARCH_FIELDS = ["sceneID", "date", "timestamp", "cloudCoverage", "dataCoveragePercentage", "satelliteName",
                 "sunElevation", "dataGeometry", "thumbnail"]  # view_id comes back whatever the fields
THUMBNAIL_LIMIT = 4 * 1024 * 1024  # a scene's preview is a small picture; more is refused while reading
DEFAULT_TASK_TIMEOUT = 3600.0
MAX_TASK_TIMEOUT = 4 * 3600.0  # a render is given up on after this, whatever the service says
FAILED_STATUSES = {"failed", "error", "fail", "canceled", "cancelled"}


class TaskTimeoutError(ServiceError):
    kind = "The render did not finish in time"


@dataclass
class SearchResult:
    scenes: List[ImageRecord]
    found: int  # what the service reported, summed over the date ranges
    truncated: bool = False  # more scenes than max_results were found
    requests: int = 0


@dataclass
class VisualTask:
    task_id: str
    req_id: str
    task_timeout: float
    params: dict = field(repr=False, default_factory=dict)


def as_date(value, name):
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InvalidInputError(f"{name} must be a date (YYYY-MM-DD), not {value!r}", parameter=name,
                                service=SERVICE, key="eosda.date", values=dict(name=name, value=repr(value))) from None


def date_ranges(start, end, max_days=MAX_SEARCH_DAYS, newest_first=True):
    """[(from, to)] covering start..end (inclusive), each at most ``max_days`` days."""
    ranges = []
    cursor = start
    while cursor <= end:
        last = min(end, cursor + timedelta(days=max_days - 1))
        ranges.append((cursor, last))
        cursor = last + timedelta(days=1)
    return ranges[::-1] if newest_first else ranges


def estimate(date_from, date_to, limit=PAGE_LIMIT, max_results=2000):
    """The request budget of a search: one request per date range, and the
    pages beyond the first up to ``max_results`` (arithmetic, nothing built)."""
    start, end = as_date(date_from, "date_from"), as_date(date_to, "date_to")
    ranges = max(1, -(-((end - start).days + 1) // MAX_SEARCH_DAYS))
    return Estimate(SERVICE, ranges + max(0, -(-max_results // limit) - 1), 4.0, "narrow the dates",
                    "budget.narrow_dates")


def parse_scene(item, dataset):
    """An ImageRecord from one search result; None without a view_id (unusable)."""
    view_id = item.get("view_id")
    if not view_id:
        return None
    footprint = parse_geometry(item.get("dataGeometry") or item.get("tileGeometry"))
    captured = parse_time(item.get("timestamp") or item.get("date"))
    return ImageRecord(
        service=SERVICE, id=view_id, footprint=footprint, captured_at=captured,
        properties={"dataset": dataset, "scene_id": item.get("sceneID"), "date": item.get("date"),
                    "cloud": optional_float(item.get("cloudCoverage")),
                    "coverage": optional_float(item.get("dataCoveragePercentage")),
                    "satellite": item.get("satelliteName"),
                    "sun_elevation": optional_float(item.get("sunElevation")),
                    "thumbnail": thumbnail_link(item)})


def thumbnail_link(item):
    """The scene's preview link, or None.

    Documented (CONTRACTS.md §2.2, a recorded live answer): ``thumbnail``, an
    absolute link on another host (the public Sentinel bucket,
    ``http://sentinel-s2-l1c.s3.amazonaws.com/…/preview.jpg``), fetched without
    the key. The sandbox links to the API's own origin, where the key is needed
    as for every request. A path without a host (seen nowhere, but a relative
    link must not become a request elsewhere) is taken under the base URL.
    Anything that is not a string or an http(s) link is no link."""
    link = item.get("thumbnail")
    if not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if "://" in link:
        return link if link.lower().startswith(("http://", "https://")) else None
    return link

def error_parser(response):
    """EOSDA errors: ``{"error": ...}``, ``{"message": ...}``, ``{"errors": [...]}`` or text."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return None, (text[:200] if text and not text.startswith("<") else None)
    if not isinstance(body, dict):
        return None, None
    return body.get("code"), failure_message(body)


def failure_message(body):
    for key in ("error", "error_message", "message", "detail"):
        value = body.get(key)
        if isinstance(value, dict):
            value = value.get("message") or str(value)
        if value:
            return str(value)
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        return "; ".join(str(e.get("error", e) if isinstance(e, dict) else e) for e in errors)
    return None


class EosdaClient:
    def __init__(self, api_key, base_url=DEFAULT_BASE_URL, **session_options):
        if not api_key:
            raise InvalidInputError("An EOSDA API key is needed: add it in Imagery Hub settings",
                                    parameter="api_key", service=SERVICE, key="eosda.no_key")
        credential = Credential(headers={"x-api-key": api_key}, scope=[base_url])
        session_options.setdefault("error_parser", error_parser)
        self.session = make_session(SERVICE, base_url, credential, **session_options)

    def check_connection(self):
        today = date.today()
        self.session.post_json("api/lms/search/v2/sentinel2", {
            "search": {"date": {"from": str(today - timedelta(days=7)), "to": str(today)},
                       "shape": {"type": "Polygon", "coordinates": [[[30.0, 50.0], [30.01, 50.0],
                                                                     [30.01, 50.01], [30.0, 50.0]]]}},
            "limit": 1, "page": 1}, retry_unsafe=True)
        return "EOSDA accepted the API key"

    # -- search ---------------------------------------------------------------------
    def search(self, dataset, geometry, date_from, date_to, *, cloud_from=0.0, cloud_to=100.0,
               sort="date", order="desc", shape_relation="INTERSECTS", limit=PAGE_LIMIT, max_results=2000,
               progress=None):
        """Scenes of ``dataset`` over ``geometry`` (shapely or GeoJSON, lon/lat).

        Returns a :class:`SearchResult`, sorted by ``sort``/``order``, without
        duplicates. ``progress(scenes so far, found so far)`` after each page.
        """
        body = self.search_body(dataset, geometry, date_from, date_to, cloud_from, cloud_to, sort, order,
                                shape_relation, limit)
        start, end = as_date(date_from, "date_from"), as_date(date_to, "date_to")
        result = SearchResult([], 0)
        seen = set()
        newest_first = sort != "date" or order == "desc"
        for first, last in date_ranges(start, end, newest_first=newest_first):
            body["search"]["date"] = {"from": first.isoformat(), "to": last.isoformat()}
            page, arrived, guard = 1, 0, PageGuard(SERVICE, "search results")
            while True:
                self.session.check_cancelled()
                guard.follow()
                body["page"] = page
                # a search changes nothing on the server, so repeating it is safe
                answer = self.session.post_json(f"api/lms/search/v2/{dataset}", body, retry_unsafe=True) or {}
                result.requests += 1
                items = answer.get("results") or []
                arrived += len(items)
                found = int((answer.get("meta") or {}).get("found") or 0)
                if page == 1:
                    result.found += found
                scenes = [s for s in (parse_scene(item, dataset) for item in items) if s is not None]
                # a "found" that is never reached while the same scenes come back
                guard.add(s.id for s in scenes)
                for scene in scenes:
                    if scene.id not in seen:
                        seen.add(scene.id)
                        result.scenes.append(scene)
                if progress:
                    progress(len(result.scenes), result.found)
                if len(result.scenes) >= max_results:
                    result.truncated = True
                    break
                # what arrived, not pages × the limit asked for: a server may send
                # fewer per page than asked and count its pages by its own size
                if not items or arrived >= found:
                    break
                page += 1
            if result.truncated:
                break
        result.scenes = sort_scenes(result.scenes, sort, order)[:max_results]
        return result

    @staticmethod
    def search_body(dataset, geometry, date_from, date_to, cloud_from=0.0, cloud_to=100.0, sort="date",
                    order="desc", shape_relation="INTERSECTS", limit=PAGE_LIMIT):
        """The request body, after checking every value (InvalidInputError)."""
        def refuse(message, parameter, key=None, values=None):
            raise InvalidInputError(message, parameter=parameter, service=SERVICE, key=key, values=values)

        if dataset not in DATASETS:
            refuse(f"Unknown dataset {dataset!r}: use one of {', '.join(DATASETS)}", "dataset",
                   key="eosda.dataset", values=dict(dataset=repr(dataset), datasets=", ".join(DATASETS)))
        start, end = as_date(date_from, "date_from"), as_date(date_to, "date_to")
        if start > end:
            refuse(f"The start date {start} is after the end date {end}", "date_from",
                   key="eosda.dates_reversed", values=dict(start=str(start), end=str(end)))
        try:
            low, high = float(cloud_from), float(cloud_to)
        except (TypeError, ValueError):
            refuse("Cloud cover limits must be numbers (0–100 %)", "cloud", key="eosda.cloud_numbers")
        if not 0 <= low <= high <= 100:
            refuse("Cloud cover limits must satisfy 0 ≤ from ≤ to ≤ 100 %", "cloud", key="eosda.cloud_order")
        if sort not in SORT_FIELDS or order not in ("asc", "desc"):
            refuse(f"Sort by one of {', '.join(SORT_FIELDS)}, asc or desc", "sort",
                   key="eosda.sort", values=dict(fields=", ".join(SORT_FIELDS)))
        if shape_relation not in SHAPE_RELATIONS:
            refuse(f"shapeRelation must be one of {', '.join(SHAPE_RELATIONS)}", "shape_relation",
                   key="eosda.shape_relation", values=dict(relations=", ".join(SHAPE_RELATIONS)))
        shape = as_geojson(geometry)
        if not shape or shape.get("type") not in ("Polygon", "MultiPolygon"):
            refuse("Search needs a polygon area of interest", "geometry", key="eosda.polygon")
        if not isinstance(limit, int) or not 1 <= limit <= 500:
            refuse("limit must be 1 to 500 scenes per page", "limit", key="eosda.limit")
        return {"search": {"date": {"from": start.isoformat(), "to": end.isoformat()},
                           "cloudCoverage": {"from": low, "to": high},
                           "shape": {"type": shape["type"], "coordinates": shape["coordinates"]},
                           "shapeRelation": shape_relation},
                "sort": {sort: order}, "fields": list(SEARCH_FIELDS), "limit": limit, "page": 1}

    def thumbnail(self, link, max_bytes=THUMBNAIL_LIMIT):
        """The bytes of a scene's preview (:func:`thumbnail_link`). The key goes
        with it only on the API's own origin (the session's credential scope);
        a larger body than ``max_bytes`` is refused while it is read."""
        if not link:
            raise InvalidInputError("EOSDA sent no preview for this scene", parameter="thumbnail", service=SERVICE,
                                    key="eosda.no_preview")
        response = self.session.request("GET", link, stream=True)
        with response:
            data = bytearray()
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > max_bytes:
                    raise ServiceError("The scene preview is larger than a preview should be", service=SERVICE,
                                       key="eosda.preview_too_large")
                self.session.check_cancelled()
        return bytes(data)

    # -- Download visual ----------------------------------------------------------------
    def create_visual_task(self, params):
        """Start a render; ``params`` is a :class:`VisualParams` (checked first)."""
        payload = params.payload() if isinstance(params, VisualParams) else dict(params)
        answer = self.session.post_json("api/gdw/api", {"type": "jpeg", "params": payload}) or {}
        task_id = answer.get("task_id")
        if not task_id:
            message = failure_message(answer)  # the service's words, else ours
            raise ServiceError(message or "EOSDA did not return a task id", service=SERVICE,
                               key=None if message else "eosda.no_task_id")
        return VisualTask(str(task_id), answer.get("req_id") or payload["reference"],
                          task_timeout(answer.get("task_timeout")), payload)

    def wait_for_visual(self, task, folder, stem, *, poll_interval=2.0, max_poll_interval=15.0,
                        on_status=None, progress=None):
        """Poll with backoff until the image arrives (downloaded to ``folder``
        as ``stem``), the task fails, or ``task_timeout`` passes."""
        path = f"api/gdw/api/{task.task_id}"
        filename = f"{safe_filename(stem)}.{download_extension(task.params)}"
        deadline = time.monotonic() + task.task_timeout
        interval, polls = poll_interval, 0
        while True:
            polls += 1
            # identity: the length checked below is then the length on the wire
            response = self.session.request("GET", path, stream=True, headers={"Accept-Encoding": "identity"})
            with response:
                content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                if not content_type.endswith("json"):  # anything but JSON is the image
                    if on_status:
                        on_status(Sentence("Downloading the rendered image", key="eosda.downloading"))
                    saved = download(self.session, path, folder, filename, progress=progress,
                                     response=response)
                    break
                try:
                    body = response.json()
                except ValueError:
                    raise ServiceError("EOSDA sent a task status that is not valid JSON", service=SERVICE,
                                       key="eosda.status_not_json") from None
            body = body if isinstance(body, dict) else {}
            status = str(body.get("status") or "").lower()
            # a pending task may carry a "message"; only these keys mean failure
            failed = status in FAILED_STATUSES or any(body.get(k) for k in ("error", "errors", "error_message"))
            if failed:
                reason = failure_message(body) or status  # the service's words
                if reason:
                    raise ServiceError(f"The render failed: {reason}", service=SERVICE, key="eosda.render_failed",
                                       values=dict(reason=reason))
                raise ServiceError("The render failed: no reason given", service=SERVICE,
                                   key="eosda.render_failed_silently")
            if on_status:
                on_status(Sentence(f"EOSDA is rendering ({status or 'pending'}, check {polls})", key="eosda.rendering",
                                   status=status or "pending", check=polls))
            if time.monotonic() + interval > deadline:
                raise TaskTimeoutError(f"EOSDA did not finish the render within {task.task_timeout:g} s "
                                       "(task_timeout); try again later", service=SERVICE,
                                       key="eosda.render_timeout", values=dict(seconds=f"{task.task_timeout:g}"))
            self.session.sleep(interval)
            interval = min(max_poll_interval, interval * 1.5)
        return finish_download(saved, task.params)

    def render_visual(self, params, folder, stem, **wait_options):
        """Create the task and wait for it; returns the path of a file GDAL opens."""
        return self.wait_for_visual(self.create_visual_task(params), folder, stem, **wait_options)


def task_timeout(value):
    """Seconds to wait for a render: the service's ``task_timeout`` when it is a
    finite positive number, at most :data:`MAX_TASK_TIMEOUT`; the default when it
    is missing, not a number, "nan", "inf" or not positive."""
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return DEFAULT_TASK_TIMEOUT
    if not math.isfinite(seconds) or seconds <= 0:
        return DEFAULT_TASK_TIMEOUT
    return min(seconds, MAX_TASK_TIMEOUT)


def sort_scenes(scenes, sort="date", order="desc"):
    """Scenes sorted by date or cloud cover; those without the value last."""
    def value(scene):
        if sort == "cloudCoverage":
            return scene.properties.get("cloud")
        return scene.captured_at.timestamp() if scene.captured_at else None
    present = [s for s in scenes if value(s) is not None]
    return sorted(present, key=value, reverse=order == "desc") + [s for s in scenes if value(s) is None]


def check_connection(credentials, urls, **session_options):
    return EosdaClient(credentials.get("secret"), urls["base_url"], **session_options).check_connection()
