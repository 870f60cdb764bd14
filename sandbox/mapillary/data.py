"""The sandbox's Mapillary world: sequences driven and walked along the streets
of downtown Vancouver (sandbox/demo_site.py), generated the same way every run.

Streets follow the downtown grid, which runs about 36° off north; a sequence is a
stretch of one street captured by one person on one day with one camera, an
image every few metres facing along the street (panoramas included). Each image
also has a scene: the objects painted into its JPEG (sandbox/mapillary/images.py)
and reported back as its detections, so outlines drawn by the viewer land on
the things they name.
"""

import math
import random
import string
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional, Tuple

from ..demo_site import CENTER, EXTENT

SEED = 20240611
M_PER_DEG_LAT = 111_320.0
M_PER_DEG_LON = M_PER_DEG_LAT * math.cos(math.radians(CENTER[1]))

STREETS_A = ("W Hastings St", "W Pender St", "Dunsmuir St", "W Georgia St", "Alberni St", "Robson St",
             "Haro St", "Barclay St", "Nelson St", "Comox St", "Pendrell St", "Davie St", "Burnaby St",
             "Harwood St", "Pacific St", "Beach Ave", "Drake St", "Helmcken St", "Smithe St", "Melville St")
STREETS_B = ("Cardero St", "Bidwell St", "Denman St", "Gilford St", "Chilco St", "Nicola St", "Broughton St",
             "Jervis St", "Bute St", "Thurlow St", "Burrard St", "Hornby St", "Howe St", "Granville St",
             "Seymour St", "Richards St", "Homer St", "Hamilton St", "Cambie St", "Beatty St", "Abbott St",
             "Carrall St", "Columbia St", "Main St")
CREATORS = (("vancouver_mapper", "104857600318"), ("trekviewhq", "101176865463974"),
            ("citywalker", "110293847561"), ("bc_streetview", "100039485761"), ("westend_rider", "108877612093"))
CAMERAS = (  # camera type, make, model, width, height
    ("perspective", "GoPro", "HERO9 Black", 4000, 3000),
    ("perspective", "Apple", "iPhone 12", 4032, 3024),
    ("perspective", None, None, 2048, 1536),  # an app that writes no make/model: the fields are absent
    ("spherical", "GoPro", "GoPro Max", 5760, 2880),
    ("spherical", "Insta360", "ONE X2", 6080, 3040),
)


@dataclass
class SceneObject:
    value: str  # the detection class, e.g. "object--vehicle--car"
    kind: str  # how it is painted: car, sign, pole, light, tree, traffic_light
    polygon: List[Tuple[float, float]]  # normalised 0…1, y down
    color: Tuple[int, int, int] = (200, 30, 30)
    depth: float = 0.5  # 0 far … 1 near, for painting order


@dataclass
class Image:
    id: str
    sequence: str
    lon: float
    lat: float
    computed_lon: float
    computed_lat: float
    compass_angle: float
    computed_compass_angle: float
    captured_at: int  # epoch ms
    camera_type: str
    make: Optional[str]
    model: Optional[str]
    width: int
    height: int
    creator: Tuple[str, str]
    street: str
    altitude: Optional[float] = None
    seed: int = 0
    index: int = 0

    @property
    def is_pano(self):
        return self.camera_type == "spherical"


@dataclass
class Sequence:
    id: str
    images: List[Image] = field(default_factory=list)


@dataclass
class World:
    sequences: List[Sequence]
    images: List[Image]
    by_id: dict
    by_sequence: dict


def to_lonlat(x, y):
    return CENTER[0] + x / M_PER_DEG_LON, CENTER[1] + y / M_PER_DEG_LAT


def _extent_m():
    (x0, y0), (x1, y1) = [((lon - CENTER[0]) * M_PER_DEG_LON, (lat - CENTER[1]) * M_PER_DEG_LAT)
                          for lon, lat in (EXTENT[:2], EXTENT[2:])]
    return x0, y0, x1, y1


def _clip_line(origin, direction, box):
    """The (t0, t1) range of origin + t·direction inside the box (slab method)."""
    t0, t1 = -1e9, 1e9
    for axis in (0, 1):
        lo, hi = box[axis], box[axis + 2]
        if abs(direction[axis]) < 1e-12:
            if not lo <= origin[axis] <= hi:
                return None
            continue
        a, b = (lo - origin[axis]) / direction[axis], (hi - origin[axis]) / direction[axis]
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
    return (t0, t1) if t1 - t0 > 50 else None


def _key(rng, length=22):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(length))


def _streets():
    """(name, origin, unit direction, bearing) of every street crossing the extent."""
    box = _extent_m()
    streets = []
    for names, bearing, spacing, offset_bearing in ((STREETS_A, 306.0, 135.0, 36.0),
                                                    (STREETS_B, 36.0, 110.0, 306.0)):
        direction = (math.sin(math.radians(bearing)), math.cos(math.radians(bearing)))
        across = (math.sin(math.radians(offset_bearing)), math.cos(math.radians(offset_bearing)))
        for i in range(-14, 15):
            origin = (across[0] * i * spacing + 20.0, across[1] * i * spacing - 15.0)
            span = _clip_line(origin, direction, box)
            if span:
                streets.append((names[i % len(names)], origin, direction, bearing, span))
    return streets


def _sequence(rng, street, ids):
    name, origin, direction, bearing, (t0, t1) = street
    length = min(t1 - t0, rng.uniform(250, 900))
    start = rng.uniform(t0, t1 - length)
    forward = rng.random() < 0.5
    camera = rng.choices(CAMERAS, weights=(3, 3, 2, 1, 1))[0]
    creator = rng.choice(CREATORS)
    walking = camera[0] == "spherical" and rng.random() < 0.5
    spacing = rng.uniform(3.0, 5.0) if walking else rng.uniform(6.0, 10.0)
    seconds = rng.uniform(2.0, 4.0) if walking else rng.uniform(1.0, 2.0)
    start_ms = int((1_420_070_400 + rng.uniform(0, 10.9 * 365 * 86400)) // 60 * 60 * 1000)
    heading = bearing if forward else (bearing + 180.0) % 360.0
    lane = rng.choice((-4.0, 4.0))  # driving or walking on one side of the street
    altitude = None if rng.random() < 0.2 else rng.uniform(8.0, 40.0)
    sequence = Sequence(_key(rng))
    steps = int(length // spacing)
    for k in range(steps + 1):
        t = start + (k * spacing if forward else length - k * spacing)
        x = origin[0] + direction[0] * t + direction[1] * lane
        y = origin[1] + direction[1] * t - direction[0] * lane
        lon, lat = to_lonlat(x + rng.gauss(0, 1.2), y + rng.gauss(0, 1.2))
        computed_lon, computed_lat = to_lonlat(x, y)
        image_id = str(rng.randrange(10 ** 14, 10 ** 16))
        while image_id in ids:
            image_id = str(rng.randrange(10 ** 14, 10 ** 16))
        ids.add(image_id)
        sequence.images.append(Image(
            id=image_id, sequence=sequence.id, lon=lon, lat=lat, computed_lon=computed_lon,
            computed_lat=computed_lat, compass_angle=(heading + rng.gauss(0, 4.0)) % 360.0,
            computed_compass_angle=(heading + rng.gauss(0, 1.0)) % 360.0,
            captured_at=start_ms + int(k * seconds * 1000 + rng.uniform(0, 300)),
            camera_type=camera[0], make=camera[1], model=camera[2], width=camera[3], height=camera[4],
            creator=creator, street=name,
            altitude=None if altitude is None else round(altitude + rng.gauss(0, 0.5), 3),
            seed=rng.randrange(2 ** 31), index=k))
    return sequence


@lru_cache(maxsize=2)
def world(copies=1):
    """Every sequence and image of the sandbox (built once per process).
    ``copies`` > 1: that many times the sequences on every street, a city
    dense enough for a search to meet Mapillary's 2000-image cap."""
    rng = random.Random(SEED)
    ids, sequences = set(), []
    for street in _streets():
        for _ in range(rng.choice((0, 1, 1, 2)) * copies):
            sequences.append(_sequence(rng, street, ids))
    images = [image for sequence in sequences for image in sequence.images]
    return World(sequences, images, {i.id: i for i in images}, {s.id: s for s in sequences})


# -- scenes -------------------------------------------------------------------------------
def _ellipse(cx, cy, rx, ry, count=16, wobble=0.0, rng=None, turn=0.0):
    points = []
    for k in range(count):
        angle = 2 * math.pi * (k + turn) / count
        r = 1.0 + (rng.uniform(-wobble, wobble) if rng else 0.0)
        points.append((cx + rx * r * math.cos(angle), cy + ry * r * math.sin(angle)))
    return points


def _road_x(depth, side):
    """x of the road edge (side -1 left, +1 right) at a depth (0 horizon … 1 bottom)."""
    return 0.5 + side * (0.05 + 0.33 * depth)


def _y_at(depth):
    return 0.47 + 0.53 * depth


def scene(image):
    """The objects painted into an image (and reported as its detections)."""
    rng = random.Random(image.seed)
    aspect = image.width / image.height  # vertical sizes scale with it so that round things stay round
    objects = []
    for _ in range(rng.randint(0, 3)):  # cars on the road
        depth = rng.uniform(0.15, 0.75)
        s = 0.35 + depth
        cx = rng.uniform(_road_x(depth, -1) + 0.06 * s, _road_x(depth, 1) - 0.06 * s)
        bottom, w, h = _y_at(depth), 0.13 * s, 0.09 * s * aspect * 0.75
        outline = [(cx - w, bottom), (cx - w, bottom - 0.55 * h), (cx - 0.6 * w, bottom - 0.6 * h),
                   (cx - 0.4 * w, bottom - h), (cx + 0.4 * w, bottom - h), (cx + 0.6 * w, bottom - 0.6 * h),
                   (cx + w, bottom - 0.55 * h), (cx + w, bottom)]
        color = rng.choice(((180, 30, 35), (30, 60, 140), (230, 230, 225), (40, 40, 45), (150, 150, 160)))
        objects.append(SceneObject("object--vehicle--car", "car", outline, color, depth))
    for side in (-1, 1):
        # signs, street lights and trees on the sidewalks, one per stretch so they do not overlap
        for near, far in rng.sample(((0.1, 0.4), (0.5, 0.8)), rng.randint(0, 2)):
            depth = rng.uniform(near, far)
            s = 0.3 + depth
            x = _road_x(depth, side) + side * rng.uniform(0.02, 0.06) * s
            ground = _y_at(depth) - 0.01
            choice = rng.random()
            if choice < 0.35:
                top = ground - 0.28 * s * aspect * 0.75
                objects.append(SceneObject("object--support--pole", "pole",
                                           [(x - 0.004 * s, top), (x + 0.004 * s, top), (x + 0.004 * s, ground),
                                            (x - 0.004 * s, ground)], (120, 120, 120), depth))
                r = 0.035 * s
                if rng.random() < 0.5:
                    objects.append(SceneObject("regulatory--stop--g1", "sign",
                                               _ellipse(x, top, r, r * aspect, 8, turn=0.5), (200, 20, 30),
                                                           depth + 0.001))
                else:
                    objects.append(SceneObject("regulatory--maximum-speed-limit-30--g1", "speed",
                                               _ellipse(x, top, r, r * aspect, 20), (245, 245, 245),
                                                           depth + 0.001))
            elif choice < 0.65:
                top = ground - 0.5 * s * aspect * 0.75
                objects.append(SceneObject("object--street-light", "light",
                                           [(x - 0.005 * s, top), (x + side * -0.06 * s, top - 0.01 * s),
                                            (x + side * -0.06 * s, top + 0.012 * s), (x + 0.005 * s, top + 0.02 * s),
                                            (x + 0.005 * s, ground), (x - 0.005 * s, ground)],
                                           (90, 95, 100), depth))
            else:
                canopy = _ellipse(x, ground - 0.3 * s * aspect * 0.75, 0.07 * s, 0.09 * s * aspect, 14, 0.15, rng)
                objects.append(SceneObject("nature--vegetation", "tree", canopy,
                                           (40 + rng.randint(0, 40), 110 + rng.randint(0, 50), 40), depth))
    objects.sort(key=lambda o: o.depth)
    return objects


def plate(car):
    """The licence plate of a car object (normalised x/y min/max, y down)."""
    xs, ys = [p[0] for p in car.polygon], [p[1] for p in car.polygon]
    cx, bottom, height = (min(xs) + max(xs)) / 2, max(ys), max(ys) - min(ys)
    half = 0.1 * (max(xs) - min(xs))
    return cx - half, bottom - 0.3 * height, cx + half, bottom - 0.12 * height


def license_plates(image):
    """Where the licence plates of an image's cars are: the sandbox's default v2 blurs."""
    return [plate(obj) for obj in scene(image) if obj.kind == "car"]
