"""The vector tile decoder against the official fixtures (mapbox/mvt-fixtures,
tests/data/mvt-fixtures, ODbL/CC0) and a fuzzer: valid tiles decode as their
JSON says, fatal ones are refused, and no byte string makes the decoder raise
anything but its own DecodeError (an ImageryHubError) or return other types
than the specification's."""

import json
import math
import random
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imagery_hub.providers import mvt
from imagery_hub.providers.errors import ImageryHubError

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "mvt-fixtures"
#: marked valid, but its MoveTo count (536,870,911 points) runs far past the two
#: numbers that follow, as in 051, which the suite marks fatal: refused like 051
REFUSED_DESPITE_LABEL = {"057"}


def _fixture(name):
    folder = FIXTURES / name
    return ((folder / "tile.mvt").read_bytes(), json.loads((folder / "tile.json").read_text()),
            json.loads((folder / "info.json").read_text())["validity"])


NAMES = sorted(p.name for p in FIXTURES.iterdir() if (p / "tile.mvt").exists())
VALID = [n for n in NAMES if _fixture(n)[2].get("v2") and n not in REFUSED_DESPITE_LABEL]
FATAL = [n for n in NAMES if _fixture(n)[2].get("error") == "fatal" and not _fixture(n)[2].get("v2")]


def _expected_value(value):
    (kind, raw), = value.items()
    if kind == "float_value":
        return struct.unpack("<f", struct.pack("<f", raw))[0]
    return str(raw) if kind == "string_value" else raw  # 076 writes the string "613" as 613


def _expected_vertices(commands):
    """Every vertex the commands visit, in order (a plain reading of MVT 4.3)."""
    x = y = i = 0
    vertices = []
    while i < len(commands):
        command, count = commands[i] & 7, commands[i] >> 3
        i += 1
        if command == 7:
            continue
        for _ in range(count):
            dx, dy = commands[i], commands[i + 1]
            x += (dx >> 1) ^ -(dx & 1)
            y += (dy >> 1) ^ -(dy & 1)
            vertices.append((x, y))
            i += 2
    return vertices


def _decoded_vertices(feature):
    if feature.type == mvt.POLYGON:  # rings come back closed: drop the repeated first point
        return [point for polygon in feature.geometry for ring in polygon for point in ring[:-1]]
    return [point for part in feature.geometry for point in part]


def test_the_fixtures_are_all_here():
    assert len(NAMES) >= 70 and len(VALID) >= 40 and len(FATAL) >= 20


@pytest.mark.parametrize("name", VALID)
def test_a_valid_fixture_decodes_as_its_json_says(name):
    tile, expected, _ = _fixture(name)
    layers = mvt.decode(tile)
    assert list(layers) == [layer["name"] for layer in expected.get("layers", [])]
    for want in expected.get("layers", []):
        layer = layers[want["name"]]
        assert (layer.version, layer.extent) == (want.get("version", 1), want.get("extent", 4096))
        assert type(layer.version) is int and type(layer.extent) is int
        assert len(layer.features) == len(want["features"])
        values = [_expected_value(v) for v in want["values"]]
        for feature, wanted in zip(layer.features, want["features"]):
            assert feature.id == wanted.get("id")
            assert feature.type == wanted.get("type", 0)
            tags = wanted["tags"]
            assert feature.properties == {want["keys"][k]: values[v] for k, v in zip(tags[::2], tags[1::2])}
            if feature.type != mvt.UNKNOWN:
                assert _decoded_vertices(feature) == _expected_vertices(wanted["geometry"])


@pytest.mark.parametrize("name", FATAL + sorted(REFUSED_DESPITE_LABEL))
def test_a_fatal_fixture_is_refused_with_the_decoders_own_error(name):
    tile, _, _ = _fixture(name)
    with pytest.raises(mvt.DecodeError) as caught:
        mvt.decode(tile)
    assert isinstance(caught.value, ImageryHubError) and str(caught.value)


def test_a_zero_extent_is_refused_before_anyone_divides_by_it():
    from imagery_hub.sandbox import mvt as sandbox_mvt
    layer, _ = sandbox_mvt.encode_layer("mpy-or", [(mvt.POLYGON, [[[(0, 0), (10, 0), (10, 10)]]], {})],
                                        extent=0)
    with pytest.raises(mvt.DecodeError, match="extent 0"):
        mvt.decode(b"\x1a" + sandbox_mvt.varint(len(layer)) + layer)


# -- fuzzing --------------------------------------------------------------------------
SEEDS = [_fixture(n)[0] for n in NAMES if _fixture(n)[0]]
VALUE_TYPES = (str, float, int, bool, type(None))


def _check_decodes_or_refuses(data):
    """The decoder's whole contract for bytes from a server."""
    try:
        layers = mvt.decode(data)
    except mvt.DecodeError:
        return False
    for name, layer in layers.items():
        assert type(name) is str and name == layer.name
        assert type(layer.version) is int and layer.version in (1, 2)
        assert type(layer.extent) is int and layer.extent > 0
        for feature in layer.features:
            assert feature.id is None or type(feature.id) is int
            assert feature.type in (mvt.UNKNOWN, mvt.POINT, mvt.LINESTRING, mvt.POLYGON)
            assert all(type(k) is str and isinstance(v, VALUE_TYPES) for k, v in feature.properties.items())
            scaled = mvt.scale_rings(feature.geometry if feature.type == mvt.POLYGON else [],
                                     layer.extent, 100, 100)
            assert all(math.isfinite(x) for polygon in scaled for ring in polygon for x, _ in ring)
    return True


def _mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        action = rng.randrange(4)
        position = rng.randrange(len(data) + 1)
        if action == 0 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif action == 1:
            data.insert(position, rng.randrange(256))
        elif action == 2 and data:
            del data[min(position, len(data) - 1)]
        else:
            data = data[:position]
    return bytes(data)


def test_twenty_thousand_mutated_fixtures_decode_or_are_refused():
    rng = random.Random(16)
    decoded = sum(_check_decodes_or_refuses(_mutate(rng.choice(SEEDS), rng)) for _ in range(20000))
    assert 0 < decoded < 20000  # both outcomes were reached


@settings(max_examples=300, deadline=None, database=None, derandomize=True,  # the same cases every run
          suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(SEEDS), cut=st.integers(0, 400), junk=st.binary(max_size=40))
def test_hypothesis_spliced_tiles_decode_or_are_refused(seed, cut, junk):
    _check_decodes_or_refuses(seed[:cut] + junk + seed[cut:])


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.binary(max_size=200))
def test_hypothesis_random_bytes_decode_or_are_refused(data):
    _check_decodes_or_refuses(data)


def test_what_is_not_a_tile_at_all_is_refused_the_same_way():
    for bad in (object(), None, 42):
        with pytest.raises(mvt.DecodeError):
            mvt.decode(bad)
    with pytest.raises(mvt.DecodeError):
        mvt.decode_base64("%%% not base64 %%%")
