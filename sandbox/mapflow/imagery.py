"""Aerial-looking PNG tiles of the sandbox city (sandbox/mapflow/world.py).

They serve two purposes: the XYZ imagery a user can point a processing at (and a
basemap for the demo), and a processing's raster result layer, which is the same
imagery cut to the processing's area. Deterministic: the same tile is the same
bytes every time.
"""

import io
import random
import zlib

from PIL import Image, ImageDraw
from shapely.geometry import box

from ..mvt import tile_bounds, to_tile_pixels
from .world import M_PER_DEG_LAT, M_PER_DEG_LON, SIDEWALK as SIDEWALK_M, blocks_in, city_bounds

SIZE = 256
FARMLAND = (118, 132, 84)
ASPHALT = (88, 90, 94)
SIDEWALK = (176, 174, 168)
YARD = (104, 128, 82)
PARK = (72, 122, 62)
TREE = (46, 92, 44)
PLAZA = (190, 184, 170)
INSET_LON, INSET_LAT = SIDEWALK_M / M_PER_DEG_LON, SIDEWALK_M / M_PER_DEG_LAT


def _noise(seed):
    rng = random.Random(seed)
    grain = Image.frombytes("L", (64, 64), bytes(rng.getrandbits(8) for _ in range(64 * 64)))
    return grain.resize((SIZE, SIZE), Image.BILINEAR).convert("RGB")


def _intersects(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _pixels(project, polygon):
    return [project(x, y) for x, y in polygon.exterior.coords]


def render_tile(z, x, y, clip=None):
    """PNG bytes of tile z/x/y; with ``clip`` (a lon/lat polygon) everything
    outside it is transparent."""
    bounds = tile_bounds(z, x, y)
    project = to_tile_pixels(z, x, y, SIZE)
    image = Image.new("RGB", (SIZE, SIZE), FARMLAND)
    draw = ImageDraw.Draw(image)
    city = city_bounds()
    if _intersects(bounds, city):
        (x0, y1), (x1, y0) = project(city[0], city[1]), project(city[2], city[3])
        draw.rectangle([x0, y0, x1, y1], fill=ASPHALT)
        if z >= 12:
            _draw_blocks(draw, project, blocks_in(*bounds), z)
    image = Image.blend(image, _noise(z * 10**12 + x * 10**6 + y), 0.08)
    if clip is not None:
        mask = Image.new("L", (SIZE, SIZE), 0)
        shapes = clip.geoms if hasattr(clip, "geoms") else [clip]
        for shape in shapes:
            ImageDraw.Draw(mask).polygon(_pixels(project, shape), fill=255)
        image.putalpha(mask)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _draw_blocks(draw, project, blocks, z):
    scale = 2 ** (z - 17)  # pixels per ~1.2 m at zoom 17
    shadow = max(1, round(3 * scale))
    for item in blocks:
        draw.polygon(_pixels(project, item.outline), fill=SIDEWALK)
        west, south, east, north = item.outline.bounds
        inner = box(west + INSET_LON, south + INSET_LAT, east - INSET_LON, north - INSET_LAT)
        fill = {"park": PARK, "plaza": PLAZA}.get(item.kind, YARD)
        draw.polygon(_pixels(project, inner), fill=fill)
        if item.kind == "park" and z >= 15:
            rng = random.Random(zlib.crc32(item.outline.wkb))
            for _ in range(40):
                cx, cy = project(rng.uniform(west, east), rng.uniform(south, north))
                radius = rng.uniform(2.5, 5) * scale * 2
                draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=TREE)
        if z < 14:
            continue
        for building in item.buildings:
            points = _pixels(project, building.footprint)
            draw.polygon([(px + shadow, py + shadow) for px, py in points], fill=(52, 54, 56))
            outline = tuple(max(0, c - 35) for c in building.roof)
            draw.polygon(points, fill=building.roof, outline=outline)
