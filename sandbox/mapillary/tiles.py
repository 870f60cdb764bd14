"""Mapillary coverage vector tiles (``/mapillary-tiles``): the tilesets
``mly1_public`` and ``mly1_computed_public`` with the layers, zoom levels and
properties of CONTRACTS.md §1.6, as real Mapbox Vector Tiles:

* ``overview`` (z0–5): a point per sequence (its first image);
* ``sequence`` (z6–14): each sequence as a line;
* ``image`` (z14): every image as a point with its compass angle.

Tiles need the token (``access_token`` in the query, the documented way, or the
OAuth header); a zoom above 14 is refused, so clients over-zoom z14.
"""

from functools import lru_cache

from .api import graph_error, require_token
from .data import world
from ..mvt import EXTENT, LINESTRING, POINT, encode_tile, to_tile_pixels
from ..server import Response

PREFIX = "/mapillary-tiles/maps/vtp"
TILESETS = ("mly1_public", "mly1_computed_public")
BUFFER = 64  # tile units around the tile where features are still included


def to_tile(lon, lat, z, x, y):
    """(tile x, tile y) in tile units (0…EXTENT inside the tile, y down)."""
    return to_tile_pixels(z, x, y, EXTENT)(lon, lat)


def _inside(point):
    return -BUFFER <= point[0] <= EXTENT + BUFFER and -BUFFER <= point[1] <= EXTENT + BUFFER


def _position(image, computed):
    return (image.computed_lon, image.computed_lat) if computed else (image.lon, image.lat)


@lru_cache(maxsize=512)
def tile(tileset, z, x, y):
    computed = tileset == "mly1_computed_public"
    data = world()
    layers = {}
    if z <= 5:
        points = []
        for sequence in data.sequences:
            first = sequence.images[0]
            point = to_tile(*_position(first, computed), z, x, y)
            if _inside(point):
                points.append((POINT, [point], {"captured_at": first.captured_at, "id": int(first.id),
                                                "sequence_id": sequence.id, "is_pano": first.is_pano}))
        layers["overview"] = points
    else:
        lines = []
        for sequence in data.sequences:
            line = [to_tile(*_position(i, computed), z, x, y) for i in sequence.images]
            if any(_inside(p) for p in line):
                first = sequence.images[0]
                lines.append((LINESTRING, [line], {"captured_at": first.captured_at, "id": sequence.id,
                                                   "image_id": int(first.id), "is_pano": first.is_pano}))
        layers["sequence"] = lines
    if z == 14:
        points = []
        for image in data.images:
            point = to_tile(*_position(image, computed), z, x, y)
            if _inside(point):
                points.append((POINT, [point], {"captured_at": image.captured_at,
                                                "compass_angle": int(round(image.compass_angle)) % 360,
                                                "id": int(image.id), "sequence_id": image.sequence,
                                                "is_pano": image.is_pano}))
        layers["image"] = points
    return encode_tile(layers, EXTENT)


def register(sandbox):
    @sandbox.route("GET", PREFIX + r"/(?P<tileset>[a-z0-9_]+)/2/(?P<z>\d+)/(?P<x>\d+)/(?P<y>\d+)")
    def vector_tile(request, tileset, z, x, y):
        require_token(request)
        z, x, y = int(z), int(x), int(y)
        if tileset not in TILESETS:
            raise graph_error(400, 100, f"Unknown tileset {tileset}")
        if z > 14 or x >= 2 ** z or y >= 2 ** z:
            raise graph_error(400, 100, f"Tile {z}/{x}/{y} does not exist: zoom levels are 0 to 14")
        return Response(tile(tileset, z, x, y), content_type="application/x-protobuf")
