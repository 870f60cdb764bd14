"""The vector tile decoder: the docs' sample, a detection encoded by hand byte
by byte, holes, and the sandbox's tiles read back."""

import base64

import pytest

from imagery_hub.providers import mvt
from imagery_hub.providers.mapillary.client import parse_detection
from imagery_hub.sandbox import mvt as sandbox_mvt

# One layer "mpy-or" (version 2, extent 4096) with one polygon feature tagged
# type=polygon: MoveTo(1024,512) LineTo(2048,1536) LineTo(0,1536) ClosePath.
# Commands: 9, zz(1024)=2048, zz(512)=1024, 18, zz(1024)=2048, zz(1024)=2048,
# zz(-2048)=4095, zz(0)=0, 15.
HAND_ENCODED = bytes(
    [0x1A, 0x38,  # Tile.layers (field 3), 56 bytes
     0x78, 0x02,  # Layer.version = 2
     0x0A, 0x06, *b"mpy-or",  # Layer.name
     0x12, 0x18,  # Layer.features, 24 bytes
     0x08, 0x01,  # Feature.id = 1
     0x12, 0x02, 0x00, 0x00,  # Feature.tags = [0, 0] (packed)
     0x18, 0x03,  # Feature.type = POLYGON
     0x22, 0x0E,  # Feature.geometry, 14 bytes (packed)
     0x09, 0x80, 0x10, 0x80, 0x08, 0x12, 0x80, 0x10, 0x80, 0x10, 0xFF, 0x1F, 0x00, 0x0F,
     0x1A, 0x04, *b"type",  # Layer.keys
     0x22, 0x09, 0x0A, 0x07, *b"polygon",  # Layer.values: string_value
     0x28, 0x80, 0x20])  # Layer.extent = 4096

DOCS_SAMPLE = "GjgKBm1weS1vchIYEgIAABgDIhAJnC3uFxroAwAA7AbnAwAPGgR0eXBlIgkKB3BvbHlnb24ogCB4AQ=="


def test_hand_encoded_detection_decodes_to_its_triangle():
    layer = mvt.decode(HAND_ENCODED)["mpy-or"]
    assert (layer.version, layer.extent, len(layer.features)) == (2, 4096, 1)
    feature = layer.features[0]
    assert (feature.id, feature.type, feature.properties) == (1, mvt.POLYGON, {"type": "polygon"})
    assert feature.geometry == [[[(1024, 512), (2048, 1536), (0, 1536), (1024, 512)]]]


def test_hand_encoded_detection_scaled_to_image_pixels_y_down():
    detection = parse_detection({"id": "7", "value": "object--vehicle--car",
                                 "geometry": base64.b64encode(HAND_ENCODED).decode()}, 4000, 3000)
    assert detection.polygons == [[[(1000.0, 375.0), (2000.0, 1125.0), (0.0, 1125.0), (1000.0, 375.0)]]]
    assert detection.normalized() == [[[(0.25, 0.125), (0.5, 0.375), (0.0, 0.375), (0.25, 0.125)]]]
    assert detection.value == "object--vehicle--car" and detection.image_size == (4000, 3000)


def test_the_documentation_sample():
    layer = mvt.decode_base64(DOCS_SAMPLE)["mpy-or"]
    assert (layer.extent, layer.version) == (4096, 1)
    assert layer.features[0].properties == {"type": "polygon"}
    assert layer.features[0].geometry == [[[(2894, 1527), (3138, 1527), (3138, 1965), (2894, 1965), (2894, 1527)]]]


def test_a_ring_with_negative_area_is_a_hole_of_the_polygon_before_it():
    # exterior 0,0 → 10,0 → 10,10 → 0,10 (clockwise on screen); hole 2,2 → 2,8 → 8,8 → 8,2
    commands = [9, 0, 0, 26, 20, 0, 0, 20, 19, 0, 15,
                9, 4, 15, 26, 0, 12, 12, 0, 0, 11, 15]  # the cursor starts at 0,10
    polygons = mvt._geometry(mvt.POLYGON, commands)
    assert len(polygons) == 1 and len(polygons[0]) == 2
    assert polygons[0][1][:4] == [(2, 2), (2, 8), (8, 8), (8, 2)]


def test_garbage_is_refused_with_a_decode_error():
    with pytest.raises(mvt.DecodeError):
        mvt.decode(b"\x1a\x40\x0a")  # a layer longer than the data
    with pytest.raises(mvt.DecodeError):
        mvt._geometry(mvt.POLYGON, [18, 2, 2])  # LineTo before MoveTo


def test_reads_back_every_value_type_the_sandbox_writes():
    tile = sandbox_mvt.encode_tile({
        "image": [(sandbox_mvt.POINT, [(10, 20)], {"id": 1386976845208976, "compass_angle": 43,
                                                     "is_pano": True, "sequence_id": "3bVl", "score": 0.5,
                                                     "below": -3})],
        "sequence": [(sandbox_mvt.LINESTRING, [[(0, 0), (100, 50), (200, 0)]], {"id": "seq"})]})
    layers = mvt.decode(tile)
    point = layers["image"].features[0]
    assert point.geometry == [[(10, 20)]]
    assert point.properties == {"id": 1386976845208976, "compass_angle": 43, "is_pano": True,
                                "sequence_id": "3bVl", "score": 0.5, "below": -3}
    assert layers["sequence"].features[0].geometry == [[(0, 0), (100, 50), (200, 0)]]
