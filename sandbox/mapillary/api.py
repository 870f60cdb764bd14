"""Mapillary API v4 emulator (``/mapillary``): image search, entities,
sequences, detections, and thumbnails on the CDN host.

Token checks and errors follow the Graph envelope as measured on the live
service (CONTRACTS.md §1.8): no token → 500 code 190; a wrong token → 401 in the
header, 400 in the query; an unknown id → 400 code 100 subcode 33. Only the
fields asked for come back (plus ``id``); a field an image does not have is left
out, not null.

Options (``sandbox.options``):

* ``mapillary.bbox_limit`` (0.01) and ``mapillary.bbox_rule`` (``area``: width ×
  height must be under the limit, ``side``: each side must be) — the two readings
  of the live rule (CONTRACTS.md §1.3);
* ``mapillary.thumb_ttl`` (3600): seconds a thumbnail URL stays valid;
* ``mapillary.looping_next`` (off): a fault: every creator page's ``paging.next``
  points at the page itself;
* ``mapillary.broken_detection`` (off): a fault: the first detection of every
  image has a geometry tile whose layer extent is 0;
* ``mapillary.copies`` (1): image searches see that many times the sequences
  on every street (``data.world``), so a search meets the 2000-image cap
  (tiles, entities and thumbnails keep the usual city).
"""

import base64
import hashlib
import hmac
import time
from datetime import datetime, timezone
from urllib.parse import urlencode

from ..accounts import secret
from .data import scene, world
from .images import jpeg
from ..mvt import POLYGON, encode_tile
from ..server import HttpError, Response, json_response

PREFIX = "/mapillary"
CDN_PREFIX = "/mapillary-cdn"
MAX_LIMIT = 2000
CDN_KEY = b"sandbox-cdn-signing-key"
THUMB_SIZES = {"thumb_256_url": 256, "thumb_1024_url": 1024, "thumb_2048_url": 2048, "thumb_original_url": None}
ENTITY_FIELDS = {"id", "altitude", "atomic_scale", "camera_parameters", "camera_type", "captured_at",
                 "compass_angle", "computed_altitude", "computed_compass_angle", "computed_geometry",
                 "computed_rotation", "creator", "exif_orientation", "geometry", "height", "width", "is_pano",
                 "make", "model", "merge_cc", "mesh", "sfm_cluster", "sequence", "detections", *THUMB_SIZES}
DETECTION_FIELDS = {"id", "value", "geometry", "created_at", "image"}


def graph_error(status, code, message, error_type="MLYApiException", **extra):
    body = {"error": {"message": message, "type": error_type, "code": code, "fbtrace_id": "SandboxTrace", **extra}}
    return HttpError(json_response(body, status=status))


def invalid(message):
    return graph_error(400, 100, message)


def not_found(object_id):
    return graph_error(400, 100, f"Unsupported get request. Object with ID '{object_id}' does not exist, cannot be "
                       "loaded due to missing permissions, or does not support this operation", error_subcode=33)


def require_token(request):
    header = request.headers.get("Authorization", "")
    if header.startswith("OAuth "):
        if header[len("OAuth "):] != secret("mapillary"):
            raise graph_error(401, 190, "Error validating application", "OAuthException")
        return
    token = request.arg("access_token")
    if not token:
        raise graph_error(500, 190, "Invalid OAuth 2.0 Access Token")
    if token != secret("mapillary"):
        raise graph_error(400, 190, "Error validating application", "OAuthException")


def requested_fields(request, allowed):
    names = [f.split(".")[0] for f in (request.arg("fields") or "").split(",") if f]  # detections.value
    unknown = [f for f in names if f not in allowed]
    if unknown:
        raise invalid(f"Tried accessing nonexisting field ({unknown[0]}) on node type (Image)")
    return set(names) | {"id"}


# -- image fields ---------------------------------------------------------------------
def _point(lon, lat):
    return {"type": "Point", "coordinates": [round(lon, 10), round(lat, 10)]}


def thumb_url(request, image, size):
    expires = int(time.time() + float(request.sandbox.options.get("mapillary.thumb_ttl", 3600)))
    name = base64.urlsafe_b64encode(f"{image.id}:{size or 'original'}".encode()).decode().rstrip("=")
    oe = f"{expires:X}"
    oh = hmac.new(CDN_KEY, f"{name}:{oe}".encode(), hashlib.sha256).hexdigest()[:32]
    return f"{request.sandbox.cdn_url}{CDN_PREFIX}/m1/v/t6/An{name}.jpg?ccb=10-5&oh={oh}&oe={oe}&_nc_sid=201bca"


def dense_world(request):
    """The city searches see: denser with the ``mapillary.copies`` option."""
    return world(int(request.sandbox.options.get("mapillary.copies", 1)))


def image_json(request, image, fields):
    values = {
        "id": image.id, "captured_at": image.captured_at, "compass_angle": round(image.compass_angle, 6),
        "computed_compass_angle": round(image.computed_compass_angle, 6),
        "geometry": _point(image.lon, image.lat), "computed_geometry": _point(image.computed_lon, image.computed_lat),
        "camera_type": image.camera_type, "is_pano": image.is_pano, "sequence": image.sequence,
        "creator": {"username": image.creator[0], "id": image.creator[1]}, "width": image.width,
        "height": image.height, "make": image.make, "model": image.model, "altitude": image.altitude,
        "computed_altitude": None if image.altitude is None else round(image.altitude - 1.7, 3),
        "exif_orientation": 1,
    }
    out = {name: values[name] for name in fields if values.get(name) is not None}
    for name, size in THUMB_SIZES.items():
        if name in fields:
            out[name] = thumb_url(request, image, size)
    return out


def detection_geometry(polygon):
    """Base64 of a one-layer vector tile (``mpy-or``, extent 4096) holding the
    outline in image pixels scaled to the extent, y down (CONTRACTS.md §1.4)."""
    ring = [(x * 4096, y * 4096) for x, y in polygon]
    tile = encode_tile({"mpy-or": [(POLYGON, [[ring]], {"type": "polygon"})]})
    return base64.b64encode(tile).decode()


def zero_extent_geometry(polygon):
    """The outline in a layer whose extent says 0 (``mapillary.broken_detection``):
    a reader that scales by the extent divides by zero."""
    ring = [(x * 4096, y * 4096) for x, y in polygon]
    return base64.b64encode(encode_tile({"mpy-or": [(POLYGON, [[ring]], {"type": "polygon"})]}, extent=0)).decode()


def detections_json(image, fields, broken=False):
    out = []
    for index, obj in enumerate(scene(image)):
        geometry = (zero_extent_geometry if broken and index == 0 else detection_geometry)(obj.polygon)
        item = {"id": f"{image.id}{index:04d}",
                "value": obj.value, "geometry": geometry,
                "created_at": datetime.fromtimestamp(image.captured_at / 1000 + 86400 * 3, timezone.utc)
                .strftime("%Y-%m-%dT%H:%M:%S+0000"),
                "image": {"id": image.id, "geometry": _point(image.lon, image.lat)}}
        out.append({k: v for k, v in item.items() if k in fields})
    return out


# -- search ---------------------------------------------------------------------------
def parse_bbox(request):
    text = request.arg("bbox")
    try:
        min_x, min_y, max_x, max_y = (float(v) for v in text.split(","))
    except ValueError:
        raise invalid("Invalid bbox: expected minLon,minLat,maxLon,maxLat") from None
    if not (-180 <= min_x < max_x <= 180 and -90 <= min_y < max_y <= 90):
        raise invalid("Invalid bbox: expected minLon,minLat,maxLon,maxLat")
    options = request.sandbox.options
    limit = float(options.get("mapillary.bbox_limit", 0.01))
    if options.get("mapillary.bbox_rule", "area") == "side":
        if max_x - min_x >= limit or max_y - min_y >= limit:
            raise invalid(f"Bbox sides must be smaller than {limit:g} degrees")
    elif (max_x - min_x) * (max_y - min_y) >= limit:
        raise invalid(f"Bbox area must be less than {limit:g} square degrees")
    return min_x, min_y, max_x, max_y


def parse_time_arg(request, name):
    text = request.arg(name)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise invalid(f"Invalid {name}: expected ISO 8601 such as 2022-08-16T16:42:46Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() * 1000)


def search(request):
    has_bbox = request.arg("bbox") is not None
    creator = request.arg("creator_username")
    image_ids = [i for i in (request.arg("image_ids") or "").split(",") if i]
    sequence_ids = [i for i in (request.arg("sequence_ids") or "").split(",") if i]
    if not (has_bbox or creator or image_ids or sequence_ids):
        raise invalid("A bbox, creator_username, image_ids or sequence_ids filter is required")
    bbox = parse_bbox(request) if has_bbox else None
    try:
        limit = int(request.arg("limit", MAX_LIMIT))
    except ValueError:
        raise invalid("limit must be an integer") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise invalid(f"limit must be between 1 and {MAX_LIMIT}")
    start, end = parse_time_arg(request, "start_captured_at"), parse_time_arg(request, "end_captured_at")
    is_pano = request.arg("is_pano")
    if is_pano not in (None, "true", "false"):
        raise invalid("is_pano must be true or false")
    make, model = request.arg("make"), request.arg("model")
    if (make or model) and not has_bbox:
        raise invalid("make and model can only be used when bbox parameter is used")
    fields = requested_fields(request, ENTITY_FIELDS - {"detections"})

    def keep(image):
        return ((bbox is None or (bbox[0] <= image.lon <= bbox[2] and bbox[1] <= image.lat <= bbox[3]))
                and (not creator or image.creator[0] == creator)
                and (not image_ids or image.id in image_ids)
                and (not sequence_ids or image.sequence in sequence_ids)
                and (start is None or image.captured_at >= start) and (end is None or image.captured_at <= end)
                and (is_pano is None or image.is_pano == (is_pano == "true"))
                and (not make or (image.make or "").lower() == make.lower())
                and (not model or (image.model or "").lower() == model.lower()))

    matches = [image for image in dense_world(request).images if keep(image)]
    if not creator:  # a plain bbox query is one capped sample with no next page (CONTRACTS.md §1.3)
        return json_response({"data": [image_json(request, i, fields) for i in matches[:limit]]})
    matches.sort(key=lambda i: (-i.captured_at, i.id))  # creator results: newest first
    offset = int(request.arg("after") or 0)
    page = matches[offset:offset + limit]
    body = {"data": [image_json(request, i, fields) for i in page]}
    looping = bool(request.sandbox.options.get("mapillary.looping_next"))
    if offset + limit < len(matches) or looping:
        query = {k: v[0] for k, v in request.query.items() if k not in ("after", "access_token")}
        query["after"] = str(offset if looping else offset + limit)
        body["paging"] = {"cursors": {"before": str(offset), "after": str(offset + limit)},
                          "next": f"{request.sandbox.url}{PREFIX}/images?{urlencode(query)}"}
    return json_response(body)


# -- CDN ------------------------------------------------------------------------------
def thumbnail(request, name):
    if request.headers.get("Authorization") or request.arg("access_token") or request.arg("client_id"):
        # the real CDN would ignore it; here a credential arriving is a leak worth failing loudly
        return json_response({"error": "credentials must not be sent to the CDN"}, status=400)
    oe, oh = request.arg("oe", ""), request.arg("oh", "")
    expected = hmac.new(CDN_KEY, f"{name}:{oe}".encode(), hashlib.sha256).hexdigest()[:32]
    if not hmac.compare_digest(oh, expected):
        return Response(b"URL signature mismatch", status=403, content_type="text/plain")
    if int(oe, 16) < time.time():
        return Response(b"URL signature expired", status=403, content_type="text/plain")
    padded = name + "=" * (-len(name) % 4)
    image_id, size = base64.urlsafe_b64decode(padded).decode().split(":")
    image = world().by_id[image_id]
    width = image.width if size == "original" else int(size)
    height = round(width * image.height / image.width)
    return Response(jpeg(image.id, width, height), content_type="image/jpeg", ranges=True,
                    headers={"Cache-Control": "max-age=1209600"})


def register(sandbox):
    @sandbox.route("GET", PREFIX + "/images")
    def images(request):
        require_token(request)
        return search(request)

    @sandbox.route("GET", PREFIX + r"/image_ids")
    def image_ids(request):
        require_token(request)
        sequence_id = request.arg("sequence_id")
        if not sequence_id:
            raise invalid("sequence_id is required")
        sequence = world().by_sequence.get(sequence_id)
        if sequence is None:
            raise not_found(sequence_id)
        return json_response({"data": [{"id": i.id} for i in sequence.images]})

    @sandbox.route("GET", PREFIX + r"/(?P<image_id>\d+)")
    def entity(request, image_id):
        require_token(request)
        image = world().by_id.get(image_id)
        if image is None:
            raise not_found(image_id)
        fields = requested_fields(request, ENTITY_FIELDS)
        body = image_json(request, image, fields)
        if "detections" in fields:
            body["detections"] = {"data": detections_json(image, {"id", "value"})}
        return json_response(body)

    @sandbox.route("GET", PREFIX + r"/(?P<image_id>\d+)/detections")
    def detections(request, image_id):
        require_token(request)
        image = world().by_id.get(image_id)
        if image is None:
            raise not_found(image_id)
        broken = bool(sandbox.options.get("mapillary.broken_detection"))
        return json_response({"data": detections_json(image, requested_fields(request, DETECTION_FIELDS), broken)})

    @sandbox.route("GET", CDN_PREFIX + r"/m1/v/t6/An(?P<name>[A-Za-z0-9_-]+)\.jpg", hosts=("cdn",))
    def cdn(request, name):
        return thumbnail(request, name)
