"""Mapillary's usual result layer from an imagery inventory: the images the
inventory found, written as the tab's images layer (the cells at Mapillary's
image cap are not kept by the inventory: its row says more exist)."""

from ..layers import GeoPackageWriter
from .search import open_images, write_images


def write_layers(path, result, area, cancelled=None):
    """The images GeoPackage of ``result.items`` at ``path`` (worker thread)."""
    with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
        write_images(gpkg, result.items)


def open_layers(path):
    """The layers the Mapillary tab shows (:meth:`ui.mapillary.tab.MapillaryTab.show_inventory`)."""
    return [open_images(path)]
