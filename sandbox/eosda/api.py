"""EOSDA API Connect emulator (``/eosda``): scene search and Download visual.

The key is accepted from the ``x-api-key`` header or the ``api_key`` query
(CONTRACTS.md §2.1). Errors are ``{"error": "..."}`` with 400/401/404 [INF].

Options (``Sandbox(options=...)``):

* ``eosda.pending_polls`` (2): polls of a task answered ``{"status": "created"}``
  before the image is ready;
* ``eosda.task_timeout`` (172800): the ``task_timeout`` a new task reports
  ("nan" and "inf" are sent as JSON's NaN and Infinity, as a faulty server might);
* ``eosda.endless_found`` (off): a fault: every page of a search is the first one
  and ``meta.found`` a billion, so the count is never reached;
* ``eosda.page_cap`` (none): the server sends at most this many scenes per page
  whatever ``limit`` asks for, and counts its pages by that size, as a live
  server with a smaller page size than the client asked for does;
* ``eosda.max_side_px`` (10000): renders with a longer side are refused (400);
* ``eosda.world_zip`` (off): world-file zips sent spoiled: ``bad_crc``,
  ``lying_size``, ``encrypted`` or ``unknown_method`` (see ``hostile.py``);
* ``eosda.broken_thumbnails`` (none): view ids whose preview is no picture.

Each scene's ``thumbnail`` is an absolute link as in the recorded answer
(CONTRACTS.md §2.2), but to this sandbox's ``/eosda/thumbnails/<view_id>.png``,
which wants the key like every other path (the live link is on a public bucket).
"""

import math
import threading
import uuid
from datetime import date

from shapely.geometry import shape

from ..accounts import secret
from .scenes import DATASETS, find_scene, scenes
from ..server import HttpError, Response, json_response

PREFIX = "/eosda"
RELATIONS = ("INTERSECTS", "CONTAINS", "WITHIN", "DISJOINT")
RESAMPLE = ("near", "bilinear", "cubic", "cubicspline", "lanczos", "average", "mode", "max", "min", "med",
            "q1", "q3")
REQUIRED = ("view_id", "bm_type", "geometry", "px_size", "reference")


def fail(status, message):
    raise HttpError(json_response({"error": message}, status=status))


def require_key(request):
    key = request.headers.get("x-api-key") or request.arg("api_key")
    if key != secret("eosda"):
        fail(401, "Invalid or missing API key")


# -- search ------------------------------------------------------------------------------------
def _date(value, name):
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        fail(400, f"search.date.{name} must be a date (YYYY-MM-DD)")


def _matches(value, condition):
    """The filter grammar: range {from, to}, set [values] or an exact value."""
    if isinstance(condition, dict):
        if value is None:
            return False
        low, high = condition.get("from"), condition.get("to")
        return (low is None or value >= low) and (high is None or value <= high)
    if isinstance(condition, list):
        return value in condition
    return value == condition


def _relation_holds(relation, footprint, area):
    if relation == "CONTAINS":
        return footprint.contains(area)
    if relation == "WITHIN":
        return footprint.within(area)
    if relation == "DISJOINT":
        return footprint.disjoint(area)
    return footprint.intersects(area)


def run_search(dataset, body, options=None, link_base=""):
    query = body.get("search")
    if not isinstance(query, dict) or not isinstance(query.get("date"), dict):
        fail(400, "search.date is required: {\"from\": ..., \"to\": ...}")
    start, end = _date(query["date"].get("from"), "from"), _date(query["date"].get("to"), "to")
    if start > end:
        fail(400, "search.date.from is after search.date.to")
    found = scenes(dataset, start, end)
    if "shape" in query:
        try:
            area = shape(query["shape"])
        except (KeyError, TypeError, ValueError, AttributeError):
            fail(400, "search.shape must be a GeoJSON geometry")
        relation = query.get("shapeRelation", "INTERSECTS")
        if relation not in RELATIONS:
            fail(400, f"search.shapeRelation must be one of {', '.join(RELATIONS)}")
        found = [s for s in found if _relation_holds(relation, shape(s["dataGeometry"]), area)]
    for name, condition in query.items():
        if name in ("date", "shape", "shapeRelation"):
            continue
        if name in ("tms", "view_id"):
            fail(400, f"search cannot filter by {name}")
        found = [s for s in found if _matches(s.get(name), condition)]
    sort = body.get("sort", {"date": "desc"})
    if not isinstance(sort, dict) or len(sort) != 1 or list(sort.values())[0] not in ("asc", "desc"):
        fail(400, "sort must be {\"<field>\": \"asc\" | \"desc\"}")
    (key, order), = sort.items()
    present = sorted((s for s in found if s.get(key) is not None), key=lambda s: s[key], reverse=order == "desc")
    found = present + [s for s in found if s.get(key) is None]
    page, limit = body.get("page", 1), body.get("limit", 500)
    if not isinstance(page, int) or not isinstance(limit, int) or page < 1 or limit < 1:
        fail(400, "page and limit must be positive integers")
    if (options or {}).get("eosda.page_cap"):
        limit = min(limit, int(options["eosda.page_cap"]))
    endless = bool((options or {}).get("eosda.endless_found"))
    chosen = found[:limit] if endless else found[(page - 1) * limit: page * limit]
    chosen = [dict(s, thumbnail=f"{link_base}{PREFIX}/thumbnails/{s['view_id']}.png") for s in chosen]
    fields = body.get("fields")
    if fields:
        # view_id comes back whatever the fields (CONTRACTS.md §2.2)
        chosen = [{k: v for k, v in s.items() if k in fields or k == "view_id"} for s in chosen]
    found_count = 10 ** 9 if endless else len(found)
    return {"results": chosen, "meta": {"page": page, "found": found_count, "name": "satellite-meta-service",
                                        "limit": limit}}


# -- Download visual -----------------------------------------------------------------------------
def check_visual(params, options):
    """Refuse what the service would refuse when the task is created (400)."""
    from .render import COLORMAPS, BadRequest, output_grid, parse_bm_type, to_mercator

    if not isinstance(params, dict):
        fail(400, "params is required")
    for name in REQUIRED:
        if params.get(name) in (None, ""):
            fail(400, f"params.{name} is required")
    geometry = params["geometry"]
    if not isinstance(geometry, dict) or geometry.get("type") != "Polygon":
        fail(400, "params.geometry must be a GeoJSON Polygon")
    px_size = params["px_size"]
    if isinstance(px_size, bool) or not isinstance(px_size, (int, float)) or not math.isfinite(px_size) \
            or px_size <= 0:
        fail(400, "params.px_size must be a positive number of metres")
    for name, allowed in (("resample", RESAMPLE), ("format", ("jpeg", "tiff", "png")),
                          ("georeference", ("world", "kmz", "tiff")), ("size", ("S", "M", "L", "XL")),
                          ("calibrate", (0, 1))):
        if name in params and (isinstance(params[name], bool) or params[name] not in allowed):
            fail(400, f"params.{name} must be one of {', '.join(map(str, allowed))}")
    if "pansharpening" in params and not isinstance(params["pansharpening"], bool):
        fail(400, "params.pansharpening must be true or false")
    if "colormap" in params and params["colormap"] not in COLORMAPS:
        fail(400, f"Unknown colormap {params['colormap']!r}")
    if "levels" in params:
        try:
            low, high = (float(v) for v in str(params["levels"]).split(","))
        except ValueError:
            fail(400, "params.levels must be \"low,high\"")
        if low >= high:
            fail(400, "params.levels: low must be below high")
    limit = params.get("colors_limit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 2):
        fail(400, "params.colors_limit must be an integer of 2 or more")
    colors, thresholds = params.get("colors"), params.get("thresholds")
    if (colors is None) != (thresholds is None):
        fail(400, "params.colors and params.thresholds go together")
    if colors is not None:
        if not isinstance(colors, list) or not isinstance(thresholds, list) or len(colors) != len(thresholds) + 1 \
                or any(not isinstance(t, (int, float)) for t in thresholds) or thresholds != sorted(thresholds):
            fail(400, "range colorization needs n ascending thresholds and n + 1 colors")
    dataset = {"L8": "landsat8"}.get(str(params["view_id"]).split("/")[0], "sentinel2")
    try:
        parse_bm_type(str(params["bm_type"]), dataset)
        grid = output_grid(to_mercator(geometry), float(px_size))
    except BadRequest as exc:
        fail(400, str(exc))
    longest = int(options.get("eosda.max_side_px", 10000))
    if max(grid.width, grid.height) > longest:
        fail(400, f"The output would be {grid.width} x {grid.height} px; at most {longest} px a side")


class Tasks:
    """Download visual tasks of this sandbox run."""

    def __init__(self, options):
        self.options = options
        self.items = {}
        self.lock = threading.Lock()

    def create(self, params):
        task_id = uuid.uuid4().hex
        with self.lock:
            self.items[task_id] = {"params": params, "polls": 0, "result": None, "lock": threading.Lock()}
        return {"status": "created", "task_id": task_id, "req_id": params["reference"],
                "task_timeout": float(self.options.get("eosda.task_timeout", 172800))}

    def poll(self, task_id):
        with self.lock:
            task = self.items.get(task_id)
            if task is None:
                fail(404, f"Task {task_id} not found")
            task["polls"] += 1
            pending = task["polls"] <= int(self.options.get("eosda.pending_polls", 2))
        if pending:
            return json_response({"status": "created", "task_id": task_id})
        with task["lock"]:  # rendered once, by the first poll that finds it due
            if task["result"] is None:
                task["result"] = self._render(task["params"])
        result = task["result"]
        if isinstance(result, str):
            return json_response({"status": "failed", "task_id": task_id, "error": result})
        body = result.body
        if self.options.get("eosda.world_zip") and result.content_type == "application/zip":
            from .hostile import spoil_zip
            body = spoil_zip(body, self.options["eosda.world_zip"])
        return Response(body, content_type=result.content_type, ranges=True,
                        headers={"Content-Disposition": f'attachment; filename="{result.filename}"'})

    @staticmethod
    def _render(params):
        from .render import RenderFailure, render

        scene, track = find_scene(str(params["view_id"]))
        if scene is None:
            return f"Scene {params['view_id']} not found"
        try:
            return render(scene, track, params)
        except RenderFailure as exc:
            return str(exc)


def register(sandbox):
    tasks = sandbox.state.setdefault("eosda_tasks", Tasks(sandbox.options))

    @sandbox.route("POST", PREFIX + r"/api/lms/search/v2/(?P<dataset>[a-z0-9]+)")
    def search(request, dataset):
        require_key(request)
        if dataset not in DATASETS:
            fail(404, f"Unknown dataset {dataset}")
        body = request.json()
        if not isinstance(body, dict):
            fail(400, "The body must be a JSON object")
        return json_response(run_search(dataset, body, sandbox.options, request.base_url))

    @sandbox.route("GET", PREFIX + r"/thumbnails/(?P<view_id>[A-Za-z0-9/_.-]+)\.png")
    def thumbnail(request, view_id):
        require_key(request)
        scene, _track = find_scene(view_id)
        if scene is None:
            fail(404, f"Scene {view_id} not found")
        if view_id in (sandbox.options.get("eosda.broken_thumbnails") or ()):
            return Response(b"\x89PNG not a picture", content_type="image/png")
        from .thumbnails import preview_png
        return Response(preview_png(scene), content_type="image/png")

    @sandbox.route("POST", PREFIX + r"/api/gdw/api")
    def create_task(request):
        require_key(request)
        body = request.json()
        if not isinstance(body, dict) or body.get("type") != "jpeg":
            fail(400, "type must be \"jpeg\" for Download visual")
        check_visual(body.get("params"), sandbox.options)
        return json_response(tasks.create(body["params"]), status=202)

    @sandbox.route("GET", PREFIX + r"/api/gdw/api/(?P<task_id>[A-Za-z0-9_-]+)")
    def poll_task(request, task_id):
        require_key(request)
        return tasks.poll(task_id)
