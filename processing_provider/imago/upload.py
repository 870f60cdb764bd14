"""``imagery_hub:imago_upload``: photos from disk into one Imago imagery, placed
by name, depth interval or a point on the map, as the tab's upload dialog does.

Every file's header is checked first, files already uploaded to the same
target are skipped (the ledger), and the point is sent in the CRS the imagery
type declares (core/imago/upload: upload_files, to_target_crs).
"""

from dataclasses import replace
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import translate
from ...core.compat import NUMBER_DOUBLE, SOURCE_FILE, SOURCE_TABLE, WKB_NO_GEOMETRY
from ...core.settings import Settings
from ...providers.errors import ImageryHubError
from ..base import FeedbackJob, ImageryHubAlgorithm, refuse
from .common import DEPTHS, add_target, read_target


class ImagoUpload(ImageryHubAlgorithm):
    ID = "imago_upload"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Upload photos to Imago")
    GROUP = "Seequent Imago"
    CONTEXT = "ImageryHub.Imago"
    SERVICE = "imago"
    PARAMETER_NAMES = {"collection": "COLLECTION", "imagery type": "IMAGERY_TYPE", "image type": "IMAGE_TYPE",
                       "startDepth": "START_DEPTH", "endDepth": "END_DEPTH", "imagery": "IMAGERY_NAME",
                       "x": "LOCATION", "z": "ELEVATION", "crs": "LOCATION"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Imago", """
<p>Uploads photos (PNG or JPEG) into one Imago imagery, as the Imago tab's upload dialog does:
placed by an imagery name, a depth interval, or a point (with an elevation), which is sent in the coordinate
system the imagery type declares. Each file's header is checked first, so what Imago would refuse (too many
pixels, another type) is listed without being sent; a file already uploaded to the same imagery is skipped, so
running a batch again only sends what did not arrive.</p>""")
    EXAMPLE = """{
    "FILES": ["/photos/S-01_a.jpg", "/photos/S-01_b.jpg"],
    "WORKSPACE": "Vancouver Exploration", "DATASET": "Downtown Drilling 2024",
    "COLLECTION": "Site photos", "IMAGERY_TYPE": "Field photos", "IMAGE_TYPE": "Photo",
    "IMAGERY_NAME": "S-01 revisit", "LOCATION": "-123.1201,49.2831 [EPSG:4326]", "ELEVATION": 21.5}"""
    COMMAND_LINE = ('--FILES=/photos/S-01_a.jpg --FILES=/photos/S-01_b.jpg --COLLECTION="Site photos" '
                    '--IMAGERY_TYPE="Field photos" --IMAGE_TYPE=Photo --IMAGERY_NAME="S-01 revisit" '
                    '--LOCATION="-123.1201,49.2831 [EPSG:4326]"')

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterMultipleLayers("FILES", translate("ImageryHub.Imago", "Photos"), SOURCE_FILE),
                 translate("ImageryHub.Imago", "The image files to upload (PNG or JPEG)."))
        add_target(self, translate("ImageryHub.Imago", "to upload into"))
        self.add(QgsProcessingParameterString("IMAGERY_NAME", translate("ImageryHub.Imago", "Imagery name"),
                                              optional=True),
                 translate("ImageryHub.Imago", "The imagery the photos belong to, by name (made when it does not exist "
                                               "yet)."))
        for name, label in DEPTHS:
            self.add(QgsProcessingParameterNumber(name, translate("ImageryHub.Imago", label), NUMBER_DOUBLE,
                                                  optional=True),
                     translate("ImageryHub.Imago", "The start depth of the interval the photos show, for imagery "
                                                   "placed by depth.") if name == "START_DEPTH" else
                     translate("ImageryHub.Imago", "The end depth of the interval the photos show, for imagery placed "
                                                   "by depth."))
        self.add(QgsProcessingParameterPoint("LOCATION", translate("ImageryHub.Imago", "Location"), optional=True),
                 translate("ImageryHub.Imago", "Where the photos were taken, for imagery types placed by x/y; any CRS, "
                                               "sent in the one the imagery type declares."))
        self.add(QgsProcessingParameterNumber("ELEVATION", translate("ImageryHub.Imago", "Elevation (m)"),
                                              NUMBER_DOUBLE, optional=True),
                 translate("ImageryHub.Imago", "The z sent with LOCATION."))
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Imago", "Upload report"),
                                                   SOURCE_TABLE, optional=True,
                                                   createByDefault=False),
                 translate("ImageryHub.Imago", "A table with one row per file: file, state (uploaded, skipped, "
                                               "refused, failed), image_id and message."))
        for name, label, text in (
                ("UPLOADED", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Uploaded"),
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "Files uploaded now.")),
                ("SKIPPED", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Skipped"),
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "Files skipped because they were uploaded to this imagery "
                                                       "before.")),
                ("REFUSED", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Refused"),
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "Files refused, by their header or by Imago (listed in the "
                                                       "log).")),
                ("FAILED", QT_TRANSLATE_NOOP("ImageryHub.Imago", "Failed"),
                 QT_TRANSLATE_NOOP("ImageryHub.Imago", "Files that failed for another reason (listed in the log)."))):
            self.add_output(QgsProcessingOutputNumber(name, translate("ImageryHub.Imago", label)),
                            translate("ImageryHub.Imago", text))

    def validate(self, parameters, context):
        from ...providers.imago.models import ImagerySelector

        files = [Path(p) for p in self.parameterAsFileList(parameters, "FILES", context)]
        if not files:
            refuse(translate("ImageryHub.Imago", "Give the photos to upload"), "FILES")
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            refuse(translate("ImageryHub.Imago", "No such file: {path}").format(path=missing[0]), "FILES")
        target = read_target(self, parameters, context)

        def number(name):
            return self.parameterAsDouble(parameters, name, context) if parameters.get(name) not in (None, "") \
                else None
        point = None
        if parameters.get("LOCATION") not in (None, ""):
            point = (self.parameterAsPoint(parameters, "LOCATION", context),
                     self.parameterAsPointCrs(parameters, "LOCATION", context))
        selector = ImagerySelector(target["collection"], target["imagery_type"], target["image_type"],
                                   target["workspace"], target["dataset"],
                                   name=self.parameterAsString(parameters, "IMAGERY_NAME", context).strip() or None,
                                   start_depth=number("START_DEPTH"), end_depth=number("END_DEPTH"),
                                   x=0.0 if point else None, y=0.0 if point else None, z=number("ELEVATION"))
        selector.upload_params()  # refuses what cannot name a target (x/y come after asking for the CRS)
        return files, selector, point

    def work(self, plan, parameters, context, feedback):
        from ...core.imago.session import ImagoConnection
        from ...core.imago.upload import ledger_path, to_target_crs, upload_files, upload_target
        from ...providers.imago.ledger import UploadLedger

        files, selector, point = plan
        job = FeedbackJob(feedback)
        connection = ImagoConnection(self.access.credentials, self.access.base_url)
        if point is not None:
            authid = self._coordinate_crs(connection.client(feedback.isCanceled), selector)
            x, y = to_target_crs(point[0], point[1], authid, context.transformContext())
            selector = replace(selector, x=x, y=y)
            job.set_status(translate("ImageryHub.Imago", "Placing the photos at x {x}, y {y} in {crs}").format(
                x=f"{x:.7g}", y=f"{y:.7g}", crs=authid))
        ledger = UploadLedger(ledger_path(Settings()))
        outcome = upload_files(connection, files, selector.upload_params(), upload_target(connection, selector),
                               ledger, cancelled=feedback.isCanceled, on_status=job.set_status, report=job.report)
        for text, items in ((translate("ImageryHub.Imago", "{file} refused: {why}"), outcome.refused),
                            (translate("ImageryHub.Imago", "{file} failed: {why}"), outcome.failed)):
            for path, why in items.items():
                feedback.pushWarning(text.format(file=Path(path).name, why=why))
        job.set_status(outcome.summary())
        if outcome.cancelled:
            feedback.pushWarning(translate("ImageryHub.Imago", "Cancelled: the files not listed as uploaded were not "
                                                               "sent"))
        results = {"UPLOADED": len(outcome.uploaded), "SKIPPED": len(outcome.skipped),
                   "REFUSED": len(outcome.refused), "FAILED": len(outcome.failed)}
        if parameters.get("OUTPUT") not in (None, ""):
            from ...core.layers import WGS84, FieldSpec, make_feature

            report_fields = (FieldSpec("file", "string"), FieldSpec("state", "string", 16),
                             FieldSpec("image_id", "string"), FieldSpec("message", "string"))
            sink, destination, fields = self.sink(parameters, "OUTPUT", context, report_fields, WKB_NO_GEOMETRY,
                                                  WGS84)
            rows = [(p, "uploaded", r.image_id, "") for p, r in outcome.uploaded.items()]
            rows += [(p, "skipped", r.get("imageId", ""), "uploaded before") for p, r in outcome.skipped.items()]
            rows += [(p, state, "", why) for state, items in (("refused", outcome.refused),
                                                              ("failed", outcome.failed)) for p, why in items.items()]
            self.write(sink, (make_feature(fields, None, dict(zip(("file", "state", "image_id", "message"), row)))
                              for row in rows), feedback)
            results["OUTPUT"] = destination
        return results

    @staticmethod
    def _coordinate_crs(client, selector):
        """The CRS the imagery type takes x/y in, from the account's context."""
        kinds = {kind.coordinate_crs for workspace in client.context()
                 if selector.workspace in (None, workspace.name)
                 for dataset in workspace.datasets if selector.dataset in (None, dataset.name)
                 for kind in dataset.imagery_types if kind.name == selector.imagery_type}
        if not kinds:
            raise ImageryHubError(translate("ImageryHub.Imago", "Imago has no imagery type {type} here").format(
                type=repr(selector.imagery_type)), service="Seequent Imago")
        if kinds == {None}:
            refuse(translate("ImageryHub.Imago", "{type} is not placed by location: use IMAGERY_NAME or the "
                                                 "depths").format(type=selector.imagery_type), "LOCATION")
        if len(kinds) > 1:
            refuse(translate("ImageryHub.Imago", "{type} takes x/y in different systems in different datasets: "
                                                 "give WORKSPACE and DATASET").format(type=selector.imagery_type),
                   "LOCATION")
        return kinds.pop()
