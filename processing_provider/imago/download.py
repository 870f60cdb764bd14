"""``imagery_hub:imago_download``: Imago images into a folder, named one of two ways.

* Features of a layer (boreholes, sample sites) as the tab's feature download:
  each names its imagery by a name field or depth fields, the collection fixed
  or from a field (core/imago/features.FeatureMatch and selectors_for); the
  output layer is the input with the image paths in a field.
* Without a layer, one collection: one imagery by name, depth interval or id,
  or every imagery of the collection (the tab's list and download).

Files arrive through core/downloads.Downloader, signed in once for all workers.
"""

from dataclasses import replace

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import translate
from ...core.compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_ANY_GEOMETRY
from ...core.imago import DEFAULT_PATH_FIELD
from ...providers.errors import ImageryHubError
from ...providers.imago.models import MAX_SCALE
from ..base import FeedbackJob, ImageryHubAlgorithm, refuse
from .common import DEPTHS, add_target, read_target

FIELDS = ("COLLECTION_FIELD", "NAME_FIELD", "START_FIELD", "END_FIELD")


class ImagoDownload(ImageryHubAlgorithm):
    ID = "imago_download"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Download Imago images")
    GROUP = "Seequent Imago"
    CONTEXT = "ImageryHub.Imago"
    SERVICE = "imago"
    PARAMETER_NAMES = {"collection": "COLLECTION", "imagery type": "IMAGERY_TYPE", "image type": "IMAGE_TYPE",
                       "startDepth": "START_DEPTH", "endDepth": "END_DEPTH", "imagery": "IMAGERY_NAME",
                       "width": "WIDTH", "path_field": "PATH_FIELD", "match": "NAME_FIELD",
                       "field": "INPUT"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Imago", """
<p>Downloads Seequent Imago images (core trays, photos…) into a folder, as the Imago tab does.
Either for the features of a layer, each naming its imagery by a name field or by depth fields (the collection
fixed or read from a field): the output layer is the input with the local path of each feature's image in
PATH_FIELD. Or, without a layer, from one collection: the imagery named by IMAGERY_NAME, by START_DEPTH (and
END_DEPTH) or by IMAGERY_ID, or every imagery of the collection when none of them is given.</p>""")
    EXAMPLE = """{
    "INPUT": "/data/boreholes.gpkg|layername=collars", "COLLECTION_FIELD": "hole_id",
    "START_FIELD": "from_m", "END_FIELD": "to_m",
    "IMAGERY_TYPE": "Core trays", "IMAGE_TYPE": "Dry",
    "FOLDER": "/tmp/core_trays", "OUTPUT": "/tmp/collars_with_images.gpkg"}"""
    COMMAND_LINE = ('--COLLECTION=BH-01 --IMAGERY_TYPE="Core trays" --IMAGE_TYPE=Dry '
                    '--WORKSPACE="Vancouver Exploration" --DATASET="Downtown Drilling 2024" --FOLDER=/tmp/BH-01')

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterFeatureSource("INPUT", translate("ImageryHub.Imago", "Features naming imagery"),
                                                     [SOURCE_ANY_GEOMETRY],
                                                     optional=True),
                 translate("ImageryHub.Imago", "A layer whose features (only the selected ones when “Selected features "
                                               "only” is checked) each name one imagery. Empty: name the imagery with "
                                               "COLLECTION and the fields below."))
        add_target(self, translate("ImageryHub.Imago", "of the imagery to download; needed without INPUT, and with "
                                                       "INPUT unless COLLECTION_FIELD names it"),
                   collection_optional=True)
        for name, label, kind, text in (
                ("COLLECTION_FIELD", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Collection field"), FIELD_ANY,
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "With INPUT: the field holding each feature's collection "
                                                       "(instead of a fixed COLLECTION).")),
                ("NAME_FIELD", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Imagery name field"), FIELD_ANY,
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "With INPUT: the field holding each feature's imagery name.")),
                ("START_FIELD", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Start depth field"), FIELD_NUMERIC,
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "With INPUT and no NAME_FIELD: the field holding the start "
                                                       "depth of the interval.")),
                ("END_FIELD", QT_TRANSLATE_NOOP("ImageryHub.Imago", "End depth field"), FIELD_NUMERIC,
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "With START_FIELD: the field holding the end depth (empty: "
                                                       "the imagery at the start depth)."))):
            self.add(QgsProcessingParameterField(name, translate("ImageryHub.Imago", label),
                                                 parentLayerParameterName="INPUT", type=kind,
                                                 optional=True), translate("ImageryHub.Imago", text))
        self.add(QgsProcessingParameterString("IMAGERY_NAME", translate("ImageryHub.Imago", "Imagery name"),
                                              optional=True),
                 translate("ImageryHub.Imago", "Without INPUT: the name of the imagery to download."))
        for name, label in DEPTHS:
            self.add(QgsProcessingParameterNumber(name, translate("ImageryHub.Imago", label), NUMBER_DOUBLE,
                                                  optional=True),
                     translate("ImageryHub.Imago", "Without INPUT: the start depth of the interval whose imagery to "
                                                   "download.") if name == "START_DEPTH" else
                     translate("ImageryHub.Imago", "Without INPUT: the end depth of the interval whose imagery to "
                                                   "download."))
        self.add(QgsProcessingParameterString("IMAGERY_ID", translate("ImageryHub.Imago", "Imagery id"), optional=True),
                 translate("ImageryHub.Imago", "Without INPUT: the id of the imagery to download. Leave IMAGERY_NAME, "
                                               "the depths and this empty to download every imagery of COLLECTION."))
        self.add(QgsProcessingParameterNumber("WIDTH", translate("ImageryHub.Imago", "Width (px)"),
                                              NUMBER_INTEGER, optional=True, minValue=1,
                                              maxValue=MAX_SCALE),
                 translate("ImageryHub.Imago", "Scale the images to this width (Imago keeps the aspect). Empty: full "
                                               "size."))
        self.add(QgsProcessingParameterString("PATH_FIELD", translate("ImageryHub.Imago", "Path field"),
                                              defaultValue=DEFAULT_PATH_FIELD),
                 translate("ImageryHub.Imago", "With INPUT: the text field of OUTPUT that receives each feature's "
                                               "image path (added when the layer lacks it)."))
        self.add(QgsProcessingParameterNumber("CONCURRENCY", translate("ImageryHub.Imago", "Downloads at once"),
                                              NUMBER_INTEGER, optional=True,
                                              minValue=1, maxValue=16),
                 translate("ImageryHub.Imago", "How many images are fetched at the same time. Empty: the Imagery Hub "
                                               "setting."),
                 advanced=True)
        self.add(QgsProcessingParameterFolderDestination("FOLDER", translate("ImageryHub.Imago", "Folder")),
                 translate("ImageryHub.Imago", "Where the images are saved (named collection_imagery_imagetype with "
                                               "the extension Imago's answer calls for)."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Imago", "Features with image paths"),
                                                   optional=True,
                                                   createByDefault=True),
                 translate("ImageryHub.Imago", "With INPUT: its features with PATH_FIELD filled for those whose image "
                                               "arrived."))
        self.add_output(QgsProcessingOutputNumber("DOWNLOADED", translate("ImageryHub.Imago", "Images downloaded")),
                        translate("ImageryHub.Imago", "How many files arrived."))
        self.add_output(QgsProcessingOutputNumber("FAILED", translate("ImageryHub.Imago", "Images not downloaded")),
                        translate("ImageryHub.Imago", "Imagery that did not arrive or features that name none (each "
                                                      "listed in the log)."))

    def validate(self, parameters, context):
        from ...core.imago.features import FeatureMatch, selectors_for

        target = read_target(self, parameters, context, collection_required=False)
        width = self.parameterAsInt(parameters, "WIDTH", context) if parameters.get("WIDTH") not in (None, "") \
            else None
        source = self.parameterAsSource(parameters, "INPUT", context)
        fields = {name: self.parameterAsString(parameters, name, context).strip() or None for name in FIELDS}
        if source is None:
            used = [f for f, value in fields.items() if value]
            if used:
                refuse(translate("ImageryHub.Imago", "{names} name fields of INPUT: give INPUT as well").format(
                    names=", ".join(used)), used[0])
            if not target["collection"]:
                refuse(translate("ImageryHub.Imago", "Name the collection (COLLECTION), or give a layer (INPUT)"),
                       "COLLECTION")
            selector = self._selector(parameters, context, target)
            if selector is not None:
                selector.download_params(width)
            return {"selectors": {selector: []} if selector else None, "target": target, "width": width}
        if target["collection"] and fields["COLLECTION_FIELD"]:
            refuse(translate("ImageryHub.Imago", "Give the collection once: COLLECTION or COLLECTION_FIELD, not both"),
                   "COLLECTION")
        match = FeatureMatch(target["imagery_type"], target["image_type"], target["workspace"], target["dataset"],
                             target["collection"], fields["COLLECTION_FIELD"], fields["NAME_FIELD"],
                             fields["START_FIELD"], fields["END_FIELD"], width,
                             self.parameterAsString(parameters, "PATH_FIELD", context).strip())
        match.check_fields(source.fields(), source.sourceName())
        wanted, skipped = selectors_for(source.getFeatures(), match)
        if not wanted:
            no_features = translate("ImageryHub.Imago", "the layer has no features")
            reasons = "; ".join(sorted(set(skipped.values()))[:3]) or no_features
            refuse(translate("ImageryHub.Imago", "None of the features names an imagery ({reasons})").format(
                reasons=reasons), "INPUT")
        return {"selectors": wanted, "skipped": skipped, "match": match, "target": target, "width": width}

    def _selector(self, parameters, context, target):
        """The one imagery named without a layer, or None for the whole collection."""
        def number(name):
            return self.parameterAsDouble(parameters, name, context) if parameters.get(name) not in (None, "") \
                else None
        name = self.parameterAsString(parameters, "IMAGERY_NAME", context).strip() or None
        imagery_id = self.parameterAsString(parameters, "IMAGERY_ID", context).strip() or None
        start, end = number("START_DEPTH"), number("END_DEPTH")
        if name is None and imagery_id is None and start is None and end is None:
            return None
        from ...providers.imago.models import ImagerySelector

        return ImagerySelector(target["collection"], target["imagery_type"], target["image_type"],
                               target["workspace"], target["dataset"], name=name, start_depth=start,
                               end_depth=end, imagery_id=imagery_id)

    def work(self, plan, parameters, context, feedback):
        from ...core.downloads import Downloader
        from ...core.imago.features import download_jobs, session_maker
        from ...core.imago.session import ImagoConnection
        from ...providers.imago.models import ImagerySelector

        job = FeedbackJob(feedback)
        connection = ImagoConnection(self.access.credentials, self.access.base_url)
        wanted, stems = plan["selectors"], None
        if wanted is None:  # every imagery of the collection
            target = plan["target"]
            job.set_status(translate("ImageryHub.Imago", "Listing the {type} imagery of {collection}").format(
                type=target["imagery_type"], collection=target["collection"]))
            items = connection.client(feedback.isCanceled).imagery(
                target["collection"], target["imagery_type"], target["workspace"], target["dataset"])
            template = ImagerySelector(target["collection"], target["imagery_type"], target["image_type"],
                                       target["workspace"], target["dataset"])
            items = [item for item in items if any(i.image_type == target["image_type"] for i in item.images)]
            wanted = {replace(template, imagery_id=item.id): [] for item in items}
            # by id (names may repeat), named by name as the tab names them
            stems = {replace(template, imagery_id=item.id): f"{target['collection']}_{item.name}_"
                     f"{target['image_type']}" for item in items}
            if not wanted:
                raise ImageryHubError(translate("ImageryHub.Imago", "{collection} has no {type} imagery with "
                                                                    "{image_type} images").format(
                    collection=target["collection"], type=target["imagery_type"], image_type=target["image_type"]),
                    service="Seequent Imago")
        folder = self.parameterAsString(parameters, "FOLDER", context)
        concurrency = self.parameterAsInt(parameters, "CONCURRENCY", context) \
            if parameters.get("CONCURRENCY") not in (None, "") else self.access.concurrency
        job.set_status(translate("ImageryHub.Imago", "Downloading %Ln image(s) to {folder}", None, len(wanted))
                       .format(folder=folder))
        result = Downloader(download_jobs(connection, wanted, plan["width"], stems), folder,
                            session_maker(connection), concurrency, feedback.isCanceled, feedback.setProgress).run()
        for selector, error in result.errors.items():
            feedback.pushWarning(f"{(stems or {}).get(selector) or selector.file_stem()}: {error}")
        job.set_status(result.summary("image"))
        if result.cancelled:
            feedback.pushWarning(translate("ImageryHub.Imago", "Cancelled: only the images listed as downloaded "
                                                               "arrived"))
        elif not result.paths and result.errors:
            raise ImageryHubError(translate("ImageryHub.Imago", "No image arrived: {error}").format(
                error=next(iter(result.errors.values()))))
        outputs = {"FOLDER": folder, "DOWNLOADED": len(result.paths), "FAILED": len(result.errors)}
        if "match" in plan:
            outputs["FAILED"] = self._write_layer(plan, result, parameters, context, feedback, outputs)
        return outputs

    def _write_layer(self, plan, result, parameters, context, feedback, outputs):
        """The input features with the image paths into OUTPUT (when asked for);
        returns how many features have no image."""
        from ...core.imago.features import paths_by_fid

        source = self.parameterAsSource(parameters, "INPUT", context)
        values, failures = paths_by_fid(plan["selectors"], result)
        missing = {**plan["skipped"], **failures}
        for fid, why in sorted(missing.items()):
            feedback.pushWarning(translate("ImageryHub.Imago", "Feature {fid}: {why}").format(fid=fid, why=why))
        if parameters.get("OUTPUT") not in (None, ""):
            outputs["OUTPUT"] = self.write_with_paths(parameters, "OUTPUT", context, feedback, source,
                                                      plan["match"].path_field, values)
        return len(missing)
