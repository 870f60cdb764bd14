"""Mapillary's usual result layers from an imagery inventory, as a tab search
makes them: the images the inventory found, and the cells where the search met
Mapillary's image cap (when there are some)."""

from osgeo import ogr
from qgis.core import QgsVectorLayer

from ..layers import GeoPackageWriter, feature_rows
from .search import CAPPED_LAYER, open_capped_cells, open_images, write_capped_cells, write_images


def write_layers(path, result, area, cancelled=None):
    """The images (and capped cells) GeoPackage of ``result.items`` at ``path``
    (worker thread)."""
    with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
        write_images(gpkg, result.items)
        write_capped_cells(gpkg, getattr(result.items, "capped", ()))


def open_layers(path):
    """The layers the Mapillary tab shows (:meth:`ui.mapillary.tab.MapillaryTab.show_inventory`):
    the images first, then the capped cells where the GeoPackage has them."""
    layers = [open_images(path)]
    if has_layer(path, CAPPED_LAYER):
        layers.append(open_capped_cells(path))
    return layers


def has_layer(path, name):
    source = ogr.Open(str(path))
    return source is not None and source.GetLayerByName(name) is not None


def table_rows(path, fields):
    """The rows of the tab's table (its ``fields`` of the images) of ``path`` (worker thread)."""
    return feature_rows(QgsVectorLayer(f"{path}|layername=images", "images", "ogr"), fields)
