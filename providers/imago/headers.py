"""What Imago would refuse, read from an image file's header (never its pixels).

Imago rejects with 422 (the vendor page on ``POST /image``): PNG, TIFF and
baseline JPEG over 65,500 × 65,500 pixels, progressive JPEG over 500 megapixels
(it is decompressed whole), and a MIME type other than the allowed ones. Reading
a header costs a few kilobytes whatever the image's size, so a multi-gigabyte
file is refused before a byte of it is sent.
"""

import struct
from dataclasses import dataclass

from ..errors import InvalidInputError, Sentence

#: one side of a PNG, TIFF or baseline JPEG; "~4.29 billion pixels (65,500 × 65,500)"
#: on the vendor page: a side over it is refused, which also bounds the total
MAX_SIDE = 65_500
#: progressive JPEG, total pixels
MAX_PROGRESSIVE_PIXELS = 500_000_000
#: the ``mimeType`` values the vendor page lists for uploads; its pixel-limit text
#: also names TIFF, so a client may be told to allow image/tiff as well
ALLOWED_MIME_TYPES = ("image/png", "image/jpeg")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers (ITU T.81 table B.1); C4 (DHT), C8 (JPG), CC (DAC) are not frames
_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_PROGRESSIVE_MARKERS = {0xC2, 0xC6, 0xCA, 0xCE}
_STANDALONE_MARKERS = {0x01, *range(0xD0, 0xD8)}  # TEM, RST0-7: no length field
_TIFF_WIDTH, _TIFF_LENGTH = 256, 257
_TIFF_SHORT, _TIFF_LONG, _TIFF_LONG8 = 3, 4, 16
MAX_JPEG_SEGMENTS = 1000  # a real JPEG reaches its frame header after a handful


@dataclass(frozen=True)
class ImageHeader:
    format: str  # "PNG", "JPEG", "TIFF"
    mime_type: str
    width: int
    height: int
    progressive: bool = False

    @property
    def pixels(self):
        return self.width * self.height

    def describe(self):
        """"baseline JPEG, 4,000 × 3,000 px": a :class:`Sentence`."""
        kind = "progressive JPEG" if self.progressive else ("baseline JPEG" if self.format == "JPEG" else self.format)
        key = {"progressive JPEG": "imago.header.progressive", "baseline JPEG": "imago.header.baseline"}.get(
            kind, "imago.header.image")
        return Sentence(f"{kind}, {self.width:,} × {self.height:,} px", key=key, format=self.format,
                        width=f"{self.width:,}", height=f"{self.height:,}")


class UnreadableImage(InvalidInputError):
    """The file is not a PNG, JPEG or TIFF whose header can be read."""


def read_image_header(path):
    """The :class:`ImageHeader` of a PNG, JPEG or TIFF file, reading only its header."""
    with open(path, "rb") as fh:
        start = fh.read(8)
        if start.startswith(PNG_SIGNATURE):
            return _png(fh)
        if start[:2] == b"\xff\xd8":
            fh.seek(2)
            return _jpeg(fh)
        if start[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
            return _tiff(fh, start)
    raise UnreadableImage("not a PNG, JPEG or TIFF image", parameter="file", key="imago.header.not_image")


def refusal(header, allowed_mime_types=ALLOWED_MIME_TYPES):
    """Why Imago would refuse this image (one line), or None when it would take it."""
    if header.mime_type not in allowed_mime_types:
        names = ", ".join(m.split("/")[1].upper() for m in allowed_mime_types)
        return Sentence(f"{header.format} ({header.mime_type}) is not accepted; Imago takes {names}",
                        key="imago.refused.type", format=header.format, mime=header.mime_type, names=names)
    described = header.describe()
    image = (described.key, described.values, str(described))
    if header.progressive:
        if header.pixels > MAX_PROGRESSIVE_PIXELS:
            megapixels = f"{header.pixels / 1e6:,.0f}"
            return Sentence(f"{described} is {megapixels} megapixels; Imago takes progressive JPEG up to 500 "
                            "megapixels (save it as baseline JPEG or PNG)", key="imago.refused.megapixels",
                            image=image, megapixels=megapixels)
        return None
    if header.width > MAX_SIDE or header.height > MAX_SIDE:
        return Sentence(f"{described} is larger than Imago's limit of 65,500 × 65,500 px",
                        key="imago.refused.size", image=image)
    if header.width == 0 or header.height == 0:
        return Sentence(f"{described}: the image declares no pixels", key="imago.refused.no_pixels", image=image)
    return None


def check_image(path, allowed_mime_types=ALLOWED_MIME_TYPES):
    """The header of an image Imago would accept; else InvalidInputError saying why."""
    try:
        header = read_image_header(path)
    except UnreadableImage as exc:
        raise UnreadableImage(f"{_name(path)}: {exc.message}", parameter="file", key="imago.file_refused",
                              values=dict(name=_name(path), reason=(exc.key, exc.values, exc.message))) from None
    except OSError as exc:
        why = str(exc.strerror or exc)  # the system's words
        raise InvalidInputError(f"{_name(path)}: cannot be read ({why})", parameter="file",
                                key="imago.file_unreadable", values=dict(name=_name(path), why=why)) from None
    reason = refusal(header, allowed_mime_types)
    if reason:
        raise InvalidInputError(f"{_name(path)}: {reason}", parameter="file", key="imago.file_refused",
                                values=dict(name=_name(path), reason=(reason.key, reason.values, str(reason))))
    return header


def _name(path):
    return str(path).replace("\\", "/").rsplit("/", 1)[-1]


def _read(fh, size):
    data = fh.read(size)
    if len(data) != size:
        raise UnreadableImage("the file ends inside its header", parameter="file", key="imago.header.ends")
    return data


def _png(fh):
    # the first chunk must be IHDR: length 13, then width and height (big-endian)
    length, kind, width, height = struct.unpack(">I4sII", _read(fh, 16))
    if kind != b"IHDR" or length != 13:
        raise UnreadableImage("PNG without an IHDR header", parameter="file", key="imago.header.png")
    return ImageHeader("PNG", "image/png", width, height)


def _jpeg(fh):
    for _ in range(MAX_JPEG_SEGMENTS):
        byte = _read(fh, 1)
        if byte != b"\xff":
            raise UnreadableImage("JPEG markers are out of order", parameter="file", key="imago.header.jpeg_markers")
        marker = _read(fh, 1)[0]
        while marker == 0xFF:  # fill bytes before a marker
            marker = _read(fh, 1)[0]
        if marker in _STANDALONE_MARKERS:
            continue
        if marker in (0xD9, 0xDA):  # end of image / start of scan before any frame header
            break
        (length,) = struct.unpack(">H", _read(fh, 2))
        if length < 2:
            raise UnreadableImage("JPEG segment with an impossible length", parameter="file",
                                  key="imago.header.jpeg_segment")
        if marker in _SOF_MARKERS:
            _precision, height, width = struct.unpack(">BHH", _read(fh, 5))
            return ImageHeader("JPEG", "image/jpeg", width, height, marker in _PROGRESSIVE_MARKERS)
        fh.seek(length - 2, 1)
    raise UnreadableImage("JPEG without a frame header", parameter="file", key="imago.header.jpeg_frame")


def _tiff(fh, start):
    endian = "<" if start[:2] == b"II" else ">"
    big = start[2:4] in (b"+\x00", b"\x00+")
    if big:  # BigTIFF: 8-byte offsets and counts, 20-byte entries
        fh.seek(8)
        (offset,) = struct.unpack(endian + "Q", _read(fh, 8))
    else:
        (offset,) = struct.unpack(endian + "I", start[4:8])
    fh.seek(offset)
    count_format, entry_size = ("Q", 20) if big else ("H", 12)
    (count,) = struct.unpack(endian + count_format, _read(fh, struct.calcsize(count_format)))
    found = {}
    for _ in range(min(count, 4096)):
        entry = _read(fh, entry_size)
        tag, kind = struct.unpack(endian + "HH", entry[:4])
        if tag in (_TIFF_WIDTH, _TIFF_LENGTH):
            value = entry[12:] if big else entry[8:]
            if kind == _TIFF_SHORT:
                found[tag] = struct.unpack(endian + "H", value[:2])[0]
            elif kind == _TIFF_LONG:
                found[tag] = struct.unpack(endian + "I", value[:4])[0]
            elif kind == _TIFF_LONG8 and big:
                found[tag] = struct.unpack(endian + "Q", value[:8])[0]
        if len(found) == 2:
            return ImageHeader("TIFF", "image/tiff", found[_TIFF_WIDTH], found[_TIFF_LENGTH])
    raise UnreadableImage("TIFF without image width and length", parameter="file", key="imago.header.tiff")
