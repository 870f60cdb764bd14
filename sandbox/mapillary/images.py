"""Street-level JPEGs for the sandbox, painted with Pillow from an image's scene
(sandbox/mapillary/data.py): sky, facades with windows converging on the
vanishing point, sidewalks, the road with its centre line, then the scene's cars,
signs, street lights and trees, far to near. The same image at any size shows
the same picture, so detections in normalised coordinates fit every thumbnail.
"""

import io
import random
from functools import lru_cache

from PIL import Image as PilImage
from PIL import ImageDraw, ImageFont

from .data import plate, scene, world

HORIZON = 0.47
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _font(size):
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def _lerp(a, b, t):
    return a + (b - a) * t


def _mix(c1, c2, t):
    return tuple(int(_lerp(a, b, t)) for a, b in zip(c1, c2))


def _facade(draw, px, rng, side, width, height):
    """One side of the street: a facade from the image edge to near the
    vanishing point, with rows of windows."""
    near_x, far_x = (0.0, 0.42) if side < 0 else (1.0, 0.58)
    top_near, top_far = rng.uniform(-0.1, 0.12), rng.uniform(0.26, 0.36)
    wall = rng.choice(((168, 120, 96), (190, 180, 160), (120, 130, 140), (200, 196, 185), (150, 100, 80)))
    draw.polygon(px([(near_x, top_near), (far_x, top_far), (far_x, HORIZON), (near_x, 0.8)]), fill=wall)
    glass = _mix(wall, (40, 60, 90), 0.7)
    columns = rng.randint(7, 11)
    for c in range(columns):
        t0, t1 = (c + 0.2) / columns, (c + 0.75) / columns
        t0, t1 = t0 ** 1.6, t1 ** 1.6  # windows crowd together with distance
        x0, x1 = _lerp(near_x, far_x, t0), _lerp(near_x, far_x, t1)
        top0, top1 = _lerp(top_near, top_far, t0), _lerp(top_near, top_far, t1)
        bottom0, bottom1 = _lerp(0.8, HORIZON, t0), _lerp(0.8, HORIZON, t1)
        for r in range(5):
            f0, f1 = 0.08 + r * 0.15, 0.08 + r * 0.15 + 0.09
            draw.polygon(px([(x0, _lerp(top0, bottom0, f0)), (x1, _lerp(top1, bottom1, f0)),
                             (x1, _lerp(top1, bottom1, f1)), (x0, _lerp(top0, bottom0, f1))]), fill=glass)


def _paint_object(draw, px, obj, width):
    """One scene object, its outline exactly the detection polygon."""
    points = px(obj.polygon)
    outline = _mix(obj.color, (0, 0, 0), 0.45)
    if obj.kind == "tree":
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        trunk_x = sum(xs) / len(xs)
        draw.rectangle((trunk_x - width * 0.004, max(ys) - 4, trunk_x + width * 0.004,
                        max(ys) + (max(ys) - min(ys)) * 0.7), fill=(90, 65, 40))
    draw.polygon(points, fill=obj.color, outline=outline)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    if obj.kind == "car":  # windows and wheels
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        cx = (min(xs) + max(xs)) / 2
        draw.polygon([(cx - 0.36 * w, min(ys) + 0.1 * h), (cx + 0.36 * w, min(ys) + 0.1 * h),
                      (cx + 0.26 * w, min(ys) + 0.38 * h), (cx - 0.26 * w, min(ys) + 0.38 * h)], fill=(60, 80, 100))
        for wx in (min(xs) + 0.2 * w, max(xs) - 0.2 * w):
            draw.ellipse((wx - 0.08 * w, max(ys) - 0.12 * w, wx + 0.08 * w, max(ys) + 0.04 * w), fill=(20, 20, 20))
        draw.rectangle(px([plate(obj)[:2], plate(obj)[2:]]), fill=(240, 230, 120))
    elif obj.kind == "speed":  # red ring and a 30
        ring = max(1, int(0.12 * (max(xs) - min(xs))))
        draw.ellipse((min(xs), min(ys), max(xs), max(ys)), outline=(200, 20, 30), width=ring)
        size = max(6, int(0.45 * (max(ys) - min(ys))))
        draw.text(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), "30", fill=(10, 10, 10), font=_font(size),
                  anchor="mm")
    elif obj.kind == "sign":
        size = max(5, int(0.28 * (max(ys) - min(ys))))
        draw.text(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), "STOP", fill=(255, 255, 255),
                  font=_font(size), anchor="mm")


def paint(image, width, height):
    """A PIL image of ``image``'s street at ``width`` × ``height``."""
    rng = random.Random(image.seed ^ 0x5EED)
    picture = PilImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(picture)

    def px(points):
        return [(x * width, y * height) for x, y in points]

    sky_top, sky_low = (92, 140, 205), (205, 222, 238)
    bands = 48
    for b in range(bands):
        y0, y1 = HORIZON * b / bands, HORIZON * (b + 1) / bands
        draw.rectangle(px([(0, y0), (1, y1 + 0.002)]), fill=_mix(sky_top, sky_low, b / bands))
    for k in range(6):  # the far end of the street
        x0 = 0.4 + k * 0.034
        draw.rectangle(px([(x0, HORIZON - rng.uniform(0.06, 0.2)), (x0 + 0.036, HORIZON)]),
                       fill=_mix((120, 130, 150), (200, 205, 215), rng.random()))
    for side in (-1, 1):
        _facade(draw, px, rng, side, width, height)
    ground = (128, 128, 124)
    draw.polygon(px([(0, 0.8), (0.42, HORIZON), (0.58, HORIZON), (1, 0.8), (1, 1), (0, 1)]), fill=ground)
    draw.polygon(px([(0.12, 1.0), (0.45, HORIZON), (0.55, HORIZON), (0.88, 1.0)]), fill=(68, 68, 72))
    for k in range(14):  # dashed centre line, shorter with distance
        d0, d1 = (k / 14) ** 2, ((k + 0.5) / 14) ** 2
        y0, y1 = _lerp(HORIZON, 1.0, d0), _lerp(HORIZON, 1.0, d1)
        w0, w1 = 0.001 + 0.006 * d0, 0.001 + 0.006 * d1
        draw.polygon(px([(0.5 - w0, y0), (0.5 + w0, y0), (0.5 + w1, y1), (0.5 - w1, y1)]), fill=(235, 200, 60))
    for obj in scene(image):
        _paint_object(draw, px, obj, width)
    caption = f"Imagery Hub sandbox · {image.street} · {image.id}"
    draw.text((0.012 * width, 0.985 * height), caption, fill=(255, 255, 255), font=_font(max(9, height // 40)),
              anchor="ls")
    return picture


@lru_cache(maxsize=48)
def jpeg(image_id, width, height, quality=85):
    """The JPEG bytes of an image at ``width`` × ``height``."""
    buffer = io.BytesIO()
    paint(world().by_id[image_id], width, height).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
