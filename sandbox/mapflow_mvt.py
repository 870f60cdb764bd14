"""A small Mapbox Vector Tile (MVT 2.1) encoder for the sandbox's result tiles.

Only what polygon layers need: the protobuf wire format (varints, length-
delimited fields, packed repeated uint32), the geometry command encoding with
zigzag deltas, exterior rings clockwise in tile coordinates (y down) and holes
counter-clockwise, and string / double / integer attribute values.
"""

import math
import struct

from shapely.geometry import MultiPolygon, Polygon, box

EXTENT = 4096
BUFFER = 64
POLYGON = 3
MOVE_TO, LINE_TO, CLOSE_PATH = 1, 2, 7


def varint(value):
    out = bytearray()
    value &= (1 << 64) - 1  # negative int64 values go out as ten-byte varints
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def zigzag(value):
    return (value << 1) ^ (value >> 31)


def field_varint(number, value):
    return varint(number << 3) + varint(value)


def field_bytes(number, data):
    return varint((number << 3) | 2) + varint(len(data)) + data


def field_packed(number, values):
    return field_bytes(number, b"".join(varint(v) for v in values))


def encode_value(value):
    """A ``Value`` message: strings, booleans, integers and doubles."""
    if isinstance(value, bool):
        return field_varint(7, int(value))
    if isinstance(value, int):
        return field_varint(4, value)  # int_value (int64)
    if isinstance(value, float):
        return varint((3 << 3) | 1) + struct.pack("<d", value)
    return field_bytes(1, str(value).encode("utf-8"))


def _ring_commands(coords, exterior, cursor):
    points = []
    for x, y in coords[:-1]:  # the closing point is implied by ClosePath
        point = (int(round(x)), int(round(y)))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if len(points) < 3:
        return []
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))
    if area == 0:
        return []
    if (area > 0) != exterior:  # exterior: positive area in tile coordinates (clockwise on screen)
        points.reverse()
    commands = [MOVE_TO | (1 << 3)]
    for index, (x, y) in enumerate(points):
        if index == 1:
            commands.append(LINE_TO | ((len(points) - 1) << 3))
        commands += [zigzag(x - cursor[0]), zigzag(y - cursor[1])]
        cursor[0], cursor[1] = x, y
    commands.append(CLOSE_PATH | (1 << 3))
    return commands


def polygon_commands(geometry):
    """Geometry commands of a (multi)polygon already in tile coordinates."""
    cursor = [0, 0]
    commands = []
    parts = geometry.geoms if hasattr(geometry, "geoms") else [geometry]  # clipping may give a collection
    for part in parts:
        if not isinstance(part, Polygon) or part.is_empty:
            continue
        outer = _ring_commands(list(part.exterior.coords), True, cursor)
        if not outer:
            continue
        commands += outer
        for hole in part.interiors:
            commands += _ring_commands(list(hole.coords), False, cursor)
    return commands


def tile_bounds(z, x, y):
    """(west, south, east, north) of an XYZ tile in lon/lat."""
    n = 2 ** z

    def lat(row):
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))
    return x / n * 360 - 180, lat(y + 1), (x + 1) / n * 360 - 180, lat(y)


def to_tile_pixels(z, x, y, size):
    """A function (lon, lat) → pixel coordinates inside tile z/x/y of ``size`` pixels."""
    n = 2 ** z

    def project(lon, lat):
        lat = max(-85.0511, min(85.0511, lat))
        px = ((lon + 180) / 360 * n - x) * size
        row = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n
        return px, (row - y) * size
    return project


def map_polygons(geometry, project):
    """``geometry`` (Polygon or MultiPolygon) with every vertex passed through
    ``project`` (shapely.ops.transform is deprecated in shapely 2.2)."""
    if geometry.geom_type == "MultiPolygon":
        return MultiPolygon([map_polygons(part, project) for part in geometry.geoms])
    ring = lambda coords: [project(x, y) for x, y, *_ in coords]  # noqa: E731
    return Polygon(ring(geometry.exterior.coords), [ring(hole.coords) for hole in geometry.interiors])


def encode_tile(z, x, y, layers):
    """One MVT tile. ``layers``: ``{name: [(id, lon/lat geometry, {key: value})]}``."""
    project = to_tile_pixels(z, x, y, EXTENT)
    clip = box(-BUFFER, -BUFFER, EXTENT + BUFFER, EXTENT + BUFFER)
    tile = b""
    for name, features in layers.items():
        keys, values, encoded = [], [], []
        for feature_id, geometry, properties in features:
            local = map_polygons(geometry, project)
            local = local.intersection(clip)
            if local.is_empty:
                continue
            commands = polygon_commands(local)
            if not commands:
                continue
            tags = []
            for key, value in properties.items():
                if value is None:
                    continue
                if key not in keys:
                    keys.append(key)
                packed = encode_value(value)
                if packed not in values:
                    values.append(packed)
                tags += [keys.index(key), values.index(packed)]
            encoded.append(field_varint(1, feature_id) + field_packed(2, tags) + field_varint(3, POLYGON)
                           + field_packed(4, commands))
        if not encoded:
            continue
        layer = field_varint(15, 2) + field_bytes(1, name.encode("utf-8"))
        layer += b"".join(field_bytes(2, f) for f in encoded)
        layer += b"".join(field_bytes(3, k.encode("utf-8")) for k in keys)
        layer += b"".join(field_bytes(4, v) for v in values)
        layer += field_varint(5, EXTENT)
        tile += field_bytes(3, layer)
    return tile
