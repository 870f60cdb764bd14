"""Local rasters on their way to Mapflow: what GDAL says of them, before any upload.

A mosaic takes only images with its CRS, band count and resolution (the Mapflow
API page's warning), so each file's profile is read here and compared before a
byte is sent. A raster layer of the project is uploaded from its file: a
GeoTIFF as it is, any other file GDAL reads (JPEG 2000, VRT, ...) written to a
GeoTIFF first, in the task. Layers that are not files (XYZ, WMS) are refused.
"""

import os
from pathlib import Path

from osgeo import gdal, osr

from ...providers.errors import InvalidInputError, OperationCancelled
from ...providers.mapflow.data_models import RasterProfile
from ..i18n import translate

SERVICE = "Mapflow"


def _refuse(message, parameter="file"):
    raise InvalidInputError(message, parameter=parameter, service=SERVICE)


def _open(path):
    try:
        return gdal.Open(str(path))
    except RuntimeError:  # GDAL exceptions turned on elsewhere in the process
        return None


def read_profile(path):
    """The RasterProfile of a georeferenced raster file; a clear refusal otherwise."""
    name = Path(path).name
    dataset = _open(path)
    if dataset is None:
        _refuse(translate("ImageryHub.Mapflow", "GDAL cannot read {file}: is it a raster file?").format(file=name))
    geotransform = dataset.GetGeoTransform(can_return_null=True)
    wkt = dataset.GetProjectionRef()
    if geotransform is None or not wkt:
        _refuse(translate("ImageryHub.Mapflow",
                          "{file} has no georeference: Mapflow needs a GeoTIFF with a CRS").format(file=name))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    size = max(abs(geotransform[1]), abs(geotransform[5]))
    band = dataset.GetRasterBand(1)
    return RasterProfile(crs=f"EPSG:{code}" if code else wkt, band_count=dataset.RasterCount, pixel_size=size,
                         dtype=gdal.GetDataTypeName(band.DataType).lower(), width=dataset.RasterXSize,
                         height=dataset.RasterYSize)


def is_geotiff(path):
    dataset = _open(path)
    return dataset is not None and dataset.GetDriver().ShortName == "GTiff"


def check_same_grid(profiles, mosaic_profile=None, mosaic_name=None):
    """Refuse files that differ from the mosaic's images, or from each other when the
    mosaic is empty. ``profiles`` maps file names to RasterProfile."""
    items = list(profiles.items())
    if not items:
        return
    if mosaic_profile:
        reference, against = mosaic_profile, mosaic_name or translate("ImageryHub.Mapflow", "the mosaic")
    else:
        reference, against = items[0][1], items[0][0]
    for name, profile in items:
        differences = profile.differences(reference)
        if differences:
            _refuse(translate("ImageryHub.Mapflow",
                              "{file} cannot join {mosaic}: {differences}. Images of a mosaic must share CRS, "
                              "number of bands and resolution").format(file=name, mosaic=against,
                                                                       differences="; ".join(differences)),
                    "mosaic")


def layer_file(layer):
    """The file behind a raster layer of the project, or a refusal that says why not."""
    if layer is None or layer.providerType() != "gdal":
        _refuse(translate("ImageryHub.Mapflow",
                          "Only raster layers read from a file can be uploaded to Mapflow"), "layer")
    path = layer.source().split("|")[0]
    if not os.path.isfile(path):
        _refuse(translate("ImageryHub.Mapflow",
                          "The layer “{name}” is not a file on this computer").format(name=layer.name()), "layer")
    return Path(path)


def to_geotiff(path, folder, cancelled=None, progress=None):
    """A GeoTIFF copy of a raster GDAL reads, in ``folder`` (a task's work)."""
    target = Path(folder) / f"{Path(path).stem}.tif"

    def callback(fraction, _message, _data):
        if progress is not None:
            progress(fraction)
        return 0 if cancelled is not None and cancelled() else 1

    try:
        result = gdal.Translate(str(target), str(path), format="GTiff", callback=callback,
                                creationOptions=["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    except RuntimeError:  # GDAL exceptions on: a stop from the callback raises
        result = None
    stopped = cancelled is not None and cancelled()
    if result is None or stopped:
        result = None
        target.unlink(missing_ok=True)
        if stopped:
            raise OperationCancelled(translate("ImageryHub.Mapflow", "Cancelled"))
        _refuse(translate("ImageryHub.Mapflow",
                          "GDAL could not write {file} as a GeoTIFF").format(file=Path(path).name))
    result = None  # closes the file
    return target
