"""A Mapbox Vector Tile encoder (protobuf written by hand), for the sandbox's
coverage tiles and detection geometry. It is deliberately independent of the
plugin's decoder (providers/mvt.py): QGIS itself reads the tiles it makes.

A feature is ``(geometry type, parts, properties)`` with parts in tile units
(y down): points ``[(x, y), ...]``, lines ``[[(x, y), ...], ...]``, polygons
``[[exterior ring, hole, ...], ...]``.
"""

import struct

POINT, LINESTRING, POLYGON = 1, 2, 3


def varint(value):
    out = bytearray()
    value &= (1 << 64) - 1
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _key(number, wire):
    return varint(number << 3 | wire)


def _bytes_field(number, data):
    return _key(number, 2) + varint(len(data)) + data


def _varint_field(number, value):
    return _key(number, 0) + varint(value)


def _packed_field(number, values):
    return _bytes_field(number, b"".join(varint(v) for v in values))


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def _command(command, count):
    return (count << 3) | command


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
        commands.append(_command(1, len(parts)))
        commands += moves(parts)
        return commands
    if kind == LINESTRING:
        for line in parts:
            commands += [_command(1, 1)] + moves(line[:1]) + [_command(2, len(line) - 1)] + moves(line[1:])
        return commands
    for polygon in parts:
        for index, ring in enumerate(polygon):
            ring = list(ring)
            if ring[0] == ring[-1]:
                ring = ring[:-1]
            # exterior rings have positive area in tile coordinates, holes negative (MVT 4.3.4.4)
            if (_ring_area(ring) > 0) != (index == 0):
                ring.reverse()
            commands += [_command(1, 1)] + moves(ring[:1]) + [_command(2, len(ring) - 1)] + moves(ring[1:])
            commands.append(_command(7, 1))
    return commands


def _value(value):
    if isinstance(value, bool):
        return _varint_field(7, int(value))
    if isinstance(value, int):
        return _varint_field(4, value)  # int_value (int64, two's complement)
    if isinstance(value, float):
        return _key(3, 1) + struct.pack("<d", value)
    return _bytes_field(1, str(value).encode("utf-8"))


def encode_layer(name, features, extent=4096, version=2):
    keys, values, encoded = {}, {}, []
    for feature_id, (kind, parts, properties) in enumerate(features, start=1):
        tags = []
        for key, value in properties.items():
            if value is None:
                continue  # absent, not null
            tags.append(keys.setdefault(key, len(keys)))
            tags.append(values.setdefault((type(value).__name__, value), len(values)))
        body = _varint_field(1, feature_id) + _packed_field(2, tags) + _varint_field(3, kind)
        body += _packed_field(4, geometry_commands(kind, parts))
        encoded.append(_bytes_field(2, body))
    layer = _varint_field(15, version) + _bytes_field(1, name.encode("utf-8")) + b"".join(encoded)
    layer += b"".join(_bytes_field(3, key.encode("utf-8")) for key in keys)
    layer += b"".join(_bytes_field(4, _value(value)) for _kind, value in values)
    layer += _varint_field(5, extent)
    return layer


def encode_tile(layers, extent=4096):
    """A tile from ``{layer name: [features]}``; empty layers are left out."""
    return b"".join(_bytes_field(3, encode_layer(name, features, extent)) for name, features in layers.items()
                    if features)
