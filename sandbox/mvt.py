"""Mapbox Vector Tile (MVT 2.1) encoding and XYZ tile math for the sandbox.

Used by the Mapillary coverage tiles and detection geometry and the Mapflow
result tiles. The protobuf is written by hand; it is deliberately independent of
the plugin's decoder (providers/mvt.py), and QGIS itself reads these tiles.

A feature is ``(geometry type, parts, properties)`` or ``(type, parts,
properties, id)`` with parts in tile units (y down): points ``[(x, y), ...]``,
lines ``[[(x, y), ...], ...]``, polygons ``[[exterior ring, hole, ...], ...]``.
"""

import math
import struct

POINT, LINESTRING, POLYGON = 1, 2, 3
MOVE_TO, LINE_TO, CLOSE_PATH = 1, 2, 7
EXTENT = 4096


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
    return (value << 1) ^ (value >> 63)


def _key(number, wire):
    return varint(number << 3 | wire)


def _varint_field(number, value):
    return _key(number, 0) + varint(value)


def _bytes_field(number, data):
    return _key(number, 2) + varint(len(data)) + data


def _packed_field(number, values):
    return _bytes_field(number, b"".join(varint(v) for v in values))


def _command(command, count):
    return (count << 3) | command


def _clean_ring(ring):
    """Integer vertices without repeats or the closing point; None when the ring
    is degenerate after rounding (fewer than 3 points or no area)."""
    points = []
    for x, y in ring:
        point = (int(round(x)), int(round(y)))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if len(points) < 3 or _ring_area(points) == 0:
        return None
    return points


def _ring_area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2.0


def geometry_commands(kind, parts):
    """The MVT command integers for a geometry (MoveTo 1, LineTo 2, ClosePath 7)."""
    commands, cursor = [], [0, 0]

    def moves(points):
        out = []
        for x, y in points:
            x, y = int(round(x)), int(round(y))
            out += [zigzag(x - cursor[0]), zigzag(y - cursor[1])]
            cursor[0], cursor[1] = x, y
        return out

    if kind == POINT:
        return [_command(MOVE_TO, len(parts))] + moves(parts)
    if kind == LINESTRING:
        for line in parts:
            commands += [_command(MOVE_TO, 1)] + moves(line[:1]) + [_command(LINE_TO, len(line) - 1)]
            commands += moves(line[1:])
        return commands
    for polygon in parts:
        exterior = _clean_ring(polygon[0])
        if exterior is None:
            continue  # a polygon that rounded away
        for index, ring in enumerate([exterior] + [_clean_ring(hole) for hole in polygon[1:]]):
            if ring is None:
                continue
            # exterior rings have positive area in tile coordinates, holes negative (MVT 4.3.4.4)
            if (_ring_area(ring) > 0) != (index == 0):
                ring.reverse()
            commands += [_command(MOVE_TO, 1)] + moves(ring[:1]) + [_command(LINE_TO, len(ring) - 1)]
            commands += moves(ring[1:]) + [_command(CLOSE_PATH, 1)]
    return commands


def _value(value):
    if isinstance(value, bool):
        return _varint_field(7, int(value))
    if isinstance(value, int):
        return _varint_field(4, value)  # int_value (int64, two's complement)
    if isinstance(value, float):
        return _key(3, 1) + struct.pack("<d", value)
    return _bytes_field(1, str(value).encode("utf-8"))


def encode_layer(name, features, extent=EXTENT, version=2):
    """One layer; features whose geometry vanishes (rounded away) are left out."""
    keys, values, encoded = {}, {}, []
    for number, feature in enumerate(features, start=1):
        kind, parts, properties = feature[:3]
        commands = geometry_commands(kind, parts)
        if not commands:
            continue
        tags = []
        for key, value in properties.items():
            if value is None:
                continue  # absent, not null
            tags.append(keys.setdefault(key, len(keys)))
            tags.append(values.setdefault((type(value).__name__, value), len(values)))
        feature_id = feature[3] if len(feature) > 3 else number
        body = _varint_field(1, feature_id) + _packed_field(2, tags) + _varint_field(3, kind)
        encoded.append(_bytes_field(2, body + _packed_field(4, commands)))
    layer = _varint_field(15, version) + _bytes_field(1, name.encode("utf-8")) + b"".join(encoded)
    layer += b"".join(_bytes_field(3, key.encode("utf-8")) for key in keys)
    layer += b"".join(_bytes_field(4, _value(value)) for _kind, value in values)
    return layer + _varint_field(5, extent), bool(encoded)


def encode_tile(layers, extent=EXTENT):
    """A tile from ``{layer name: [features]}``; layers without features are left out."""
    tile = b""
    for name, features in layers.items():
        layer, has_features = encode_layer(name, features, extent)
        if has_features:
            tile += _bytes_field(3, layer)
    return tile


def tile_bounds(z, x, y):
    """(west, south, east, north) of an XYZ tile in lon/lat."""
    n = 2 ** z

    def lat(row):
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))
    return x / n * 360 - 180, lat(y + 1), (x + 1) / n * 360 - 180, lat(y)


def to_tile_pixels(z, x, y, size):
    """A function (lon, lat) → pixel coordinates inside tile z/x/y of ``size`` pixels (y down)."""
    n = 2 ** z

    def project(lon, lat):
        lat = max(-85.0511, min(85.0511, lat))
        column = (lon + 180) / 360 * n
        row = (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n
        return (column - x) * size, (row - y) * size
    return project
