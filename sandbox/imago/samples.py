"""Small image files for tests and the demo: real photos made with Pillow, and
crafted files of a few hundred bytes whose headers declare huge dimensions
(what an upload must refuse without reading pixels)."""

import io
import struct
import zlib

from PIL import Image, ImageDraw


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def crafted_png(width, height):
    """A valid PNG header (IHDR with its CRC) declaring ``width`` × ``height``."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")


def crafted_jpeg(width, height, progressive=False):
    """SOI, APP0 (JFIF), a frame header (SOF0 or SOF2) and a scan header, no pixels."""
    app0 = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = struct.pack(">BHHB", 8, height, width, 3) + b"".join(bytes([i, 0x11, 0]) for i in (1, 2, 3))
    sos = bytes([3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0])
    marker = 0xC2 if progressive else 0xC0

    def segment(code, data):
        return bytes([0xFF, code]) + struct.pack(">H", len(data) + 2) + data
    return b"\xff\xd8" + segment(0xE0, app0) + segment(marker, sof) + segment(0xDA, sos) + b"\x00" * 16 + b"\xff\xd9"


def crafted_tiff(width, height, big_endian=False, bigtiff=False):
    """A TIFF (or BigTIFF) whose first IFD declares ``width`` × ``height``."""
    e = ">" if big_endian else "<"
    order = b"MM" if big_endian else b"II"
    tags = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1), (277, 3, 1),
            (278, 4, height)]
    if bigtiff:
        head = order + struct.pack(e + "HHHQ", 43, 8, 0, 16)
        entries = b"".join(struct.pack(e + "HHQ", tag, kind, 1) +
                           (struct.pack(e + "H", v) + b"\0" * 6 if kind == 3 else struct.pack(e + "I", v) + b"\0" * 4)
                           for tag, kind, v in tags)
        return head + struct.pack(e + "Q", len(tags)) + entries + struct.pack(e + "Q", 0)
    head = order + struct.pack(e + "HI", 42, 8)
    entries = b"".join(struct.pack(e + "HHI", tag, kind, 1) +
                       (struct.pack(e + "HH", v, 0) if kind == 3 else struct.pack(e + "I", v))
                       for tag, kind, v in tags)
    return head + struct.pack(e + "H", len(tags)) + entries + struct.pack(e + "I", 0)


def photo(width=640, height=480, progressive=False, fmt="JPEG", seed=0):
    """A real small photo-like image (JPEG baseline or progressive, or PNG)."""
    image = Image.new("RGB", (width, height), (120 + seed % 80, 150, 190))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 2 // 3, width, height), fill=(110, 96, 70))
    draw.ellipse((width // 4, height // 2, width // 4 + width // 3, height // 2 + height // 4),
                 fill=(150 - seed % 50, 140, 130))
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, "PNG")
    else:
        image.save(out, "JPEG", quality=88, progressive=progressive)
    return out.getvalue()
