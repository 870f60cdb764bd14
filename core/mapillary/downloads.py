"""Downloads of Mapillary thumbnails or originals for selected image points.

Image URLs expire, so each job asks the Graph API for a fresh one in the worker
(``DownloadJob.resolve``) right before fetching it. The session is the Graph
session: the CDN host is outside its credential's scope, so the JPEG request
carries no token. The files' paths go into the layer's ``local_path`` field
in the task, straight into its GeoPackage (:class:`MapillaryDownloadTask`): at
100,000 images a write on the GUI thread cost seconds. A layer being edited
takes them in its edit buffer instead, on the GUI thread, undoable.
"""

from functools import partial
from pathlib import Path

from qgis.core import QgsApplication, QgsFeatureRequest, QgsVectorLayer

from ...providers.download import safe_filename
from ...providers.errors import ImageryHubError, InvalidInputError
from ...providers.mapillary.client import THUMBNAIL_FIELDS, fresh_thumbnail_url
from ..downloads import DownloadTask, DownloadJob
from ..i18n import translate
from ..images import decode_image
from ..layers import set_attribute_values

SIZES = tuple(THUMBNAIL_FIELDS)  # 256, 1024, 2048, original
PATH_FIELD = "local_path"


def _resolve(image_id, size, session):
    return fresh_thumbnail_url(session, image_id, size)


def download_jobs(layer, fids, size):
    """One job per selected feature with an image id."""
    if size not in SIZES:
        raise InvalidInputError(translate("ImageryHub.Mapillary", "Unknown image size {size}: one of {sizes}").format(
            size=size, sizes=", ".join(SIZES)), parameter="size")
    if not fids:
        raise InvalidInputError(translate(
            "ImageryHub.Mapillary", "Select image points first (on the map or in the table)"), parameter="selection")
    jobs = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(list(fids))):
        image_id = str(feature["id"] or "")
        if image_id:
            jobs.append(DownloadJob(key=feature.id(), filename=f"mapillary_{image_id}_{size}.jpg",
                                    resolve=partial(_resolve, image_id, size)))
    return jobs


class MapillaryDownloadTask(DownloadTask):
    """Downloads, then writes the files' paths into ``local_path`` of the
    layer at ``source`` (a GeoPackage layer's source) here rather than on the
    GUI thread; the result's ``written`` says whether it did."""

    def __init__(self, *args, source=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source

    def work(self):
        result = super().work()
        result.written = False
        if self.source and result.paths:
            layer = QgsVectorLayer(self.source, "images", "ogr")
            if layer.isValid() and layer.fields().indexOf(PATH_FIELD) >= 0:
                set_attribute_values(layer, result.paths, PATH_FIELD)
                result.written = True
        return result


def download_task(access, layer, fids, size, folder, on_success=None, on_error=None):
    """A download of the images of ``fids``; their paths are written in the
    task unless ``layer`` is being edited (see :func:`record_paths`)."""
    jobs = download_jobs(layer, fids, size)
    source = layer.source() if layer.providerType() == "ogr" and not layer.isEditable() else None
    description = translate("ImageryHub.Mapillary", "Imagery Hub: downloading %Ln Mapillary image(s)", None,
                            len(jobs))
    return MapillaryDownloadTask(description, jobs, folder,
                                 lambda cancelled: access.client(cancelled=cancelled).session,
                                 concurrency=access.concurrency, on_success=on_success, on_error=on_error,
                                 source=source)


def record_paths(layer, result):
    """The downloaded files' paths in ``layer`` (GUI thread): written by the
    task already, the layer is only told (no reload, the selection stays);
    else, or when the user started editing meanwhile, written now (in edit
    mode as one undoable command)."""
    if not result.paths or layer.fields().indexOf(PATH_FIELD) < 0:
        return
    if getattr(result, "written", False) and not layer.isEditable():
        layer.dataChanged.emit()
        layer.triggerRepaint()
    else:
        set_attribute_values(layer, result.paths, PATH_FIELD, translate(
            "ImageryHub.Mapillary", "Imagery Hub: Mapillary downloads"))


def downloaded_text(result):
    """What a finished download says, in the user's language (the shared summary)."""
    return "Mapillary: " + result.summary("image")


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
        raise ImageryHubError(translate("ImageryHub.Mapillary", "Could not write the thumbnail {path}").format(
            path=part), service="Mapillary")
    part.replace(target)
    return str(target)
