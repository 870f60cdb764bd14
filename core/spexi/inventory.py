"""Spexi's usual result layers from an imagery inventory: the images the
inventory found, written as the tab's footprints and cameras layers."""

from qgis.core import QgsVectorLayer

from ..layers import feature_rows
from .layers import FOOTPRINTS, result_rows, write_results
from .layers import open_layers as open_result_layers


def write_layers(path, result, area, cancelled=None):
    """Both layers of ``result.items`` (images) at ``path`` (worker thread)."""
    write_results(path, result_rows(result.items), cancelled)


def open_layers(path):
    """The layers the Spexi tab shows (:meth:`ui.spexi.tab.SpexiTab.show_inventory`)."""
    return list(open_result_layers(path))


def table_rows(path, fields):
    """The rows of the tab's table (its ``fields`` of the footprints) of ``path`` (worker thread)."""
    return feature_rows(QgsVectorLayer(f"{path}|layername={FOOTPRINTS}", FOOTPRINTS, "ogr"), fields)
