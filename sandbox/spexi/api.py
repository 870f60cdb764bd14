"""Spexi Image API emulator (``/spexi``), after spexi-openapi.json and the Image API page.

* ``GET /spexi/developer-api/api/v1/image``: search, cursor pagination (``next``
  carries a ``cursor`` in the OpenAPI pattern; ``numberReturned``), ``distance``
  only for point queries, focused filtering and ranking (select.py).
* ``GET /spexi/developer-api/api/v1/image/multi-view``: up to five views.
* ``GET .../image/<id>/original`` and ``.../image/<id>/zoomed?<spatial query>``:
  the JPEGs of the ``links`` (paths are the sandbox's; the page only names the
  rels). They need the key, as the page says. With option
  ``spexi.original_redirect=1`` the original answers 302 to the image's S3 URL
  instead, the pre-signed variant CONTRACTS.md §3.2 asks mocks to cover.
* ``GET <cdn>/spexi-world-images/<flight>/<key>.jpg``: the ``url`` ("S3 URL")
  on the second loopback host. A request carrying a credential is refused there.

Options: ``spexi.images`` (library size, default three flights, 3,846 images),
``spexi.image_size`` (original ``WxH``, default 1200x900), ``spexi.zoomed_size``
(default 800x600), ``spexi.image_noise`` (sensor noise, default 3.5; more makes
larger files), ``spexi.original_redirect``, ``spexi.date_form`` (``iso``, the
default, ``string`` or ``locale``: ``capturedAt`` as JavaScript's ``toISOString``,
``toString`` or en-US ``toLocaleString`` prints it), ``spexi.broken_features``
(a fault: on every page the first feature's geometry and the second's camera
position cannot be read).
"""

import os
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from urllib.parse import urlencode

from shapely.geometry import Point, Polygon
from shapely.geometry.polygon import orient

from ..accounts import secret
from ..server import HttpError, Response, json_response
from .camera import to_local, to_lonlat
from .catalog import Catalog
from .query import MULTI_VIEW_PARAMETERS, SEARCH_PARAMETERS, make_cursor, parse
from .render import jpeg
from .select import matches, multi_view

PREFIX = "/spexi/developer-api/api/v1"
S3_BUCKET = "spexi-world-images"
QUERY_CACHE = 16


def require_key(request):
    # the x-api-key header of the current authentication page; the Bearer token of
    # the older page belonged to the Standard Images API on another host
    if request.headers.get("x-api-key") != secret("spexi"):
        raise HttpError(json_response({"statusCode": 401, "message": "Unauthorized"}, status=401))


def not_found(message):
    return HttpError(json_response({"statusCode": 404, "message": message, "error": "Not Found"}, status=404))


def js_time(moment):
    """The form JavaScript's toISOString() gives (what a NestJS service sends)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _size(sandbox, name, default):
    width, _, height = str(sandbox.options.get(name, default)).lower().partition("x")
    return int(width), int(height)


class SpexiState:
    """The library (built on first use), answer lists of recent queries, and the
    rendered JPEGs in a temporary folder removed when the process ends."""

    def __init__(self, sandbox):
        self.sandbox = sandbox
        self._catalog = None
        self._lock = threading.Lock()
        self._queries = OrderedDict()
        self._folder = tempfile.TemporaryDirectory(prefix="imagery-hub-spexi-")
        self.folder = Path(self._folder.name)

    @property
    def catalog(self):
        with self._lock:
            if self._catalog is None:
                total = self.sandbox.options.get("spexi.images")
                self._catalog = Catalog(int(total) if total else None)
                self._by_key = {image.key: image for image in self._catalog.images}
            return self._catalog

    def image(self, sid):
        image = self.catalog.by_sid.get(sid)
        if image is None:
            raise not_found(f"Image {sid} not found")
        return image

    def image_by_key(self, key):
        return self._by_key.get(key) if self.catalog else None

    def answer(self, query):
        """The ordered matches of a query, kept so that following pages are cheap."""
        with self._lock:
            if query.fingerprint in self._queries:
                self._queries.move_to_end(query.fingerprint)
                return self._queries[query.fingerprint]
        found = matches(self.catalog, query)
        with self._lock:
            self._queries[query.fingerprint] = found
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return found

    def jpeg_file(self, image, variant, size, window=(0.0, 0.0, 1.0, 1.0)):
        noise = float(self.sandbox.options.get("spexi.image_noise", 3.5))
        tag = "_".join(f"{v:.4f}" for v in window)
        path = self.folder / f"{image.sid}_{variant}_{size[0]}x{size[1]}_{noise:g}_{tag}.jpg"
        if not path.exists():
            part = path.with_name(f"{path.name}.{threading.get_ident()}.part")
            part.write_bytes(jpeg(image, size[0], size[1], window, noise=noise))
            os.replace(part, path)
        return path


def state(sandbox):
    if "spexi" not in sandbox.state:
        sandbox.state["spexi"] = SpexiState(sandbox)
    return sandbox.state["spexi"]


def s3_url(sandbox, image):
    return f"{sandbox.cdn_url}/{S3_BUCKET}/{image.flight}/{image.key}.jpg"


def _static_parts(sandbox, image):
    """The geometry and properties of an image that no query changes (made once)."""
    if image.geojson is None:
        ring = [[round(x, 7), round(y, 7)] for x, y in orient(image.footprint, 1.0).exterior.coords]
        properties = {
            "id": image.sid, "key": image.key, "url": s3_url(sandbox, image), "captureType": image.capture_type,
            "heading": round(image.camera.heading, 2), "pitch": round(image.camera.pitch, 2),
            "roll": round(image.camera.roll, 2), "altitude": round(image.camera.altitude, 2),
            "attributes": dict(image.attributes), "capturedAt": js_time(image.captured_at),
            "processedAt": js_time(image.processed_at),
            "cameraPosition": {"type": "Point", "coordinates": [round(image.lon, 7), round(image.lat, 7)]},
        }
        if image.tag:
            properties["tag"] = image.tag
        image.geojson = ({"type": "Polygon", "coordinates": [ring]}, properties)
    return image.geojson


def feature(sandbox, match, zoom_query):
    image = match.image
    geometry, properties = _static_parts(sandbox, image)
    if match.distance is not None:
        properties = dict(properties, distance=match.distance)
    base = f"{sandbox.url}{PREFIX}/image/{image.sid}"
    return {
        "id": image.sid, "type": "Feature", "geometry": geometry, "properties": properties,
        "links": [
            {"rel": "original", "href": f"{base}/original", "type": "image/jpeg", "title": "Raw Image"},
            {"rel": "zoomed", "href": f"{base}/zoomed?{zoom_query}", "type": "image/jpeg", "title": "Zoomed Image"},
        ],
    }


def js_date_string(moment):
    """What JavaScript's ``Date.prototype.toString`` prints in UTC."""
    return moment.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")


#: ``spexi.date_form``: how ``capturedAt`` is written (the OpenAPI document types it only "string")
DATE_FORMS = {"iso": js_time, "string": js_date_string,
              "locale": lambda m: f"{m.month}/{m.day}/{m.year}, {m.strftime('%I:%M:%S %p').lstrip('0')}"}


def _live_forms(sandbox, features, found):
    form = sandbox.options.get("spexi.date_form", "iso")
    if form != "iso":
        for item, match in zip(features, found):
            item["properties"] = dict(item["properties"], capturedAt=DATE_FORMS[form](match.image.captured_at))
    if sandbox.options.get("spexi.broken_features") and len(features) >= 2:
        features[0] = dict(features[0], geometry={"type": "Polygon", "coordinates": [[1, 2]]})
        features[1] = dict(features[1], properties=dict(features[1]["properties"],
                                                        cameraPosition={"type": "Point", "coordinates": ["x", "y"]}))
    return features


def collection(sandbox, found, query, next_url=None):
    zoom_query = urlencode(query.spatial)
    features = _live_forms(sandbox, [feature(sandbox, m, zoom_query) for m in found], found)
    body = {"type": "FeatureCollection", "features": features, "numberReturned": len(found)}
    if next_url:
        body["next"] = next_url
    return body


def zoom_window(image, focus):
    """The square (in frame units) part of the frame around the visible part of
    the area or point of interest, padded; the whole frame when none is visible."""
    if focus.geom_type == "Point":
        x, y = to_local(focus.x, focus.y)
        corners = [to_lonlat(x + dx, y + dy) for dx, dy in ((-20, -20), (20, -20), (20, 20), (-20, 20))]
        focus = Polygon(corners)
    seen = image.footprint.intersection(focus)
    if seen.is_empty:
        return 0.0, 0.0, 1.0, 1.0
    points = []
    for polygon in getattr(seen, "geoms", [seen]):
        ring = list(getattr(polygon, "exterior", polygon).coords)
        for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
            points += [(x0 + (x1 - x0) * i / 8, y0 + (y1 - y0) * i / 8) for i in range(8)]
    uvs = [uv for uv in (image.camera.project(*to_local(x, y)) for x, y in points) if uv]
    if not uvs:
        return 0.0, 0.0, 1.0, 1.0
    u0, u1 = max(0.0, min(u for u, _ in uvs)), min(1.0, max(u for u, _ in uvs))
    v0, v1 = max(0.0, min(v for _, v in uvs)), min(1.0, max(v for _, v in uvs))
    side = min(1.0, max(u1 - u0, v1 - v0, 0.05) * 1.3)
    cu = min(max((u0 + u1) / 2, side / 2), 1 - side / 2)
    cv = min(max((v0 + v1) / 2, side / 2), 1 - side / 2)
    return cu - side / 2, cv - side / 2, cu + side / 2, cv + side / 2


def register(sandbox):
    @sandbox.route("GET", PREFIX + "/image")
    def search(request):
        require_key(request)
        query = parse(request, SEARCH_PARAMETERS)
        found = state(sandbox).answer(query)
        page = found[query.offset:query.offset + query.limit]
        next_url = None
        if query.offset + query.limit < len(found):
            params = {name: values[0] for name, values in request.query.items()}
            params["cursor"] = make_cursor(query.offset + query.limit, query.fingerprint)
            next_url = f"{sandbox.url}{request.path}?{urlencode(params)}"
        return json_response(collection(sandbox, page, query, next_url))

    @sandbox.route("GET", PREFIX + "/image/multi-view")
    def search_multi_view(request):
        require_key(request)
        query = parse(request, MULTI_VIEW_PARAMETERS)
        return json_response(collection(sandbox, multi_view(state(sandbox).catalog, query), query))

    @sandbox.route("GET", PREFIX + r"/image/(?P<sid>[^/]+)/original")
    def original(request, sid):
        require_key(request)
        image = state(sandbox).image(sid)
        if str(sandbox.options.get("spexi.original_redirect", "0")) == "1":
            return Response(b"", status=302, headers={"Location": s3_url(sandbox, image)})
        path = state(sandbox).jpeg_file(image, "original", _size(sandbox, "spexi.image_size", "1200x900"))
        return Response(path, content_type="image/jpeg", ranges=True)

    @sandbox.route("GET", PREFIX + r"/image/(?P<sid>[^/]+)/zoomed")
    def zoomed(request, sid):
        require_key(request)
        image = state(sandbox).image(sid)
        query = parse(request, ("p", "bbox", "polygon"))
        focus = Point(query.point) if query.point and not query.radius else query.focus
        window = zoom_window(image, focus)
        path = state(sandbox).jpeg_file(image, "zoomed", _size(sandbox, "spexi.zoomed_size", "800x600"), window)
        return Response(path, content_type="image/jpeg", ranges=True)

    @sandbox.route("GET", rf"/{S3_BUCKET}/(?P<flight>[^/]+)/(?P<key>[^/]+)\.jpg", hosts=("cdn",))
    def s3_object(request, flight, key):
        if request.headers.get("x-api-key") or request.headers.get("Authorization"):
            return Response(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InvalidArgument</Code>"
                            b"<Message>Unexpected credential sent to the image bucket</Message></Error>",
                            status=400, content_type="application/xml")
        spexi = state(sandbox)
        image = spexi.image_by_key(key)
        if image is None or image.flight != flight:
            return Response(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                            b"<Message>The specified key does not exist.</Message></Error>",
                            status=404, content_type="application/xml")
        path = spexi.jpeg_file(image, "original", _size(sandbox, "spexi.image_size", "1200x900"))
        return Response(path, content_type="image/jpeg", ranges=True)
