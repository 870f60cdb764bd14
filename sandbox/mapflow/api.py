"""Mapflow REST emulator (``/mapflow/rest``); its result tiles are in sandbox/mapflow/tiles.py.

Paths, bodies and statuses follow the Mapflow API page, plus the live forms of
CONTRACTS.md §5/§5.1 (v2 paths, paged lists, the cost call). Request errors are
``{code, message, params}`` with a 4xx; a bad imagery source is accepted and the
processing then FAILS with the documented source-validator message, as on the
real service. Error codes the page does not document (NOT_FOUND, BAD_REQUEST,
TOO_LARGE_PROCESSING as the vendor client knows it, NOT_ENOUGH_CREDITS...) are
inferred. See sandbox/mapflow/state.py for the options.
"""

import json
import math
import time
import uuid

from shapely.geometry import MultiPolygon, Polygon, shape

from ..accounts import secret
from .catalog import (
    DATA_PROVIDERS,
    check_imagery,
    find_model,
    normalize_v1_params,
    normalize_v2_params,
    validate_source,
)
from .scenes import PROVIDERS
from .state import AoiRun, MapflowState, ProcessingRecord, area_m2
from .tiles import ID, add_tile_routes
from .world import buildings_in
from ..server import HttpError, Response, json_response

PREFIX = "/mapflow/rest"
SORT_FIELDS = {"CREATED": "created", "UPDATED": "updated", "NAME": "name"}


def fail(status, code, message, **params):
    raise HttpError(json_response({"code": code, "message": message, "params": params}, status=status))


def require_auth(request):
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    # Basic is the documented scheme; the 2026 reference's curl examples show Bearer
    if scheme not in ("Basic", "Bearer") or token != secret("mapflow"):
        fail(401, "unauthorized", "Full authentication is required")


def body_dict(request):
    body = request.json()
    if not isinstance(body, dict):
        fail(400, "BAD_REQUEST", "The request body must be a JSON object")
    return body


def page_of(items, body, max_size, endless=False):
    """One page of ``items``; ``endless`` (a fault) answers the first page every
    time with a total that is never reached."""
    limit, offset = body.get("limit", 20), body.get("offset", 0)
    if not isinstance(limit, int) or not 1 <= limit <= max_size:
        fail(400, "BAD_REQUEST", f"limit must be an integer from 1 to {max_size}", limit=limit)
    if not isinstance(offset, int) or offset < 0:
        fail(400, "BAD_REQUEST", "offset must be a non-negative integer", offset=offset)
    key = SORT_FIELDS.get(str(body.get("sortBy", "CREATED")).upper())
    order = str(body.get("sortOrder", "DESC")).upper()
    if key is None or order not in ("ASC", "DESC"):
        fail(400, "BAD_REQUEST", "sortBy must be CREATED, UPDATED or NAME and sortOrder ASC or DESC")
    ordered = sorted(items, key=lambda item: item[key], reverse=order == "DESC")
    results = ordered[:limit] if endless else ordered[offset:offset + limit]
    return {"results": results, "total": 10 ** 9 if endless else len(items), "count": len(results)}


def parse_aoi(geometry):
    """The polygons of a GeoJSON Polygon or MultiPolygon (400 otherwise)."""
    try:
        shaped = shape(geometry)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        fail(400, "BAD_REQUEST", "geometry must be a GeoJSON Polygon or MultiPolygon")
    if not isinstance(shaped, (Polygon, MultiPolygon)) or shaped.is_empty or not shaped.is_valid:
        fail(400, "BAD_REQUEST", "geometry must be a valid, non-empty GeoJSON Polygon or MultiPolygon")
    west, south, east, north = shaped.bounds
    if west < -180 or east > 180 or south < -90 or north > 90:
        fail(400, "BAD_REQUEST", "geometry coordinates must be longitude, latitude (EPSG:4326)")
    return list(shaped.geoms) if isinstance(shaped, MultiPolygon) else [shaped]


def found(records, record_id, what):
    """``records[record_id]``, or the service's 404 naming ``what``."""
    record = records.get(record_id)
    if record is None:
        fail(404, "NOT_FOUND", f"{what} {record_id} not found")
    return record


def route_maker(sandbox, lock):
    """``api(method, path, auth=True, hosts=("main",), locked=True)``: a decorator for a
    route under the REST prefix (or a full ``/mapflow/...`` path), authorised and,
    unless ``locked`` is False, run under ``lock``."""
    def api(method, path, auth=True, hosts=("main",), locked=True):
        def decorate(handler):
            @sandbox.route(method, path if path.startswith("/mapflow/") else PREFIX + path, hosts)
            def wrapped(request, **groups):
                if auth:
                    require_auth(request)
                if not locked:  # the handler takes the lock itself, e.g. after copying an upload
                    return handler(request, **groups)
                with lock:
                    return handler(request, **groups)
            return handler
        return decorate
    return api


def register(sandbox):
    state = MapflowState(sandbox.options)
    sandbox.state["mapflow"] = state
    api = route_maker(sandbox, state.lock)

    def project_or_404(project_id):
        return found(state.projects, project_id, "Project")

    def processing_or_404(processing_id):
        return found(state.processings, processing_id, "Processing")

    def processing_json(request, record):
        return state.processing_json(record, sandbox.url, sandbox.cdn_url)

    def listed(request, project_id):
        records = sorted((r for r in state.processings.values() if r.project_id == project_id),
                         key=lambda r: r.created)
        return [processing_json(request, r) for r in records]

    # -- account and projects ---------------------------------------------------------
    @api("GET", "/user/status")
    def user_status(request):
        return json_response(state.user_status())

    def documented_only(request):
        """A path the page documents but the live service (as its vendor client
        speaks it) has only in another form: missing under ``mapflow.live_shapes``."""
        if state.live:
            status = 405 if request.method == "PUT" or request.path.endswith("/projects") else 404
            fail(status, "NOT_FOUND" if status == 404 else "METHOD_NOT_ALLOWED",
                 f"{request.method} {request.path} is not served")

    @api("GET", "/projects")
    def projects(request):
        documented_only(request)
        items = sorted(state.projects.values(), key=lambda p: p["created"])
        return json_response([state.project_json(p) for p in items])

    @api("POST", "/projects/page")
    def projects_page(request):
        body = body_dict(request)
        page = page_of(list(state.projects.values()), body, state.option("max_page_size", 100, int))
        page["results"] = [state.project_json(p) for p in page["results"]]
        return json_response(page)

    @api("GET", "/projects/default")
    def default_project(request):
        return json_response(state.project_json(state.projects[state.default_project_id]))

    @api("GET", "/projects/" + ID.format("pid"))
    def get_project(request, pid):
        return json_response(state.project_json(project_or_404(pid)))

    def checked_name(body, required):
        name = body.get("name")
        if name is None and not required:
            return None
        if not isinstance(name, str) or not name.strip() or len(name) > 255:
            fail(400, "BAD_REQUEST", "name must be a non-empty string of at most 255 characters", name=name)
        return name.strip()

    @api("POST", "/projects")
    def create_project(request):
        body = body_dict(request)
        now = time.time()
        project = {"id": str(uuid.uuid4()), "name": checked_name(body, True),
                   "description": body.get("description"), "created": now, "updated": now}
        state.projects[project["id"]] = project
        return json_response(state.project_json(project))

    @api("PUT", "/projects/" + ID.format("pid"))
    def update_project(request, pid):
        project = project_or_404(pid)
        body = body_dict(request)
        name = checked_name(body, False)
        if name is not None:
            project["name"] = name
        if "description" in body:
            project["description"] = body["description"]
        project["updated"] = time.time()
        return json_response(state.project_json(project))

    @api("DELETE", "/projects/" + ID.format("pid"))
    def delete_project(request, pid):
        project_or_404(pid)
        if pid == state.default_project_id:
            fail(400, "BAD_REQUEST", "The default project cannot be deleted")
        del state.projects[pid]
        for record_id in [r.id for r in state.processings.values() if r.project_id == pid]:
            del state.processings[record_id]  # cascade, as the page says
        return Response(b"", status=204)

    # -- processings: lists ----------------------------------------------------------------
    @api("GET", "/processings")
    def default_processings(request):
        return json_response(listed(request, state.default_project_id))

    @api("GET", "/projects/" + ID.format("pid") + "/processings")
    def project_processings(request, pid):
        project_or_404(pid)
        return json_response(listed(request, pid))

    @api("POST", "/projects/" + ID.format("pid") + "/processings/v2/page")
    def project_processings_page(request, pid):
        project_or_404(pid)
        items = listed(request, pid)
        return json_response(page_of(items, body_dict(request), state.option("max_page_size", 100, int),
                                     endless=bool(sandbox.options.get("mapflow.endless_total"))))

    @api("GET", "/processings/" + ID.format("qid") + "(?P<v2>/v2)?")
    def get_processing(request, qid, v2=None):
        if not v2:
            documented_only(request)
        return json_response(processing_json(request, processing_or_404(qid)))

    # -- processings: create and cost --------------------------------------------------------
    def understand(body, v2):
        """(model, polygons, source, blocks, cost) of a create or cost body; 4xx when malformed."""
        model = find_model(body.get("wdName"), body.get("wdId"))
        if model is None:
            fail(400, "BAD_REQUEST", "Unknown workflow: send wdName or wdId of a model from /user/status",
                 wdName=body.get("wdName"), wdId=body.get("wdId"))
        polygons = parse_aoi(body.get("geometry"))
        if v2:
            source = normalize_v2_params(body.get("params"))
            if source is None:
                fail(400, "BAD_REQUEST", "params.sourceParams must hold one of userDefined, myImagery, "
                     "imagerySearch or dataProvider")
        else:
            source = normalize_v1_params(body.get("params"))
        provider = source.get("data_provider")
        if provider is not None:  # names are matched without case; the live service takes them in lower case
            known = {name.lower() for name in DATA_PROVIDERS + PROVIDERS}
            if str(provider).lower() not in known or (state.live and provider != str(provider).lower()):
                fail(400, "BAD_REQUEST", f"Unknown data provider {provider}", dataProvider=provider)
        blocks = body.get("blocks") or []
        known = {name for name, _, _ in model.blocks}
        if not isinstance(blocks, list) or not all(isinstance(b, dict) and b.get("name") in known for b in blocks):
            fail(400, "BAD_REQUEST", f"blocks must be [{{name, enabled}}] with names of {model.name}'s blocks",
                 allowed=sorted(known))
        disabled = {b["name"] for b in blocks if b.get("enabled") is False}  # blocks are on unless turned off
        price = model.price_per_km2(disabled, state.live)
        area_km2 = sum(area_m2(p) for p in polygons) / 1e6
        cost = max(1, math.ceil(area_km2 * price - 1e-9)) if price else 0
        return model, polygons, source, blocks, cost

    @api("POST", "/processing/cost/v2")
    def cost(request):
        body = body_dict(request)
        params = body.get("params")
        _, _, _, _, value = understand(body, v2=isinstance(params, dict) and "sourceParams" in params)
        return json_response(value)

    def create(request, v2):
        body = body_dict(request)
        model, polygons, source, blocks, price = understand(body, v2)
        project_id = body.get("projectId") or state.default_project_id
        project_or_404(project_id)
        status = state.user_status()
        if len(polygons) > status["maxAoisPerProcessing"]:
            fail(400, "TOO_MANY_AOIS", f"At most {status['maxAoisPerProcessing']} AOIs per processing",
                 count=len(polygons))
        areas = [area_m2(p) for p in polygons]
        if max(areas) > status["aoiAreaLimit"]:
            fail(400, "TOO_LARGE_PROCESSING", "The processing area is too large",
                 area=int(max(areas)), aoiAreaLimit=status["aoiAreaLimit"])
        if state.billing == "AREA" and sum(areas) > status["remainingArea"]:
            fail(400, "NOT_ENOUGH_AREA", "Not enough area left on the account", area=int(sum(areas)),
                 remainingArea=status["remainingArea"])
        if state.billing == "CREDITS" and price > status["remainingCredits"]:
            fail(400, "NOT_ENOUGH_CREDITS", "Not enough credits", cost=price,
                 remainingCredits=status["remainingCredits"])
        refusal, failure = check_imagery(state.data, source, model, MultiPolygon(polygons))
        if refusal is not None:
            fail(refusal[0], "NOT_FOUND" if refusal[0] == 404 else "BAD_REQUEST", refusal[1])
        failure = failure or validate_source(source, model, polygons[0].centroid.y)
        now = time.time()
        aois = []
        for polygon, area in zip(polygons, areas):
            aoi = AoiRun(str(uuid.uuid4()), polygon, area, now, failure)
            if failure is None and state.take_flaky():
                aoi.failure = {"code": "dataloader.TileNotLoaded",
                               "parameters": {"tile_location": "18/41667/90045", "status": "503", "level": "error"}}
                aoi.fail_at, aoi.persistent = 0.5, False
            aois.append(aoi)
        number = len(state.processings) + 1
        record = ProcessingRecord(
            str(uuid.uuid4()), str(body.get("name") or f"Processing {number}"), body.get("description"),
            project_id, model, body.get("params") or {}, blocks, body.get("meta") or {}, aois,
            price if state.billing == "CREDITS" else 0, now, now)
        state.processings[record.id] = record
        state.credits_used += record.cost
        state.area_used += sum(areas)
        return json_response(processing_json(request, record))

    @api("POST", "/processings")
    def create_v1(request):
        return create(request, v2=False)

    @api("POST", "/processings/v2")
    def create_v2(request):
        return create(request, v2=True)

    # -- processings: change, restart, delete, AOIs, result ------------------------------------
    @api("PUT", "/processings?/" + ID.format("qid") + "(?P<v2>/v2)?")
    def update_processing(request, qid, v2=None):
        # /processing/{id} is the page's rename path, /processings/{id} its link-to-project path
        if not v2:
            documented_only(request)
        record = processing_or_404(qid)
        body = body_dict(request)
        name = checked_name(body, False)
        if "projectId" in body:
            project_or_404(body["projectId"])
            record.project_id = body["projectId"]
        if name is not None:
            record.name = name
        if "description" in body:
            record.description = body["description"]
        record.updated = time.time()
        return json_response(processing_json(request, record))

    @api("POST", "/processings/" + ID.format("qid") + "/restart(?P<v2>/v2)?")
    def restart(request, qid, v2=None):
        if not v2:
            documented_only(request)
        record = processing_or_404(qid)
        if record.status(time.time(), state.duration)[0] != "FAILED":
            fail(400, "BAD_REQUEST", "Only a failed processing can be restarted")
        state.restart(record)
        return json_response(processing_json(request, record))

    @api("DELETE", "/processings/" + ID.format("qid"))
    def delete_processing(request, qid):
        processing_or_404(qid)
        del state.processings[qid]
        return Response(b"", status=204)

    @api("GET", "/processings/" + ID.format("qid") + "/aois")
    def aois(request, qid):
        return json_response(state.aois_json(processing_or_404(qid)))

    @api("GET", "/processings/" + ID.format("qid") + "/result")
    def result(request, qid):
        record = processing_or_404(qid)
        if record.status(time.time(), state.duration)[0] != "OK":
            fail(400, "PROCESSING_NOT_COMPLETED", "Results are available once the processing is OK")
        aoi_id = request.arg("aoiId")
        if aoi_id and aoi_id not in {a.id for a in record.aois}:
            fail(404, "NOT_FOUND", f"AOI {aoi_id} is not part of this processing")
        return Response(result_geojson(record, aoi_id), content_type="application/octet-stream", ranges=True)

    add_tile_routes(sandbox, state, api, fail)

    def result_geojson(record, aoi_id):
        classified = not any(b.get("name") == "Classification" and b.get("enabled") is False for b in record.blocks)
        features = []
        for aoi in record.aois:
            if aoi_id and aoi.id != aoi_id:
                continue
            for building in buildings_in(aoi.geometry):
                properties = {"id": building.id, "confidence": building.confidence,
                              "area": round(area_m2(building.footprint), 1), "aoi_id": aoi.id}
                if classified:
                    properties.update(class_id=building.class_id, class_name=building.class_name)
                features.append({"type": "Feature", "geometry": building.footprint.__geo_interface__,
                                 "properties": properties})
        return json.dumps({"type": "FeatureCollection", "features": features}).encode()
