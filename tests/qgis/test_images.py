"""Pictures decoded in a task come out in the pixel format a pixmap uses, so the
GUI thread's ``QPixmap.fromImage`` converts nothing: a conversion there is split
over Qt's global thread pool, which QGIS's tasks fill, and QGIS froze."""

import pytest
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage, QPixmap

from imagery_hub.core.images import ImageTooLargeError, decode_image
from imagery_hub.sandbox.faults import huge_image_body


def encoded(image, fmt):
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data)


@pytest.mark.parametrize("fmt, source_format, alpha", [
    ("JPG", QImage.Format.Format_RGB888, 255),
    ("PNG", QImage.Format.Format_ARGB32, 128),
    ("PNG", QImage.Format.Format_Indexed8, 255),
    ("PNG", QImage.Format.Format_Grayscale8, 255),
])
def test_a_decoded_picture_needs_no_conversion_on_the_gui_thread(qgis_app, fmt, source_format, alpha):
    image = QImage(640, 480, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 120, 200, alpha))
    decoded = decode_image(encoded(image.convertToFormat(source_format), fmt), max_side=320)
    assert decoded.format() in (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)
    assert QPixmap.fromImage(decoded).toImage().format() == decoded.format()  # the pixmap's own format
    assert (decoded.width(), decoded.height()) == (320, 240)


def test_a_picture_declaring_20000_by_20000_pixels_is_refused_before_decoding(qgis_app):
    with pytest.raises(ImageTooLargeError, match="20,000 × 20,000 pixels"):
        decode_image(huge_image_body("image/png"))
