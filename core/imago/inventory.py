"""Imago's result layer from an imagery inventory: the imagery the inventory
placed inside the area, one point each, with where it lives in the account
(workspace, dataset, collection) and its image types, so that the Imago tab can
list it, preview it and download it (:meth:`ui.imago.tab.ImagoTab.show_inventory`)."""

from qgis.core import NULL, QgsVectorLayer
from shapely.geometry import Point

from ...providers.imago.models import ImageInfo, Imagery
from ..compat import WKB_POINT
from ..i18n import translate
from ..layers import FieldSpec, GeoPackageWriter, geometry_from_shapely, make_feature, make_fields, open_layer

LAYER = "imagery"
#: custom layer property that marks the layer (kept in projects)
KIND_PROPERTY = "imagery_hub/imago"
FIELDS = (
    FieldSpec("imagery_id", "string"), FieldSpec("name", "string"), FieldSpec("workspace", "string"),
    FieldSpec("dataset", "string"), FieldSpec("collection", "string"), FieldSpec("imagery_type", "string"),
    FieldSpec("image_types", "string"), FieldSpec("start_depth", "double"), FieldSpec("end_depth", "double"),
    FieldSpec("x", "double"), FieldSpec("y", "double"), FieldSpec("z", "double"), FieldSpec("created", "datetime"),
)
SEPARATOR = ", "


def imagery_features(fields, placed_items):
    for placed in placed_items:
        imagery = placed.imagery
        yield make_feature(fields, geometry_from_shapely(Point(imagery.x, imagery.y)), {
            "imagery_id": imagery.id, "name": imagery.name, "workspace": placed.workspace,
            "dataset": placed.dataset, "collection": imagery.collection, "imagery_type": imagery.imagery_type,
            "image_types": SEPARATOR.join(i.image_type for i in imagery.images if i.image_type),
            "start_depth": imagery.start_depth, "end_depth": imagery.end_depth,
            "x": imagery.x, "y": imagery.y, "z": imagery.z, "created": placed.created})


def write_layers(path, result, area, cancelled=None):
    """The imagery GeoPackage of ``result.items`` (PlacedImagery) at ``path`` (worker thread)."""
    fields = make_fields(FIELDS)
    with GeoPackageWriter(path, cancelled=cancelled) as gpkg:
        gpkg.write(LAYER, WKB_POINT, fields, imagery_features(fields, result.items))


def open_layers(path):
    """The layer the Imago tab shows."""
    layer = open_layer(path, LAYER, translate("ImageryHub.Imago", "Imago imagery"))
    layer.setCustomProperty(KIND_PROPERTY, LAYER)
    return [layer]


def table_rows(path, _fields):
    """:func:`placed_imagery` of the layer at ``path``, read in the inventory's task."""
    return placed_imagery(QgsVectorLayer(f"{path}|layername={LAYER}", LAYER, "ogr"))


def is_imagery_layer(layer):
    return layer is not None and layer.customProperty(KIND_PROPERTY) == LAYER


def _value(feature, name):
    value = feature[name]
    return None if value is None or value == NULL else value


def placed_imagery(layer):
    """``[(fid, Imagery, workspace, dataset)]`` of an inventory's Imago layer, in
    the layer's order (as many as the inventory's record cap at most)."""
    rows = []
    for feature in layer.getFeatures():
        types = str(_value(feature, "image_types") or "")
        images = tuple(ImageInfo("", name) for name in types.split(SEPARATOR) if name)
        imagery = Imagery(str(feature["imagery_id"]), str(_value(feature, "name") or ""),
                          str(_value(feature, "collection") or ""), str(_value(feature, "imagery_type") or ""),
                          _value(feature, "start_depth"), _value(feature, "end_depth"),
                          _value(feature, "x"), _value(feature, "y"), _value(feature, "z"), images)
        rows.append((feature.id(), imagery, str(_value(feature, "workspace") or ""),
                     str(_value(feature, "dataset") or "")))
    return rows
