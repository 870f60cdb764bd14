"""The satellite scenes of the sandbox's imagery catalog, and their previews.

Each sensor passes over the demo site on a revisit schedule counted from an
epoch; whether a pass took a scene, and everything about it (time, footprint,
off-nadir angle, resolution, cloud cover), comes from a generator seeded by
sensor and day. So the catalog covers any date range, and a scene id always
names the same scene, which is how a processing finds its image again.

Footprints are slanted strips of a descending orbit around the site, not
always covering the AOI. Previews are painted for the scene: farmland parcels
coloured by season, the sandbox city (sandbox/mapflow/world.py) as streets and
blocks, clouds in proportion to the cloud cover, transparent (PNG) or black
(JPEG) outside the footprint.
"""

import io
import math
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Optional

from PIL import Image, ImageDraw, ImageFilter
from shapely import affinity
from shapely.geometry import Polygon, box

from .world import BLOCK_H, BLOCK_W, CITY_HALF_H, CITY_HALF_W, STREET, to_lonlat

EPOCH = date(2019, 1, 1)
PASS_CHANCE = 0.65
EARTH_RADIUS = 6_378_137.0
ID_PATTERN = re.compile(r"(?P<sensor>[A-Z0-9]+)_(?P<product>[A-Z]+)_(?P<when>\d{8}T\d{6})_(?P<serial>\d{6})_L1")


@dataclass(frozen=True)
class Sensor:
    code: str
    provider: str
    revisit: int  # days
    phase: int
    resolution: float  # metres at nadir
    width_km: float
    length_km: float
    preview_type: str
    band_order: str


SENSORS = (
    Sensor("SBX1A", "Sandbox Imagery", 9, 0, 0.5, 12, 14, "png", "RGBN"),
    Sensor("SBX1B", "Sandbox Imagery", 11, 5, 0.5, 12, 14, "png", "RGBN"),
    Sensor("ARC3", "Sandbox Archive", 17, 3, 1.5, 20, 24, "jpg", "RGB"),
)
PROVIDERS = tuple(dict.fromkeys(s.provider for s in SENSORS))


@dataclass(frozen=True)
class Scene:
    id: str
    sensor: Sensor
    acquired: datetime
    footprint: Polygon  # lon/lat
    off_nadir: float  # degrees, signed (roll), as in the page's example
    resolution: float
    cloud_cover: float  # percent

    def to_json(self, preview_url):
        return {"id": self.id, "footprint": self.footprint.__geo_interface__, "pixelResolution": self.resolution,
                "acquisitionDate": self.acquired.strftime("%Y-%m-%dT%H:%M:%SZ"), "productType": "Image",
                "sensor": self.sensor.code, "colorBandOrder": self.sensor.band_order, "cloudCover": self.cloud_cover,
                "offNadirAngle": self.off_nadir, "previewType": self.sensor.preview_type, "previewUrl": preview_url,
                "providerName": self.sensor.provider, "zoom": "18" if self.resolution < 1 else "17"}


def _strip(rng, sensor):
    """A slanted footprint strip somewhere around the demo site (lon/lat)."""
    cx, cy = rng.uniform(-7000, 7000), rng.uniform(-7000, 7000)
    half_w, half_l = sensor.width_km * 500, sensor.length_km * 500
    strip = affinity.rotate(box(cx - half_w, cy - half_l, cx + half_w, cy + half_l), rng.uniform(-15, -9),
                            origin=(cx, cy))
    return Polygon([tuple(round(v, 5) for v in to_lonlat(x, y)) for x, y in strip.exterior.coords])


@lru_cache(maxsize=8192)
def scene_on(sensor, day) -> Optional[Scene]:
    """The scene ``sensor`` took over the site on ``day``, or None."""
    if (day - EPOCH).days % sensor.revisit != sensor.phase % sensor.revisit:
        return None
    rng = random.Random(f"{sensor.code}:{day.isoformat()}")
    if rng.random() > PASS_CHANCE:
        return None
    acquired = datetime(day.year, day.month, day.day, 18, 50, tzinfo=timezone.utc) + timedelta(
        seconds=rng.randint(0, 40 * 60))
    off_nadir = round(rng.uniform(-28, 28), 2)
    resolution = round(sensor.resolution / math.cos(math.radians(off_nadir)) ** 1.5, 2)
    cloud = round(100 * rng.betavariate(0.6, 2.2), 1)
    serial = rng.randint(100_000, 999_999)
    scene_id = f"{sensor.code}_PMS_{acquired:%Y%m%dT%H%M%S}_{serial}_L1"
    return Scene(scene_id, sensor, acquired, _strip(rng, sensor), off_nadir, resolution, cloud)


def scenes_between(start, end):
    """Every scene acquired on days from ``start`` to ``end`` (dates), oldest first."""
    day, found = max(start, EPOCH), []
    while day <= end:
        found.extend(s for s in (scene_on(sensor, day) for sensor in SENSORS) if s is not None)
        day += timedelta(days=1)
    return found


def scene_by_id(scene_id) -> Optional[Scene]:
    match = ID_PATTERN.fullmatch(scene_id or "")
    sensor = next((s for s in SENSORS if match and s.code == match.group("sensor")), None)
    if sensor is None:
        return None
    day = datetime.strptime(match.group("when"), "%Y%m%dT%H%M%S").date()
    scene = scene_on(sensor, day)
    return scene if scene is not None and scene.id == scene_id else None


# -- previews ------------------------------------------------------------------------------------
def mercator(lon, lat):
    return (EARTH_RADIUS * math.radians(lon),
            EARTH_RADIUS * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def preview_box(scene, longest=256):
    """(bbox in EPSG:3857, width, height) of the scene's preview, as its previewUrl asks."""
    xs, ys = zip(*(mercator(lon, lat) for lon, lat in scene.footprint.exterior.coords))
    bbox = (min(xs), min(ys), max(xs), max(ys))
    ratio = (bbox[2] - bbox[0]) / (bbox[3] - bbox[1])
    width, height = (longest, round(longest / ratio)) if ratio >= 1 else (round(longest * ratio), longest)
    return bbox, width, height


def _season(month):
    """Field colours of the month: green in summer, ochre at harvest, dull in winter."""
    if month in (5, 6, 7):
        return ((78, 122, 58), (96, 140, 66), (120, 150, 80), (150, 140, 90))
    if month in (8, 9, 10):
        return ((170, 150, 90), (140, 130, 80), (96, 118, 62), (185, 165, 110))
    return ((110, 110, 92), (128, 120, 100), (96, 104, 84), (140, 134, 118))


def render_preview(scene, bbox, width, height, image_format="png"):
    """The scene seen from above inside ``bbox`` (EPSG:3857), ``width`` × ``height`` px."""
    x0, y0, x1, y1 = bbox
    sx, sy = width / (x1 - x0), height / (y1 - y0)

    def pixel(lon, lat):
        mx, my = mercator(lon, lat)
        return (mx - x0) * sx, (y1 - my) * sy

    def ground(x, y):  # metres around the site → pixel
        return pixel(*to_lonlat(x, y))

    image = Image.new("RGB", (width, height), (104, 112, 90))
    draw = ImageDraw.Draw(image)
    colours = _season(scene.acquired.month)
    parcel_w, parcel_h = 760.0, 540.0
    span = 16_000
    for i in range(int(-span / parcel_w), int(span / parcel_w)):
        for j in range(int(-span / parcel_h), int(span / parcel_h)):
            colour = colours[random.Random(i * 7919 + j * 104_729).randrange(len(colours))]
            corners = [ground(i * parcel_w, j * parcel_h), ground((i + 1) * parcel_w, j * parcel_h),
                       ground((i + 1) * parcel_w, (j + 1) * parcel_h), ground(i * parcel_w, (j + 1) * parcel_h)]
            draw.polygon(corners, fill=colour)
    city = [ground(-CITY_HALF_W, -CITY_HALF_H), ground(CITY_HALF_W, -CITY_HALF_H),
            ground(CITY_HALF_W, CITY_HALF_H), ground(-CITY_HALF_W, CITY_HALF_H)]
    draw.polygon(city, fill=(150, 138, 128))
    line = max(1, round(STREET * sx))
    for i in range(int(-CITY_HALF_W / BLOCK_W), int(CITY_HALF_W / BLOCK_W) + 1):
        draw.line([ground(i * BLOCK_W, -CITY_HALF_H), ground(i * BLOCK_W, CITY_HALF_H)], fill=(92, 94, 98),
                  width=line)
    for j in range(int(-CITY_HALF_H / BLOCK_H), int(CITY_HALF_H / BLOCK_H) + 1):
        draw.line([ground(-CITY_HALF_W, j * BLOCK_H), ground(CITY_HALF_W, j * BLOCK_H)], fill=(92, 94, 98),
                  width=line)
    image = _with_clouds(image, scene)
    mask = Image.new("L", (width, height), 0)
    ImageDraw.Draw(mask).polygon([pixel(lon, lat) for lon, lat in scene.footprint.exterior.coords], fill=255)
    out = io.BytesIO()
    if image_format == "png":
        image.putalpha(mask)
        image.save(out, "PNG")
    else:
        Image.composite(image, Image.new("RGB", image.size), mask).save(out, "JPEG", quality=85)
    return out.getvalue()


def _with_clouds(image, scene):
    """White, soft clouds over ``cloud_cover`` percent of the picture."""
    if scene.cloud_cover < 1:
        return image
    width, height = image.size
    rng = random.Random(scene.id)
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    wanted = scene.cloud_cover / 100 * width * height
    while sum(mask.histogram()[128:]) < wanted:
        radius = rng.uniform(0.04, 0.12) * max(width, height)
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        for _ in range(rng.randint(2, 4)):  # a cloud is a few puffs
            dx, dy = rng.uniform(-radius, radius), rng.uniform(-radius / 2, radius / 2)
            draw.ellipse([cx + dx - radius, cy + dy - radius * 0.7, cx + dx + radius, cy + dy + radius * 0.7],
                         fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(max(1.0, width / 80)))
    return Image.composite(Image.new("RGB", image.size, (244, 246, 248)), image, mask)
