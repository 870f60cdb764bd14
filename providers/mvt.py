"""A small decoder of Mapbox Vector Tiles (protobuf), written here so that the
providers need no extra package.

Mapillary uses MVT twice: the coverage tiles (``mly1_public``) and the geometry
of each detection, a base64 string holding a one-layer tile whose coordinates are
pixels of the image scaled to the layer's extent (CONTRACTS.md §1.4). Coordinates
stay in tile units with y pointing down, as the MVT specification (2.1) defines
them; callers scale them.
"""

import base64
import struct
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

POINT, LINESTRING, POLYGON = 1, 2, 3
_MOVE_TO, _LINE_TO, _CLOSE_PATH = 1, 2, 7


class DecodeError(ValueError):
    """The bytes are not a vector tile this decoder understands."""


@dataclass
class Feature:
    id: Optional[int]
    type: int  # POINT, LINESTRING or POLYGON
    properties: Dict[str, object]
    #: points: [[(x, y)]]; lines: one list of points per line; polygons: one list
    #: of rings per polygon, the exterior ring first (MVT 4.3.4.4)
    geometry: List[list]


@dataclass
class Layer:
    name: str
    extent: int = 4096
    version: int = 1
    features: List[Feature] = field(default_factory=list)


# -- protobuf wire format -------------------------------------------------------------
def _varint(data, pos):
    result = shift = 0
    while True:
        if pos >= len(data):
            raise DecodeError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise DecodeError("varint too long")


def _fields(data):
    """(field number, wire type, value) for each field of a message; length
    delimited values are bytes, fixed32/fixed64 stay raw bytes."""
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos)
        elif wire == 1:
            value, pos = data[pos:pos + 8], pos + 8
        elif wire == 2:
            size, pos = _varint(data, pos)
            value, pos = data[pos:pos + size], pos + size
        elif wire == 5:
            value, pos = data[pos:pos + 4], pos + 4
        else:
            raise DecodeError(f"unsupported wire type {wire}")
        if pos > len(data):
            raise DecodeError("truncated field")
        yield number, wire, value


def _packed(value, wire):
    if wire == 0:  # a single unpacked element
        return [value]
    items, pos = [], 0
    while pos < len(value):
        item, pos = _varint(value, pos)
        items.append(item)
    return items


def _zigzag(n):
    return (n >> 1) ^ -(n & 1)


def _signed64(n):
    return n - (1 << 64) if n >= 1 << 63 else n


def _value(data):
    for number, _wire, raw in _fields(data):
        if number == 1:
            return raw.decode("utf-8")
        if number == 2:
            return struct.unpack("<f", raw)[0]
        if number == 3:
            return struct.unpack("<d", raw)[0]
        if number == 4:
            return _signed64(raw)
        if number == 5:
            return raw
        if number == 6:
            return _zigzag(raw)
        if number == 7:
            return bool(raw)
    return None


# -- geometry -------------------------------------------------------------------------
def _paths(commands):
    """Decode the command integers into paths of absolute (x, y) and whether each
    path was closed."""
    paths, current = [], None
    x = y = i = 0
    while i < len(commands):
        command, count = commands[i] & 7, commands[i] >> 3
        i += 1
        if command == _CLOSE_PATH:
            if current is not None:
                current[1] = True
            continue
        if command not in (_MOVE_TO, _LINE_TO):
            raise DecodeError(f"unknown geometry command {command}")
        if i + 2 * count > len(commands):
            raise DecodeError("geometry ends inside a command")
        for _ in range(count):
            x += _zigzag(commands[i])
            y += _zigzag(commands[i + 1])
            i += 2
            if command == _MOVE_TO:
                current = [[(x, y)], False]
                paths.append(current)
            elif current is None:
                raise DecodeError("LineTo before MoveTo")
            else:
                current[0].append((x, y))
    return paths


def ring_area(ring):
    """Surveyor's formula in tile coordinates: positive for an exterior ring
    (clockwise on screen, y down), negative for a hole."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2.0


def _geometry(kind, commands):
    paths = _paths(commands)
    if kind == POINT:
        return [[point for points, _ in paths for point in points]]
    if kind == LINESTRING:
        return [points for points, _ in paths]
    if kind == POLYGON:
        polygons = []
        for points, _closed in paths:
            ring = points + points[:1]
            area = ring_area(points)
            if area > 0 or not polygons:
                polygons.append([ring])
            elif area < 0:
                polygons[-1].append(ring)
        return polygons
    return []


# -- messages -------------------------------------------------------------------------
def _feature(data, keys, values):
    fid, kind, tags, commands = None, 0, [], []
    for number, wire, raw in _fields(data):
        if number == 1:
            fid = raw
        elif number == 2:
            tags.extend(_packed(raw, wire))
        elif number == 3:
            kind = raw
        elif number == 4:
            commands.extend(_packed(raw, wire))
    properties = {}
    for k, v in zip(tags[::2], tags[1::2]):
        if k >= len(keys) or v >= len(values):
            raise DecodeError("feature tag points past the layer's keys or values")
        properties[keys[k]] = values[v]
    return Feature(fid, kind, properties, _geometry(kind, commands))


def _layer(data):
    name, version, extent = "", 1, 4096
    keys, values, raw_features = [], [], []
    for number, _wire, raw in _fields(data):
        if number == 1:
            name = raw.decode("utf-8")
        elif number == 2:
            raw_features.append(raw)
        elif number == 3:
            keys.append(raw.decode("utf-8"))
        elif number == 4:
            values.append(_value(raw))
        elif number == 5:
            extent = raw
        elif number == 15:
            version = raw
    features = [_feature(raw, keys, values) for raw in raw_features]
    return Layer(name, extent, version, features)


def decode(data):
    """The layers of a tile (bytes), as ``{name: Layer}``."""
    try:
        return {layer.name: layer for layer in
                (_layer(raw) for number, _wire, raw in _fields(bytes(data)) if number == 3)}
    except (IndexError, UnicodeDecodeError, struct.error) as exc:
        raise DecodeError(f"not a vector tile: {exc}") from None


def decode_base64(text):
    """The layers of a base64-encoded tile (as Mapillary sends detection geometry)."""
    try:
        data = base64.b64decode(text, validate=False)
    except (ValueError, TypeError) as exc:
        raise DecodeError(f"not base64: {exc}") from None
    return decode(data)


def scale_rings(polygons, extent, width, height) -> List[List[List[Tuple[float, float]]]]:
    """Polygons in tile units scaled to ``width`` × ``height`` (image pixels, y down)."""
    sx, sy = width / float(extent), height / float(extent)
    return [[[(x * sx, y * sy) for x, y in ring] for ring in polygon] for polygon in polygons]
