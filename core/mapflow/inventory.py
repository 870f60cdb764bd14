"""Mapflow's usual result layer from an imagery inventory: the catalog images
the inventory found, written as the Catalog page's footprints layer."""

from ..i18n import translate
from .catalog_layers import open_footprints, write_footprints
from .catalog_layers import table_rows as catalog_rows


def write_layers(path, result, area, cancelled=None):
    """The catalog footprints of ``result.items`` (images) at ``path`` (worker thread)."""
    write_footprints(path, result.items, area, cancelled)


def open_layers(path):
    """The layers the Mapflow tab shows (:meth:`ui.mapflow.tab.MapflowTab.show_inventory`)."""
    return [open_footprints(path, translate("ImageryHub.Mapflow", "Mapflow catalog"))]


def table_rows(path, fields):
    """The rows of the Catalog table (its ``fields``) of ``path`` (worker thread)."""
    return catalog_rows(path, fields)
