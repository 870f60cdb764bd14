"""Drone camera geometry for the Spexi emulator: a pinhole camera over flat ground.

One model serves the footprints in the search answers, the rendering of the
JPEGs and the "zoomed" crops, so a footprint is exactly the ground the image
shows, and a nadir image warped into its footprint lines up with its
neighbours. Coordinates are metres east/north of the demo site's centre (an
equirectangular approximation, plenty over a few kilometres).
"""

import math
from dataclasses import dataclass

from ..demo_site import CENTER

LON0, LAT0 = CENTER
M_PER_DEG_LAT = 111_132.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))
#: rays flatter than this never reach the ground in the footprint: it is cut here
MAX_GROUND_DISTANCE = 1500.0


def to_local(lon, lat):
    return (lon - LON0) * M_PER_DEG_LON, (lat - LAT0) * M_PER_DEG_LAT


def to_lonlat(x, y):
    return LON0 + x / M_PER_DEG_LON, LAT0 + y / M_PER_DEG_LAT


def _cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


@dataclass(frozen=True)
class Camera:
    """A camera at (x, y) metres, ``altitude`` metres above flat ground.

    ``heading``: degrees clockwise from north of the optical axis (for a nadir
    image: the direction the top of the frame points to); ``pitch``: degrees
    below (negative) or above the horizon, -90 straight down; ``roll``: degrees
    about the optical axis. ``hfov``: horizontal field of view in degrees.
    """

    x: float
    y: float
    altitude: float
    heading: float
    pitch: float
    roll: float = 0.0
    hfov: float = 71.0
    aspect: float = 4 / 3

    def axes(self):
        """(right, down, forward) unit vectors in east/north/up coordinates."""
        h, p, r = (math.radians(v) for v in (self.heading, self.pitch, self.roll))
        forward = (math.sin(h) * math.cos(p), math.cos(h) * math.cos(p), math.sin(p))
        right = (math.cos(h), -math.sin(h), 0.0)
        up = _cross(right, forward)
        right, up = (tuple(a * math.cos(r) + b * math.sin(r) for a, b in zip(right, up)),
                     tuple(b * math.cos(r) - a * math.sin(r) for a, b in zip(right, up)))
        return right, tuple(-v for v in up), forward

    def focal(self):
        """Focal length in units of half the image width."""
        return 1.0 / math.tan(math.radians(self.hfov) / 2)

    def ray(self, u, v):
        """World direction through normalized image coordinates (u, v) in [0, 1]
        (u to the right, v down)."""
        right, down, forward = self.axes()
        a = (2 * u - 1) / self.focal()
        b = (2 * v - 1) / (self.focal() * self.aspect)
        return tuple(a * r + b * d + f for r, d, f in zip(right, down, forward))

    def ground(self, u, v, max_distance=MAX_GROUND_DISTANCE):
        """Where the ray through (u, v) meets the ground, cut at ``max_distance``
        metres from the point below the camera."""
        dx, dy, dz = self.ray(u, v)
        horizontal = math.hypot(dx, dy)
        if dz < 0:
            t = self.altitude / -dz
            if horizontal * t <= max_distance:
                return self.x + dx * t, self.y + dy * t
        if horizontal == 0:
            return self.x, self.y
        scale = max_distance / horizontal
        return self.x + dx * scale, self.y + dy * scale

    def footprint(self):
        """The ground seen by the frame: its corners top-left, top-right,
        bottom-right, bottom-left (local metres)."""
        return [self.ground(u, v) for u, v in ((0, 0), (1, 0), (1, 1), (0, 1))]

    def project(self, x, y, z=0.0):
        """Normalized image coordinates (u, v) of a ground point, or None when it
        is behind the camera."""
        right, down, forward = self.axes()
        vec = (x - self.x, y - self.y, z - self.altitude)
        depth = _dot(vec, forward)
        if depth <= 1e-6:
            return None
        a = _dot(vec, right) / depth * self.focal()
        b = _dot(vec, down) / depth * self.focal() * self.aspect
        return (a + 1) / 2, (b + 1) / 2
