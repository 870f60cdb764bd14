"""Mapillary API v2 image endpoints (``/mapillary-v2``), as
``api-docs/mapillary-v2-images.md`` documents them: image info, GeoJSON, blurs
(get, request), comments (get, post), complaints and object recognition.

``client_id`` is required on every request; writes also need the user token as
``Authorization: Bearer``. Errors are ``{"code", "message"}`` with the codes of
CONTRACTS.md §1.9. Comments, blur requests and complaints persist for the life
of the sandbox (``sandbox.state["mapillary_v2"]``). The key of an image is its
v4 id: how old keys map to v4 ids is not documented anywhere.
"""

import json
import random
import threading
import time
from urllib.parse import parse_qs

from ..accounts import DEMO_CREDENTIALS
from .data import license_plates, scene, world
from ..server import HttpError, json_response

PREFIX = "/mapillary-v2"
#: a registered client the demo user token was not issued to (for client_id_differ)
OTHER_CLIENT_ID = "T3RoZXJBcHBDbGllbnQ6OTk5"
BLUR_TYPES = {"face", "license", "user", "useredit"}
OK = {"code": "ok", "message": "request performed", "status": 200}
OR_TYPES = {"regulatory--stop--g1": "regulatory_stop",
            "regulatory--maximum-speed-limit-30--g1": "regulatory_maximum_speed_limit_30"}


def v2_error(status, code, message):
    return HttpError(json_response({"code": code, "message": message}, status=status))


def check_client(request, write=False):
    """The v2 credential rules: a known client_id always; for writes a user token
    issued to that client."""
    account = DEMO_CREDENTIALS["mapillary"]
    client_id = request.arg("client_id")
    if not client_id:
        raise v2_error(401, "client_id_missing", "client_id is missing")
    if client_id not in (account["client_id"], OTHER_CLIENT_ID):
        raise v2_error(401, "client_id_invalid", "client_id is invalid")
    header = request.headers.get("Authorization", "")
    token = header[len("Bearer "):] if header.startswith("Bearer ") else None
    if token is not None and token != account["user_token"]:
        raise v2_error(401, "user_not_authenticated", "user token is not valid")
    if token is not None and client_id != account["client_id"]:
        raise v2_error(401, "client_id_differ", "the user token was issued to another client_id")
    if write and token is None:
        raise v2_error(401, "user_not_authenticated", "this request needs a user token (public:write)")


def find_image(key):
    image = world().by_id.get(key)
    if image is None:
        raise v2_error(404, "not_found", f"image {key} not found")
    return image


def body_field(request, name):
    """A field of a JSON or form-encoded body."""
    raw = request.body
    content_type = request.headers.get("Content-Type", "")
    try:
        data = (json.loads(raw or b"{}") if "json" in content_type or raw[:1] in (b"{", b"[")
                else {k: v[0] for k, v in parse_qs(raw.decode()).items()})
    except (ValueError, UnicodeDecodeError):
        raise v2_error(400, "parameter_invalid", "the request body is not valid JSON or form data") from None
    if not isinstance(data, dict) or data.get(name) in (None, ""):
        raise v2_error(400, "parameter_missing", f"{name} is missing")
    return data[name]


def check_rect(rect):
    """A rect, flat [x1, y1, x2, y2] or nested [[x, y], [x, y]], normalised."""
    try:
        if rect and isinstance(rect[0], list):
            rect = [rect[0][0], rect[0][1], rect[1][0], rect[1][1]]
        values = [float(v) for v in rect]
    except (TypeError, ValueError, IndexError):
        raise v2_error(400, "parameter_invalid", "rect must be [x1, y1, x2, y2]") from None
    if len(values) != 4 or not all(0.0 <= v <= 1.0 for v in values) or values[0] >= values[2] \
            or values[1] >= values[3]:
        raise v2_error(400, "parameter_invalid", "rect must be [x1, y1, x2, y2] within 0…1")
    return values


class V2State:
    """Comments, blurs and complaints, seeded from the generated world."""

    def __init__(self):
        self.lock = threading.Lock()
        self.comments, self.blurs, self.complaints = {}, {}, {}

    def image_comments(self, image):
        if image.id not in self.comments:
            rng = random.Random(image.seed ^ 0xC0)
            seeded = []
            if rng.random() < 0.3:
                texts = ("Great coverage of this block.", "The sign here was replaced in 2023.",
                         "Construction on the left side since spring.", "Nice, clear morning light.")
                for k in range(rng.randint(1, 2)):
                    user = rng.choice(("westend_rider", "citywalker", "bc_streetview"))
                    seeded.append({"comment": rng.choice(texts), "created_at": image.captured_at + 86400000 * (k + 2),
                                   "key": f"cm{image.id[-8:]}{k}",
                                   "user": {"username": user, "avatar": f"{user}/profile.png"}})
            self.comments[image.id] = seeded
        return self.comments[image.id]

    def image_blurs(self, image):
        if image.id not in self.blurs:
            self.blurs[image.id] = {"bs": [{"type": "license", "rect": [round(v, 6) for v in rect]}
                                           for rect in license_plates(image)],
                                    "pbs": [], "requesting_user": None}
        return self.blurs[image.id]


def recognitions(image):
    rects = []
    for obj in scene(image):
        if obj.value in OR_TYPES:
            xs, ys = [p[0] for p in obj.polygon], [p[1] for p in obj.polygon]
            score = 0.8 + random.Random(image.seed ^ int(min(xs) * 1e6)).random() * 0.19
            rects.append({"score": f"{score:.12f}", "package": "trafficsign_na_1.0", "type": OR_TYPES[obj.value],
                          "rect": [min(xs), min(ys), max(xs), max(ys)]})
    return {"ca": image.compass_angle, "captured_at": image.captured_at, "key": image.id, "lon": image.lon,
            "lat": image.lat, "user": image.creator[0], "or_rects": rects, "or_rectversions": [],
            "or_done": True, "or_packages": ["trafficsign_na_1.0"]}


def register(sandbox):
    state = sandbox.state.setdefault("mapillary_v2", V2State())
    key_pattern = PREFIX + r"/im/(?P<key>[^/]+)"

    @sandbox.route("GET", key_pattern)
    def image_info(request, key):
        check_client(request)
        image = find_image(key)
        return json_response({"ca": image.compass_angle, "captured_at": image.captured_at, "key": image.id,
                              "lon": image.lon, "lat": image.lat, "location": f"{image.street}, Vancouver",
                              "user": image.creator[0]})

    @sandbox.route("GET", key_pattern + "/geojson")
    def geojson(request, key):
        check_client(request)
        image = find_image(key)
        return json_response({"type": "FeatureCollection", "features": [{
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [image.lon, image.lat]},
            "properties": {"key": image.id, "ca": image.compass_angle}}]})

    @sandbox.route("GET", key_pattern + "/b")
    def get_blurs(request, key):
        check_client(request)
        image = find_image(key)
        with state.lock:
            blurs = state.image_blurs(image)
            body = {"bs": list(blurs["bs"]), "pbs": list(blurs["pbs"]), "user": None}
            if blurs["pbs"]:
                body["requesting_user"] = blurs["requesting_user"]
        return json_response(body)

    @sandbox.route("POST", key_pattern + "/b")
    def post_blurs(request, key):
        check_client(request, write=True)
        image = find_image(key)
        wanted = body_field(request, "bs")
        if not isinstance(wanted, list) or not wanted:
            raise v2_error(400, "parameter_invalid", "bs must be a list of blurs")
        checked = []
        for blur in wanted:
            if not isinstance(blur, dict) or blur.get("type") not in BLUR_TYPES:
                raise v2_error(400, "parameter_invalid", f"blur type must be one of {', '.join(sorted(BLUR_TYPES))}")
            checked.append({"type": blur["type"], "rect": check_rect(blur.get("rect"))})
        with state.lock:
            blurs = state.image_blurs(image)
            if blurs["pbs"]:
                raise v2_error(400, "parameter_invalid", "a blur request for this image is waiting for review")
            existing = {json.dumps(b, sort_keys=True) for b in blurs["bs"]}
            blurs["pbs"] = [b for b in checked if json.dumps(b, sort_keys=True) not in existing]
            blurs["requesting_user"] = "sandbox_user"
        return json_response(OK)

    @sandbox.route("GET", key_pattern + "/cm")
    def get_comments(request, key):
        check_client(request)
        image = find_image(key)
        with state.lock:
            return json_response({"cms": list(state.image_comments(image))})

    @sandbox.route("POST", key_pattern + "/cm")
    def post_comment(request, key):
        check_client(request, write=True)
        image = find_image(key)
        text = body_field(request, "cm")
        if not isinstance(text, str) or len(text) > 2000:
            raise v2_error(400, "parameter_invalid", "cm must be a text of at most 2000 characters")
        with state.lock:
            comments = state.image_comments(image)
            comments.append({"comment": text, "created_at": int(time.time() * 1000),
                             "key": f"cm{image.id[-8:]}n{len(comments)}",
                             "user": {"username": "sandbox_user", "avatar": "sandbox_user/profile.png"}})
        return json_response(OK)

    @sandbox.route("POST", key_pattern + "/complain")
    def complain(request, key):
        check_client(request, write=True)
        image = find_image(key)
        text = body_field(request, "cm")
        with state.lock:
            state.complaints.setdefault(image.id, []).append(str(text))
        return json_response(OK)

    @sandbox.route("GET", key_pattern + "/or")
    def object_recognition(request, key):
        check_client(request)
        return json_response(recognitions(find_image(key)))
