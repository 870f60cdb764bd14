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

import lzma
import zipfile
import zlib
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
        if kind:
            raise ServiceError(f"EOSDA sent {kind} where {expected} was expected", service=SERVICE,
                               key="eosda.wrong_kind", values=dict(kind=kind, expected=expected))
        raise ServiceError(f"EOSDA sent an unknown kind of file where {expected} was expected", service=SERVICE,
                           key="eosda.unknown_kind", values=dict(expected=expected))
    if extension == "zip":
        return unpack_world_zip(path)
    return path


def unpack_world_zip(path):
    """Unpack image + world file beside the zip, which is removed either way. A
    damaged, encrypted or lying archive is one ServiceError and leaves nothing."""
    path = Path(path)
    stem = safe_filename(path.stem)
    written = []
    try:
        with zipfile.ZipFile(path) as archive:
            (member, extension), world = _world_members(archive)
            image_path = resolve_inside(path.parent, f"{stem}.{extension}")
            world_path = resolve_inside(path.parent, f"{stem}.{extension}w")
            for source, target in ((member, image_path), (world, world_path)):
                written.append(target)
                _extract(archive, source, target)
        written.append(Path(f"{image_path}.aux.xml"))
        written[-1].write_text(AUX_XML, encoding="utf-8")
        return image_path
    except BaseException as exc:
        for target in written:
            target.unlink(missing_ok=True)
            target.with_name(target.name + ".part").unlink(missing_ok=True)
        if isinstance(exc, _UNREADABLE):
            why, why_key = _why(exc)
            raise ServiceError(f"The zip archive EOSDA sent cannot be unpacked: {why}",
                               service=SERVICE, code="bad_archive", details=repr(exc)[:300],
                               key="eosda.bad_archive", values=dict(why=(why_key, None, why))) from None
        raise
    finally:
        path.unlink(missing_ok=True)


#: what zipfile raises for an archive it cannot read (encrypted: RuntimeError)
_UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError, EOFError,
               zlib.error, lzma.LZMAError)


def _why(exc):
    """Why an archive cannot be unpacked, in English, and its sentence key."""
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return "it is encrypted", "archive.encrypted"
    if isinstance(exc, NotImplementedError):
        return "it uses a compression method that cannot be read", "archive.compression"
    if isinstance(exc, (EOFError, zlib.error, lzma.LZMAError)):
        return "its data is damaged", "archive.data_damaged"
    if "CRC" in str(exc):
        return "its data does not match its checksum", "archive.checksum"
    return "it is damaged", "archive.damaged"


def _world_members(archive):
    """((image member, extension), world member) of a world-file archive."""
    members = [m for m in archive.infolist() if not m.is_dir()]
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise ServiceError("The archive from EOSDA unpacks to more than 2 GB; refused", service=SERVICE,
                           key="eosda.archive_too_large")
    image = world = None
    for member in members:
        suffix = member.filename.rsplit(".", 1)[-1].lower() if "." in member.filename else ""
        if suffix in IMAGE_EXTENSIONS:
            image = (member, IMAGE_EXTENSIONS[suffix])
        elif suffix.endswith("w") or suffix == "wld":
            world = member
    if image is None or world is None:
        names = ", ".join(m.filename for m in members)[:200] or "nothing"
        raise ServiceError(f"The world-file archive from EOSDA holds {names}; expected an image and "
                           "its world file", service=SERVICE, key="eosda.archive_content", values=dict(names=names))
    return image, world


def _extract(archive, member, target):
    """Copy one member to ``target`` (our name, never the member's path), no
    more bytes than it declares."""
    part = target.with_name(target.name + ".part")
    written = 0
    with archive.open(member) as source, open(part, "wb") as out:
        while True:
            chunk = source.read(1024 * 1024)
            if not chunk:
                break
            written += len(chunk)
            if written > member.file_size:
                raise zipfile.BadZipFile(f"{member.filename!r} holds more than the {member.file_size} bytes "
                                         "it declares")
            out.write(chunk)
    part.replace(target)
