"""What Imago would refuse, read from file headers: crafted files of a few hundred
bytes that declare huge images, and real images written by Pillow."""

import pytest

from imagery_hub.providers.errors import InvalidInputError
from imagery_hub.providers.imago.headers import (
    ALLOWED_MIME_TYPES,
    UnreadableImage,
    check_image,
    read_image_header,
    refusal,
)
from imagery_hub.sandbox.imago.samples import crafted_jpeg, crafted_png, crafted_tiff, photo

WITH_TIFF = ALLOWED_MIME_TYPES + ("image/tiff",)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_png_declaring_70000_squared_is_refused_from_a_tiny_file(tmp_path):
    path = write(tmp_path, "huge.png", crafted_png(70_000, 70_000))
    assert path.stat().st_size < 100
    header = read_image_header(path)
    assert (header.format, header.width, header.height, header.progressive) == ("PNG", 70_000, 70_000, False)
    with pytest.raises(InvalidInputError) as caught:
        check_image(path)
    assert str(caught.value) == "huge.png: PNG, 70,000 × 70,000 px is larger than Imago's limit of 65,500 × 65,500 px"
    assert caught.value.status is None  # refused here, not by the service


@pytest.mark.parametrize("width, height, refused", [
    (65_500, 65_500, False), (65_501, 10, True), (10, 65_501, True), (1, 1, False)])
def test_png_limit_is_per_side_at_65500(tmp_path, width, height, refused):
    header = read_image_header(write(tmp_path, "a.png", crafted_png(width, height)))
    assert (refusal(header) is not None) == refused


@pytest.mark.parametrize("width, height, refused", [
    (65_000, 65_000, False),   # 4.2 billion pixels: fine for a baseline JPEG
    (65_535, 100, True),       # the widest a JPEG can declare is over Imago's side limit
])
def test_baseline_jpeg_limit(tmp_path, width, height, refused):
    header = read_image_header(write(tmp_path, "a.jpg", crafted_jpeg(width, height)))
    assert (header.format, header.progressive, header.width, header.height) == ("JPEG", False, width, height)
    assert (refusal(header) is not None) == refused


@pytest.mark.parametrize("width, height, refused", [
    (25_000, 20_000, False),   # exactly 500 megapixels
    (25_001, 20_000, True),
    (30_000, 20_000, True),
])
def test_progressive_jpeg_limit_is_500_megapixels(tmp_path, width, height, refused):
    header = read_image_header(write(tmp_path, "p.jpg", crafted_jpeg(width, height, progressive=True)))
    assert header.progressive
    reason = refusal(header)
    assert (reason is not None) == refused
    if refused:
        assert "progressive JPEG" in reason and "500 megapixels" in reason


def test_real_progressive_and_baseline_jpegs_from_pillow(tmp_path):
    progressive = read_image_header(write(tmp_path, "p.jpg", photo(320, 240, progressive=True)))
    baseline = read_image_header(write(tmp_path, "b.jpg", photo(320, 240)))
    assert (progressive.progressive, progressive.width, progressive.height) == (True, 320, 240)
    assert (baseline.progressive, baseline.width, baseline.height) == (False, 320, 240)
    assert refusal(progressive) is None and refusal(baseline) is None


def test_jpeg_with_exif_segment_before_the_frame(tmp_path):
    from PIL import Image

    image = Image.new("RGB", (123, 45))
    exif = Image.Exif()
    exif[0x010F] = "Imagery Hub test camera"
    path = tmp_path / "exif.jpg"
    image.save(path, "JPEG", exif=exif.tobytes())
    header = read_image_header(path)
    assert (header.width, header.height) == (123, 45)


@pytest.mark.parametrize("big_endian, bigtiff", [(False, False), (True, False), (False, True), (True, True)])
def test_tiff_dimensions_from_the_first_ifd(tmp_path, big_endian, bigtiff):
    path = write(tmp_path, "t.tif", crafted_tiff(70_000, 120, big_endian, bigtiff))
    header = read_image_header(path)
    assert (header.format, header.mime_type, header.width, header.height) == ("TIFF", "image/tiff", 70_000, 120)
    # TIFF is not in the page's mimeType list: refused for that first ...
    assert refusal(header) == "TIFF (image/tiff) is not accepted; Imago takes PNG, JPEG"
    # ... and where TIFF is allowed, for its size
    assert "65,500" in refusal(header, WITH_TIFF)
    small = read_image_header(write(tmp_path, "s.tif", crafted_tiff(800, 600, big_endian, bigtiff)))
    assert refusal(small, WITH_TIFF) is None


def test_real_png_from_pillow(tmp_path):
    header = check_image(write(tmp_path, "p.png", photo(200, 100, fmt="PNG")))
    assert (header.mime_type, header.width, header.height) == ("image/png", 200, 100)


def test_a_png_named_jpg_is_read_as_what_it_is(tmp_path):
    header = check_image(write(tmp_path, "really_png.jpg", photo(20, 10, fmt="PNG")))
    assert header.mime_type == "image/png"


@pytest.mark.parametrize("data, reason", [
    (b"GIF89a" + b"\0" * 20, "not a PNG, JPEG or TIFF image"),
    (b"", "not a PNG, JPEG or TIFF image"),
    (crafted_png(10, 10)[:20], "the file ends inside its header"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "the file ends inside its header"),
    (b"\xff\xd8\xff\xd9", "JPEG without a frame header"),
])
def test_unreadable_files_say_why_with_the_file_name(tmp_path, data, reason):
    path = write(tmp_path, "odd.jpg", data)
    with pytest.raises(UnreadableImage) as caught:
        check_image(path)
    assert caught.value.message == f"odd.jpg: {reason}"


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidInputError, match="gone.jpg: cannot be read"):
        check_image(tmp_path / "gone.jpg")
