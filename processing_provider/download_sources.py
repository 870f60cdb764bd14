"""What ``download_images`` can download, per service: a layer of one of our
searches is recognised by its fields, and its adapter turns the features into
core/downloads jobs (keyed by feature id) with the session that may fetch them.

A new service is one more :class:`ImageSource` in :data:`SOURCES`.
"""

from qgis.core import NULL
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.downloads import DownloadJob
from ..core.i18n import translate
from ..core.mapillary.access import MapillaryAccess
from ..core.mapillary.downloads import SIZES as MAPILLARY_SIZES
from ..core.mapillary.downloads import download_jobs as mapillary_jobs
from ..core.spexi.layers import targets_of
from ..providers.download import safe_filename
from ..providers.http import make_session
from ..providers.mapflow.search import PICTURE_PREVIEWS
from ..providers.spexi.client import VARIANTS as SPEXI_VARIANTS
from ..providers.spexi.client import SpexiClient
from .base import refuse


def _value(feature, name):
    value = feature[name]
    return None if value is None or value == NULL or str(value).strip() == "" else value


class ImageSource:
    """``service_id`` names whose credentials the downloads need (None: none)."""

    service_id = None
    label = ""
    fields = frozenset()  # a layer with all of these is this source's
    variants = ()  # the first is the fullest, what VARIANT "best" means

    def matches(self, names):
        return self.fields <= set(names)

    def variant(self, wanted):
        if wanted == "best":
            return self.variants[0]
        if wanted not in self.variants:
            refuse(translate("ImageryHub.Processing", "{images} come as {variants}, not {wanted}").format(
                images=translate("ImageryHub.Processing", self.label), variants=", ".join(self.variants),
                wanted=wanted), "VARIANT")
        return wanted

    def jobs(self, source, variant):
        """``(jobs, {fid: why it has no job})`` for the features of ``source``
        (a layer or Processing source; main thread)."""
        raise NotImplementedError

    def session_maker(self, access):
        """``make_session(cancelled)`` for the Downloader."""
        raise NotImplementedError


class SpexiImages(ImageSource):
    """Footprints or camera positions of Search Spexi drone images (or its
    views of a point): the links the search wrote, fetched with the key."""

    service_id = "spexi"
    label = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Spexi images")
    fields = frozenset({"id", "key", "original_url", "zoomed_url"})
    variants = SPEXI_VARIANTS

    def jobs(self, source, variant):
        features = list(source.getFeatures())
        targets = targets_of(features, variant)
        fids = {feature["id"]: feature.id() for feature in features}
        jobs = [DownloadJob(key=fids[image_id], url=url, filename=name)  # named as the tab names them
                for image_id, (url, name) in targets.items()]
        why = translate("ImageryHub.Processing", "no {variant} link").format(variant=variant)
        missing = {f.id(): why for f in features if f["id"] not in targets}
        return jobs, missing

    def session_maker(self, access):
        return lambda cancelled: SpexiClient(access.secret, access.base_url, cancelled=cancelled).session


class MapillaryImages(ImageSource):
    """Points of Search Mapillary images: thumbnails asked for fresh (they expire)."""

    service_id = "mapillary"
    label = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Mapillary images")
    fields = frozenset({"id", "compass_angle", "is_pano", "sequence"})
    variants = ("original",) + tuple(s for s in reversed(MAPILLARY_SIZES) if s != "original")

    def jobs(self, source, variant):
        fids = [feature.id() for feature in source.getFeatures()]
        jobs = mapillary_jobs(source, fids, variant)
        found = {job.key for job in jobs}
        return jobs, {fid: "no image id" for fid in fids if fid not in found}

    def session_maker(self, access):
        client_access = MapillaryAccess(access.secret, access.urls, concurrency=access.concurrency)
        return lambda cancelled: client_access.client(cancelled=cancelled).session


class MapflowCatalogScenes(ImageSource):
    """Footprints of Search the Mapflow imagery catalog: their preview pictures,
    which live on the providers' hosts and are fetched without any credential."""

    label = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Mapflow catalog scenes")
    fields = frozenset({"image_id", "provider", "preview_type", "preview_url"})
    variants = ("preview",)

    def jobs(self, source, variant):
        jobs, skipped = [], {}
        for feature in source.getFeatures():
            url, kind = _value(feature, "preview_url"), str(_value(feature, "preview_type") or "").lower()
            if not url or kind not in PICTURE_PREVIEWS:
                skipped[feature.id()] = translate("ImageryHub.Processing", "no picture preview ({kind})").format(
                    kind=kind or "none")
                continue
            extension = "jpg" if kind == "jpeg" else kind
            jobs.append(DownloadJob(key=feature.id(), url=str(url),
                                    filename=safe_filename(f"mapflow_{feature['image_id']}_preview.{extension}")))
        return jobs, skipped

    def session_maker(self, access):
        # previews are absolute URLs on other hosts; the session holds no credential at all
        return lambda cancelled: make_session("Mapflow", "https://previews.invalid", None, cancelled=cancelled)


class EosdaScenes(ImageSource):
    label = QT_TRANSLATE_NOOP("ImageryHub.Processing", "EOSDA scenes")
    fields = frozenset({"view_id", "scene_id", "dataset"})

    def variant(self, wanted):
        refuse(translate("ImageryHub.Processing", "EOSDA scenes are rendered rather than downloaded: use Render an "
                                                  "EOSDA scene (imagery_hub:eosda_render) with a view_id of this "
                                                  "layer"), "INPUT")


SOURCES = (SpexiImages(), MapillaryImages(), MapflowCatalogScenes(), EosdaScenes())


def source_for(names):
    """The adapter of a layer with these field names; refused when none fits."""
    for source in SOURCES:
        if source.matches(names):
            return source
    kinds = ", ".join(translate("ImageryHub.Processing", s.label) for s in SOURCES if s.variants)
    refuse(translate("ImageryHub.Processing", "INPUT is not a layer of an Imagery Hub search: downloads work on "
                                              "{kinds}").format(kinds=kinds), "INPUT")

