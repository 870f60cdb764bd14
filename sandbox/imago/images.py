"""Images for the Imago sandbox: drawn core trays and field photos, real
resizing for scaled downloads, and what the service checks on an upload.

The upload checks read the header with Pillow's format plugins directly (not
``Image.open``, whose decompression-bomb guard would refuse the very files we
need to measure), independently of the plugin's own header reader.
"""

import io
import random
import re
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont, JpegImagePlugin, PngImagePlugin, TiffImagePlugin

MAX_SIDE = 65_500
MAX_PROGRESSIVE_PIXELS = 500_000_000
TRAY_SIZE = (1600, 520)
PHOTO_SIZE = (1200, 900)
_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "TIFF": "image/tiff"}
_PLUGINS = (PngImagePlugin.PngImageFile, JpegImagePlugin.JpegImageFile, TiffImagePlugin.TiffImageFile)
# lithologies a core tray shows, as (dry colour, wet colour)
ROCKS = (((150, 140, 128), (92, 86, 78)), ((176, 150, 110), (120, 96, 62)), ((92, 98, 96), (48, 54, 54)),
         ((190, 182, 170), (140, 132, 120)), ((128, 92, 70), (86, 54, 38)), ((104, 120, 96), (58, 76, 54)))


@lru_cache(maxsize=8)
def _font(size):
    """DejaVu Sans when the system has it (Debian's QGIS pulls it in), else Pillow's own."""
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default()


class ImageProblem(Exception):
    """What the service answers 422 for, with its message."""


def inspect(data):
    """(mime type, width, height, progressive) from an image's header."""
    for plugin in _PLUGINS:
        try:
            image = plugin(io.BytesIO(data))
        except (SyntaxError, OSError, ValueError, IndexError, KeyError, TypeError):
            continue
        progressive = bool(image.info.get("progressive") or image.info.get("progression"))
        return _FORMATS[image.format], image.size[0], image.size[1], progressive
    raise ImageProblem("The file is not a PNG, JPEG or TIFF image")


def check_limits(mime_type, width, height, progressive):
    """The vendor page's pixel limits on ``POST /image``."""
    if progressive and width * height > MAX_PROGRESSIVE_PIXELS:
        raise ImageProblem(f"Progressive JPEG images are limited to 500 megapixels; this one has "
                           f"{width * height / 1e6:.0f} megapixels")
    if not progressive and (width > MAX_SIDE or height > MAX_SIDE):
        raise ImageProblem(f"Image dimensions {width} x {height} exceed the limit of 65500 x 65500 pixels")


def file_part(body, content_type):
    """The one file of a multipart/form-data body: (field name, file name, bytes).
    Any part name is accepted (the C# client sends ``file``, the curl example
    ``filedata``, CONTRACTS.md §4.4)."""
    match = re.search(r'boundary="?([^";]+)"?', content_type or "")
    if not match:
        raise ImageProblem("The multipart body has no boundary")
    files, closed = [], False
    for raw in body.split(b"--" + match.group(1).encode())[1:]:
        if raw.startswith(b"--"):
            closed = True
            break
        head, _, content = raw.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = re.search(rb"content-disposition:([^\r\n]*)", head, re.IGNORECASE)
        disposition = disposition.group(1).decode("utf-8", "replace") if disposition else ""
        filename = re.search(r'filename="([^"]*)"', disposition)
        if filename:
            name = re.search(r'\bname="([^"]*)"', disposition)
            files.append((name.group(1) if name else "", filename.group(1), content.removesuffix(b"\r\n")))
    if not closed:  # a body cut short (a client that stopped sending) is not an upload
        raise ImageProblem("The multipart body ends before its closing boundary")
    if len(files) != 1:
        raise ImageProblem(f"Expected one file in the upload, got {len(files)}")
    return files[0]


def scaled(data, mime_type, width=None, height=None):
    """The image resized to width and/or height (aspect kept for a missing one)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    w, h = image.size
    new_w = width or max(1, round(w * height / h))
    new_h = height or max(1, round(h * width / w))
    resized = image.resize((new_w, new_h), Image.LANCZOS)
    return encode(resized, mime_type)


def encode(image, mime_type):
    out = io.BytesIO()
    if mime_type == "image/png":
        image.save(out, "PNG", optimize=False)
    elif mime_type == "image/tiff":
        image.save(out, "TIFF")
    else:
        image.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


@lru_cache(maxsize=256)
def core_tray(imagery_id, label, start, end, wet):
    """A core tray photo: five channels of core, coloured by lithology."""
    rng = random.Random(imagery_id)
    width, height = TRAY_SIZE
    image = Image.new("RGB", TRAY_SIZE, (118, 84, 52))
    draw = ImageDraw.Draw(image)
    font = _font(18)
    rows, margin, header = 5, 24, 80
    row_h = (height - header - margin) // rows
    per_row = (end - start) / rows
    for row in range(rows):
        top = header + row * row_h
        draw.rectangle((margin, top + 6, width - margin, top + row_h - 6), fill=(70, 48, 30))
        x = margin + 4
        while x < width - margin - 4:
            piece = rng.randint(40, 260)
            dry, wet_colour = ROCKS[rng.randrange(len(ROCKS))]
            colour = wet_colour if wet else dry
            jitter = rng.randint(-10, 10)
            colour = tuple(max(0, min(255, c + jitter)) for c in colour)
            right = min(width - margin - 4, x + piece)
            draw.rounded_rectangle((x, top + 12, right, top + row_h - 12), radius=14, fill=colour)
            if wet:
                draw.line((x + 8, top + 20, right - 8, top + 20), fill=tuple(min(255, c + 70) for c in colour), width=3)
            x = right + rng.randint(2, 6)
        depth = start + row * per_row
        draw.text((margin + 6, top - 14), f"{depth:.2f} m", fill=(255, 240, 200), font=_font(13))
    draw.rectangle((0, 0, width, header - 26), fill=(40, 40, 44))
    draw.text((margin, 14), f"{label}   {start:.2f}-{end:.2f} m   {'WET' if wet else 'DRY'}",
              fill=(255, 255, 255), font=font)
    return encode(image, "image/jpeg")


@lru_cache(maxsize=64)
def field_photo(imagery_id, label):
    """An outdoor photo: sky, a ridge, an outcrop, a label board."""
    rng = random.Random(imagery_id)
    width, height = PHOTO_SIZE
    image = Image.new("RGB", PHOTO_SIZE)
    draw = ImageDraw.Draw(image)
    for y in range(height // 2):
        shade = int(150 + 90 * y / (height / 2))
        draw.line((0, y, width, y), fill=(shade - 60, shade - 20, 255))
    ridge = [(0, height // 2)] + [(x, height // 2 - rng.randint(20, 140)) for x in range(0, width + 100, 100)]
    draw.polygon(ridge + [(width, height), (0, height)], fill=(84, 112, 70))
    draw.rectangle((0, int(height * 0.62), width, height), fill=(120, 104, 80))
    for _ in range(14):
        x, y, r = rng.randint(0, width), rng.randint(int(height * 0.6), height), rng.randint(20, 90)
        grey = rng.randint(90, 170)
        draw.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill=(grey, grey - 6, grey - 14))
    draw.rectangle((40, height - 120, 360, height - 40), fill=(250, 250, 240), outline=(20, 20, 20), width=3)
    draw.text((60, height - 96), label, fill=(10, 10, 10), font=_font(26))
    return encode(image, "image/jpeg")
