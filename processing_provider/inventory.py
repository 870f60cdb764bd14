"""``imagery_hub:imagery_inventory``: what every service holds over each area
of a layer, without the panel. The services are searched at once for each
area (providers.inventory.search_all, the panel's searches); the outputs are
the inventory layer (the panel's fields, plus the area) and one summary row
per area.
"""

from dataclasses import replace

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from qgis.core import (
    QgsFeature,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..core.aoi import make_aoi
from ..core.i18n import translate
from ..core.compat import NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_TABLE, WKB_MULTIPOLYGON, WKB_NO_GEOMETRY, to_qdatetime
from ..core.messages import summarize
from ..core.settings import Settings
from ..providers import inventory
from ..providers.budget import check
from ..providers.errors import AuthenticationError, ImageryHubError, OperationCancelled
from ..providers.registry import SERVICES, service
from .access import read_access
from .base import ImageryHubAlgorithm, refuse

AREAS = "AREAS"
MAX_AREAS = 100


def summary_fields(service_ids):
    from ..core.layers import FieldSpec, make_fields

    specs = [FieldSpec("area", "long"), FieldSpec("area_km2", "double"), FieldSpec("images", "int"),
             FieldSpec("newest", "datetime")]
    for service_id in service_ids:
        specs += [FieldSpec(f"{service_id}_count", "int"), FieldSpec(f"{service_id}_newest", "datetime"),
                  FieldSpec(f"{service_id}_state", "string", 254)]
    return make_fields(specs)


class ImageryInventory(ImageryHubAlgorithm):
    ID = "imagery_inventory"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Imagery inventory of an area")
    GROUP = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Imagery inventory")
    CONTEXT = "ImageryHub.Inventory"
    PARAMETER_NAMES = {"aoi": AREAS, "services": "SERVICES"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Inventory", """
<p>Answers “what imagery is there here?” for each feature of a polygon layer: every chosen
service with credentials is searched over the area at once (Spexi drone images, Mapillary street-level
images, the Mapflow imagery catalog, EOSDA Sentinel-2 scenes of the last YEARS years, Seequent Imago
imagery placed by longitude/latitude). The inventory layer holds every footprint with <code>area</code>,
<code>service</code>, <code>id</code>, <code>captured_at</code> (UTC), <code>kind</code>, <code>resolution_m</code>,
<code>cloud</code>, <code>link</code>, <code>altitude_m</code> and <code>located</code> (footprint, or a 5 m circle
round the camera). The summary has one row per area: images per service, the newest capture, and the state
of each service (done, failed with the service's words, skipped without credentials).</p>
<p>Credentials come from the Imagery Hub settings, or from <code>IMAGERY_HUB_&lt;SERVICE&gt;_KEY</code>
(e.g. <code>IMAGERY_HUB_SPEXI_KEY</code>) for headless runs.</p>""")
    EXAMPLE = """{
    "AREAS": "/tmp/areas.gpkg", "SERVICES": ["spexi", "mapillary"],
    "OUTPUT": "/tmp/inventory.gpkg", "SUMMARY": "/tmp/inventory_summary.csv"}"""
    COMMAND_LINE = ("--AREAS=/tmp/areas.gpkg --SERVICES=spexi --SERVICES=mapillary "
                    "--OUTPUT=/tmp/inventory.gpkg --SUMMARY=/tmp/inventory_summary.csv")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        ids = [s.id for s in SERVICES]
        self.add(QgsProcessingParameterFeatureSource(AREAS, translate("ImageryHub.Inventory", "Areas (polygon layer)"),
                                                     [SOURCE_POLYGON]),
                 translate("ImageryHub.Inventory", "Each feature is one area (only the selected ones when “Selected "
                                                   "features only” is checked), at most {most}. Any CRS; it is "
                                                   "transformed to WGS 84.").format(most=MAX_AREAS))
        self.add(QgsProcessingParameterEnum("SERVICES", translate("ImageryHub.Inventory", "Services"), ids,
                                            allowMultiple=True, defaultValue=ids, usesStaticStrings=True),
                 translate("ImageryHub.Inventory", "The services to include: {ids}. Default: all. A service without "
                                                   "credentials is skipped with a line saying how to add them.")
                 .format(ids=", ".join(ids)))
        self.add(QgsProcessingParameterNumber("YEARS",
                                              translate("ImageryHub.Inventory", "Years back (satellite scenes)"),
                                              NUMBER_INTEGER, defaultValue=3, minValue=1, maxValue=20),
                 translate("ImageryHub.Inventory", "How many years back EOSDA scenes are searched (each year is one "
                                                   "request or more)."))
        self.add(QgsProcessingParameterNumber("MAX_RECORDS",
                                              translate("ImageryHub.Inventory", "Most images per service and area"),
                                              NUMBER_INTEGER, defaultValue=inventory.DEFAULT_MAX_RECORDS, minValue=1,
                                              maxValue=50_000),
                 translate("ImageryHub.Inventory", "A service stops after this many (default {most}); its state says "
                                                   "so.").format(most=inventory.DEFAULT_MAX_RECORDS))
        self.add_allow_large()
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Inventory", "Imagery inventory"),
                                                   SOURCE_POLYGON),
                 translate("ImageryHub.Inventory", "Every footprint of every service and area, in WGS 84, with the "
                                                   "fields listed above."))
        self.add(QgsProcessingParameterFeatureSink("SUMMARY", translate("ImageryHub.Inventory", "Inventory summary"),
                                                   SOURCE_TABLE),
                 translate("ImageryHub.Inventory", "One row per area: area (the feature id), area_km2, images, "
                                                   "newest, and per service &lt;service&gt;_count, "
                                                   "&lt;service&gt;_newest and &lt;service&gt;_state."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.Inventory", "Images found")),
                        translate("ImageryHub.Inventory", "How many footprints were written."))

    def validate(self, parameters, context):
        source = self.parameterAsSource(parameters, AREAS, context)
        if source is None:
            refuse(translate("ImageryHub.Inventory", "Give a polygon layer of areas"), AREAS)
        areas = []
        for feature in source.getFeatures():
            if feature.hasGeometry():
                areas.append((feature.id(), make_aoi(feature.geometry(), source.sourceCrs())))
            if len(areas) > MAX_AREAS:
                refuse(translate("ImageryHub.Inventory", "The layer has more than {most} areas: select fewer "
                                 "features").format(most=MAX_AREAS), AREAS)
        if not areas:
            refuse(translate("ImageryHub.Inventory", "The areas layer has no polygon features (or none is "
                             "selected)"), AREAS)
        chosen = self.parameterAsEnumStrings(parameters, "SERVICES", context) or inventory.service_ids()
        options = inventory.InventoryOptions(years=self.parameterAsInt(parameters, "YEARS", context),
                                             max_records=self.parameterAsInt(parameters, "MAX_RECORDS", context))
        soft, hard = Settings().request_limits()
        for _fid, aoi in areas:  # the budget of every service and area, arithmetic only
            for service_id in chosen:
                estimate = inventory.estimate(service_id, aoi.to_shapely(), options)
                if check(estimate, soft, hard) and not self.parameterAsBoolean(parameters, "ALLOW_LARGE", context):
                    raise estimate.unconfirmed("ALLOW_LARGE")
        return areas, [s for s in inventory.service_ids() if s in chosen], options

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        super().prepareAlgorithm(parameters, context, feedback)
        self.accesses, self.skipped = {}, {}
        if self.refusal is None:
            for service_id in self.plan[1]:  # credentials are read on the main thread
                try:
                    self.accesses[service_id] = read_access(service_id)
                except AuthenticationError as exc:
                    self.skipped[service_id] = f"skipped: {exc.message}"
                    feedback.pushInfo(translate("ImageryHub.Inventory", "{service} skipped: {reason}").format(
                        service=service(service_id).name, reason=exc.message))
                except ImageryHubError as exc:
                    self.refusal = exc
        return True

    def work(self, plan, parameters, context, feedback):
        from ..core.inventory import FIELDS, inventory_features
        from ..core.layers import WGS84, FieldSpec
        areas, service_ids, options = plan
        sink, destination, fields = self.sink(parameters, "OUTPUT", context,
                                              FIELDS + (FieldSpec("area", "long"),), WKB_MULTIPOLYGON, WGS84)
        table_fields = summary_fields(service_ids)
        table, table_destination, _ = self.sink(parameters, "SUMMARY", context, table_fields, WKB_NO_GEOMETRY, WGS84)
        access = {s: (a.credentials, a.urls) for s, a in self.accesses.items()}
        count = 0
        for number, (fid, aoi) in enumerate(areas):
            progress = translate("ImageryHub.Inventory", "Area {fid} ({number} of {count}): {area}")
            feedback.setProgressText(progress.format(fid=fid, number=number + 1, count=len(areas),
                                                     area=aoi.describe()))
            area = aoi.to_shapely()
            outcome = inventory.search_all(access, area, replace(options, area_km2=aoi.area_km2),
                                           lambda _service_id: feedback.isCanceled(), self._progress(feedback))
            if feedback.isCanceled():
                raise OperationCancelled(translate("ImageryHub.Errors", "Cancelled"))
            row = QgsFeature(table_fields)
            row["area"], row["area_km2"] = fid, round(aoi.area_km2, 4)
            newest, images = [], 0
            for service_id in service_ids:
                result = outcome.get(service_id)
                if isinstance(result, inventory.InventoryResult):
                    summary = inventory.summarize(service_id, result.records, result.truncated)
                    count += self.write(sink, inventory_features(fields, result.records, {"area": fid}), feedback)
                    row[f"{service_id}_count"] = summary.count
                    images += summary.count
                    if summary.last:
                        row[f"{service_id}_newest"] = to_qdatetime(summary.last)
                        newest.append(summary.last)
                    row[f"{service_id}_state"] = "done, more exist" if summary.truncated else "done"
                elif result is not None:
                    words = summarize(result)[0]
                    feedback.reportError(translate("ImageryHub.Inventory", "{service} failed over area {fid}: "
                                                   "{reason}").format(service=service(service_id).name, fid=fid,
                                                                      reason=words))
                    row[f"{service_id}_state"] = f"failed: {words}"
                else:
                    row[f"{service_id}_state"] = self.skipped.get(service_id, "skipped")
            row["images"] = images
            if newest:
                row["newest"] = to_qdatetime(max(newest))
            self.write(table, [row], feedback)
            feedback.setProgress(100.0 * (number + 1) / len(areas))
        return {"OUTPUT": destination, "SUMMARY": table_destination, "COUNT": count}

    @staticmethod
    def _progress(feedback):
        return lambda service_id, text: feedback.pushDebugInfo(f"{service(service_id).name}: {text}")
