"""The user's Mapflow imagery in QGIS: what the "My imagery" tree shows, and
mosaics and images as layers.

Loading runs in a task (:func:`load_imagery`); layers are made on the GUI
thread. A mosaic is shown from its tile URL (``rasterLayer.tileUrl``), which
the live service serves from a raster host without credentials; should it be
on the API's own host, the layer gets the tiles auth config like result tiles
(core/mapflow/layers.py). A downloaded image opens as a plain GeoTIFF layer.
"""

from dataclasses import dataclass, field
from typing import List

from qgis.core import QgsRasterLayer

from ...providers.errors import ImageryHubError
from ...providers.mapflow.data_models import Mosaic, RasterImage, Storage
from ..i18n import translate
from .layers import add_to_group, tile_uri



def group():
    """The layer group of the user's Mapflow imagery."""
    return translate("ImageryHub.Mapflow", "Mapflow: my imagery")


@dataclass
class MosaicEntry:
    mosaic: Mosaic
    images: List[RasterImage] = field(default_factory=list)


@dataclass
class Imagery:
    storage: Storage
    mosaics: List[MosaicEntry]


def load_imagery(client, task):
    """Storage and every mosaic with its images (worker thread)."""
    storage = client.data.storage()
    mosaics = client.data.mosaics()
    entries = []
    for number, mosaic in enumerate(mosaics, 1):
        task.report(number, len(mosaics))
        entries.append(MosaicEntry(mosaic, client.data.mosaic_images(mosaic.id)))
    return Imagery(storage, entries)


def mosaic_layer(mosaic, api_url, auth_config=None):
    """The mosaic's tiles as an XYZ layer in the "my imagery" group (GUI thread)."""
    if not mosaic.tile_url:
        raise ImageryHubError(translate("ImageryHub.Mapflow",
                                        "Mapflow gave no tiles for the mosaic “{name}”").format(name=mosaic.name),
                              service="Mapflow")
    layer = QgsRasterLayer(tile_uri(mosaic.tile_url, 0, auth_config, api_url),
                           translate("ImageryHub.Mapflow", "{name} (mosaic)").format(name=mosaic.name), "wms")
    if not layer.isValid():
        raise ImageryHubError(translate("ImageryHub.Mapflow",
                                        "QGIS could not open the tiles of the mosaic “{name}”").format(
            name=mosaic.name), service="Mapflow")
    layer.setCustomProperty("imagery_hub/mapflow_mosaic", mosaic.id)
    add_to_group(group(), [layer])
    return layer


def image_layer(path, name):
    """A downloaded image as a layer in the "my imagery" group (GUI thread)."""
    layer = QgsRasterLayer(str(path), name, "gdal")
    if not layer.isValid():
        raise ImageryHubError(translate("ImageryHub.Mapflow",
                                        "QGIS cannot open {file}").format(file=path.name), service="Mapflow")
    add_to_group(group(), [layer])
    return layer
