"""``imagery_hub:spexi_search`` (drone images over an area → footprints and
camera positions) and ``imagery_hub:spexi_multi_view`` (a point → the nadir
and four oblique views of it).

The search is the tab's (core/spexi/tasks.search_records over the client's
``search_area``: cells under the 1 km² limit, merged by image id); the filters
are the Spexi tab's, checked by providers/spexi/query before any request; the
features have the fields of the tab's result layers (core/spexi/layers), so
``download_images`` takes them.
"""

from datetime import date

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import number, translate
from ...core.aoi import point_aoi
from ...core.compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON, WKB_POINT, WKB_POLYGON
from ...providers.spexi.choices import CAPTURE_TYPES
from ..base import FeedbackJob, ImageryHubAlgorithm, refuse
from ..inputs import add_aoi, add_date, check_dates, read_aoi, read_date

PITCHES = {"any": None, "nadir": -90.0, "oblique": -60.0, "range": "range"}  # the tab's presets
DEFAULT_MAX_IMAGES, MAX_IMAGES = 1000, 50_000  # the tab's cap
#: name, labels of _MIN and _MAX, bounds, help
RANGES = (("HEADING", (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Heading from (°)"),
                       QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Heading to (°)")),
           0.0, 359.9, QT_TRANSLATE_NOOP("ImageryHub.Spexi", "The camera's compass direction, 0° north, 90° east. "
                                                             "Give HEADING_MIN and HEADING_MAX together. Empty: any.")),
          ("ALTITUDE", (QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Altitude from (m)"),
                        QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Altitude to (m)")),
           0.0, 10000.0, QT_TRANSLATE_NOOP("ImageryHub.Spexi", "The drone's height above the ground. Give "
                                                               "ALTITUDE_MIN and ALTITUDE_MAX together. Empty: any.")))
PITCH_LABELS = (("PITCH_MIN", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Lowest pitch (°)"),
                 QT_TRANSLATE_NOOP("ImageryHub.Spexi", "With PITCH range: the lowest camera pitch, −135° to 45° "
                                                       "(−90° looks straight down).")),
                ("PITCH_MAX", QT_TRANSLATE_NOOP("ImageryHub.Spexi", "Highest pitch (°)"),
                 QT_TRANSLATE_NOOP("ImageryHub.Spexi", "With PITCH range: the highest camera pitch, −135° to 45° "
                                                       "(−90° looks straight down).")))


def add_dates(algorithm):
    add_date(algorithm, "DATE_FROM", translate("ImageryHub.Spexi", "Captured from"),
             translate("ImageryHub.Spexi", "First capture day (UTC, included). Empty: no limit."))
    add_date(algorithm, "DATE_TO", translate("ImageryHub.Spexi", "Captured until"),
             translate("ImageryHub.Spexi", "Last capture day (UTC, included). Empty: today when DATE_FROM is "
                                           "given, else no limit."))


def read_dates(algorithm, parameters, context):
    """``captured_at`` for the client: a (start, end) pair of dates, or None."""
    start, end = (read_date(algorithm, parameters, name, context) for name in ("DATE_FROM", "DATE_TO"))
    if end and not start:
        refuse(translate("ImageryHub.Spexi", "Give DATE_FROM as well: the first day of the captures"), "DATE_FROM")
    if not start:
        return None
    end = end or date.today()
    check_dates(start, end, "DATE_FROM", "DATE_TO")
    return start, end


class SpexiSearch(ImageryHubAlgorithm):
    ID = "spexi_search"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Search Spexi drone images")
    GROUP = "Spexi"
    CONTEXT = "ImageryHub.Spexi"
    SERVICE = "spexi"
    PARAMETER_NAMES = {"aoi": "AOI", "pitch": "PITCH_MIN", "heading": "HEADING_MIN", "altitude": "ALTITUDE_MIN",
                       "captured_at": "DATE_FROM", "capture_type": "CAPTURE_TYPES", "limit": "MAX_IMAGES"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Spexi", """
<p>Finds Spexi drone images over an area with the Spexi tab's filters (camera pitch, heading,
altitude, capture dates and types) and writes two layers: the footprints (what each image shows) and the
camera positions, with the image id, rank, capture type and time, heading, pitch, roll, altitude, distance,
the links of the original and zoomed images and an empty local_path that <i>Download images</i> fills.
Areas over Spexi's 1 km² limit are searched cell by cell and merged, each image once.</p>""")
    EXAMPLE = """{
    "EXTENT": "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]",
    "PITCH": "nadir", "MAX_IMAGES": 200,
    "FOOTPRINTS": "/tmp/spexi_footprints.gpkg", "CAMERAS": "/tmp/spexi_cameras.gpkg"}"""
    COMMAND_LINE = ('--EXTENT="-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]" --PITCH=nadir --MAX_IMAGES=200 '
                    "--FOOTPRINTS=/tmp/spexi_footprints.gpkg --CAMERAS=/tmp/spexi_cameras.gpkg")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_aoi(self, translate("ImageryHub.Spexi", "to search (any size: over 1 km² it is searched cell by cell)"))
        self.add(QgsProcessingParameterEnum("PITCH", translate("ImageryHub.Spexi", "Camera pitch"),
                                            list(PITCHES), defaultValue="any",
                                            usesStaticStrings=True),
                 translate("ImageryHub.Spexi", "any; nadir (−90°, straight down); oblique (−60°); or range, from "
                                               "PITCH_MIN to PITCH_MAX."))
        for name, label, text in PITCH_LABELS:
            self.add(QgsProcessingParameterNumber(name, translate("ImageryHub.Spexi", label), NUMBER_DOUBLE,
                                                  optional=True, minValue=-135, maxValue=45),
                     translate("ImageryHub.Spexi", text))
        for name, labels, low, high, text in RANGES:
            for end, label in zip(("MIN", "MAX"), labels):
                self.add(QgsProcessingParameterNumber(f"{name}_{end}", translate("ImageryHub.Spexi", label),
                                                      NUMBER_DOUBLE, optional=True, minValue=low, maxValue=high),
                         translate("ImageryHub.Spexi", text), advanced=True)
        add_dates(self)
        self.add(QgsProcessingParameterEnum("CAPTURE_TYPES", translate("ImageryHub.Spexi", "Capture types"),
                                            list(CAPTURE_TYPES),
                                            allowMultiple=True, defaultValue=list(CAPTURE_TYPES),
                                            usesStaticStrings=True),
                 translate("ImageryHub.Spexi", "orthomosaic (nadir mapping images), oblique (tilted views of building "
                                               "sides), panorama (near-horizontal views from higher up). Default: all "
                                               "three."))
        self.add(QgsProcessingParameterBoolean("FOCUSED", translate("ImageryHub.Spexi", "Focused on the area"),
                                               defaultValue=True),
                 translate("ImageryHub.Spexi", "Spexi leaves out images where the area is at the frame's edge and "
                                               "ranks the rest by how prominently it appears. Unchecked: every "
                                               "intersecting image."))
        self.add(QgsProcessingParameterNumber("MAX_IMAGES", translate("ImageryHub.Spexi", "Maximum images"),
                                              NUMBER_INTEGER,
                                              defaultValue=DEFAULT_MAX_IMAGES, minValue=1, maxValue=MAX_IMAGES),
                 translate("ImageryHub.Spexi", "Stop after this many images (default {count}, as in the tab).")
                 .format(count=number(DEFAULT_MAX_IMAGES)))
        self.add_allow_large()
        self.add(QgsProcessingParameterFeatureSink("FOOTPRINTS", translate("ImageryHub.Spexi", "Spexi footprints"),
                                                   SOURCE_POLYGON),
                 translate("ImageryHub.Spexi", "What each image shows, as polygons in WGS 84, with the fields listed "
                                               "above."))
        self.add(QgsProcessingParameterFeatureSink("CAMERAS", translate("ImageryHub.Spexi", "Spexi camera positions"),
                                                   SOURCE_POINT),
                 translate("ImageryHub.Spexi", "Where each image was taken from, as points in WGS 84, with the same "
                                               "fields."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.Spexi", "Images found")),
                        translate("ImageryHub.Spexi", "How many images were written."))
        self.add_output(QgsProcessingOutputNumber("CELLS", translate("ImageryHub.Spexi", "Cells searched")),
                        translate("ImageryHub.Spexi", "How many pieces of under 1 km² the area was searched in."))

    def validate(self, parameters, context):
        from ...providers.spexi.query import estimate, filter_params

        aoi = read_aoi(self, parameters, context)
        filters = {"focused": self.parameterAsBoolean(parameters, "FOCUSED", context),
                   "capture_type": self.parameterAsEnumStrings(parameters, "CAPTURE_TYPES", context)}
        pitch = PITCHES[self.parameterAsEnumString(parameters, "PITCH", context)]
        pitch_range = self._range(parameters, context, "PITCH")
        if (pitch == "range") != (pitch_range is not None):
            refuse(translate("ImageryHub.Spexi", "PITCH_MIN and PITCH_MAX go with PITCH range (and it needs them)"),
                   "PITCH_MIN")
        if pitch is not None:
            filters["pitch"] = pitch_range if pitch == "range" else pitch
        for name, *_ in RANGES:
            value = self._range(parameters, context, name)
            if value is not None:
                filters[name.lower()] = value
        captured = read_dates(self, parameters, context)
        if captured:
            filters["captured_at"] = captured
        filter_params(**filters)  # every value checked as the API would, nothing sent
        self.check_budget(estimate(aoi.to_shapely()), parameters, context)
        return aoi, filters, self.parameterAsInt(parameters, "MAX_IMAGES", context)

    def _range(self, parameters, context, name):
        given = [parameters.get(f"{name}_{end}") not in (None, "") for end in ("MIN", "MAX")]
        if not any(given):
            return None
        if not all(given):
            refuse(translate("ImageryHub.Spexi", "{name} needs both {name}_MIN and {name}_MAX").format(name=name),
                   f"{name}_MIN")
        return tuple(self.parameterAsDouble(parameters, f"{name}_{end}", context) for end in ("MIN", "MAX"))

    def work(self, plan, parameters, context, feedback):
        from ...core.layers import WGS84
        from ...core.spexi.layers import CAMERAS, FIELDS, FOOTPRINTS, layer_features, result_rows
        from ...core.spexi.tasks import search_records
        from ...providers.spexi.client import SpexiClient

        aoi, filters, max_images = plan
        job = FeedbackJob(feedback)
        client = SpexiClient(self.access.secret, self.access.base_url, cancelled=feedback.isCanceled)
        cells, states = [], []

        def progress(state):
            cells[:], states[:] = [state.cells], [state]
            images = state.images  # pylupdate5 reads only a plain name or call as the count
            feedback.setProgressText(translate("ImageryHub.Spexi", "cell {cell} of {cells}, page {page}, %Ln image(s) "
                                               "received", None, images)
                                     .format(cell=number(state.cell), cells=number(state.cells),
                                             page=number(state.pages)))
            feedback.setProgress(90.0 * min(state.images, max_images) / max_images)

        job.set_status(translate("ImageryHub.Spexi", "Searching Spexi over {area}").format(area=aoi.describe()))
        rows = result_rows(search_records(client, aoi.to_shapely(), None, filters, max_images, progress))
        job.set_status(translate("ImageryHub.Spexi", "%Ln image(s)", None, len(rows)))
        skipped = states[0].skipped if states else 0
        if skipped:
            feedback.pushWarning(translate("ImageryHub.Spexi", "%Ln feature(s) Spexi sent could not be read (geometry, "
                                           "capture date or camera position) and were left out", None, skipped))
        outputs = {"COUNT": len(rows), "CELLS": cells[0] if cells else 1}
        for name, wkb_type in ((FOOTPRINTS, WKB_POLYGON), (CAMERAS, WKB_POINT)):
            sink, destination, fields = self.sink(parameters, name.upper(), context, FIELDS, wkb_type, WGS84)
            self.write(sink, layer_features(fields, rows, name), feedback)
            outputs[name.upper()] = destination
        return outputs


class SpexiMultiView(ImageryHubAlgorithm):
    ID = "spexi_multi_view"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Spexi views of a point")
    GROUP = "Spexi"
    CONTEXT = "ImageryHub.Spexi"
    SERVICE = "spexi"
    PARAMETER_NAMES = {"p": "POINT", "aoi": "POINT", "captured_at": "DATE_FROM"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Spexi", """
<p>Asks Spexi for the best images of one place, as the Spexi tab's multi-view tool does: a nadir
view from above and oblique views looking north, east, south and west (a view Spexi has no image for is
missing). The footprints come with the view they show in <code>view</code> and the Spexi result fields, so
<i>Download images</i> takes them.</p>""")
    EXAMPLE = """{
    "POINT": "-123.1216,49.2827 [EPSG:4326]", "OUTPUT": "/tmp/views.gpkg"}"""
    COMMAND_LINE = '--POINT="-123.1216,49.2827 [EPSG:4326]" --OUTPUT=/tmp/views.gpkg'

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterPoint("POINT", translate("ImageryHub.Spexi", "Point")),
                 translate("ImageryHub.Spexi", "The place to see from five sides; any CRS (on the command line “x,y "
                                               "[EPSG:code]”)."))
        add_dates(self)
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Spexi", "Spexi views"),
                                                   SOURCE_POLYGON),
                 translate("ImageryHub.Spexi", "One footprint per view (nadir, north, east, south, west) in WGS 84, "
                                               "with view and the Spexi result fields."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.Spexi", "Views found")),
                        translate("ImageryHub.Spexi", "How many of the five views exist."))

    def validate(self, parameters, context):
        point = point_aoi(self.parameterAsPoint(parameters, "POINT", context),
                          self.parameterAsPointCrs(parameters, "POINT", context)).point
        captured = read_dates(self, parameters, context)
        if captured:
            from ...providers.spexi.query import format_captured_at

            format_captured_at(captured)
        return (point.x(), point.y()), captured

    def work(self, plan, parameters, context, feedback):
        from ...core.layers import WGS84, FieldSpec
        from ...core.spexi.layers import FIELDS, FOOTPRINTS, layer_features, result_rows
        from ...providers.spexi.client import SpexiClient

        (lon, lat), captured = plan
        job = FeedbackJob(feedback)
        client = SpexiClient(self.access.secret, self.access.base_url, cancelled=feedback.isCanceled)
        job.set_status(translate("ImageryHub.Spexi", "Asking Spexi for the views of {lon}, {lat}").format(
            lon=number(lon, 5), lat=number(lat, 5)))
        views = client.multi_view(point=(lon, lat), captured_at=captured)
        job.set_status(translate("ImageryHub.Spexi", "Views: {views}").format(
            views=", ".join(view for view, _ in views) or translate("ImageryHub.Spexi", "none")))
        sink, destination, fields = self.sink(parameters, "OUTPUT", context, (FieldSpec("view", "string", 8),) + FIELDS,
                                                 WKB_POLYGON, WGS84)
        rows = result_rows([record for _, record in views])
        count = self.write(sink, layer_features(fields, rows, FOOTPRINTS, [{"view": v} for v, _ in views]),
                           feedback)
        return {"OUTPUT": destination, "COUNT": count}
