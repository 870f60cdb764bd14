"""Drone JPEGs for the Spexi emulator: a procedural city seen through the camera.

The ground is a function of position (a rotated downtown street grid with
roof-tops, parks, cars and a harbour to the north), so every image of the same
place agrees with the others, and a "zoomed" crop is rendered at full detail
rather than upscaled. Files carry EXIF (camera, time, GPS) and DJI-style XMP
(gimbal and flight angles), as Spexi's page says its JPEGs do.
"""

import io
import math
import struct

import numpy as np
from PIL import Image, TiffImagePlugin

from .catalog import CAMERA_MODEL

GRID_ANGLE = math.radians(36.0)  # Vancouver's downtown grid is turned about 36° from north
BLOCK_U, BLOCK_V, STREET_U, STREET_V = 120.0, 90.0, 20.0, 18.0
ROOFS = np.array([(128, 128, 132), (82, 84, 92), (158, 148, 130), (100, 118, 92), (166, 96, 74),
                  (205, 205, 210), (120, 104, 96), (140, 150, 160)], dtype=np.float32)
CARS = np.array([(200, 30, 30), (230, 230, 235), (20, 20, 25), (40, 70, 160), (150, 150, 155),
                 (220, 200, 40)], dtype=np.float32)
SKY, HAZE = np.array((150, 185, 225), np.float32), np.array((190, 200, 212), np.float32)


def _hash(*arrays):
    """A non-negative pseudo-random integer per element of integer arrays."""
    value = np.zeros(np.broadcast(*arrays).shape, dtype=np.int64)
    for salt, array in zip((73856093, 19349663, 83492791, 2654435761), arrays):
        value = (value ^ (array.astype(np.int64) * salt)) * 1274126177
        value ^= value >> 15
    return value & 0x7FFFFFFF


def ground_colour(x, y):
    """RGB (float arrays) of the ground at local metres (x east, y north)."""
    u = x * math.cos(GRID_ANGLE) - y * math.sin(GRID_ANGLE)
    v = x * math.sin(GRID_ANGLE) + y * math.cos(GRID_ANGLE)
    bu, bv = np.floor(u / BLOCK_U), np.floor(v / BLOCK_V)
    fu, fv = u - bu * BLOCK_U, v - bv * BLOCK_V
    rgb = np.empty(x.shape + (3,), np.float32)

    # streets: asphalt, a dashed centre line, zebra crossings, parked and moving cars
    rgb[:] = (78, 78, 84)
    street_v = fu < STREET_U  # runs along v
    street_u = fv < STREET_V
    dash_v = street_v & (np.abs(fu - STREET_U / 2) < 0.18) & (np.mod(v, 9) < 4.5) & ~street_u
    dash_u = street_u & (np.abs(fv - STREET_V / 2) < 0.18) & (np.mod(u, 9) < 4.5) & ~street_v
    rgb[dash_v | dash_u] = (225, 210, 120)
    zebra = ((street_v & (fv - STREET_V < 4) & (fv >= STREET_V) & (np.mod(fu, 1.6) < 0.8))
             | (street_u & (fu - STREET_U < 4) & (fu >= STREET_U) & (np.mod(fv, 1.6) < 0.8)))
    rgb[zebra] = (230, 230, 230)
    for lane in (4.5, 15.5):
        slot = np.floor(v / 7.0)
        car = (street_v & ~street_u & (np.abs(fu - lane) < 1.0) & (np.mod(v, 7.0) > 1.2)
               & (np.mod(v, 7.0) < 5.8) & (_hash(bu, slot, np.full_like(slot, lane)) % 5 == 0))
        rgb[car] = CARS[(_hash(bu, slot, np.full_like(slot, lane + 7)) % len(CARS))[car]]

    # blocks: sidewalk, lots with buildings (parapet, roof plant), some parks
    block = ~(street_v | street_u)
    iu, iv = fu - STREET_U, fv - STREET_V
    inner_u, inner_v = BLOCK_U - STREET_U, BLOCK_V - STREET_V
    sidewalk = block & ((iu < 3) | (iu > inner_u - 3) | (iv < 3) | (iv > inner_v - 3))
    rgb[sidewalk] = (172, 170, 166)
    lot_w, lot_h = (inner_u - 6) / 2, (inner_v - 6) / 3
    lot_u, lot_v = np.floor((iu - 3) / lot_w), np.floor((iv - 3) / lot_h)
    lu, lv = iu - 3 - lot_u * lot_w, iv - 3 - lot_v * lot_h
    lot = block & ~sidewalk
    park_block = _hash(bu, bv) % 9 == 0
    yard = lot & ~park_block & ((lu < 1.5) | (lu > lot_w - 1.5) | (lv < 1.5) | (lv > lot_h - 1.5))
    rgb[yard] = (120, 140, 100)
    roof = lot & ~park_block & ~yard
    roof_id = _hash(bu, bv, lot_u * 3 + lot_v)
    rgb[roof] = ROOFS[(roof_id % len(ROOFS))[roof]]
    edge = np.minimum(np.minimum(lu - 1.5, lot_w - 1.5 - lu), np.minimum(lv - 1.5, lot_h - 1.5 - lv))
    rgb[roof & (edge < 0.7)] *= 0.72
    cell_u, cell_v = np.floor(lu / 5.0), np.floor(lv / 5.0)
    plant = roof & (edge > 1.0) & (_hash(roof_id, cell_u, cell_v) % 6 == 0) \
        & (np.mod(lu, 5.0) < 2.6) & (np.mod(lv, 5.0) < 2.6)
    rgb[plant] = (188, 188, 192)
    park = lot & park_block
    rgb[park] = (78, 128, 62)
    tree_u, tree_v = np.floor(iu / 9.0), np.floor(iv / 9.0)
    offset = _hash(bu, bv, tree_u, tree_v)
    du = np.mod(iu, 9.0) - (2 + (offset % 50) / 10.0)
    dv = np.mod(iv, 9.0) - (2 + (offset // 50 % 50) / 10.0)
    crown = np.hypot(du, dv)
    tree = park & (crown < 3.2) & (offset % 4 != 0)
    rgb[tree] = np.stack([40 + 10 * crown[tree], 82 + 12 * crown[tree], 36 + 6 * crown[tree]], axis=-1)

    # the harbour to the north, behind a seawall
    shore = 620 + 70 * np.sin(x / 310.0) + 25 * np.sin(x / 97.0 + 1.3)
    rgb[(y > shore) & (y < shore + 5)] = (190, 186, 176)
    water = y >= shore + 5
    ripple = 6 * np.sin(x * 0.9 + y * 0.35) * np.sin(y * 0.6)
    rgb[water] = np.stack([38 + ripple[water], 78 + ripple[water], 104 + ripple[water]], axis=-1)
    return rgb


def render(camera, width, height, window=(0.0, 0.0, 1.0, 1.0)):
    """An RGB uint8 array of what ``camera`` sees in ``window`` (u0, v0, u1, v1,
    normalized image coordinates) at ``width`` × ``height`` pixels."""
    u0, v0, u1, v1 = window
    u = u0 + (np.arange(width, dtype=np.float64) + 0.5) / width * (u1 - u0)
    v = v0 + (np.arange(height, dtype=np.float64) + 0.5) / height * (v1 - v0)
    a = (2 * u[np.newaxis, :] - 1) / camera.focal()
    b = (2 * v[:, np.newaxis] - 1) / (camera.focal() * camera.aspect)
    right, down, forward = camera.axes()
    dx, dy, dz = (a * r + b * d + f for r, d, f in zip(right, down, forward))
    below = dz < -1e-4
    t = np.where(below, camera.altitude / np.where(below, -dz, 1.0), 0.0)
    gx, gy = camera.x + dx * t, camera.y + dy * t
    rgb = ground_colour(gx, gy)
    distance = t * np.sqrt(dx * dx + dy * dy + dz * dz)
    haze = (1.0 - np.exp(-distance / 2500.0))[..., np.newaxis]
    rgb = rgb * (1 - haze) + HAZE * haze
    rgb[~below] = SKY
    return np.clip(rgb, 0, 255).astype(np.uint8)


def _rational(value, denominator=10000):
    return TiffImagePlugin.IFDRational(int(round(value * denominator)), denominator)


def _dms(value):
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return (_rational(degrees, 1), _rational(minutes, 1), _rational(seconds))


def exif_bytes(image, width, height):
    exif = Image.Exif()
    make, model, focal = CAMERA_MODEL
    stamp = image.captured_at.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x010F], exif[0x0110], exif[0x0132] = make, model, stamp
    exif[0x010E] = f"Spexi {image.capture_type} {image.sid}"
    exif[0x8769] = {0x9003: stamp, 0x9004: stamp, 0x920A: _rational(focal, 100),
                    0xA002: width, 0xA003: height}
    exif[0x8825] = {
        0: b"\x02\x03\x00\x00",
        1: "N" if image.lat >= 0 else "S", 2: _dms(image.lat),
        3: "E" if image.lon >= 0 else "W", 4: _dms(image.lon),
        5: b"\x00", 6: _rational(image.camera.altitude, 100),
        0x11: _rational(image.camera.heading, 100), 0x10: "T",
    }
    return exif.tobytes()


def xmp_packet(image):
    camera = image.camera
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" '
        'xmlns:spexi="https://world.spexi.com/ns/1.0/" '
        f'drone-dji:RelativeAltitude="+{camera.altitude:.2f}" '
        f'drone-dji:GimbalPitchDegree="{camera.pitch:.2f}" drone-dji:GimbalYawDegree="{camera.heading:.2f}" '
        f'drone-dji:GimbalRollDegree="{camera.roll:.2f}" drone-dji:FlightYawDegree="{camera.heading:.2f}" '
        f'spexi:ImageId="{image.sid}" spexi:CaptureType="{image.capture_type}"/>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode("utf-8")


def _with_xmp(jpeg, xmp):
    """The JPEG with an XMP APP1 segment after its EXIF segment."""
    segment = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
    position = 2
    while jpeg[position] == 0xFF and jpeg[position + 1] in (0xE0, 0xE1):
        position += 2 + struct.unpack(">H", jpeg[position + 2:position + 4])[0]
    return jpeg[:position] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + jpeg[position:]


def jpeg(image, width, height, window=(0.0, 0.0, 1.0, 1.0), quality=88, noise=3.5):
    """JPEG bytes of ``image`` (a catalog SpexiImage) with EXIF and XMP. Large
    frames are rendered at half size and scaled up (four times faster; the
    sensor noise is added at full size)."""
    scale = 2 if width * height > 800_000 else 1
    pixels = render(image.camera, width // scale, height // scale, window)
    picture = Image.fromarray(pixels)
    if scale > 1:
        picture = picture.resize((width, height), Image.BICUBIC)
    if noise:
        rng = np.random.default_rng(image.number)
        noisy = np.asarray(picture, np.float32) + rng.normal(0.0, noise, (height, width, 3)).astype(np.float32)
        picture = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=quality, exif=exif_bytes(image, width, height))
    return _with_xmp(buffer.getvalue(), xmp_packet(image))
