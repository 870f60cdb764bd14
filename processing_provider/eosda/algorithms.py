"""``imagery_hub:eosda_search`` (scenes over an area → footprints) and
``imagery_hub:eosda_render`` (one scene's band combination or index, clipped
to the area → a georeferenced raster).

The search is the tab's core/eosda/tasks.SceneQuery and its footprint
fields; the render is providers/eosda/visual.VisualParams (every value checked
before sending) through core/eosda/tasks.render_scene (task created, polled,
downloaded, checked with GDAL), then copied into the output raster's format.
"""

from datetime import date, timedelta
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRasterFileWriter,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import number, translate
from ...core.compat import NUMBER_DOUBLE, SOURCE_POLYGON, WKB_MULTIPOLYGON
from ...providers.eosda.visual import COLORMAPS, DATASETS, DEFAULT_LEVELS, PRESETS, RESAMPLE
from ...providers.errors import ImageryHubError
from ..base import FeedbackJob, ImageryHubAlgorithm, refuse
from ..inputs import add_aoi, add_date, check_dates, read_aoi, read_date

DEFAULT_DAYS = 90  # the tab's default search range
VIEW_PREFIXES = {"S2": "sentinel2", "L8": "landsat8"}
CUSTOM = "custom"
FORMATS = {"tiff": ("tiff", "tiff"), "png": ("png", "world"), "jpeg": ("jpeg", "world")}  # format, georeference
DEFAULT_COLORMAP = next(iter(COLORMAPS.values()))


class EosdaSearch(ImageryHubAlgorithm):
    ID = "eosda_search"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Search EOSDA satellite scenes")
    GROUP = "EOSDA"
    CONTEXT = "ImageryHub.EOSDA"
    SERVICE = "eosda"
    PARAMETER_NAMES = {"aoi": "AOI", "date_from": "DATE_FROM", "date_to": "DATE_TO", "cloud": "MAX_CLOUD",
                       "geometry": "AOI", "dataset": "DATASET"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.EOSDA", """
<p>Searches EOSDA's Sentinel-2 or Landsat 8 scenes over an area, as the EOSDA tab does, and writes
their footprints with the view id, date, satellite, cloud cover, data coverage and the share of the area each
covers. A view id is what <i>Render an EOSDA scene</i> takes. Ranges over a year are asked for a year at a time,
newest first; up to 2000 scenes are kept.</p>""")
    EXAMPLE = """{
    "EXTENT": "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]", "DATASET": "sentinel2",
    "DATE_FROM": "2024-06-01", "DATE_TO": "2024-08-31", "MAX_CLOUD": 20,
    "OUTPUT": "/tmp/scenes.gpkg"}"""
    COMMAND_LINE = ('--EXTENT="-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]" --DATASET=sentinel2 '
                    "--DATE_FROM=2024-06-01 --DATE_TO=2024-08-31 --MAX_CLOUD=20 --OUTPUT=/tmp/scenes.gpkg")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_aoi(self, translate("ImageryHub.EOSDA", "to search"))
        self.add(QgsProcessingParameterEnum("DATASET", translate("ImageryHub.EOSDA", "Dataset"),
                                            list(DATASETS), defaultValue="sentinel2",
                                            usesStaticStrings=True),
                 translate("ImageryHub.EOSDA", "sentinel2 (Sentinel-2, 10 m) or landsat8 (Landsat 8, 30 m)."))
        add_date(self, "DATE_FROM",
                 translate("ImageryHub.EOSDA", "From"),
                 translate("ImageryHub.EOSDA", "First day (included). Empty: %Ln day(s) before DATE_TO.", None,
                           DEFAULT_DAYS))
        add_date(self, "DATE_TO", translate("ImageryHub.EOSDA", "To"),
                 translate("ImageryHub.EOSDA", "Last day (included). Empty: today."))
        self.add(QgsProcessingParameterNumber("MAX_CLOUD", translate("ImageryHub.EOSDA", "Maximum cloud cover (%)"),
                                              NUMBER_DOUBLE,
                                              defaultValue=30.0, minValue=0.0, maxValue=100.0),
                 translate("ImageryHub.EOSDA", "Scenes with at most this cloud cover. Default 30 %, as in the tab."))
        self.add(QgsProcessingParameterBoolean("WHOLE_AREA",
                                               translate("ImageryHub.EOSDA", "Only scenes covering the whole area"),
                                               defaultValue=False),
                 translate("ImageryHub.EOSDA", "Keep only scenes whose data cover all of the area (CONTAINS); default: "
                                               "any overlap."))
        self.add_allow_large()
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.EOSDA", "EOSDA scenes"),
                                                   SOURCE_POLYGON),
                 translate("ImageryHub.EOSDA", "The scene footprints (multipolygons, WGS 84) with view_id, scene_id, "
                                               "dataset, satellite, date, acquired, cloud, coverage, aoi_cover, "
                                               "sun_elev and thumbnail (the scene's preview link)."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.EOSDA", "Scenes written")),
                        translate("ImageryHub.EOSDA", "How many footprints were written."))
        self.add_output(QgsProcessingOutputNumber("FOUND", translate("ImageryHub.EOSDA", "Scenes found")),
                        translate("ImageryHub.EOSDA", "How many scenes EOSDA reported (more than COUNT when over "
                                                      "2000)."))

    def validate(self, parameters, context):
        from ...core.eosda.tasks import SceneQuery
        from ...providers.eosda.client import EosdaClient, estimate

        end = read_date(self, parameters, "DATE_TO", context) or date.today()
        start = read_date(self, parameters, "DATE_FROM", context) or end - timedelta(days=DEFAULT_DAYS)
        check_dates(start, end, "DATE_FROM", "DATE_TO")
        aoi = read_aoi(self, parameters, context)
        query = SceneQuery(self.parameterAsEnumString(parameters, "DATASET", context), aoi.to_shapely(),
                           start.isoformat(), end.isoformat(),
                           self.parameterAsDouble(parameters, "MAX_CLOUD", context),
                           self.parameterAsBoolean(parameters, "WHOLE_AREA", context))
        EosdaClient.search_body(query.dataset, query.aoi, query.date_from, query.date_to,
                                cloud_to=query.max_cloud)  # every value checked, nothing sent
        self.check_budget(estimate(query.date_from, query.date_to), parameters, context)
        return query

    def work(self, query, parameters, context, feedback):
        from ...core.eosda.tasks import FOOTPRINT_FIELDS, scene_features
        from ...core.layers import WGS84
        from ...providers.eosda.client import EosdaClient

        job = FeedbackJob(feedback)
        client = EosdaClient(self.access.secret, self.access.base_url, cancelled=feedback.isCanceled)
        job.set_status(translate("ImageryHub.EOSDA", "Searching {dataset} scenes {start} – {end}").format(
            dataset=DATASETS[query.dataset], start=query.date_from, end=query.date_to))
        result = query.run(client, progress=job.report)
        job.set_status(translate("ImageryHub.EOSDA", "%Ln scene(s) of {found}", None, len(result.scenes)).format(
            found=number(result.found)) if result.truncated else
            translate("ImageryHub.EOSDA", "%Ln scene(s)", None, len(result.scenes)))
        sink, destination, fields = self.sink(parameters, "OUTPUT", context, FOOTPRINT_FIELDS, WKB_MULTIPOLYGON,
                                              WGS84)
        count = self.write(sink, scene_features(fields, result.scenes, query.aoi), feedback)
        return {"OUTPUT": destination, "COUNT": count, "FOUND": result.found}


class EosdaRender(ImageryHubAlgorithm):
    ID = "eosda_render"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Render an EOSDA scene")
    GROUP = "EOSDA"
    CONTEXT = "ImageryHub.EOSDA"
    SERVICE = "eosda"
    PARAMETER_NAMES = {"aoi": "AOI", "geometry": "AOI", "view_id": "SCENE", "bm_type": "EXPRESSION",
                       "px_size": "PX_SIZE", "colormap": "COLORMAP", "levels": "LEVELS", "resample": "RESAMPLE"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.EOSDA", """
<p>Renders one EOSDA scene over an area with EOSDA's Download visual service, as the render
section of the EOSDA tab does: a preset (true or false colour, NDVI, NDWI) or a band expression of your own,
clipped to the area, at the pixel size you choose, then written as a georeferenced raster in Web Mercator
(EPSG:3857). Indices come colourised with a colormap between two levels.</p>""")
    EXAMPLE = """{
    "SCENE": "S2/10/U/DV/2024/8/20/0",
    "EXTENT": "-123.1264,-123.1168,49.2802,49.2852 [EPSG:4326]",
    "PRESET": "ndvi", "PX_SIZE": 10, "FORMAT": "tiff", "OUTPUT": "/tmp/ndvi.tif"}"""
    COMMAND_LINE = ('--SCENE=S2/10/U/DV/2024/8/20/0 --EXTENT="-123.1264,-123.1168,49.2802,49.2852 '
                    '[EPSG:4326]" --PRESET=ndvi --OUTPUT=/tmp/ndvi.tif')

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add(QgsProcessingParameterString("SCENE", translate("ImageryHub.EOSDA", "Scene (view id)")),
                 translate("ImageryHub.EOSDA", "The view_id of a scene, as Search EOSDA satellite scenes writes it: "
                                               "S2/… for Sentinel-2, L8/… for Landsat 8."))
        add_aoi(self, translate("ImageryHub.EOSDA", "to render (one polygon)"))
        self.add(QgsProcessingParameterEnum("PRESET", translate("ImageryHub.EOSDA", "Bands or index"),
                                            [p.key for p in PRESETS] + [CUSTOM],
                                            defaultValue="ndvi", usesStaticStrings=True),
                 translate("ImageryHub.EOSDA", "true_color, false_color (near infrared), ndvi, ndwi, or custom to use "
                                               "EXPRESSION."))
        self.add(QgsProcessingParameterString("EXPRESSION", translate("ImageryHub.EOSDA", "Band expression"),
                                              optional=True),
                 translate("ImageryHub.EOSDA", "With PRESET custom: bands separated by commas for an RGB composite "
                                               "(B08,B04,B03) or one expression for an index ((B08-B04)/(B08+B04)). "
                                               "Band names of the scene's dataset."))
        self.add(QgsProcessingParameterNumber("PX_SIZE", translate("ImageryHub.EOSDA", "Pixel size (m)"),
                                              NUMBER_DOUBLE, optional=True,
                                              minValue=0.0),
                 translate("ImageryHub.EOSDA", "Ground size of a pixel in metres. Empty: the dataset's native size (10 "
                                               "m Sentinel-2, 30 m Landsat 8). The image may be at most 10,000 px on a "
                                               "side."))
        self.add(QgsProcessingParameterEnum("FORMAT", translate("ImageryHub.EOSDA", "Image format"),
                                            list(FORMATS), defaultValue="tiff",
                                            usesStaticStrings=True),
                 translate("ImageryHub.EOSDA", "What EOSDA sends: tiff (a GeoTIFF) or png / jpeg with a world file. "
                                               "The output is then written in the format of OUTPUT's extension."))
        self.add(QgsProcessingParameterString("COLORMAP", translate("ImageryHub.EOSDA", "Colormap id"),
                                              defaultValue=DEFAULT_COLORMAP,
                                              optional=True),
                 translate("ImageryHub.EOSDA", "For a single-band index: EOSDA's colormap id (default "
                                               "red–yellow–green). Empty: grey values."),
                 advanced=True)
        self.add(QgsProcessingParameterString("LEVELS", translate("ImageryHub.EOSDA", "Levels (low,high)"),
                                              optional=True,
                                              defaultValue=",".join(f"{v:g}" for v in DEFAULT_LEVELS)),
                 translate("ImageryHub.EOSDA", "For a single-band index: the values mapped to the ends of the "
                                               "colormap."), advanced=True)
        self.add(QgsProcessingParameterEnum("RESAMPLE", translate("ImageryHub.EOSDA", "Resampling"),
                                            list(RESAMPLE), optional=True,
                                            usesStaticStrings=True),
                 translate("ImageryHub.EOSDA", "How EOSDA resamples bands to the pixel size. Empty: EOSDA's default."),
                 advanced=True)
        self.add(QgsProcessingParameterNumber("POLL_SECONDS",
                                              translate("ImageryHub.EOSDA", "First check after (seconds)"),
                                              NUMBER_DOUBLE,
                                              defaultValue=2.0, minValue=0.01),
                 translate("ImageryHub.EOSDA", "How long to wait before asking whether the render is ready; the wait "
                                               "grows by half each time, up to 15 s."), advanced=True)
        self.add(QgsProcessingParameterRasterDestination("OUTPUT", translate("ImageryHub.EOSDA", "Rendered raster")),
                 translate("ImageryHub.EOSDA", "The render, georeferenced in EPSG:3857 (GeoTIFF unless another "
                                               "extension is given)."))
        self.add_output(QgsProcessingOutputNumber("WIDTH", translate("ImageryHub.EOSDA", "Width (px)")),
                        translate("ImageryHub.EOSDA", "Width of the render in pixels."))
        self.add_output(QgsProcessingOutputNumber("HEIGHT", translate("ImageryHub.EOSDA", "Height (px)")),
                        translate("ImageryHub.EOSDA", "Height of the render in pixels."))

    def validate(self, parameters, context):
        from ...providers.eosda.visual import NATIVE_PX, VisualParams, expression_count, unknown_bands

        view_id = self.parameterAsString(parameters, "SCENE", context).strip()
        dataset = VIEW_PREFIXES.get(view_id.split("/", 1)[0])
        if dataset is None:
            refuse(translate("ImageryHub.EOSDA", "{view_id} is not an EOSDA view id: they start with S2/ "
                             "(Sentinel-2) or L8/ (Landsat 8)").format(view_id=repr(view_id)), "SCENE")
        aoi = read_aoi(self, parameters, context)
        aoi.require_one_side("EOSDA")  # one raster cannot span the 180° meridian
        preset_key = self.parameterAsEnumString(parameters, "PRESET", context)
        preset = next((p for p in PRESETS if p.key == preset_key), None)
        expression = self.parameterAsString(parameters, "EXPRESSION", context).strip()
        if preset is None and not expression:
            refuse(translate("ImageryHub.EOSDA", "PRESET custom needs a band expression, e.g. (B08-B04)/(B08+B04)"),
                   "EXPRESSION")
        bm_type = preset.bm_type[dataset] if preset else expression
        unknown = unknown_bands(dataset, bm_type)
        if unknown:
            text = translate("ImageryHub.EOSDA", "{bands} is not a band of {dataset}") if len(unknown) == 1 else \
                translate("ImageryHub.EOSDA", "{bands} are not bands of {dataset}")
            refuse(text.format(bands=", ".join(unknown), dataset=DATASETS[dataset]), "EXPRESSION")
        format_, georeference = FORMATS[self.parameterAsEnumString(parameters, "FORMAT", context)]
        px_size = (self.parameterAsDouble(parameters, "PX_SIZE", context)
                   if parameters.get("PX_SIZE") not in (None, "") else NATIVE_PX[dataset])
        params = VisualParams(view_id=view_id, bm_type=bm_type, geometry=aoi.to_shapely(), px_size=px_size,
                              name_alias=preset.name_alias if preset else "Custom", format=format_,
                              georeference=georeference,
                              resample=self.parameterAsEnumString(parameters, "RESAMPLE", context) or None)
        if (preset.single_band if preset else expression_count(bm_type) == 1):
            params.colormap = self.parameterAsString(parameters, "COLORMAP", context).strip() or None
            levels = self.parameterAsString(parameters, "LEVELS", context).strip()
            params.levels = levels if params.colormap and levels else None
        params.payload()  # every check now, before anything is sent
        return params, self.parameterAsDouble(parameters, "POLL_SECONDS", context)

    def work(self, plan, parameters, context, feedback):
        from ...core.eosda.layers import unique_stem
        from ...core.eosda.tasks import render_scene
        from ...providers.eosda.client import EosdaClient

        params, poll = plan
        job = FeedbackJob(feedback)
        client = EosdaClient(self.access.secret, self.access.base_url, cancelled=feedback.isCanceled)
        folder = Path(QgsProcessingUtils.tempFolder()) / "eosda"
        stem = unique_stem(folder, f"{params.view_id}_{params.name_alias}")
        path, width, height = render_scene(client, params, folder, stem, poll, job.set_status, job.report)
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        job.set_status(translate("ImageryHub.EOSDA", "Writing the {width} × {height} px render").format(
            width=number(width), height=number(height)))
        write_raster(path, output)
        return {"OUTPUT": output, "WIDTH": width, "HEIGHT": height}


def write_raster(source, output):
    """Copy the render into ``output`` in the format its extension calls for,
    keeping the georeference (the .aux.xml of a world-file render says EPSG:3857)."""
    from osgeo import gdal

    from ...core.eosda.tasks import check_georeferenced

    driver = QgsRasterFileWriter.driverForExtension(Path(output).suffix.lstrip(".")) or "GTiff"
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    try:
        written = gdal.Translate(str(output), str(source), format=driver, outputSRS="EPSG:3857")
    except RuntimeError as exc:  # when something in the process turned GDAL exceptions on
        raise ImageryHubError(translate("ImageryHub.EOSDA", "GDAL could not write {name}: {error}").format(
            name=Path(output).name, error=exc)) from exc
    if written is None:
        raise ImageryHubError(translate("ImageryHub.EOSDA", "GDAL could not write {name} as {driver}: {error}").format(
            name=Path(output).name, driver=driver, error=gdal.GetLastErrorMsg()))
    written = None  # closes the file
    check_georeferenced(output)
