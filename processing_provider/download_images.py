"""``imagery_hub:download_images``: the images of a layer from any of our
searches into a folder, and the layer again with each feature's local path.

The layer's fields say which search made it (processing_provider/download_sources);
its adapter makes the jobs and the session, and core/downloads.Downloader
fetches them several at a time (resumed, complete or absent, one failure not
stopping the others).
"""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.i18n import number, translate
from ..core.compat import NUMBER_INTEGER, SOURCE_ANY_GEOMETRY
from ..core.settings import DEFAULT_CONCURRENCY, MAX_CONCURRENCY
from ..providers.errors import ImageryHubError
from .base import FeedbackJob, ImageryHubAlgorithm, refuse

VARIANTS = ("best", "original", "zoomed", "2048", "1024", "256", "preview")
PATH_FIELD = "local_path"


class DownloadImages(ImageryHubAlgorithm):
    ID = "download_images"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Download images")
    GROUP = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Downloads")
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Processing", """
<p>Downloads the images of a layer made by one of the Imagery Hub searches into a folder, and
writes the layer again with each feature's file in <code>local_path</code>. The layer's fields say which
search made it: {kinds}. Only the selected features when “Selected features only” is checked. Files are
fetched several at a time, resumed after a dropped connection and never left half-written; a failing image
does not stop the others (each is listed in the log).</p>
<p>Credentials are those of the service the layer comes from, as for its search: the Imagery Hub settings, or
<code>IMAGERY_HUB_&lt;SERVICE&gt;_KEY</code> and <code>IMAGERY_HUB_&lt;SERVICE&gt;_URL</code> in headless runs
(Mapflow catalog previews need none).</p>""")
    EXAMPLE = """{
    "INPUT": "/tmp/mapillary.gpkg", "VARIANT": "1024",
    "FOLDER": "/tmp/images", "OUTPUT": "/tmp/mapillary_with_paths.gpkg"}"""
    COMMAND_LINE = "--INPUT=/tmp/mapillary.gpkg --VARIANT=1024 --FOLDER=/tmp/images --OUTPUT=/tmp/with_paths.gpkg"

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        from .download_sources import SOURCES

        kinds = "; ".join(f"{translate('ImageryHub.Processing', s.label)} ({', '.join(s.variants)})"
                          for s in SOURCES if s.variants)
        return super().shortHelpString().replace("{kinds}", kinds)

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource("INPUT", translate("ImageryHub.Processing", "Search results"),
                                                     [SOURCE_ANY_GEOMETRY]),
                 translate("ImageryHub.Processing", "Footprints or points written by an Imagery Hub search (in a "
                                                    "GeoPackage or as the layer it made), with their fields "
                                                    "unchanged."))
        self.add(QgsProcessingParameterEnum("VARIANT", translate("ImageryHub.Processing", "Variant / size"),
                                            list(VARIANTS), defaultValue="best",
                                            usesStaticStrings=True),
                 translate("ImageryHub.Processing", "Which file of each image: best (the fullest the service offers), "
                                                    "original, zoomed (Spexi), 2048, 1024 or 256 pixels wide "
                                                    "(Mapillary thumbnails), or preview (Mapflow catalog)."))
        self.add(QgsProcessingParameterFolderDestination("FOLDER", translate("ImageryHub.Processing", "Folder")),
                 translate("ImageryHub.Processing", "Where the images are saved, named after the image id and the "
                                                    "variant as the service's tab names them."))
        self.add(QgsProcessingParameterNumber("CONCURRENCY", translate("ImageryHub.Processing", "Downloads at once"),
                                              NUMBER_INTEGER, optional=True,
                                              minValue=1, maxValue=MAX_CONCURRENCY),
                 translate("ImageryHub.Processing", "At most how many images are fetched at the same time: it "
                                                    "starts at 4 and takes more while more make the download "
                                                    "faster. Empty: the Imagery Hub setting (16 by default)."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT",
                                                   translate("ImageryHub.Processing", "Results with local paths"),
                                                   optional=True,
                                                   createByDefault=True),
                 translate("ImageryHub.Processing", "INPUT's features with the downloaded file of each in {field} "
                                                    "(empty where none arrived).").format(field=PATH_FIELD))
        self.add_output(QgsProcessingOutputNumber("DOWNLOADED",
                                                  translate("ImageryHub.Processing", "Images downloaded")),
                        translate("ImageryHub.Processing", "How many files arrived."))
        self.add_output(QgsProcessingOutputNumber("FAILED",
                                                  translate("ImageryHub.Processing", "Images not downloaded")),
                        translate("ImageryHub.Processing", "Features whose image did not arrive or that have none "
                                                           "(each listed in the log)."))

    def validate(self, parameters, context):
        from .download_sources import source_for

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            refuse(translate("ImageryHub.Processing", "Give the layer of a search (INPUT)"), "INPUT")
        adapter = source_for(source.fields().names())
        variant = adapter.variant(self.parameterAsEnumString(parameters, "VARIANT", context))
        jobs, skipped = adapter.jobs(source, variant)
        if not jobs:
            no_features = translate("ImageryHub.Processing", "the layer has no features")
            reasons = "; ".join(sorted(set(skipped.values()))[:3]) or no_features
            refuse(translate("ImageryHub.Processing", "Nothing to download in INPUT ({reasons})").format(
                reasons=reasons), "INPUT")
        self.SERVICE = adapter.service_id  # whose credentials prepareAlgorithm reads
        return adapter, jobs, skipped

    def work(self, plan, parameters, context, feedback):
        from ..core.downloads import Downloader

        adapter, jobs, skipped = plan
        job = FeedbackJob(feedback)
        folder = self.parameterAsString(parameters, "FOLDER", context)
        concurrency = (self.parameterAsInt(parameters, "CONCURRENCY", context)
                       if parameters.get("CONCURRENCY") not in (None, "")
                       else self.access.concurrency if self.access else DEFAULT_CONCURRENCY)
        status = translate("ImageryHub.Processing", "Downloading %Ln file(s) of {what} to {folder}, up to {at_once} "
                                                    "at a time", None, len(jobs))
        job.set_status(status.format(what=translate("ImageryHub.Processing", adapter.label), folder=folder,
                                     at_once=number(concurrency)))
        result = Downloader(jobs, folder, adapter.session_maker(self.access), concurrency, feedback.isCanceled,
                            feedback.setProgress).run()
        for fid, why in sorted({**skipped, **result.errors}.items()):
            feedback.pushWarning(translate("ImageryHub.Processing", "Feature {fid}: {why}").format(fid=fid, why=why))
        job.set_status(result.summary("image"))
        if result.cancelled:
            feedback.pushWarning(translate("ImageryHub.Processing", "Cancelled: the layer lists the images that "
                                                                    "arrived"))
        elif not result.paths:
            raise ImageryHubError(translate("ImageryHub.Processing", "No image arrived: {error}").format(
                error=next(iter(result.errors.values()))))
        outputs = {"FOLDER": folder, "DOWNLOADED": len(result.paths), "FAILED": len(skipped) + len(result.errors)}
        if parameters.get("OUTPUT") not in (None, ""):
            source = self.parameterAsSource(parameters, "INPUT", context)
            outputs["OUTPUT"] = self.write_with_paths(parameters, "OUTPUT", context, feedback, source, PATH_FIELD,
                                                      result.paths)
        return outputs
