"""Seequent Imago emulator (``/imago/integrate/2``), after the vendor page and
CONTRACTS.md §4: sessions, context, collections, imagery, image download and upload.

* ``POST /session`` (and the historical ``PUT``, JSON or form body) →
  ``{uid, apiToken}``; tokens last ``imago.token_ttl`` seconds (24 h). Requests
  carry ``Authorization: Bearer`` or the historical ``imago-api-token`` header.
* ``GET /image``: collection, imageryType, imageType + name | startDepth[,endDepth]
  | imageryId, workspace/dataset (also as workspaceName/datasetName) for an
  ambiguous collection, width/height scaling with real resizing. Query names are
  matched case-insensitively, as the old client sent them in lower case.
* ``POST /image``: multipart with any single file part, or a raw ``image/*``
  body; the pixel limits are read from the header; 422 for what is refused.
  Uploading creates the imagery when none matches its name, depth or x/y/z.

Errors are ``{"message": ...}`` (the 422 body shape is [INF]). Options:
``imago.token_ttl``, ``imago.accept_tiff`` (the page's mimeType list has no TIFF),
``imago.content_type`` / ``imago.disposition_name`` (override download headers),
``imago.full_pages`` (a fault: every collection page comes back full, with the same ones).
"""

import time
import uuid
from itertools import cycle, islice
from datetime import datetime, timezone
from urllib.parse import parse_qs

from . import images
from ..accounts import DEMO_CREDENTIALS
from .data import build, make_id
from ..server import HttpError, Response, json_response

PREFIX = "/imago/integrate/2"
TOKEN_TTL = 24 * 3600
MAX_SCALE = 20_000


def state(sandbox):
    imago = sandbox.state.get("imago")
    if imago is None:
        account = DEMO_CREDENTIALS["imago"]
        imago = {"tokens": {account["token"]: {"user": account["username"], "expires": None}},
                 "uploads": {}, **build()}
        sandbox.state["imago"] = imago
    return imago


def expire_sessions(sandbox):
    """Make every signed-in session token expired (tests of renewal)."""
    for info in state(sandbox)["tokens"].values():
        if info["expires"] is not None:
            info["expires"] = 0


def fail(status, message):
    raise HttpError(json_response({"message": message}, status=status))


def require_token(request):
    header = request.headers.get("Authorization", "")
    token = header[len("Bearer "):] if header.startswith("Bearer ") else request.headers.get("imago-api-token")
    info = state(request.sandbox)["tokens"].get(token)
    if info is None:
        fail(401, "Unauthorized")
    if info["expires"] is not None and info["expires"] < time.time():
        fail(401, "Session expired")
    return token


class Query:
    """Query parameters by lower-cased name, with the names' aliases."""

    def __init__(self, request):
        self.values = {k.lower(): v[0] for k, v in request.query.items() if v}

    def text(self, *names):
        for name in names:
            value = self.values.get(name.lower(), "").strip()
            if value:
                return value
        return None

    def number(self, name, minimum=None, maximum=None, integer=False):
        value = self.text(name)
        if value is None:
            return None
        try:
            number = int(value) if integer else float(value)
        except ValueError:
            fail(422, f"Parameter {name} must be {'an integer' if integer else 'a number'}")
        if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
            fail(422, f"Parameter {name} is out of range")
        return number


def find_collection(imago, query):
    name = query.text("collection")
    if name is None:
        fail(422, "The request could not be completed using the supplied parameters: collection")
    workspace, dataset = query.text("workspace", "workspaceName"), query.text("dataset", "datasetName")
    found = [c for c in imago["collections"] if c["name"] == name
             and (workspace is None or c["workspaceName"] == workspace)
             and (dataset is None or c["datasetName"] == dataset)]
    if not found:
        fail(404, f"Collection {name} not found")
    if len(found) > 1:
        fail(422, f"Collection name {name} is not unique: give workspace and dataset")
    return found[0]


def find_imagery_type(imago, collection, name):
    for workspace in imago["workspaces"]:
        for dataset in workspace["datasets"]:
            if dataset["id"] == collection["datasetId"]:
                for kind in dataset["imageryTypes"]:
                    if kind["name"] == name:
                        return kind
    fail(404, f"Imagery type {name} not found in dataset {collection['datasetName']}")


def same(a, b, tolerance=0.005):
    return a is not None and b is not None and abs(a - b) < tolerance


def imagery_output(item, imago):
    result = {k: v for k, v in item.items() if k not in ("images", "collectionId")}
    result["images"] = []
    for image_type, image in item["images"].items():
        data, mime = image_bytes(item, image_type, imago)
        width, height = images.inspect(data)[1:3]
        result["images"].append({"id": image["id"], "imageTypeName": image_type, "mimeType": mime,
                                 "width": width, "height": height, "fileSize": len(data),
                                 "uploadedOn": image["uploadedOn"], "uploadedBy": image["uploadedBy"],
                                 "updatedAt": image["uploadedOn"]})
    return result


def image_bytes(item, image_type, imago):
    image = item["images"][image_type]
    if not image.get("generated"):
        return imago["uploads"][image["id"]]
    if item["imageryTypeName"] == "Core trays":
        return images.core_tray(item["id"], item["collectionName"], item["startDepth"], item["endDepth"],
                                image_type == "Wet"), "image/jpeg"
    return images.field_photo(item["id"], f"{item['collectionName']}  {item['name']}"), "image/jpeg"


def register(sandbox):
    account = DEMO_CREDENTIALS["imago"]

    def sign_in(request):
        if "json" in request.headers.get("Content-Type", ""):
            body = request.json() or {}
        else:  # the 2018 Python example PUTs form data
            body = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        if body.get("username") != account["username"] or body.get("password") != account["secret"]:
            return json_response({"message": "Invalid username or password"}, status=401)
        token = uuid.uuid4().hex
        ttl = float(sandbox.options.get("imago.token_ttl", TOKEN_TTL))
        state(sandbox)["tokens"][token] = {"user": body["username"], "expires": time.time() + ttl}
        return json_response({"uid": uuid.uuid5(uuid.NAMESPACE_DNS, body["username"]).hex, "apiToken": token})

    sandbox.route("POST", PREFIX + "/session")(sign_in)
    sandbox.route("PUT", PREFIX + "/session")(sign_in)

    @sandbox.route("GET", PREFIX + "/session")
    def session(request):
        token = require_token(request)
        return json_response({"uid": uuid.uuid5(uuid.NAMESPACE_DNS, state(sandbox)["tokens"][token]["user"]).hex})

    @sandbox.route("DELETE", PREFIX + "/session")
    def sign_out(request):
        token = require_token(request)
        if state(sandbox)["tokens"][token]["expires"] is not None:  # the API token stays
            del state(sandbox)["tokens"][token]
        return Response(b"", content_type="text/plain")

    @sandbox.route("GET", PREFIX + "/context")
    def context(request):
        require_token(request)
        return json_response({"workspaces": state(sandbox)["workspaces"]})

    @sandbox.route("GET", PREFIX + "/collection")
    def collections(request):
        require_token(request)
        query = Query(request)
        offset = query.number("offset", 0, integer=True) or 0
        limit = query.number("limit", 1, 1000, integer=True) or 50
        match = query.text("match") or "equals"
        if match not in ("equals", "startswith", "endswith", "includes", "like"):
            fail(422, "The request could not be completed using the supplied parameters: match")
        name = query.text("name")
        tests = {"equals": lambda n: n == name, "startswith": lambda n: n.startswith(name),
                 "endswith": lambda n: n.endswith(name), "includes": lambda n: name in n,
                 "like": lambda n: name.lower() in n.lower()}
        found = [c for c in state(sandbox)["collections"]
                 if (name is None or tests[match](c["name"]))
                 and query.text("datasetId") in (None, c["datasetId"])
                 and query.text("datasetName") in (None, c["datasetName"])
                 and query.text("workspaceId") in (None, c["workspaceId"])
                 and query.text("workspaceName") in (None, c["workspaceName"])]
        chosen = found[offset:offset + limit]
        if sandbox.options.get("imago.full_pages") and found:  # a fault: every page full, the same ones
            chosen = list(islice(cycle(found), limit))
        page = [{k: c[k] for k in ("id", "name", "datasetId", "createdOn")} for c in chosen]
        return json_response({"collections": page, "meta": {"limit": limit, "offset": offset}})

    @sandbox.route("GET", PREFIX + "/imagery")
    def imagery(request):
        require_token(request)
        imago = state(sandbox)
        query = Query(request)
        collection = find_collection(imago, query)
        offset = query.number("offset", 0, integer=True) or 0
        limit = query.number("limit", 1, 5000, integer=True) or 5000
        kind = query.text("imageryType")
        found = [i for i in imago["imagery"] if i["collectionId"] == collection["id"]
                 and kind in (None, i["imageryTypeName"])]
        return json_response({"imageries": [imagery_output(i, imago) for i in found[offset:offset + limit]]})

    @sandbox.route("GET", PREFIX + "/image")
    def download(request):
        require_token(request)
        imago = state(sandbox)
        query = Query(request)
        collection, kind, image_type = (query.text(n) for n in ("collection", "imageryType", "imageType"))
        if not (collection and kind and image_type):
            fail(422, "collection, imageryType and imageType are required")
        width = query.number("width", 1, MAX_SCALE, integer=True)
        height = query.number("height", 1, MAX_SCALE, integer=True)
        collection = find_collection(imago, query)
        item = find_imagery(imago, collection, kind, query)
        if image_type not in item["images"]:
            fail(404, f"No {image_type} image in imagery {item['name']}")
        data, mime = image_bytes(item, image_type, imago)
        if width or height:
            try:
                data = images.scaled(data, mime, width, height)
            except (OSError, images.Image.DecompressionBombError):
                fail(422, "The image cannot be scaled")
        extension = {"image/png": "png", "image/tiff": "tif"}.get(mime, "jpg")
        mime = sandbox.options.get("imago.content_type", mime)
        name = sandbox.options.get("imago.disposition_name") or f"{item['name']} {image_type}.{extension}"
        return Response(data, content_type=mime, ranges=True,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @sandbox.route("POST", PREFIX + "/image")
    def upload(request):
        require_token(request)
        return json_response(receive_upload(sandbox, request))


def find_imagery(imago, collection, kind, query):
    candidates = [i for i in imago["imagery"] if i["collectionId"] == collection["id"] and i["imageryTypeName"] == kind]
    imagery_id, name = query.text("imageryId"), query.text("name")
    start, end = query.number("startDepth"), query.number("endDepth")
    if imagery_id:
        found = [i for i in candidates if i["id"] == imagery_id]
    elif name:
        found = [i for i in candidates if i["name"] == name]
    elif start is not None:
        found = [i for i in candidates if same(i["startDepth"], start) and (end is None or same(i["endDepth"], end))]
    else:
        fail(422, "Identify the imagery by name, startDepth/endDepth or imageryId")
    if not found:
        fail(404, "Imagery not found")
    if len(found) > 1:
        fail(422, f"{len(found)} imagery match; identify the imagery by its id or depth interval")
    return found[0]


def receive_upload(sandbox, request):
    imago = state(sandbox)
    query = Query(request)
    kind_name, image_type, mime = (query.text(n) for n in ("imageryType", "imageType", "mimeType"))
    if not (query.text("collection") and kind_name and image_type and mime):
        fail(422, "collection, imageryType, imageType and mimeType are required")
    allowed = {"image/png", "image/jpeg"} | ({"image/tiff"} if sandbox.options.get("imago.accept_tiff") else set())
    if mime not in allowed:
        fail(422, f"mimeType must be one of {', '.join(sorted(allowed))}")
    content_type = request.headers.get("Content-Type", "")
    try:
        if content_type.startswith("multipart/form-data"):
            data = images.file_part(request.body, content_type)[2]
        elif content_type.startswith("image/"):
            data = request.body
        else:
            fail(422, "Send the image as multipart/form-data")
        actual, width, height, progressive = images.inspect(data)
        if actual != mime:
            fail(422, f"The file is {actual}, not {mime}")
        images.check_limits(actual, width, height, progressive)
    except images.ImageProblem as exc:
        fail(422, str(exc))
    collection = find_collection(imago, query)
    kind = find_imagery_type(imago, collection, kind_name)
    if image_type not in [t["name"] for t in kind["imageTypes"]]:
        fail(422, f"Imagery type {kind_name} has no image type {image_type}")
    place = placement(query, kind)
    item = next((i for i in imago["imagery"] if i["collectionId"] == collection["id"]
                 and i["imageryTypeName"] == kind_name and matches(i, place)), None)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    if item is None:
        name = place["name"] or (f"{place['startDepth']:g}" if place["startDepth"] is not None
                                 else f"{place['x']:.6f} {place['y']:.6f}")
        item = {"id": make_id(collection["id"], kind_name, uuid.uuid4()), "collectionId": collection["id"],
                "collectionName": collection["name"], "workspaceName": collection["workspaceName"],
                "datasetName": collection["datasetName"], "imageryTypeName": kind_name, "updatedAt": now,
                "attributes": [], "featureDefinitions": [], "images": {}, **dict(place, name=name)}
        imago["imagery"].append(item)
    image_id = str(uuid.uuid4())
    imago["uploads"][image_id] = (data, mime)
    item["images"][image_type] = {"id": image_id, "uploadedOn": now, "uploadedBy": "service-account"}
    return {"imageId": image_id, "imageryId": item["id"]}


def placement(query, kind):
    place = {"name": query.text("name"), "startDepth": query.number("startDepth"),
             "endDepth": query.number("endDepth"), "x": query.number("x"), "y": query.number("y"),
             "z": query.number("z")}
    has_xy = place["x"] is not None or place["y"] is not None
    if has_xy and (place["x"] is None or place["y"] is None):
        fail(422, "x and y go together")
    if has_xy and kind["coordinateType"] not in ("geographic", "projected"):
        fail(422, f"Imagery type {kind['name']} is not placed by x/y/z; give a name or depth")
    if has_xy and kind["coordinateType"] == "geographic" and not (
            -180 <= place["x"] <= 180 and -90 <= place["y"] <= 90):
        fail(422, "x/y must be longitude/latitude in degrees for this imagery type")
    if place["z"] is not None and not has_xy:
        fail(422, "z needs x and y")
    if place["endDepth"] is not None and place["startDepth"] is None:
        fail(422, "endDepth needs startDepth")
    if not (place["name"] or place["startDepth"] is not None or has_xy):
        fail(422, "Identify the imagery by name, depth or x/y/z")
    return place


def matches(item, place):
    if place["name"]:
        return item["name"] == place["name"]
    if place["startDepth"] is not None:
        return same(item["startDepth"], place["startDepth"])
    return same(item["x"], place["x"], 1e-7) and same(item["y"], place["y"], 1e-7) and \
        (place["z"] is None or same(item["z"], place["z"]))
