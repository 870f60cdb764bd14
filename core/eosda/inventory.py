"""EOSDA's usual result layer from an imagery inventory: the scenes the
inventory found, written as the tab's footprints layer."""

from qgis.core import QgsVectorLayer

from ..compat import WKB_MULTIPOLYGON
from ..i18n import translate
from ..layers import GeoPackageWriter, feature_rows, make_fields
from .layers import open_footprints
from .tasks import FOOTPRINT_FIELDS, SCENES_LAYER, scene_features


def write_layers(path, result, area, cancelled=None):
    """The footprints GeoPackage of ``result.items`` (scenes) at ``path`` (worker thread)."""
    fields = make_fields(FOOTPRINT_FIELDS)
    with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
        gpkg.write(SCENES_LAYER, WKB_MULTIPOLYGON, fields, scene_features(fields, result.items, area))


def open_layers(path):
    """The layers the EOSDA tab shows (:meth:`ui.eosda.tab.EosdaTab.show_inventory`)."""
    return [open_footprints(path, SCENES_LAYER, translate("ImageryHub.EOSDA", "EOSDA Sentinel-2 scenes"))]


def table_rows(path, fields):
    """The rows of the tab's table (its ``fields`` of the scenes) of ``path`` (worker thread)."""
    return feature_rows(QgsVectorLayer(f"{path}|layername={SCENES_LAYER}", SCENES_LAYER, "ogr"), fields)
