"""``imagery_hub:mapflow_process``: start a Mapflow processing on an area, wait
for it (or not) and bring its results as a layer.

What the Processing tab does, in one run: the model and its optional blocks
from the account, the area checked against the account's limits and its cost
asked for before starting (providers/mapflow/client.check_against_account), the
imagery as one of providers/mapflow/sources' sources (a local GeoTIFF is
uploaded first, as the tab's "Upload…" does), then the result GeoJSON
streamed and copied into the output (core/mapflow/layers.download_result_layer).
"""

import re
from datetime import datetime
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.i18n import number, translate
from ...core.compat import NUMBER_DOUBLE, NUMBER_INTEGER
from ...providers.errors import OperationCancelled, ServiceError
from ..base import FeedbackJob, ImageryHubAlgorithm, refuse
from ..inputs import AOI, add_aoi, read_aoi

SOURCE_TYPES = ("xyz", "tms", "quadkey", "tif", "geotiff_file", "catalog", "mosaic", "provider")
DEFAULT_MODEL = "Buildings"


def plain(name):
    """A model or block name without its leading emoji, for matching what users type."""
    return re.sub(r"^\W+", "", name or "").strip().casefold()


def find_model(account, wanted):
    model = account.model(wanted.strip())
    matches = [model] if model else [m for m in account.models if plain(m.name) == plain(wanted)]
    if len(matches) != 1:
        names = ", ".join(plain(m.name) for m in account.models) or translate("ImageryHub.Mapflow", "none")
        refuse(translate("ImageryHub.Mapflow", "The Mapflow account has no model {model}: use one of {names}").format(
            model=repr(wanted), names=names), "MODEL")
    return matches[0]


def enabled_blocks(model, wanted):
    """``{block name: enabled}`` for the model's optional blocks; ``wanted`` is
    ["all"], ["none"] or names (or display names) of blocks."""
    optional = model.optional_blocks()
    keys = [w.casefold() for w in wanted]
    if keys in ([], ["all"]):
        return {b.name: True for b in optional}
    if keys == ["none"]:
        return {b.name: False for b in optional}
    known = {key: b for b in optional for key in (b.name.casefold(), b.display_name.casefold())}
    unknown = [w for w, key in zip(wanted, keys) if key not in known]
    if unknown:
        names = ", ".join(b.name for b in optional) or translate("ImageryHub.Mapflow", "none")
        refuse(translate("ImageryHub.Mapflow", "{model} has no optional block {blocks}: use all, none or some of "
                                               "{names}").format(model=plain(model.name), blocks=", ".join(unknown),
                                                                 names=names), "BLOCKS")
    chosen = {known[key].name for key in keys}
    return {b.name: b.name in chosen for b in optional}


class MapflowProcess(ImageryHubAlgorithm):
    ID = "mapflow_process"
    TITLE = QT_TRANSLATE_NOOP("ImageryHub.Processing", "Run a Mapflow processing")
    GROUP = "Mapflow"
    CONTEXT = "ImageryHub.Mapflow"
    SERVICE = "mapflow"
    PARAMETER_NAMES = {"aoi": AOI, "url": "SOURCE", "source_type": "SOURCE_TYPE", "zoom": "ZOOM",
                       "image": "SOURCE", "mosaic": "SOURCE", "file": "SOURCE", "name": "NAME",
                       "model": "MODEL", "cost": "AOI"}
    INTRO = QT_TRANSLATE_NOOP("ImageryHub.Mapflow", """
<p>Runs a Mapflow AI model (buildings, roads, forest…) on the polygons of a layer, as the Mapflow
tab does: each polygon becomes one area of the processing; the area is checked against the account's limits and
the cost is asked for before anything starts. With <i>Wait</i> the algorithm follows the processing until it
ends and writes its results (the vectorised objects) to the output layer; without it, it returns the
processing id at once and the results can be loaded later from the Mapflow tab.</p>""")
    EXAMPLE = """{
    "AOI": "/data/site.gpkg|layername=site", "MODEL": "Buildings", "BLOCKS": "all",
    "SOURCE_TYPE": "xyz", "SOURCE": "https://tiles.example.com/{z}/{x}/{y}.png",
    "WAIT": True, "OUTPUT": "/tmp/buildings.gpkg"}"""
    COMMAND_LINE = ('--AOI=/data/site.gpkg --MODEL=Buildings --SOURCE_TYPE=xyz '
                    '--SOURCE="https://tiles.example.com/{z}/{x}/{y}.png" --OUTPUT=/tmp/buildings.gpkg')

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_aoi(self, translate("ImageryHub.Mapflow", "to process (each polygon becomes one Mapflow area)"),
                extent=False, layer_required=True)
        self.add(QgsProcessingParameterString("MODEL", translate("ImageryHub.Mapflow", "Model"),
                                              defaultValue=DEFAULT_MODEL),
                 translate("ImageryHub.Mapflow", "The AI model by name as the account lists it, with or without its "
                                                 "emoji and in any case (Buildings, Roads, Forest, Construction "
                                                 "sites…), or by id."))
        self.add(QgsProcessingParameterString("BLOCKS", translate("ImageryHub.Mapflow", "Optional blocks"),
                                              defaultValue="all", optional=True),
                 translate("ImageryHub.Mapflow", "The model's optional blocks to enable, separated by commas (e.g. "
                                                 "Classification, OSM); “all” (the default, as in the tab) or "
                                                 "“none”."))
        self.add(QgsProcessingParameterEnum("SOURCE_TYPE", translate("ImageryHub.Mapflow", "Imagery source type"),
                                            list(SOURCE_TYPES),
                                            defaultValue="xyz", usesStaticStrings=True),
                 translate("ImageryHub.Mapflow", "Where the imagery comes from: xyz, tms or quadkey tiles (SOURCE is "
                                                 "the URL template); tif, a GeoTIFF uploaded before (SOURCE is its "
                                                 "s3:// URL); geotiff_file, a GeoTIFF on this computer that is "
                                                 "uploaded first (SOURCE is its path); catalog, an image of the "
                                                 "Mapflow catalog (SOURCE is its image id, DATA_PROVIDER its "
                                                 "provider); mosaic, a Data API mosaic (SOURCE is the mosaic id); "
                                                 "provider, an imagery provider of the account such as Mapbox, "
                                                 "processed at ZOOM without an image (SOURCE is the provider's "
                                                 "name)."))
        self.add(QgsProcessingParameterString("SOURCE", translate("ImageryHub.Mapflow", "Imagery (URL, path or id)")),
                 translate("ImageryHub.Mapflow", "The imagery as SOURCE_TYPE says: an URL with {x}, {y}, {z} (or {q} "
                                                 "for quadkey), an s3:// URL, a file path, a catalog image id or a "
                                                 "mosaic id."))
        self.add(QgsProcessingParameterString("DATA_PROVIDER", translate("ImageryHub.Mapflow", "Catalog data provider"),
                                              optional=True),
                 translate("ImageryHub.Mapflow", "For SOURCE_TYPE catalog: the provider of the image, as Search the "
                                                 "Mapflow catalog writes it in the provider field."))
        self.add(QgsProcessingParameterNumber("ZOOM", translate("ImageryHub.Mapflow", "Zoom"),
                                              NUMBER_INTEGER, optional=True, minValue=0,
                                              maxValue=22),
                 translate("ImageryHub.Mapflow", "Tile zoom of the imagery (tile and catalog sources). Empty: the "
                                                 "model's own zoom."))
        self.add(QgsProcessingParameterString("NAME", translate("ImageryHub.Mapflow", "Processing name"),
                                              optional=True),
                 translate("ImageryHub.Mapflow", "Name shown in Mapflow. Empty: the model and the time, e.g. "
                                                 "“Buildings 2024-06-01 14:30”."))
        self.add(QgsProcessingParameterString("PROJECT", translate("ImageryHub.Mapflow", "Project (id or name)"),
                                              optional=True),
                 translate("ImageryHub.Mapflow", "The Mapflow project to put the processing in. Empty: the account's "
                                                 "default project."),
                 advanced=True)
        self.add(QgsProcessingParameterBoolean("WAIT", translate("ImageryHub.Mapflow", "Wait for the results"),
                                               defaultValue=True),
                 translate("ImageryHub.Mapflow", "Follow the processing until it ends and write its results to OUTPUT. "
                                                 "Unchecked: return the processing id as soon as it has started "
                                                 "(OUTPUT is then not written)."))
        self.add(QgsProcessingParameterNumber("POLL_SECONDS", translate("ImageryHub.Mapflow", "Check every (seconds)"),
                                              NUMBER_DOUBLE,
                                              defaultValue=10.0, minValue=0.05),
                 translate("ImageryHub.Mapflow", "How often the status is asked for while waiting."), advanced=True)
        self.add(QgsProcessingParameterNumber("TIMEOUT_MINUTES",
                                              translate("ImageryHub.Mapflow", "Give up waiting after (minutes)"),
                                              NUMBER_DOUBLE,
                                              defaultValue=240.0, minValue=0.0),
                 translate("ImageryHub.Mapflow", "Stop waiting (the processing goes on in Mapflow) after this long; 0 "
                                                 "waits without limit."),
                 advanced=True)
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", translate("ImageryHub.Mapflow", "Mapflow results"),
                                                   optional=True,
                                                   createByDefault=True),
                 translate("ImageryHub.Mapflow", "The objects the model found, with the attributes Mapflow gives them "
                                                 "(class, confidence…), in WGS 84. A GeoPackage unless another format "
                                                 "is chosen."))
        self.add_output(QgsProcessingOutputString("PROCESSING_ID", translate("ImageryHub.Mapflow", "Processing id")),
                        translate("ImageryHub.Mapflow", "The id of the processing in Mapflow (to load it later from "
                                                        "the tab)."))
        self.add_output(QgsProcessingOutputString("STATUS", translate("ImageryHub.Mapflow", "Status")),
                        translate("ImageryHub.Mapflow", "OK when the results were written; the current status when not "
                                                        "waiting."))
        self.add_output(QgsProcessingOutputNumber("COUNT", translate("ImageryHub.Mapflow", "Objects found")),
                        translate("ImageryHub.Mapflow", "How many result features were written (0 when not waiting)."))

    def validate(self, parameters, context):
        from ...core.mapflow.rasters import is_geotiff, read_profile
        from ...providers.mapflow.sources import (
            CatalogImageSource,
            DataProviderSource,
            MosaicSource,
            TileSource,
            UploadedImageSource,
        )

        aoi = read_aoi(self, parameters, context)
        aoi.require_one_side("Mapflow")  # one processing covers one piece of the map
        model = self.parameterAsString(parameters, "MODEL", context).strip()
        if not model:
            refuse(translate("ImageryHub.Mapflow", "Name the model, e.g. Buildings"), "MODEL")
        kind = self.parameterAsEnumString(parameters, "SOURCE_TYPE", context)
        text = self.parameterAsString(parameters, "SOURCE", context).strip()
        zoom = self.parameterAsInt(parameters, "ZOOM", context) if parameters.get("ZOOM") not in (None, "") \
            else None
        source, upload = None, None
        if kind == "geotiff_file":  # checked here, uploaded when the run starts
            upload = Path(text)
            if not upload.is_file():
                refuse(translate("ImageryHub.Mapflow", "No GeoTIFF at {path}").format(path=repr(text)), "SOURCE")
            read_profile(upload)  # refuses a raster without georeference
            if not is_geotiff(upload):
                refuse(translate("ImageryHub.Mapflow", "{name} is not a GeoTIFF").format(name=upload.name), "SOURCE")
        elif kind == "tif":
            source = UploadedImageSource(text)
        elif kind == "catalog":
            provider = self.parameterAsString(parameters, "DATA_PROVIDER", context).strip()
            if not provider:
                refuse(translate("ImageryHub.Mapflow", "A catalog image needs its provider (the provider field of "
                                                       "the catalog search)"), "DATA_PROVIDER")
            source = CatalogImageSource(provider, text, zoom)
        elif kind == "mosaic":
            source = MosaicSource(text)
        elif kind == "provider":
            source = DataProviderSource(text, zoom)
        else:
            source = TileSource(kind, text, zoom)
        if source is not None:
            source.check()
        wait = self.parameterAsBoolean(parameters, "WAIT", context)
        if wait and parameters.get("OUTPUT") in (None, ""):
            refuse(translate("ImageryHub.Mapflow", "Waiting is for the results: give OUTPUT (a file or "
                                                   "TEMPORARY_OUTPUT), or set WAIT to false to only start the "
                                                   "processing"), "OUTPUT")
        name = self.parameterAsString(parameters, "NAME", context).strip() or \
            f"{plain(model).capitalize() or model} {datetime.now():%Y-%m-%d %H:%M}"
        return {"aoi": aoi, "model": model, "name": name, "source": source, "upload": upload, "wait": wait,
                "blocks": [b.strip() for b in self.parameterAsString(parameters, "BLOCKS", context).split(",")
                           if b.strip()],
                "project": self.parameterAsString(parameters, "PROJECT", context).strip(),
                "poll": self.parameterAsDouble(parameters, "POLL_SECONDS", context),
                "timeout": self.parameterAsDouble(parameters, "TIMEOUT_MINUTES", context) * 60}

    def work(self, plan, parameters, context, feedback):
        from ...core.mapflow.layers import download_result_layer
        from ...core.mapflow.service import polygon_areas_km2
        from ...core.mapflow.uploads import upload_for_processing
        from ...core.mapflow.words import source_text, status_text
        from ...providers.mapflow.client import MapflowClient, check_against_account
        from ...providers.mapflow.sources import ProcessingRequest, UploadedImageSource

        job = FeedbackJob(feedback)
        client = MapflowClient(self.access.secret, self.access.base_url, cancelled=feedback.isCanceled)
        account = client.account()
        model = find_model(account, plan["model"])
        blocks = enabled_blocks(model, plan["blocks"])
        project_id = self._project_id(client, plan["project"])
        areas = polygon_areas_km2(plan["aoi"])
        check_against_account(account, areas)
        source = plan["source"]
        if plan["upload"] is not None:
            source = UploadedImageSource(upload_for_processing(client, job, plan["upload"]), plan["upload"].name)
        request = ProcessingRequest(plan["name"], model.name, plan["aoi"].to_shapely(), source,
                                    model_id=model.id or None, blocks=blocks, project_id=project_id,
                                    meta={"source-app": "imagery-hub"})
        cost = client.processing_cost(request)
        check_against_account(account, areas, cost)
        status = translate("ImageryHub.Mapflow", "Starting “{name}”: {model} on {km2} km² in %Ln area(s) from "
                                                 "{source}", None, len(areas))
        if cost is not None:
            status += translate("ImageryHub.Mapflow", ", cost {cost}").format(cost=number(cost, 0))
        job.set_status(status.format(name=request.name, model=model.name, km2=number(sum(areas), 2),
                                     source=source_text(request.source)))
        processing = client.create_processing(request)
        job.set_status(translate("ImageryHub.Mapflow", "Mapflow processing {id} started").format(id=processing.id))
        results = {"PROCESSING_ID": processing.id, "STATUS": processing.status, "COUNT": 0}
        if not plan["wait"]:
            return results
        processing = self._wait(client, processing, plan, feedback)
        results["STATUS"] = processing.status
        if processing.status != "OK":
            reason = (processing.error_lines() or [translate("ImageryHub.Mapflow", "no reason given")])[0]
            raise ServiceError(translate("ImageryHub.Mapflow", "Processing {id} ended {status}: {reason}").format(
                id=processing.id, status=status_text(processing).lower(), reason=reason), service="Mapflow")
        geojson, source = download_result_layer(client, job, processing, QgsProcessingUtils.tempFolder())
        sink, destination, _ = self.sink(parameters, "OUTPUT", context, source.fields(), source.wkbType(),
                                         source.crs())
        results["COUNT"] = self.write(sink, source.getFeatures(), feedback)
        del source
        geojson.unlink(missing_ok=True)
        count = results["COUNT"]  # pylupdate5 reads only a plain name or call as the count
        job.set_status(translate("ImageryHub.Mapflow", "%Ln object(s) written", None, count))
        return dict(results, OUTPUT=destination)

    def _project_id(self, client, wanted):
        if not wanted:
            return None
        projects = client.projects()
        match = [p for p in projects if wanted in (p.id, p.name)]
        if not match:
            refuse(translate("ImageryHub.Mapflow", "The Mapflow account has no project {project}: use one of "
                                                   "{names}").format(project=repr(wanted),
                                                                     names=", ".join(p.name for p in projects)),
                   "PROJECT")
        return match[0].id

    def _wait(self, client, processing, plan, feedback):
        """Ask for the status every POLL_SECONDS until the processing ends."""
        from ...core.mapflow.words import status_text

        def show(update):
            feedback.setProgress(min(95.0, update.percent * 0.95))
            feedback.setProgressText(f"{status_text(update)}, {number(update.percent)} %")

        try:
            return client.wait_for_processing(processing.id, plan["poll"], plan["timeout"], show)
        except OperationCancelled:
            raise OperationCancelled(translate("ImageryHub.Mapflow", "stopped waiting; processing {id} goes on in "
                                                                     "Mapflow").format(id=processing.id)) from None
