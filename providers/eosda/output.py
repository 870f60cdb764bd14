"""What a finished Download visual task sends back, turned into a file GDAL
opens georeferenced.

* ``georeference: "tiff"``: a GeoTIFF, kept as it is.
* ``georeference: "world"``: a zip with the image and its world file; both are
  unpacked under our own names (``<stem>.<ext>`` and ``<stem>.<ext>w``, a name
  GDAL looks for) with a ``.aux.xml`` giving EPSG:3857, since a world file holds
  no CRS and the documentation says the output is in EPSG:3857.
* ``georeference: "kmz"``: kept; GDAL's KML super-overlay driver reads it.
* nothing: a bare image, not georeferenced.
"""

import zipfile
from pathlib import Path

from ..download import resolve_inside, safe_filename
from ..errors import ServiceError

SERVICE = "EOSDA"
MAX_UNPACKED_BYTES = 2 * 1024 ** 3  # a zip that claims more is refused (zip bomb)
IMAGE_EXTENSIONS = {"jpeg": "jpeg", "jpg": "jpeg", "png": "png", "tif": "tiff", "tiff": "tiff"}
AUX_XML = "<PAMDataset>\n  <SRS>EPSG:3857</SRS>\n</PAMDataset>\n"
_MAGIC = {
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "tiff": (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"),
    "zip": (b"PK\x03\x04",),
}


def download_extension(params):
    """The extension of what the task sends back, from the request's params."""
    georeference = params.get("georeference")
    if georeference == "tiff":
        return "tif"
    if georeference == "world":
        return "zip"
    if georeference == "kmz":
        return "kmz"
    return params.get("format", "jpeg")


def file_kind(path):
    """jpeg, png, tiff or zip by the first bytes of the file, else None."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    for kind, signatures in _MAGIC.items():
        if head.startswith(signatures):
            return kind
    return None


def finish_download(path, params):
    """Check what arrived and make it openable; returns the path to open."""
    path = Path(path)
    kind = file_kind(path)
    extension = download_extension(params)
    expected = {"tif": "tiff", "zip": "zip", "kmz": "zip"}.get(extension, extension)
    if kind != expected:
        path.unlink(missing_ok=True)
        raise ServiceError(f"EOSDA sent {kind or 'an unknown kind of file'} where {expected} was expected",
                           service=SERVICE)
    if extension == "zip":
        return unpack_world_zip(path)
    return path


def unpack_world_zip(path):
    """Unpack image + world file beside the zip (which is then removed)."""
    path = Path(path)
    stem = safe_filename(path.stem)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        path.unlink(missing_ok=True)
        raise ServiceError("EOSDA sent a damaged zip archive", service=SERVICE) from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
            raise ServiceError("The archive from EOSDA unpacks to more than 2 GB; refused", service=SERVICE)
        image = world = None
        for member in members:
            suffix = member.filename.rsplit(".", 1)[-1].lower() if "." in member.filename else ""
            if suffix in IMAGE_EXTENSIONS:
                image = (member, IMAGE_EXTENSIONS[suffix])
            elif suffix.endswith("w") or suffix == "wld":
                world = member
        if image is None or world is None:
            names = ", ".join(m.filename for m in members) or "nothing"
            raise ServiceError(f"The world-file archive from EOSDA holds {names}; expected an image and "
                               "its world file", service=SERVICE)
        member, extension = image
        image_path = resolve_inside(path.parent, f"{stem}.{extension}")
        _extract(archive, member, image_path)
        _extract(archive, world, resolve_inside(path.parent, f"{stem}.{extension}w"))
    Path(f"{image_path}.aux.xml").write_text(AUX_XML, encoding="utf-8")
    path.unlink()
    return image_path


def _extract(archive, member, target):
    """Copy one member to ``target`` (our name, never the member's path)."""
    part = target.with_name(target.name + ".part")
    with archive.open(member) as source, open(part, "wb") as out:
        while True:
            chunk = source.read(1024 * 1024)
            if not chunk:
                break
            out.write(chunk)
    part.replace(target)
