"""EOSDA work in the background: the scene search (written to a GeoPackage) and
the Download visual render (polled, downloaded, checked with GDAL)."""

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from osgeo import gdal
from qgis.core import QgsVectorLayer
from shapely.geometry import MultiPolygon, Polygon

from ...providers.eosda.client import EosdaClient
from ...providers.errors import ImageryHubError
from ..compat import WKB_MULTIPOLYGON
from ..layers import (
    FieldSpec,
    feature_rows,
    GeoPackageWriter,
    geometry_from_shapely,
    make_feature,
    make_fields,
    release_result_path,
)
from ..i18n import number, translate
from ..sentences import text_of
from ..tasks import ImageryHubTask

SCENES_LAYER = "scenes"
FOOTPRINT_FIELDS = (
    FieldSpec("view_id", "string"), FieldSpec("scene_id", "string"), FieldSpec("dataset", "string"),
    FieldSpec("satellite", "string"), FieldSpec("date", "date"), FieldSpec("acquired", "datetime"),
    FieldSpec("cloud", "double"), FieldSpec("coverage", "double"), FieldSpec("aoi_cover", "double"),
    FieldSpec("sun_elev", "double"), FieldSpec("thumbnail", "string"),
)
#: the results table's fields, in its column order (ui/eosda/tab.py names them)
TABLE_FIELDS = ("date", "cloud", "aoi_cover", "satellite", "view_id")


@dataclass
class SceneQuery:
    dataset: str
    aoi: Polygon  # shapely, EPSG:4326
    date_from: str
    date_to: str
    max_cloud: float = 100.0
    whole_area: bool = False  # only scenes whose data cover all of the AOI

    def run(self, client, progress=None):
        """The provider's search with these filters (worker thread)."""
        return client.search(self.dataset, self.aoi, self.date_from, self.date_to, cloud_to=self.max_cloud,
                             shape_relation="CONTAINS" if self.whole_area else "INTERSECTS", progress=progress)


@dataclass
class SearchOutcome:
    path: Optional[Path]  # None when nothing was found
    count: int
    found: int
    truncated: bool
    rows: list = None  # the results table's rows, read in the task rather than on the GUI thread


@dataclass
class RenderOutcome:
    path: Path
    layer_name: str
    width: int
    height: int


def _multipolygon(shape):
    return MultiPolygon([shape]) if isinstance(shape, Polygon) else shape


def scene_features(fields, scenes, aoi):
    for scene in scenes:
        props = scene.properties
        footprint = scene.footprint
        cover = 100.0 * footprint.intersection(aoi).area / aoi.area if footprint is not None and aoi.area else None
        yield make_feature(fields, geometry_from_shapely(_multipolygon(footprint)), {
            "view_id": scene.id, "scene_id": props.get("scene_id"), "dataset": props.get("dataset"),
            "satellite": props.get("satellite"), "date": scene.captured_at.date() if scene.captured_at else None,
            "acquired": scene.captured_at, "cloud": props.get("cloud"), "coverage": props.get("coverage"),
            "aoi_cover": round(cover, 1) if cover is not None else None, "sun_elev": props.get("sun_elevation"),
            "thumbnail": props.get("thumbnail")})


class SearchScenesTask(ImageryHubTask):
    """Searches and writes the footprints to ``path`` (a new GeoPackage)."""

    def __init__(self, api_key, base_url, query, path, on_success=None, on_error=None, **session_options):
        super().__init__(translate("ImageryHub.EOSDA", "EOSDA: search {dataset} scenes").format(dataset=query.dataset),
                         on_success, on_error)
        self.api_key, self.base_url, self.query, self.path = api_key, base_url, query, Path(path)
        self.session_options = session_options

    def _progress(self, count, found):
        self.set_status(translate("ImageryHub.EOSDA", "{count} of {found} scenes").format(count=number(count),
                                                                                           found=number(found)))
        self.report(count, found)

    def work(self):
        query = self.query
        client = EosdaClient(self.api_key, self.base_url, cancelled=self.is_cancelled, **self.session_options)
        try:
            result = query.run(client, self._progress)
        except BaseException:
            release_result_path(self.path)  # the name result_path claimed, never written
            raise
        if not result.scenes:
            release_result_path(self.path)
            return SearchOutcome(None, 0, result.found, False)
        fields = make_fields(FOOTPRINT_FIELDS)
        with GeoPackageWriter(self.path, cancelled=self.is_cancelled) as gpkg:
            count = gpkg.write(SCENES_LAYER, WKB_MULTIPOLYGON, fields, scene_features(fields, result.scenes, query.aoi))
        return SearchOutcome(self.path, count, result.found, result.truncated, table_rows(self.path))


def table_rows(path):
    """The results table's rows of a search GeoPackage (:func:`core.layers.feature_rows`), read in a task."""
    return feature_rows(QgsVectorLayer(f"{path}|layername={SCENES_LAYER}", SCENES_LAYER, "ogr"), TABLE_FIELDS)


def check_georeferenced(path):
    """(width, height) of a raster GDAL opens with a geotransform, else an error."""
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_RASTER)
    except RuntimeError:  # when something in the process turned GDAL exceptions on
        dataset = None
    if dataset is None:
        raise ImageryHubError(translate("ImageryHub.EOSDA", "GDAL cannot open the render {name}").format(
            name=Path(path).name), service="EOSDA")
    if dataset.GetGeoTransform(can_return_null=True) is None:
        raise ImageryHubError(translate("ImageryHub.EOSDA", "The render {name} arrived without georeference").format(
            name=Path(path).name), service="EOSDA")
    return dataset.RasterXSize, dataset.RasterYSize


def render_scene(client, params, folder, stem, poll_interval=2.0, on_status=None, progress=None):
    """Create the render, wait for it, download it and check it opens
    georeferenced (worker thread). Returns (path, width, height)."""
    if on_status:
        on_status(translate("ImageryHub.EOSDA", "Sending the render request to EOSDA"))
    path = client.render_visual(params, folder, stem, poll_interval=poll_interval,
                                on_status=on_status and (lambda line: on_status(text_of(line))),
                                progress=progress)
    width, height = check_georeferenced(path)
    return Path(path), width, height


class RenderTask(ImageryHubTask):
    """Creates a Download visual task, waits for it and downloads the image."""

    def __init__(self, api_key, base_url, params, folder, stem, layer_name, on_success=None, on_error=None,
                 poll_interval=2.0, **session_options):
        super().__init__(translate("ImageryHub.EOSDA", "EOSDA: render {name}").format(name=layer_name), on_success,
                         on_error)
        self.api_key, self.base_url, self.params = api_key, base_url, params
        self.folder, self.stem, self.layer_name = Path(folder), stem, layer_name
        self.poll_interval = poll_interval
        self.session_options = session_options

    def _progress(self, done, total):
        self.report(done, total)

    def work(self):
        client = EosdaClient(self.api_key, self.base_url, cancelled=self.is_cancelled, **self.session_options)
        path, width, height = render_scene(client, self.params, self.folder, self.stem, self.poll_interval,
                                           self.set_status, self._progress)
        return RenderOutcome(path, self.layer_name, width, height)
