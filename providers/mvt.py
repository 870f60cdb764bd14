"""A small decoder of Mapbox Vector Tiles (protobuf), written here so that the
providers need no extra package.

Mapillary uses MVT twice: the coverage tiles (``mly1_public``) and the geometry
of each detection, a base64 string holding a one-layer tile whose coordinates are
pixels of the image scaled to the layer's extent (CONTRACTS.md §1.4). Coordinates
stay in tile units with y pointing down, as the MVT specification (2.1) defines
them; callers scale them.

The bytes come from a server, so every rule of the specification that a reader
relies on is checked: each known field has its own wire type, a layer has a
name, a version (1 or 2) and an extent above 0, a value holds exactly one known
kind, tags come in pairs inside the layer's tables, and geometry commands follow
the sequence of their type (MVT 4.3.4). Anything else is refused with
``DecodeError``, one of the ``ImageryHubError`` kinds, never another exception
(tests/unit/test_mvt_fixtures.py runs the mapbox/mvt-fixtures suite and a fuzzer).
"""

import base64
import struct
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .errors import ImageryHubError

UNKNOWN, POINT, LINESTRING, POLYGON = 0, 1, 2, 3
_MOVE_TO, _LINE_TO, _CLOSE_PATH = 1, 2, 7
_VARINT, _FIXED64, _BYTES, _FIXED32 = 0, 1, 2, 5
_MAX_UINT32 = (1 << 32) - 1


class DecodeError(ImageryHubError, ValueError):
    """The bytes are not a vector tile this decoder understands."""

    kind = "Not a readable vector tile"


@dataclass
class Feature:
    id: Optional[int]
    type: int  # UNKNOWN, POINT, LINESTRING or POLYGON
    properties: Dict[str, object]
    #: points: [[(x, y)]]; lines: one list of points per line; polygons: one list
    #: of rings per polygon, the exterior ring first (MVT 4.3.4.4); unknown: []
    geometry: List[list]


@dataclass
class Layer:
    name: str
    extent: int = 4096
    version: int = 2
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
            return result & 0xFFFFFFFFFFFFFFFF, pos
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
        if number == 0:
            raise DecodeError("field number 0")
        if wire == _VARINT:
            value, pos = _varint(data, pos)
        elif wire == _FIXED64:
            value, pos = data[pos:pos + 8], pos + 8
        elif wire == _BYTES:
            size, pos = _varint(data, pos)
            value, pos = data[pos:pos + size], pos + size
        elif wire == _FIXED32:
            value, pos = data[pos:pos + 4], pos + 4
        else:
            raise DecodeError(f"unsupported wire type {wire}")
        if pos > len(data):
            raise DecodeError("truncated field")
        yield number, wire, value


def _expect(what, wire, *allowed):
    if wire not in allowed:
        raise DecodeError(f"{what} has the wrong wire type {wire}")


def _packed(value, wire):
    if wire == _VARINT:  # a single unpacked element
        return [value]
    _expect("a packed field", wire, _BYTES)
    items, pos = [], 0
    while pos < len(value):
        item, pos = _varint(value, pos)
        items.append(item)
    return items


def _text(raw, what):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError(f"{what} is not UTF-8") from None


def _zigzag(n):
    return (n >> 1) ^ -(n & 1)


def _signed64(n):
    return n - (1 << 64) if n >= 1 << 63 else n


#: Value fields: number → (wire type, reader)
_VALUE_READERS = {
    1: (_BYTES, lambda raw: _text(raw, "a string value")),
    2: (_FIXED32, lambda raw: struct.unpack("<f", raw)[0]),
    3: (_FIXED64, lambda raw: struct.unpack("<d", raw)[0]),
    4: (_VARINT, _signed64),
    5: (_VARINT, lambda raw: raw),
    6: (_VARINT, _zigzag),
    7: (_VARINT, lambda raw: bool(raw)),
}


def _value(data):
    """The one value a Value message holds (MVT 4.1: exactly one of the kinds)."""
    found = []
    for number, wire, raw in _fields(data):
        if number not in _VALUE_READERS:
            raise DecodeError(f"a value of unknown kind {number}")
        expected, read = _VALUE_READERS[number]
        _expect("a value", wire, expected)
        found.append(read(raw))
    if len(found) != 1:
        raise DecodeError(f"a value holds {len(found)} kinds instead of one")
    return found[0]


# -- geometry -------------------------------------------------------------------------
def _paths(commands, kind, version=2):
    """The command integers as paths of absolute (x, y), checked against the
    command sequence of the geometry type (MVT 4.3.4)."""
    paths, cursor, i = [], [0, 0], 0
    while i < len(commands):
        command, count = commands[i] & 7, commands[i] >> 3
        i += 1
        if command not in (_MOVE_TO, _LINE_TO, _CLOSE_PATH):
            raise DecodeError(f"unknown geometry command {command}")
        if command == _CLOSE_PATH:
            if count != 1:
                raise DecodeError("ClosePath must have a count of 1")
            if kind == POLYGON and paths and not paths[-1][1] and len(paths[-1][0]) >= 3:
                paths[-1][1] = True
            elif kind == LINESTRING and version == 1 and paths and len(paths[-1][0]) >= 2:
                pass  # tolerated by version 1 (mvt-fixtures 061); the line stays open
            else:
                raise DecodeError("ClosePath out of place")
            continue
        if count == 0 or i + 2 * count > len(commands):
            raise DecodeError("geometry ends inside a command")
        if command == _MOVE_TO:
            if kind == POINT and paths:
                raise DecodeError("a point geometry has more than one MoveTo")
            if kind in (LINESTRING, POLYGON):
                if count != 1:
                    raise DecodeError("a MoveTo of a line or ring must have a count of 1")
                if paths and not _complete(paths[-1], kind):
                    raise DecodeError("a line or ring ends too early")
        elif not paths or kind == POINT:
            raise DecodeError("LineTo without a MoveTo before it")
        elif len(paths[-1][0]) != 1 or paths[-1][1]:
            raise DecodeError("LineTo out of place")
        points = [] if command == _MOVE_TO else paths[-1][0]
        for _ in range(count):
            cursor[0] += _zigzag(commands[i])
            cursor[1] += _zigzag(commands[i + 1])
            i += 2
            points.append(tuple(cursor))
        if command == _MOVE_TO:
            paths.append([points, False])
    if kind != UNKNOWN and not paths:
        raise DecodeError("a feature without geometry")
    if paths and not _complete(paths[-1], kind):
        raise DecodeError("a line or ring ends too early")
    return paths


def _complete(path, kind):
    points, closed = path
    if kind == LINESTRING:
        return len(points) >= 2
    if kind == POLYGON:
        return closed
    return True


def ring_area(ring):
    """Surveyor's formula in tile coordinates: positive for an exterior ring
    (clockwise on screen, y down), negative for a hole."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2.0


def _geometry(kind, commands, version=2):
    if kind == UNKNOWN:
        return []  # the specification leaves its geometry open (mvt-fixtures 016)
    paths = _paths(commands, kind, version)
    if kind == POINT:
        return [paths[0][0]]
    if kind == LINESTRING:
        return [points for points, _ in paths]
    polygons = []
    for points, _closed in paths:
        ring = points + points[:1]
        area = ring_area(points)
        if area > 0 or not polygons:
            polygons.append([ring])
        elif area < 0:
            polygons[-1].append(ring)
    return polygons


# -- messages -------------------------------------------------------------------------
def _feature(data, keys, values, version):
    fid, kind, tags, commands = None, UNKNOWN, [], []
    for number, wire, raw in _fields(data):
        if number == 1:
            _expect("a feature id", wire, _VARINT)
            fid = raw
        elif number == 2:
            tags.extend(_packed(raw, wire))
        elif number == 3:
            _expect("a feature type", wire, _VARINT)
            kind = raw
        elif number == 4:
            commands.extend(_packed(raw, wire))
    if kind not in (UNKNOWN, POINT, LINESTRING, POLYGON):
        raise DecodeError(f"unknown geometry type {kind}")
    if len(tags) % 2:
        raise DecodeError("feature tags do not come in pairs")
    properties = {}
    for k, v in zip(tags[::2], tags[1::2]):
        if k >= len(keys) or v >= len(values):
            raise DecodeError("feature tag points past the layer's keys or values")
        properties[keys[k]] = values[v]
    return Feature(fid, kind, properties, _geometry(kind, commands, version))


def _layer(data):
    name, version, extent = None, None, 4096
    keys, values, raw_features = [], [], []
    for number, wire, raw in _fields(data):
        if number == 1:
            _expect("a layer name", wire, _BYTES)
            name = _text(raw, "a layer name")
        elif number == 2:
            _expect("a feature", wire, _BYTES)
            raw_features.append(raw)
        elif number == 3:
            _expect("a key", wire, _BYTES)
            keys.append(_text(raw, "a key"))
        elif number == 4:
            _expect("a value", wire, _BYTES)
            values.append(_value(raw))
        elif number == 5:
            _expect("a layer extent", wire, _VARINT)
            extent = raw
        elif number == 15:
            _expect("a layer version", wire, _VARINT)
            version = raw
    if name is None:
        raise DecodeError("a layer without a name")
    if version not in (1, 2):
        raise DecodeError(f"layer {name!r} has version {version}, not 1 or 2")
    if not 0 < extent <= _MAX_UINT32:
        raise DecodeError(f"layer {name!r} has extent {extent}")
    features = [_feature(raw, keys, values, version) for raw in raw_features]
    return Layer(name, extent, version, features)


def _unreadable(exc):
    """The user's line for a decoder's finding: "Not a readable vector tile:
    truncated varint", the phrase translated (key), the finding in English."""
    return DecodeError(f"{DecodeError.kind}: {exc.message}", key="mvt.unreadable", values={"detail": exc.message})


def decode(data):
    """The layers of a tile (bytes), as ``{name: Layer}``; DecodeError for
    anything that is not a vector tile by the specification."""
    try:
        return _decode(data)
    except DecodeError as exc:
        raise _unreadable(exc) from None


def _decode(data):
    try:
        data = bytes(data)
    except TypeError:
        raise DecodeError("a tile must be bytes") from None
    layers = {}
    for number, wire, raw in _fields(data):
        if number != 3:
            continue
        _expect("a layer", wire, _BYTES)
        layer = _layer(raw)
        if layer.name in layers:
            raise DecodeError(f"two layers named {layer.name!r}")
        layers[layer.name] = layer
    return layers


def decode_base64(text):
    """The layers of a base64-encoded tile (as Mapillary sends detection geometry)."""
    try:
        data = base64.b64decode(text, validate=False)
    except (ValueError, TypeError) as exc:
        raise _unreadable(DecodeError(f"not base64: {exc}")) from None
    return decode(data)


def scale_rings(polygons, extent, width, height) -> List[List[List[Tuple[float, float]]]]:
    """Polygons in tile units scaled to ``width`` × ``height`` (image pixels, y down)."""
    sx, sy = width / float(extent), height / float(extent)
    return [[[(x * sx, y * sy) for x, y in ring] for ring in polygon] for polygon in polygons]
