"""Downloads of Mapillary thumbnails or originals for selected image points.

Image URLs expire, so each job asks the Graph API for a fresh one in the worker
(``DownloadJob.resolve``) right before fetching it. The session is the Graph
session: the CDN host is outside its credential's scope, so the JPEG request
carries no token. Paths are written back into the layer's ``local_path`` field.
"""

from functools import partial
from pathlib import Path

from qgis.core import QgsApplication, QgsFeatureRequest

from ...providers.download import safe_filename
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.mapillary.client import THUMBNAIL_FIELDS, fresh_thumbnail_url
from ..downloads import DownloadTask, DownloadJob
from ..images import decode_image
from ..layers import set_attribute_values

SIZES = tuple(THUMBNAIL_FIELDS)  # 256, 1024, 2048, original
PATH_FIELD = "local_path"


def _resolve(image_id, size, session):
    return fresh_thumbnail_url(session, image_id, size)


def download_jobs(layer, fids, size):
    """One job per selected feature with an image id."""
    if size not in SIZES:
        raise InvalidInputError(f"Unknown image size {size!r}: one of {', '.join(SIZES)}", parameter="size")
    if not fids:
        raise InvalidInputError("Select image points first (on the map or in the table)", parameter="selection")
    jobs = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(list(fids))):
        image_id = str(feature["id"] or "")
        if image_id:
            jobs.append(DownloadJob(key=feature.id(), filename=f"mapillary_{image_id}_{size}.jpg",
                                    resolve=partial(_resolve, image_id, size)))
    return jobs


def download_task(access, layer, fids, size, folder, on_success=None, on_error=None):
    jobs = download_jobs(layer, fids, size)
    return DownloadTask(f"Imagery Hub: downloading {len(jobs)} Mapillary images", jobs, folder,
                        lambda cancelled: access.client(cancelled=cancelled).session,
                        concurrency=access.concurrency, on_success=on_success, on_error=on_error)


def record_paths(layer, result):
    """Write the downloaded files' paths into ``local_path`` (GUI thread)."""
    if result.paths and layer.fields().indexOf(PATH_FIELD) >= 0:
        set_attribute_values(layer, result.paths, PATH_FIELD, "Imagery Hub: Mapillary downloads")


def thumbnail_folder():
    """The cache of the results grid's pictures, in the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "imagery_hub" / "mapillary"


def fetch_thumbnail(access, image_id, width, height, cancelled=None):
    """The path of ``image_id``'s picture fitted into width × height (worker
    thread): the smallest thumbnail, from a URL asked for just now, decoded and
    scaled here, then kept in :func:`thumbnail_folder` (a later call reads it)."""
    target = thumbnail_folder() / safe_filename(f"{image_id}_{width}x{height}.jpg")
    if target.exists():
        return str(target)
    image = decode_image(access.client(cancelled).thumbnail(str(image_id), "256"), min(width, height))
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.stem + ".part.jpg")
    if not image.save(str(part), "JPG"):
        raise ImageryHubError(f"Could not write the thumbnail {part}", service="Mapillary")
    part.replace(target)
    return str(target)
