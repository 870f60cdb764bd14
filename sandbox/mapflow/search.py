"""Mapflow imagery catalog emulator: ``POST /catalog/meta`` and the preview server.

The page's URL is ``https://api.mapflow.ai/catalog/meta`` (outside ``/rest``);
CONTRACTS.md §5.1 has the vendor client calling it under ``/rest``: both are
served. The body's filters are the page's (units from its note: metres, percent,
degrees) plus the live ones (``hideUnavailable``, ``productTypes``,
``dataProviders``, ``limit``, ``offset``, ``sortBy``, ``sortOrder``); the answer is
``{images, total, limit, offset}``. Errors are the catalog's own: a malformed
field is a 422 ``{"detail": [{loc, msg, type}]}`` (a FastAPI service), a search
area over the account's AOI limit (the page's warning) a 400 ``{"detail": {...}}``.

Previews are served by a WMS-like GetMap on the foreign host, as the page's
example ``previewUrl`` points at a third-party geoserver; no credential is needed
there, and none should arrive.
"""

from datetime import date, datetime, timezone
from urllib.parse import urlencode

from shapely.geometry import MultiPolygon, Polygon, shape

from .api import fail, route_maker
from .catalog import ACCOUNT_LIMITS
from .scenes import EPOCH, preview_box, render_preview, scene_by_id, scenes_between
from .state import area_m2
from ..server import HttpError, Response, json_response

NUMBERS = ("minResolution", "maxResolution", "maxCloudCover", "minOffNadirAngle", "maxOffNadirAngle",
           "minAoiIntersectionPercent")
SORT_KEYS = {"acquisitionDate": lambda s: s.acquired, "cloudCover": lambda s: s.cloud_cover,
             "pixelResolution": lambda s: s.resolution, "offNadirAngle": lambda s: abs(s.off_nadir)}
MAX_LIMIT = 500


def invalid(field, message, kind="value_error"):
    raise HttpError(json_response({"detail": [{"loc": ["body", field], "msg": message, "type": kind}]},
                                  status=422))


def refuse(code, message, **extra):
    raise HttpError(json_response({"detail": {"code": code, "message": message, **extra}}, status=400))


def _number(body, name):
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        invalid(name, "value is not a valid float", "type_error.float")
    return float(value)


def _day(body, name, default):
    value = body.get(name)
    if value is None:
        return default
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        invalid(name, "invalid datetime format", "value_error.datetime")
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _aoi(body):
    try:
        aoi = shape(body["aoi"])
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        invalid("aoi", "field required: a GeoJSON Polygon or MultiPolygon")
    if not isinstance(aoi, (Polygon, MultiPolygon)) or aoi.is_empty or not aoi.is_valid:
        invalid("aoi", "must be a valid, non-empty GeoJSON Polygon or MultiPolygon")
    return aoi


def query(body):
    """The scenes matching a ``/catalog/meta`` body, sorted; 4xx for a bad body."""
    if not isinstance(body, dict):
        invalid("body", "a JSON object is required", "type_error.dict")
    aoi = _aoi(body)
    if area_m2(aoi) > ACCOUNT_LIMITS["aoiAreaLimit"]:
        refuse("AOI_TOO_LARGE", "The size of the search area cannot exceed the size of processing AOI limit",
               aoiAreaLimit=ACCOUNT_LIMITS["aoiAreaLimit"], area=int(area_m2(aoi)))
    numbers = {name: _number(body, name) for name in NUMBERS}
    now = datetime.now(timezone.utc)
    begin = _day(body, "acquisitionDateFrom", datetime(EPOCH.year, 1, 1, tzinfo=timezone.utc))
    end = _day(body, "acquisitionDateTo", now)
    providers, types = body.get("dataProviders"), body.get("productTypes")
    for name, value in (("dataProviders", providers), ("productTypes", types)):
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            invalid(name, "value is not a valid list of strings", "type_error.list")
    if not isinstance(body.get("hideUnavailable", False), bool):
        invalid("hideUnavailable", "value could not be parsed to a boolean", "type_error.bool")
    sort_by, order = body.get("sortBy", "acquisitionDate"), str(body.get("sortOrder", "DESC")).upper()
    if sort_by not in SORT_KEYS or order not in ("ASC", "DESC"):
        invalid("sortBy", f"sortBy must be one of {', '.join(SORT_KEYS)} and sortOrder ASC or DESC")
    found = []
    for scene in scenes_between(begin.date(), min(end.date(), date.today())):
        if not (begin <= scene.acquired <= end) or not scene.footprint.intersects(aoi):
            continue
        cover = 100 * scene.footprint.intersection(aoi).area / aoi.area
        if _within(scene, cover, numbers) and (providers is None or scene.sensor.provider in providers) \
                and (types is None or "image" in {t.lower() for t in types}):
            found.append(scene)
    found.sort(key=SORT_KEYS[sort_by], reverse=order == "DESC")
    return found


def _within(scene, cover, numbers):
    """True when the scene passes every numeric filter that was sent."""
    bounds = (("minResolution", scene.resolution, 1), ("maxResolution", scene.resolution, -1),
              ("maxCloudCover", scene.cloud_cover, -1), ("minOffNadirAngle", abs(scene.off_nadir), 1),
              ("maxOffNadirAngle", abs(scene.off_nadir), -1), ("minAoiIntersectionPercent", cover, 1))
    return all(numbers[name] is None or (value - numbers[name]) * sign >= 0 for name, value, sign in bounds)


def register(sandbox):
    state = sandbox.state["mapflow"]
    api = route_maker(sandbox, state.lock)

    def preview_url(scene):
        bbox, width, height = preview_box(scene)
        kind = "image/png" if scene.sensor.preview_type == "png" else "image/jpeg"
        params = {"SERVICE": "WMS", "VERSION": "1.1.0", "REQUEST": "GetMap", "FORMAT": kind, "TRANSPARENT": "true",
                  "LAYERS": f"rs_data:{scene.id}", "STYLES": "", "WIDTH": width, "HEIGHT": height,
                  "SRS": "EPSG:3857", "BBOX": ",".join(f"{v:.4f}" for v in bbox)}
        return f"{sandbox.cdn_url}/geoserver/rs_data/wms?{urlencode(params)}"

    def search(request):
        body = request.json()
        scenes = query(body)
        limit, offset = body.get("limit", 50), body.get("offset", 0)
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
            invalid("limit", f"ensure this value is an integer from 1 to {MAX_LIMIT}")
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            invalid("offset", "ensure this value is a non-negative integer")
        page = [s.to_json(preview_url(s)) for s in scenes[offset:offset + limit]]
        return json_response({"images": page, "total": len(scenes), "limit": limit, "offset": offset})

    def documented_search(request):
        if state.live:  # the live service answers under /rest only (the vendor client's URL)
            fail(404, "NOT_FOUND", f"POST {request.path} is not served")
        return search(request)

    api("POST", "/mapflow/catalog/meta")(documented_search)  # the page's URL, outside /rest
    api("POST", "/catalog/meta")(search)  # under /rest, as CONTRACTS.md §5.1 has it

    @sandbox.route("GET", r"/geoserver/rs_data/wms", ("cdn",))
    def get_map(request):
        params = {k.upper(): v[0] for k, v in request.query.items()}
        layer = params.get("LAYERS", "")
        scene = scene_by_id(layer.split(":", 1)[-1]) if layer.startswith("rs_data:") else None
        if params.get("REQUEST") != "GetMap" or scene is None:
            return _service_exception("LayerNotDefined", f"Could not find layer {layer}")
        try:
            width, height = int(params.get("WIDTH", "")), int(params.get("HEIGHT", ""))
            bbox = tuple(float(v) for v in params.get("BBOX", "").split(","))
        except ValueError:
            return _service_exception("InvalidParameterValue", "WIDTH, HEIGHT and BBOX must be numbers")
        if len(bbox) != 4 or not (0 < width <= 2048 and 0 < height <= 2048) or params.get("SRS") != "EPSG:3857":
            return _service_exception("InvalidParameterValue", "BBOX needs 4 numbers, sizes up to 2048, SRS EPSG:3857")
        kind = "png" if params.get("FORMAT", "image/png") == "image/png" else "jpeg"
        return Response(render_preview(scene, bbox, width, height, kind), content_type=f"image/{kind}")


def _service_exception(code, message):
    body = (f'<?xml version="1.0" encoding="UTF-8"?><ServiceExceptionReport version="1.1.1">'
            f'<ServiceException code="{code}">{message}</ServiceException></ServiceExceptionReport>')
    return Response(body.encode(), status=400, content_type="application/vnd.ogc.se_xml")
