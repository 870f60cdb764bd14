"""Pictures decoded in a task, never on the GUI thread, and only when their size
is sane.

A few bytes of JPEG or PNG can declare 20,000 × 20,000 pixels; decoding that
costs seconds and gigabytes. :func:`decode_image` reads the declared size first
(QImageReader reads only the header for that) and refuses a picture above
:data:`MAX_PIXELS`; otherwise it decodes, scaled down to the size it will be
shown at. It returns a QImage, which, unlike a QPixmap, may be made in a worker
thread; the GUI turns it into a pixmap with ``QPixmap.fromImage``.

The image is already in the pixel format a pixmap uses, so ``fromImage`` has
nothing to convert: Qt converts a large image in segments on its global thread
pool and waits for them, and QGIS's tasks fill that pool (their threads then
wait for Python's lock, which the GUI thread holds): QGIS froze. Converting in
the task is safe, since Qt converts in one piece on a thread of the pool itself.
"""

import sys

import numpy
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from qgis.PyQt.QtGui import QImage, QImageReader

from ..providers.errors import ImageryHubError
from .i18n import number, translate

#: the most pixels a picture may declare (a 50-megapixel camera is the largest we expect)
MAX_PIXELS = 50_000_000


class ImageTooLargeError(ImageryHubError):
    """A picture declares more pixels than :data:`MAX_PIXELS`."""


def decode_image(data, max_side=None, max_pixels=MAX_PIXELS):
    """``data`` (bytes) as a QImage that fits ``max_side`` × ``max_side`` (None:
    full size). Raises :class:`ImageTooLargeError` for a picture declaring more
    than ``max_pixels``, ImageryHubError for bytes that are not a picture."""
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return _read(QImageReader(buffer), max_side, max_pixels)


def decode_file(path, max_side=None, max_pixels=MAX_PIXELS):
    """The picture in file ``path``, as :func:`decode_image` does for bytes."""
    return _read(QImageReader(str(path)), max_side, max_pixels)


def unreadable(reader):
    return ImageryHubError(translate("ImageryHub.Images", "The picture could not be read: {reason}").format(
        reason=reader.errorString()))


def _read(reader, max_side, max_pixels):
    reader.setAutoTransform(True)
    declared = reader.size()  # from the header only: nothing decoded yet
    if not declared.isValid():
        raise unreadable(reader)
    width, height = declared.width(), declared.height()
    if width * height > max_pixels:
        raise ImageTooLargeError(translate(
            "ImageryHub.Images", "The picture declares {width} × {height} pixels ({megapixels} megapixels), more "
            "than the {limit}-megapixel limit, so it was not opened.").format(
            width=number(width), height=number(height), megapixels=number(width * height / 1e6, 0),
            limit=number(max_pixels / 1e6, 0)))
    if max_side and max(width, height) > max_side:
        reader.setScaledSize(declared.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise unreadable(reader)
    return ready_for_screen(image)


def ready_for_screen(image):
    """``image`` in the format ``QPixmap.fromImage`` takes as it is (call in a
    task): premultiplied ARGB when a pixel is see-through, else RGB32 (a pixmap
    drops an alpha channel no pixel uses, by converting)."""
    if image.hasAlphaChannel():
        premultiplied = QImage.Format.Format_ARGB32_Premultiplied
        image = image if image.format() == premultiplied else image.convertToFormat(premultiplied)
        if _see_through(image):
            return image
    opaque = QImage.Format.Format_RGB32
    return image if image.format() == opaque else image.convertToFormat(opaque)


def _see_through(image):
    """Whether a 32-bit ARGB image has a pixel that is not opaque."""
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    alpha = 3 if sys.byteorder == "little" else 0  # the byte order of a 0xAARRGGBB word
    return int(numpy.frombuffer(bits, dtype=numpy.uint8)[alpha::4].min(initial=255)) < 255
