"""Mapillary API v2 image endpoints (``/im``), spoken exactly as
``api-docs/mapillary-v2-images.md`` documents them, against a configurable base
URL (the public ``a.mapillary.com/v2`` has been switched off, CONTRACTS.md §1.9).

Every request carries ``client_id`` in the query; writes also need a user token,
sent as ``Authorization: Bearer``. Errors are ``{"code": "...", "message": "..."}``
read by their code (CONTRACTS.md §1.9).

Rectangles are normalised 0…1 with y pointing down from the top of the image.
The page documents that for object recognition ("[North West X, North West Y,
South East X, South East Y]"); for blurs it says "[SouthWest, NorthEast]" but its
own example (a licence plate at y 0.74–0.79, low in the frame) only makes sense
with y down, so blurs are read the same way, as x/y minimum then maximum.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from ..errors import AuthenticationError, InvalidInputError, NotFoundError, RateLimitedError, ServiceError
from ..http import Credential, make_session
from ..models import parse_time

SERVICE = "Mapillary v2"
DEFAULT_V2_URL = "https://a.mapillary.com/v2"
USER_BLUR = "user"  # "user = user defined blur" (the page's example also shows "useredit")

_ERROR_CLASSES = {
    "parameter_missing": InvalidInputError, "parameter_invalid": InvalidInputError,
    "client_id_differ": AuthenticationError, "client_id_invalid": AuthenticationError,
    "client_id_missing": AuthenticationError, "user_not_authenticated": AuthenticationError,
    "not_found": NotFoundError, "mapillary_internal_server_error": ServiceError,
}


def parse_error(response):
    """(code, message, error class) from ``{"code", "message"}``."""
    try:
        body = response.json()
    except ValueError:
        return None, None, None
    if not isinstance(body, dict):
        return None, None, None
    code = body.get("code")
    cls = _ERROR_CLASSES.get(code)
    if cls is None and response.status_code == 429:
        cls = RateLimitedError
    return code, body.get("message"), cls


Rect = Tuple[float, float, float, float]


def parse_rect(value):
    """(x min, y min, x max, y max) from a flat ``[x, y, x, y]`` or the nested
    ``[[x, y], [x, y]]`` the page also names."""
    if value and isinstance(value[0], (list, tuple)):
        value = [value[0][0], value[0][1], value[1][0], value[1][1]]
    x1, y1, x2, y2 = (float(v) for v in value)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def check_rect(rect):
    x1, y1, x2, y2 = rect
    if not all(0.0 <= v <= 1.0 for v in rect):
        raise InvalidInputError("A blur rectangle must lie inside the image", parameter="rect", service=SERVICE,
                                key="mapillary.blur_inside")
    if x2 - x1 <= 0.001 or y2 - y1 <= 0.001:
        raise InvalidInputError("The blur rectangle is too small: drag a larger one", parameter="rect",
                                service=SERVICE, key="mapillary.blur_small")
    return rect


@dataclass
class Blur:
    type: str
    rect: Rect
    pending: bool = False
    user: Optional[str] = None


@dataclass
class Comment:
    key: str
    text: str
    created_at: object
    username: str
    avatar: Optional[str] = None


@dataclass
class RecognizedObject:
    type: str
    package: str
    score: float
    rect: Rect


@dataclass
class Recognition:
    key: str
    done: bool
    packages: List[str]
    objects: List[RecognizedObject] = field(default_factory=list)


class MapillaryV2Client:
    def __init__(self, client_id, base_url=DEFAULT_V2_URL, user_token=None, **session_options):
        if not client_id:
            raise InvalidInputError("A Mapillary v2 client id is needed: add it in Imagery Hub settings",
                                    parameter="client_id", service=SERVICE, key="mapillary.no_client_id")
        self.user_token = user_token or None
        headers = {"Authorization": f"Bearer {user_token}"} if user_token else {}
        credential = Credential(headers=headers, params={"client_id": client_id}, scope=[base_url])
        self.session = make_session(SERVICE, base_url, credential, error_parser=parse_error, **session_options)

    def _path(self, key, tail=""):
        key = str(key or "").strip()
        if not key or "/" in key:
            raise InvalidInputError(f"Not an image key: {key!r}", parameter="key", service=SERVICE,
                                    key="mapillary.image_key", values=dict(key=repr(key)))
        return f"im/{key}{tail}"

    def _write(self, path, payload):
        if not self.user_token:
            raise AuthenticationError("Posting to Mapillary v2 needs a user token: add it in Imagery Hub settings",
                                      service=SERVICE, key="mapillary.no_user_token")
        return self.session.post_json(path, payload)

    # -- reads ------------------------------------------------------------------------
    def image(self, key):
        """``{ca, captured_at (datetime), key, lon, lat, location, user}``."""
        data = self.session.get_json(self._path(key))
        data = dict(data or {})
        if "captured_at" in data:
            data["captured_at"] = parse_time(data["captured_at"])
        return data

    def geojson(self, key):
        """The image as a GeoJSON FeatureCollection with one Point."""
        return self.session.get_json(self._path(key, "/geojson"))

    def blurs(self, key):
        """Blurs in place and (``pending=True``) requested ones."""
        data = self.session.get_json(self._path(key, "/b")) or {}
        blurs = [Blur(b.get("type", ""), parse_rect(b["rect"]), False, data.get("user"))
                 for b in data.get("bs") or []]
        blurs += [Blur(b.get("type", ""), parse_rect(b["rect"]), True, data.get("requesting_user"))
                  for b in data.get("pbs") or []]
        return blurs

    def comments(self, key):
        data = self.session.get_json(self._path(key, "/cm")) or {}
        return [Comment(str(c.get("key", "")), c.get("comment", ""), parse_time(c.get("created_at")),
                        (c.get("user") or {}).get("username", ""), (c.get("user") or {}).get("avatar"))
                for c in data.get("cms") or []]

    def recognitions(self, key):
        """Object recognition (``/or``): rectangles with type, package and score."""
        data = self.session.get_json(self._path(key, "/or")) or {}
        objects = [RecognizedObject(r.get("type", ""), r.get("package", ""), float(r.get("score") or 0),
                                    parse_rect(r["rect"])) for r in data.get("or_rects") or []]
        return Recognition(str(data.get("key", key)), bool(data.get("or_done")), list(data.get("or_packages") or []),
                           objects)

    # -- writes -----------------------------------------------------------------------
    def request_blurs(self, key, rects, existing=()):
        """Ask for ``rects`` to be blurred. The page says the body lists all the
        blurs wanted, old ones included, so ``existing`` blurs are sent too."""
        rects = [check_rect(parse_rect(r)) for r in rects]
        if not rects:
            raise InvalidInputError("Drag a rectangle on the image to choose what to blur", parameter="rect",
                                    service=SERVICE, key="mapillary.blur_drag")
        body = [{"type": b.type, "rect": list(b.rect)} for b in existing if not b.pending]
        body += [{"type": USER_BLUR, "rect": list(r)} for r in rects]
        return self._write(self._path(key, "/b"), {"bs": body})

    def post_comment(self, key, text):
        text = (text or "").strip()
        if not text:
            raise InvalidInputError("Write a comment first", parameter="cm", service=SERVICE, key="mapillary.comment")
        return self._write(self._path(key, "/cm"), {"cm": text})

    def complain(self, key, text):
        """Report an image (``/complain``) with the reason in ``cm``."""
        text = (text or "").strip()
        if not text:
            raise InvalidInputError("Say why the image should be reported", parameter="cm", service=SERVICE,
                                    key="mapillary.report_why")
        return self._write(self._path(key, "/complain"), {"cm": text})
