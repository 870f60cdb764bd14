"""Mapillary search in a task: the provider splits and fetches the cells, the
images are written as a points layer of a new GeoPackage, and (GUI thread) the
layer is opened, styled with arrows turned by the compass angle and put in a
group of its own.

Cells that still hit the 2000-image cap are written too, as a ``capped_cells``
layer, so the user sees where images are missing.
"""

from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import QgsVectorLayer
from shapely.geometry import box

from ..compat import WKB_POINT, WKB_POLYGON
from ..i18n import number, translate
from ..layers import (
    FieldSpec,
    GeoPackageWriter,
    add_group,
    feature_rows,
    geometry_from_shapely,
    make_feature,
    make_fields,
    open_layer,
    result_path,
    result_title,
)
from ..tasks import ImageryHubTask

IMAGES_PROPERTY = "imagery_hub/mapillary_images"
IMAGE_FIELDS = (
    FieldSpec("id", "string", 32),
    FieldSpec("captured_at", "datetime"),
    FieldSpec("compass_angle", "double"),
    FieldSpec("is_pano", "bool"),
    FieldSpec("creator", "string", 64),
    FieldSpec("sequence", "string", 40),
    FieldSpec("camera_type", "string", 24),
    FieldSpec("make", "string", 64),
    FieldSpec("model", "string", 64),
    FieldSpec("local_path", "string", 512),
)
CELL_FIELDS = (FieldSpec("cell", "int"), FieldSpec("bbox", "string", 80))
STYLE = "mapillary_images.qml"
CAPPED_STYLE = "mapillary_capped_cells.qml"
CAPPED_LAYER = "capped_cells"


@dataclass
class SearchRequest:
    area: object  # shapely geometry in EPSG:4326
    start: object = None  # date or None
    end: object = None
    panoramas_only: bool = False
    creator: Optional[str] = None
    bbox_limit: float = 0.01
    refine_depth: int = 1
    limit: int = 2000  # per cell, as the API allows

    def run(self, client, progress=None):
        """The provider's search with these filters (worker thread): a
        :class:`providers.mapillary.SearchResult`."""
        return client.search(self.area, start=self.start, end=self.end, is_pano=True if self.panoramas_only else None,
                             creator=self.creator, limit=self.limit, bbox_limit=self.bbox_limit,
                             refine_depth=self.refine_depth, progress=progress)

    def describe(self):
        parts = []
        if self.start or self.end:
            parts.append(f"{self.start or '…'} – {self.end or '…'}")
        if self.panoramas_only:
            parts.append(translate("ImageryHub.Mapillary", "panoramas"))
        if self.creator:
            parts.append(translate("ImageryHub.Mapillary", "by {creator}").format(creator=self.creator))
        return ", ".join(parts)


@dataclass
class SearchOutcome:
    path: str
    count: int
    cells: int
    requests: int
    capped: List[tuple] = field(default_factory=list)
    description: str = ""
    rows: Optional[list] = None  # the images' table rows, read in the task (core.layers.feature_rows)


def image_values(record):
    props = record.properties
    return {"id": record.id, "captured_at": record.captured_at, "compass_angle": record.heading,
            "is_pano": props.get("is_pano"), "creator": props.get("creator_username"),
            "sequence": props.get("sequence"), "camera_type": record.capture_type,
            "make": props.get("make"), "model": props.get("model")}


class SearchTask(ImageryHubTask):
    """``table_fields``: the fields of a results table, whose rows are then
    read here rather than on the GUI thread (seconds for 100,000 images)."""

    def __init__(self, access, request, folder, on_success=None, on_error=None, table_fields=()):
        super().__init__(translate("ImageryHub.Mapillary", "Imagery Hub: Mapillary search"), on_success, on_error)
        self.access = access
        self.request = request
        self.folder = folder
        self.table_fields = list(table_fields)

    def _progress(self, done, total, images):
        self.report(done, total + 1)  # the last step is writing the GeoPackage
        self.set_status(translate("ImageryHub.Mapillary", "{done} of {total} cells, %Ln image(s)", None, images).format(
            done=number(done), total=number(total)))

    def work(self):
        req = self.request
        result = req.run(self.access.client(cancelled=self.is_cancelled), self._progress)
        self.set_status(translate("ImageryHub.Mapillary", "Writing %Ln image(s)", None, len(result.images)))
        path = result_path(self.folder, "mapillary")
        with GeoPackageWriter(path, cancelled=self.is_cancelled) as gpkg:
            write_images(gpkg, result.images)
            write_capped_cells(gpkg, result.capped)
        rows = None
        if self.table_fields:
            rows = feature_rows(QgsVectorLayer(f"{path}|layername=images", "images", "ogr"), self.table_fields)
        self.setProgress(100)
        return SearchOutcome(str(path), len(result.images), result.cells, result.requests, result.capped,
                             req.describe(), rows)


def write_images(gpkg, images):
    """The images layer of a search (worker thread)."""
    names = [spec.name for spec in IMAGE_FIELDS]
    gpkg.write_rows("images", WKB_POINT, IMAGE_FIELDS,
                    (([image_values(r).get(name) for name in names], r.camera.wkb if r.camera else None)
                     for r in images))


def write_capped_cells(gpkg, capped):
    """The ``capped_cells`` layer of a search, when some cells met the cap (worker thread)."""
    if capped:
        cell_fields = make_fields(CELL_FIELDS)
        gpkg.write(CAPPED_LAYER, WKB_POLYGON, cell_fields,
                   (make_feature(cell_fields, geometry_from_shapely(box(*cell)),
                                 {"cell": i + 1, "bbox": ",".join(f"{v:.6f}" for v in cell)})
                    for i, cell in enumerate(capped)))


def open_capped_cells(path):
    """The styled ``capped_cells`` layer of ``path``, in no group yet."""
    return open_layer(path, CAPPED_LAYER, translate("ImageryHub.Mapillary", "Cells at the image cap"), CAPPED_STYLE)


def open_images(path):
    """The images layer of ``path``, styled and marked, in no group yet."""
    images = open_layer(path, "images", translate("ImageryHub.Mapillary", "Mapillary images"), STYLE)
    images.setCustomProperty(IMAGES_PROPERTY, True)
    return images


def add_search_layers(outcome, when=None):
    """Open the layers of a finished search in a new group (GUI thread).
    Returns (images layer, group)."""
    images = open_images(outcome.path)
    layers = [images]
    if outcome.capped:
        layers.insert(0, open_capped_cells(outcome.path))
    title = result_title("Mapillary", outcome.count, "images", when)
    if outcome.description:
        title += f" ({outcome.description})"
    return images, add_group(title, layers)


def is_images_layer(layer):
    return layer is not None and bool(layer.customProperty(IMAGES_PROPERTY, False))
