"""``imagery_hub:mapillary_search``: Mapillary images in an area → a points layer.

The search is the tab's (core/mapillary/search.SearchRequest over the v4
client: cells under the bbox limit, refined where the 2000-image cap is hit,
clipped and deduplicated); the points have the tab's fields.
"""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import number, translate
from ...core.compat import SOURCE_POINT, WKB_POINT
from ...core.settings import Settings
from ..base import FeedbackJob, ImageryHubAlgorithm
from ..inputs import add_aoi, add_date, check_dates, read_aoi, read_date


class MapillarySearch(ImageryHubAlgorithm):
    ID = "mapillary_search"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Search Mapillary images")
    GROUP = "Mapillary"
    CONTEXT = "ImageryHub.Mapillary"
    SERVICE = "mapillary"
    PARAMETER_NAMES = {"date": "START_DATE", "aoi": "AOI", "creator": "CREATOR"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Mapillary", """
<p>Finds the Mapillary street-level images captured in an area, as the Mapillary tab does: the
area is split into cells under Mapillary's bounding-box limit (a plugin setting), a cell that returns the
2000-image cap is split again, and each image is kept once. The result is a points layer of camera
positions with the image id, capture time, compass angle, panorama flag, creator, sequence and camera.
Feed it to <i>Download images</i> to fetch the pictures.</p>""")
    EXAMPLE = """{
    "EXTENT": "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]",
    "START_DATE": "2023-01-01", "PANORAMAS_ONLY": False,
    "OUTPUT": "/tmp/mapillary.gpkg"}"""
    COMMAND_LINE = ('--EXTENT="-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]" --START_DATE=2023-01-01 '
                    "--OUTPUT=/tmp/mapillary.gpkg")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_aoi(self, translate("ImageryHub.Mapillary", "to search"))
        add_date(self, "START_DATE",
                 translate("ImageryHub.Mapillary", "Captured from"),
                 translate("ImageryHub.Mapillary", "First capture day (UTC, included). Empty: no lower limit."))
        add_date(self, "END_DATE",
                 translate("ImageryHub.Mapillary", "Captured until"),
                 translate("ImageryHub.Mapillary", "Last capture day (UTC, included). Empty: up to today."))
        self.add(QgsProcessingParameterBoolean("PANORAMAS_ONLY", translate("ImageryHub.Mapillary", "Panoramas only"),
                                               defaultValue=False),
                 translate("ImageryHub.Mapillary", "Keep only 360° panoramas. Default: every image."))
        self.add(QgsProcessingParameterString("CREATOR",
                                              translate("ImageryHub.Mapillary", "Creator (Mapillary username)"),
                                              optional=True),
                 translate("ImageryHub.Mapillary", "Only images uploaded by this Mapillary user (without @). Empty: "
                                                   "anyone."), advanced=True)
        self.add_allow_large()
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Mapillary", "Mapillary images"),
                                                   SOURCE_POINT),
                 translate("ImageryHub.Mapillary", "The images as points in WGS 84, one per image, with a local_path "
                                                   "field that Download images fills."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.Mapillary", "Images found")),
                        translate("ImageryHub.Mapillary", "How many images were found."))
        self.add_output(QgsProcessingOutputNumber("CAPPED_CELLS",
                                                  translate("ImageryHub.Mapillary", "Cells at the cap")),
                        translate("ImageryHub.Mapillary", "Cells that still returned 2000 images after being split: "
                                                          "images are missing there (search a smaller area or fewer "
                                                          "dates). 0 when complete."))

    def validate(self, parameters, context):
        from ...core.mapillary.access import bbox_limit, refine_depth
        from ...core.mapillary.search import SearchRequest
        from ...providers.mapillary.search import estimate

        settings = Settings()
        start, end = (read_date(self, parameters, name, context) for name in ("START_DATE", "END_DATE"))
        check_dates(start, end, "START_DATE", "END_DATE")
        aoi = read_aoi(self, parameters, context)
        request = SearchRequest(aoi.to_shapely(), start, end,
                                self.parameterAsBoolean(parameters, "PANORAMAS_ONLY", context),
                                self.parameterAsString(parameters, "CREATOR", context).strip() or None,
                                bbox_limit(settings), refine_depth(settings))
        self.check_budget(estimate(request.area, request.bbox_limit, settings.concurrency()), parameters, context)
        return request

    def work(self, request, parameters, context, feedback):
        from ...core.layers import WGS84, geometry_from_shapely, make_feature
        from ...core.mapillary.access import MapillaryAccess
        from ...core.mapillary.search import IMAGE_FIELDS, image_values

        access = MapillaryAccess(self.access.secret, self.access.urls, concurrency=self.access.concurrency)
        job = FeedbackJob(feedback)
        if request.describe():
            job.set_status(translate("ImageryHub.Mapillary", "Searching Mapillary: {filters}").format(
                filters=request.describe()))
        else:
            job.set_status(translate("ImageryHub.Mapillary", "Searching Mapillary"))

        def progress(done, total, images):
            job.report(done, total + 1)
            feedback.setProgressText(translate("ImageryHub.Mapillary", "{done} of {total} cells, %Ln image(s)", None,
                                               images).format(done=number(done), total=number(total)))

        result = request.run(access.client(cancelled=feedback.isCanceled), progress)
        job.set_status(translate("ImageryHub.Mapillary", "%Ln image(s) in {requests} requests", None,
                                 len(result.images)).format(requests=number(result.requests)))
        if result.capped:
            feedback.pushWarning(translate("ImageryHub.Mapillary", "%Ln cell(s) still hit Mapillary's 2000-image cap: "
                                           "some images there are missing; search a smaller area or fewer dates",
                                           None, len(result.capped)))
        sink, destination, fields = self.sink(parameters, "OUTPUT", context, IMAGE_FIELDS, WKB_POINT, WGS84)
        count = self.write(sink, (make_feature(fields, geometry_from_shapely(r.camera), image_values(r))
                                  for r in result.images), feedback)
        feedback.setProgress(100)
        return {"OUTPUT": destination, "COUNT": count, "CAPPED_CELLS": len(result.capped)}
