"""``imagery_hub:mapflow_catalog_search``: satellite and aerial images of the
Mapflow imagery catalog over an area → footprints.

The query is providers/mapflow/search.CatalogQuery (filters checked before
sending, pages followed); the footprints have the Catalog page's fields
(core/mapflow/catalog_layers), so a row can be handed to mapflow_process
(SOURCE_TYPE catalog, SOURCE image_id, DATA_PROVIDER provider).
"""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import number, translate
from ...core.compat import NUMBER_DOUBLE, SOURCE_POLYGON, WKB_MULTIPOLYGON
from ..base import FeedbackJob, ImageryHubAlgorithm
from ..inputs import add_aoi, add_date, check_dates, read_aoi, read_date, read_list

#: (parameter, label, CatalogQuery field, maximum, help)
FILTERS = (
    ("MAX_CLOUD", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Maximum cloud cover (%)"), "max_cloud", 100.0,
     QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Images with at most this cloud cover.")),
    ("MIN_RESOLUTION", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Finest resolution (m/px)"), "min_resolution", None,
     QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Leave out images finer than this many metres per pixel.")),
    ("MAX_RESOLUTION", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Coarsest resolution (m/px)"), "max_resolution", None,
     QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Leave out images coarser than this many metres per pixel.")),
    ("MAX_OFF_NADIR", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Largest off-nadir angle (°)"), "max_off_nadir", 90.0,
     QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Leave out images taken further than this from straight down.")),
    ("MIN_AOI_COVER", QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Smallest share of the area covered (%)"),
     "min_intersection", 100.0,
     QT_TRANSLATE_NOOP("ImageryHub.Mapflow", "Leave out images that cover less of the area of interest.")),
)


class MapflowCatalogSearch(ImageryHubAlgorithm):
    ID = "mapflow_catalog_search"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Search the Mapflow imagery catalog")
    GROUP = "Mapflow"
    CONTEXT = "ImageryHub.Mapflow"
    SERVICE = "mapflow"
    PARAMETER_NAMES = {"aoi": "AOI", "date": "DATE_FROM", "cloud cover": "MAX_CLOUD",
                       "resolution": "MIN_RESOLUTION", "off-nadir angle": "MAX_OFF_NADIR",
                       "AOI intersection": "MIN_AOI_COVER"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Mapflow", """
<p>Searches the Mapflow imagery catalog (the satellite and aerial images of the providers linked
to the account) over an area, as the Catalog page of the Mapflow tab does, and writes the footprints of the
images found with their date, cloud cover, resolution, off-nadir angle, provider and the share of the area
each covers. An image can then be processed with <i>Run a Mapflow processing</i> (SOURCE_TYPE catalog,
SOURCE its image_id, DATA_PROVIDER its provider). Up to 1000 images are kept.</p>""")
    EXAMPLE = """{
    "EXTENT": "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]",
    "DATE_FROM": "2024-01-01", "DATE_TO": "2024-06-30", "MAX_CLOUD": 10,
    "OUTPUT": "/tmp/catalog.gpkg"}"""
    COMMAND_LINE = ('--EXTENT="-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]" --DATE_FROM=2024-01-01 '
                    "--MAX_CLOUD=10 --OUTPUT=/tmp/catalog.gpkg")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_aoi(self, translate("ImageryHub.Mapflow", "to search"))
        add_date(self, "DATE_FROM",
                 translate("ImageryHub.Mapflow", "Acquired from"),
                 translate("ImageryHub.Mapflow", "First acquisition day (UTC, included). Empty: no limit."))
        add_date(self, "DATE_TO",
                 translate("ImageryHub.Mapflow", "Acquired until"),
                 translate("ImageryHub.Mapflow", "Last acquisition day (UTC, included). Empty: no limit."))
        for name, label, _, maximum, text in FILTERS:
            default = 20.0 if name == "MAX_CLOUD" else None
            self.add(QgsProcessingParameterNumber(name, translate("ImageryHub.Mapflow", label), NUMBER_DOUBLE,
                                                  defaultValue=default,
                                                  optional=True, minValue=0.0,
                                                  maxValue=maximum if maximum is not None else 1e6),
                     translate("ImageryHub.Mapflow", text) + " " + translate("ImageryHub.Mapflow", "Empty: no limit.")
                     + (" " + translate("ImageryHub.Mapflow", "Default 20 %.") if default else ""),
                     advanced=name != "MAX_CLOUD")
        self.add(QgsProcessingParameterString("DATA_PROVIDERS", translate("ImageryHub.Mapflow", "Data providers"),
                                              optional=True),
                 translate("ImageryHub.Mapflow", "Only these providers, separated by commas. Empty: every provider of "
                                                 "the account."), advanced=True)
        self.add(QgsProcessingParameterBoolean("HIDE_UNAVAILABLE",
                                               translate("ImageryHub.Mapflow", "Only images available for processing"),
                                               defaultValue=False),
                 translate("ImageryHub.Mapflow", "Leave out images the account cannot order or process."),
                 advanced=True)
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Mapflow", "Catalog footprints"),
                                                   SOURCE_POLYGON),
                 translate("ImageryHub.Mapflow", "The footprints (multipolygons in WGS 84) with image_id, provider, "
                                                 "acquired, cloud, resolution, off_nadir, aoi_cover, sensor, "
                                                 "product_type, preview_type, preview_url and zoom."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.Mapflow", "Images written")),
                        translate("ImageryHub.Mapflow", "How many footprints were written."))
        self.add_output(QgsProcessingOutputNumber("TOTAL", translate("ImageryHub.Mapflow", "Images found")),
                        translate("ImageryHub.Mapflow", "How many images match (more than COUNT when over 1000)."))

    def validate(self, parameters, context):
        from ...providers.mapflow.search import CatalogQuery

        start, end = (read_date(self, parameters, name, context) for name in ("DATE_FROM", "DATE_TO"))
        check_dates(start, end, "DATE_FROM", "DATE_TO")
        aoi = read_aoi(self, parameters, context)
        values = {field: (self.parameterAsDouble(parameters, name, context)
                          if parameters.get(name) not in (None, "") else None)
                  for name, _, field, _, _ in FILTERS}
        query = CatalogQuery(aoi.to_shapely(), start, end, data_providers=read_list(self, parameters,
                                                                                    "DATA_PROVIDERS", context),
                             hide_unavailable=self.parameterAsBoolean(parameters, "HIDE_UNAVAILABLE", context),
                             **values)
        query.check()
        return aoi, query

    def work(self, plan, parameters, context, feedback):
        from ...core.layers import WGS84
        from ...core.mapflow.catalog_layers import FIELDS, footprint_features
        from ...providers.mapflow.client import MapflowClient
        from ...providers.mapflow.search import check_search_area

        aoi, query = plan
        job = FeedbackJob(feedback)
        client = MapflowClient(self.access.secret, self.access.base_url, cancelled=feedback.isCanceled)
        check_search_area(client.account(), aoi.area_km2)
        job.set_status(translate("ImageryHub.Mapflow", "Searching the Mapflow catalog over {area}").format(
            area=aoi.describe()))
        result = client.catalog.search(query, progress=job.report)
        total = result.total  # pylupdate5 reads only a plain name or call as the count
        found = translate("ImageryHub.Mapflow", "%Ln image(s) found", None, total)
        if result.truncated:
            found += translate("ImageryHub.Mapflow", ", the first {kept} kept").format(kept=number(len(result.images)))
        job.set_status(found)
        sink, destination, fields = self.sink(parameters, "OUTPUT", context, FIELDS, WKB_MULTIPOLYGON, WGS84)
        count = self.write(sink, footprint_features(fields, result.images, query.aoi), feedback)
        return {"OUTPUT": destination, "COUNT": count, "TOTAL": result.total}
