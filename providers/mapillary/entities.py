"""What the Mapillary Graph API answers, read: its error envelope, image
entities (search items too) as :class:`ImageRecord`, and detections, whose
outlines come as base64 vector tiles in image pixels."""

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Tuple

from .. import mvt
from ..errors import AuthenticationError, InvalidInputError, NotFoundError, RateLimitedError, ServiceError
from ..models import ImageRecord, Link, optional_float, parse_geometry, parse_time

SERVICE = "Mapillary"
THUMBNAIL_FIELDS = {"256": "thumb_256_url", "1024": "thumb_1024_url", "2048": "thumb_2048_url",
                    "original": "thumb_original_url"}


def parse_error(response):
    """(code, message, error class) from the Graph error envelope."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        return None, None, None
    code = error.get("code")
    cls = None
    if code == 190:
        cls = AuthenticationError
    elif code == 100 and error.get("error_subcode") == 33:
        cls = NotFoundError
    elif code == 100:
        cls = InvalidInputError
    elif code == 4:
        cls = RateLimitedError
    elif response.status_code >= 500:
        cls = ServiceError  # not an auth problem, whatever else the status says
    return code, error.get("message"), cls


def image_record(data):
    """An :class:`ImageRecord` from an image entity or search item. A field the
    service left out is None in the record and absent from ``properties``."""
    geometry = parse_geometry(data.get("geometry")) or parse_geometry(data.get("computed_geometry"))
    heading = data.get("compass_angle")
    if heading is None:
        heading = data.get("computed_compass_angle")
    links = {size: Link(size, data[name], "image/jpeg") for size, name in THUMBNAIL_FIELDS.items() if data.get(name)}
    creator = data.get("creator") or {}
    properties = dict(data)
    if creator.get("username"):
        properties["creator_username"] = creator["username"]
    return ImageRecord(
        service=SERVICE, id=str(data["id"]), camera=geometry, captured_at=parse_time(data.get("captured_at")),
        heading=optional_float(heading), altitude=optional_float(data.get("altitude")),
        capture_type=data.get("camera_type"), links=links, properties=properties)


@dataclass
class Detection:
    """One detection of an image: its class and outline in image pixels (y down)."""

    id: str
    value: str
    #: polygons, each a list of rings (exterior first) of (x, y) pixel positions
    polygons: List[list]
    image_size: Tuple[int, int]
    created_at: Optional[datetime] = None

    def normalized(self):
        """The polygons with x and y in 0…1 of the image width and height."""
        width, height = self.image_size
        return [[[(x / width, y / height) for x, y in ring] for ring in polygon] for polygon in self.polygons]


class Detections(list):
    """The detections of an image; ``skipped`` counts those whose geometry could
    not be read (each is left out alone, the others stay)."""

    skipped = 0


def parse_detection(data, width, height):
    layers = mvt.decode_base64(data["geometry"])
    polygons = []
    for layer in layers.values():  # one layer ("mpy-or"), but its name is not promised
        for feature in layer.features:
            if feature.type == mvt.POLYGON:
                polygons.extend(mvt.scale_rings(feature.geometry, layer.extent, width, height))
    return Detection(str(data.get("id", "")), data.get("value", ""), polygons, (width, height),
                     parse_time(data.get("created_at")))
