"""EOSDA layers on the GUI thread: the footprints layer, the rendered raster,
and the names they get."""

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer
from qgis.PyQt import sip

from ...providers.download import safe_filename
from ...providers.errors import ImageryHubError
from ..i18n import translate
from ..layers import add_group, date_shade, light_fills, open_layer

#: custom layer property that marks an EOSDA footprints layer (kept in projects)
KIND_PROPERTY = "imagery_hub/eosda"
FOOTPRINTS = "footprints"
MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


def scene_label(view_id, satellite=None):
    """A short name for a scene: "S2A 10UDV", "L8 047/026"."""
    parts = str(view_id).split("/")
    if parts[0] == "S2" and len(parts) >= 4:
        mission = {"Sentinel-2A": "S2A", "Sentinel-2B": "S2B"}.get(satellite or "", "S2")
        return f"{mission} {''.join(parts[1:4])}"
    if parts[0] == "L8" and len(parts) == 2 and len(parts[1]) >= 9:
        return f"L8 {parts[1][3:6]}/{parts[1][6:9]}"
    return str(view_id)


def render_name(view_id, day, index, satellite=None):
    """The layer name of a render: scene, date and index ("S2A 10UDV 2024-08-20 NDVI")."""
    return f"{scene_label(view_id, satellite)} {day} {index}".strip()


def unique_stem(folder, name):
    """A file stem from ``name`` that no file in ``folder`` starts with yet."""
    stem = safe_filename(name.replace("/", "-").replace(" ", "_"))
    candidate, counter = stem, 2
    folder = Path(folder)
    while folder.exists() and any(folder.glob(f"{candidate}.*")):
        candidate = f"{stem}_{counter}"
        counter += 1
    return candidate


def is_footprints(layer):
    return layer is not None and layer.customProperty(KIND_PROPERTY) == FOOTPRINTS


def add_footprints(path, layer_name, title, name=None, project=None):
    """Open the search GeoPackage as a styled footprints layer (``name``) in a
    new group (``title``)."""
    layer = open_footprints(path, layer_name, name or title)
    add_group(title, [layer], project)
    return layer


def open_footprints(path, layer_name, name):
    """The search GeoPackage as a styled, marked footprints layer, in no group yet."""
    layer = open_layer(path, layer_name, name, style="eosda_footprints.qml")
    layer.setCustomProperty(KIND_PROPERTY, FOOTPRINTS)
    light_fills(layer, date_shade(layer, "acquired"))
    return layer


def add_render(path, name, footprints=None, project=None):
    """The rendered raster on top of the footprints' group (else of the layer tree)."""
    project = project or QgsProject.instance()
    layer = QgsRasterLayer(str(path), name, "gdal")
    if not layer.isValid():
        raise ImageryHubError(translate("ImageryHub.EOSDA", "QGIS cannot open the render {name}").format(
            name=Path(path).name), service="EOSDA")
    if not layer.crs().isValid():  # a world file says nothing of the CRS; the output is EPSG:3857
        layer.setCrs(MERCATOR)
    layer.setCustomProperty(KIND_PROPERTY, "render")
    root = project.layerTreeRoot()
    node = None
    if footprints is not None and not sip.isdeleted(footprints):
        node = root.findLayer(footprints.id())
    parent = node.parent() if node is not None else root
    project.addMapLayer(layer, False)
    parent.insertLayer(0, layer)
    return layer
