"""What the demo's steps share: the sandbox's aerial imagery as a basemap."""

import os

from qgis.core import QgsProject, QgsRasterLayer

from imagery_hub.core.compat import data_source_uri

BASEMAP_NAME = "Sandbox aerial imagery"


def basemap_url():
    """The sandbox's aerial imagery (served by its Mapflow emulator as XYZ tiles)."""
    return os.environ["IMAGERY_HUB_SANDBOX_URL"] + "/mapflow/imagery/{z}/{x}/{y}.png"


def add_basemap():
    """The aerial imagery under everything else."""
    layer = QgsRasterLayer(data_source_uri({"type": "xyz", "url": basemap_url(), "zmin": 0, "zmax": 20}),
                           BASEMAP_NAME, "wms")
    project = QgsProject.instance()
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(-1, layer)
    return layer
