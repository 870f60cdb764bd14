"""The Spexi emulator's image library: deterministic drone flights over the demo site.

Each flight (one date) flies the site the way a mapping drone does:

* a lawn-mower grid of nadir images (pitch -90, capture type "orthomosaic"),
  every 90 m at about 120 m above ground, rows flown alternately north and south;
* oblique images (pitch -60, "oblique") every 120 m, facing north, east, south
  and west, at about 110 m;
* panoramas (pitch -30, "panorama") every 540 m, eight headings, at 150 m.

About 1,300 images per flight; three flights by default (option
``spexi.images`` asks for another total, e.g. 20000 for the benchmark: more
flights on more dates, the list cut to exactly that many).
"""

import hashlib
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

from shapely.geometry import Polygon

from ..demo_site import EXTENT
from .camera import Camera, to_local, to_lonlat

#: the alphabet of Spexi's cursor pattern (OpenAPI), used for SIDs and cursors alike
ALPHABET = "aV64kbEPFOzgpjAGnN710Bvw8sucxrIQyXtdRJfMqK39CZUhoiLS2DWeH5mYlT"
NADIR_SPACING, OBLIQUE_SPACING, PANORAMA_SPACING = 90.0, 120.0, 540.0
DEFAULT_FLIGHTS = (
    datetime(2024, 6, 12, 17, 5, tzinfo=timezone.utc),
    datetime(2025, 4, 3, 18, 20, tzinfo=timezone.utc),
    datetime(2025, 9, 18, 16, 40, tzinfo=timezone.utc),
)
CAMERA_MODEL = ("DJI", "Mavic 3 Enterprise", 12.29)  # make, model, focal length (mm)
_KEY_NAMESPACE = uuid.UUID("6f1c2d4e-7a0b-4c55-9e61-5be0c0ffee42")


def encode(number):
    """A non-negative integer in the base-62 alphabet above."""
    if number < 0:
        raise ValueError("negative")
    digits = []
    while True:
        number, rest = divmod(number, 62)
        digits.append(ALPHABET[rest])
        if not number:
            return "".join(reversed(digits))


def decode(text):
    number = 0
    for char in text:
        number = number * 62 + ALPHABET.index(char)
    return number


@dataclass
class SpexiImage:
    number: int
    sid: str
    key: str
    camera: Camera
    lon: float
    lat: float
    footprint: Polygon  # lon/lat
    bounds: tuple
    captured_at: datetime
    processed_at: datetime
    capture_type: str
    tag: Optional[str]
    flight: str
    attributes: dict = field(default_factory=dict)
    geojson: Optional[tuple] = None  # (geometry, properties) of the answers, made on first use


def _sid(number):
    # multiplying by an odd constant modulo 2**40 is a bijection: unique, random-looking ids
    return encode((number * 0x9E3779B1) % (1 << 40))


def _stations(spacing):
    """Grid positions (local metres) covering the demo extent, row by row."""
    x0, y0 = to_local(EXTENT[0], EXTENT[1])
    x1, y1 = to_local(EXTENT[2], EXTENT[3])
    columns = int((x1 - x0) // spacing)
    rows = int((y1 - y0) // spacing)
    off_x = (x1 - x0 - (columns - 1) * spacing) / 2
    off_y = (y1 - y0 - (rows - 1) * spacing) / 2
    for row in range(rows):
        for column in range(columns):
            yield row, x0 + off_x + column * spacing, y0 + off_y + row * spacing


def _flight_date(index):
    if index < len(DEFAULT_FLIGHTS):
        return DEFAULT_FLIGHTS[index]
    extra = index - len(DEFAULT_FLIGHTS) + 1  # large libraries: a flight every 17 days before the first
    return DEFAULT_FLIGHTS[0] - timedelta(days=17 * extra, minutes=-23 * (extra % 8))


def _shots():
    """(capture type, station spacing, altitude, pitch, headings) per station kind."""
    yield "orthomosaic", NADIR_SPACING, 120.0, -90.0, None
    yield "oblique", OBLIQUE_SPACING, 110.0, -60.0, (0.0, 90.0, 180.0, 270.0)
    yield "panorama", PANORAMA_SPACING, 150.0, -30.0, tuple(range(0, 360, 45))


def _flight(index, start, first_number):
    rng = random.Random(f"spexi-flight-{index}")
    tag = None if start.year == 2024 else f"vancouver-downtown-{start:%Y-%m}"
    flight_id = hashlib.sha1(f"flight{index}".encode()).hexdigest()[:12]
    images, number, when = [], first_number, start
    for capture_type, spacing, altitude, pitch, headings in _shots():
        for row, x, y in _stations(spacing):
            for heading in headings or ((0.0 if row % 2 == 0 else 180.0),):
                camera = Camera(
                    x + rng.uniform(-4, 4), y + rng.uniform(-4, 4), altitude + rng.uniform(-3, 3),
                    (heading + rng.uniform(-3, 3)) % 360, pitch + rng.uniform(-0.6, 0.6),
                    rng.uniform(-1.5, 1.5))
                images.append(_image(number, camera, when, capture_type, tag, flight_id))
                number += 1
                when += timedelta(seconds=rng.uniform(1.8, 3.2))
            when += timedelta(seconds=6)
        when += timedelta(minutes=4)  # battery swap between the parts of the mission
    return images


def _image(number, camera, when, capture_type, tag, flight_id):
    corners = [to_lonlat(x, y) for x, y in camera.footprint()]
    footprint = Polygon(corners)
    lon, lat = to_lonlat(camera.x, camera.y)
    return SpexiImage(
        number=number, sid=_sid(number), key=str(uuid.uuid5(_KEY_NAMESPACE, str(number))), camera=camera,
        lon=lon, lat=lat, footprint=footprint, bounds=footprint.bounds, captured_at=when.replace(microsecond=0),
        processed_at=(when + timedelta(hours=20, minutes=number % 50)).replace(microsecond=0),
        capture_type=capture_type, tag=tag, flight=flight_id,
        attributes={"flightId": flight_id, "make": CAMERA_MODEL[0], "model": CAMERA_MODEL[1]})


class Catalog:
    """Every image of the library, in capture order, with a bounding-box index."""

    def __init__(self, total=None):
        images, index = [], 0
        while len(images) < total if total else index < len(DEFAULT_FLIGHTS):
            images.extend(_flight(index, _flight_date(index), len(images) + 1))
            index += 1
        self.images = images[:total] if total else images
        self.by_sid = {image.sid: image for image in self.images}

    def __len__(self):
        return len(self.images)

    def candidates(self, bounds):
        """Images whose footprint's bounding box meets ``bounds`` (lon/lat)."""
        minx, miny, maxx, maxy = bounds
        return [image for image in self.images
                if image.bounds[0] <= maxx and image.bounds[2] >= minx
                and image.bounds[1] <= maxy and image.bounds[3] >= miny]
