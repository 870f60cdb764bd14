"""Spexi's usual result layers from an imagery inventory: the images the
inventory found, written as the tab's footprints and cameras layers."""

from .layers import open_layers as open_result_layers
from .layers import result_rows, write_results


def write_layers(path, result, area, cancelled=None):
    """Both layers of ``result.items`` (images) at ``path`` (worker thread)."""
    write_results(path, result_rows(result.items), cancelled)


def open_layers(path):
    """The layers the Spexi tab shows (:meth:`ui.spexi.tab.SpexiTab.show_inventory`)."""
    return list(open_result_layers(path))
