"""The "Imagery Hub" Processing provider (id ``imagery_hub``).

QGIS loads a provider's algorithms as it is added (``addProvider`` calls
``loadAlgorithms`` at once, and each algorithm declares its parameters then),
so the algorithm modules are imported at every start. They hold only the
declarations (names, parameters, help); what runs an algorithm (the service
clients, requests, shapely, GDAL, core/<service> modules) is imported by its
``validate`` and ``work`` on first use, so that registering costs a few tens
of milliseconds on the GUI thread (bench/startup_bench.py).
"""

from qgis.core import QgsApplication, QgsProcessingProvider

from ..core.i18n import translate
from ..core.resources import RESOURCES, icon
from .download_images import DownloadImages
from .eosda.algorithms import EosdaRender, EosdaSearch
from .imago.download import ImagoDownload
from .imago.upload import ImagoUpload
from .inventory import ImageryInventory
from .mapflow.catalog import MapflowCatalogSearch
from .mapflow.process import MapflowProcess
from .mapillary.algorithms import MapillarySearch
from .spexi.algorithms import SpexiMultiView, SpexiSearch

PROVIDER_ID = "imagery_hub"
#: in the toolbox's order
ALGORITHMS = (SpexiSearch, SpexiMultiView, DownloadImages, MapillarySearch, MapflowProcess, MapflowCatalogSearch,
              EosdaSearch, EosdaRender, ImagoDownload, ImagoUpload, ImageryInventory)


class ImageryHubProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Imagery Hub"

    def longName(self):  # noqa: N802 (QGIS API)
        return translate("ImageryHub.Processing", "Imagery Hub: Spexi, Mapillary, Mapflow, EOSDA and Seequent Imago")

    def icon(self):
        return icon("imagery_hub.svg")

    def svgIconPath(self):  # noqa: N802
        return str(RESOURCES / "icons" / "imagery_hub.svg")

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())


def register(registry=None):
    """Add a new provider to the Processing registry; returns it, or None when
    one with this id is registered already (another instance of the plugin)."""
    registry = registry or QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is not None:
        return None
    provider = ImageryHubProvider()
    return provider if registry.addProvider(provider) else None
