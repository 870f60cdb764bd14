"""A nadir Spexi image on the map: the JPEG warped into its footprint with GDAL,
using the footprint's corners as ground control points.

Which footprint corner is which image corner is worked out from the camera
heading (for a nadir image the top of the frame points along the heading), not
from the vertex order, which the API does not document.
"""

import math
from pathlib import Path

from osgeo import gdal

from ...providers.download import download
from ...providers.errors import ImageryHubError, InvalidInputError, OperationCancelled
from ...providers.spexi.client import NADIR_PITCH, image_filename
from ..i18n import translate
from ..tasks import ImageryHubTask



def gdal_result(result, failed):
    """GDAL's answer, or ``failed`` (our sentence) with GDAL's last error as an
    ImageryHubError. (Checked by hand: gdal.UseExceptions() would change GDAL
    for everything else in QGIS.)"""
    if result is None:
        reason = gdal.GetLastErrorMsg() or translate("ImageryHub.Spexi", "unknown error")
        raise ImageryHubError(f"{failed}: {reason}")
    return result


def image_corners(footprint, heading):
    """The footprint's corners as (top-left, top-right, bottom-right, bottom-left)
    of a nadir image whose top points along ``heading`` (degrees from north)."""
    ring = list(footprint.exterior.coords)[:-1]
    if len(ring) != 4:
        raise InvalidInputError(translate(
            "ImageryHub.Spexi", "A footprint with {corners} corners cannot be used to place the "
                                "image; it needs four").format(corners=len(ring)), parameter="footprint")
    cx = sum(x for x, _ in ring) / 4
    cy = sum(y for _, y in ring) / 4
    scale = math.cos(math.radians(cy))
    slots = {}
    for x, y in ring:
        bearing = math.degrees(math.atan2((x - cx) * scale, y - cy))  # from north, clockwise
        relative = (bearing - heading) % 360
        slots[int(relative // 90)] = (x, y)  # 0: top-right, 1: bottom-right, 2: bottom-left, 3: top-left
    if len(slots) != 4:
        raise InvalidInputError(translate(
            "ImageryHub.Spexi", "The footprint does not match the camera heading: the image "
                                "cannot be placed"),
                                parameter="footprint")
    return slots[3], slots[0], slots[1], slots[2]


def warp_into_footprint(jpeg, footprint, heading, target, cancelled=None, progress=None):
    """Write ``target`` (GeoTIFF, EPSG:4326, transparent outside the image) from
    ``jpeg`` placed on the corners of ``footprint``. Returns the target path."""
    source = gdal_result(gdal.Open(str(jpeg)),
                         translate("ImageryHub.Spexi", "GDAL could not read {name}").format(name=Path(jpeg).name))
    width, height = source.RasterXSize, source.RasterYSize
    pixels = ((0, 0), (width, 0), (width, height), (0, height))
    gcps = [gdal.GCP(lon, lat, 0, px, py) for (lon, lat), (px, py) in zip(image_corners(footprint, heading), pixels)]
    placed = gdal_result(gdal.Translate("", source, format="VRT", GCPs=gcps, outputSRS="EPSG:4326"),
                         translate("ImageryHub.Spexi", "GDAL could not set the control points"))
    target = Path(target)
    part = target.with_name(target.stem + ".part.tif")

    def callback(fraction, _message, _data):
        if progress:
            progress(fraction)
        return 0 if cancelled and cancelled() else 1

    warped = gdal.Warp(str(part), placed, format="GTiff", dstSRS="EPSG:4326", tps=True, resampleAlg="bilinear",
                       dstAlpha=True, creationOptions=["COMPRESS=DEFLATE", "TILED=YES"], callback=callback)
    placed = source = None
    if warped is None:
        part.unlink(missing_ok=True)
        if cancelled and cancelled():
            raise OperationCancelled(translate("ImageryHub.Spexi", "Cancelled while placing the image"))
        gdal_result(None, translate("ImageryHub.Spexi", "GDAL could not warp {name}").format(name=Path(jpeg).name))
    warped = None  # closes the file
    part.replace(target)
    return target


class WarpTask(ImageryHubTask):
    """Download the original (unless ``local_path`` already has it), then warp it
    into the footprint. The result is (tif path, jpeg path)."""

    def __init__(self, make_client, image_id, url, footprint, heading, pitch, folder, local_path=None,
                 on_success=None, on_error=None):
        super().__init__(translate(
            "ImageryHub.Spexi", "Spexi: placing image {image} on the map").format(image=image_id),
                         on_success, on_error)
        if pitch is None or pitch > NADIR_PITCH:
            raise InvalidInputError(translate(
                "ImageryHub.Spexi", "Only nadir images (pitch near -90°) can be placed on the map; "
                                    "image {image} has pitch {pitch}°").format(image=image_id, pitch=pitch),
                                    parameter="pitch", service="Spexi")
        self.make_client = make_client
        self.image_id = image_id
        self.url = url
        self.footprint = footprint
        self.heading = heading
        self.folder = Path(folder)
        self.local_path = local_path

    def work(self):
        jpeg = Path(self.local_path) if self.local_path else None
        if jpeg is None or not jpeg.exists() or jpeg.name != image_filename(self.image_id, "original"):
            self.set_status(translate("ImageryHub.Spexi", "Downloading the original image"))
            client = self.make_client(self.is_cancelled)
            jpeg = download(client.session, self.url, self.folder, image_filename(self.image_id, "original"),
                            progress=lambda done, total: self.report(done / 2, total))
        self.set_status(translate("ImageryHub.Spexi", "Warping the image into its footprint"))
        target = self.folder / f"{self.image_id}_footprint.tif"
        warp_into_footprint(jpeg, self.footprint, self.heading, target, self.is_cancelled,
                            lambda fraction: self.setProgress(50 + 50 * fraction))
        return str(target), str(jpeg)
