"""Mapflow catalog search results as a footprints layer, and back.

The search runs in a task (:func:`search_catalog`) that writes the footprints,
with what the table shows and what a processing or a preview needs, into a
GeoPackage. On the GUI thread the layer is opened styled by cloud cover and
marked with a custom property (kept in projects), so the tab finds its scenes
again in a layer loaded from a project.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import NULL, QgsApplication, QgsVectorLayer

from ...providers.mapflow.search import CatalogImage
from ...providers.errors import ImageryHubError
from ..compat import WKB_MULTIPOLYGON
from ..i18n import translate
from ..images import decode_image
from ..layers import (FieldSpec, GeoPackageWriter, add_group, feature_rows, geometry_from_shapely, make_feature,
                      make_fields, light_fills, open_layer, result_path)

KIND_PROPERTY = "imagery_hub/mapflow"
CATALOG = "catalog"
LAYER = "scenes"
FIELDS = [FieldSpec("image_id", "string"), FieldSpec("provider", "string"), FieldSpec("acquired", "datetime"),
          FieldSpec("cloud", "double"), FieldSpec("resolution", "double"), FieldSpec("off_nadir", "double"),
          FieldSpec("aoi_cover", "double"), FieldSpec("sensor", "string"), FieldSpec("product_type", "string"),
          FieldSpec("preview_type", "string"), FieldSpec("preview_url", "string"), FieldSpec("zoom", "int")]


@dataclass
class SearchOutcome:
    path: Optional[object]
    count: int
    total: int
    rows: Optional[list] = None  # the results table's rows, read here rather than on the GUI thread


def search_catalog(client, task, query, folder, table_fields=None):
    """Search, then write the footprints to a new GeoPackage in ``folder`` and,
    with ``table_fields``, read the table's rows from it (worker thread)."""
    task.set_status(translate("ImageryHub.Mapflow", "Searching the Mapflow catalog…"))
    result = client.catalog.search(query, progress=lambda count, total: task.report(count, total))
    if not result.images:
        return SearchOutcome(None, 0, result.total)
    task.set_status(translate("ImageryHub.Mapflow", "Writing %Ln footprint(s)…", None, len(result.images)))
    path = result_path(folder, "mapflow", suffix="catalog")
    count = write_footprints(path, result.images, query.aoi, task.is_cancelled)
    rows = table_rows(path, table_fields) if table_fields else None
    return SearchOutcome(path, count, result.total, rows)


def table_rows(path, field_names):
    """The results table's rows (:func:`core.layers.feature_rows`) of a footprints
    GeoPackage, read in a task."""
    return feature_rows(QgsVectorLayer(f"{path}|layername={LAYER}", LAYER, "ogr"), field_names)


def footprint_features(fields, images, aoi):
    """A multipolygon feature per catalog image, with the share of ``aoi`` it covers."""
    for image in images:
        geometry = geometry_from_shapely(image.footprint)
        geometry.convertToMultiType()
        yield make_feature(fields, geometry, {
            "image_id": image.id, "provider": image.provider, "acquired": image.acquired,
            "cloud": image.cloud_cover, "resolution": image.resolution, "off_nadir": image.off_nadir,
            "aoi_cover": round(image.intersection_percent(aoi), 1), "sensor": image.sensor,
            "product_type": image.product_type, "preview_type": image.preview_type,
            "preview_url": image.preview_url, "zoom": image.zoom})


def open_catalog(path, title, project=None):
    """The footprints layer, styled by cloud cover, in a group of its own (GUI thread)."""
    layer = open_footprints(path, title)
    add_group(title, [layer], project)
    return layer


def write_footprints(path, images, aoi, cancelled=None):
    """The footprints GeoPackage of ``images`` at ``path`` (worker thread); returns the count."""
    fields = make_fields(FIELDS)
    with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
        return gpkg.write(LAYER, WKB_MULTIPOLYGON, fields, footprint_features(fields, images, aoi))


def open_footprints(path, name):
    """The footprints layer, styled by cloud cover and marked, in no group yet (GUI thread)."""
    layer = light_fills(open_layer(path, LAYER, name, style="mapflow_catalog.qml"))  # graded by cloud cover
    layer.setCustomProperty(KIND_PROPERTY, CATALOG)
    return layer


def is_catalog(layer):
    return layer is not None and layer.customProperty(KIND_PROPERTY) == CATALOG


def _value(feature, name):
    value = feature[name]
    return None if value is None or value == NULL else value


def image_of(feature):
    """The catalog image a footprint stands for (what a processing and a preview need)."""
    zoom = _value(feature, "zoom")
    return CatalogImage(id=feature["image_id"], footprint=None, acquired=None, provider=feature["provider"],
                        resolution=_value(feature, "resolution"), cloud_cover=_value(feature, "cloud"),
                        off_nadir=_value(feature, "off_nadir"), sensor=_value(feature, "sensor") or "",
                        product_type=_value(feature, "product_type") or "",
                        preview_type=_value(feature, "preview_type") or "",
                        preview_url=_value(feature, "preview_url"), zoom=int(zoom) if zoom is not None else None)


def thumbnail_folder():
    """The cache of the results grid's pictures, in the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "imagery_hub" / "mapflow"


def fetch_thumbnail(client, image, width, height):
    """The path of ``image``'s preview fitted into width × height (worker thread),
    kept in :func:`thumbnail_folder` under a name made from the preview's URL."""
    digest = hashlib.sha1(image.preview_url.encode()).hexdigest()[:16]
    target = thumbnail_folder() / f"{digest}_{width}x{height}.jpg"
    if target.exists():
        return str(target)
    picture = decode_image(client.catalog.preview(image), min(width, height))
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.stem + ".part.jpg")
    if not picture.save(str(part), "JPG"):
        raise ImageryHubError(translate("ImageryHub.Mapflow",
                                        "Could not write the thumbnail {path}").format(path=part), service="Mapflow")
    part.replace(target)
    return str(target)
