"""The "Imagery Hub" Processing provider (id ``imagery_hub``).

QGIS loads a provider's algorithms as it is added (``addProvider`` calls
``loadAlgorithms`` at once, and each algorithm declares its parameters then),
so the algorithm modules cannot wait for the toolbox's first use. At a desktop
start they are imported in a thread instead (:class:`DeferredRegistration`)
and the provider is added on the GUI thread when they are in; ``qgis_process``
(``initProcessing`` alone) registers at once with :func:`register`.
"""

import importlib
import threading

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.i18n import translate
from ..core.resources import RESOURCES, icon

PROVIDER_ID = "imagery_hub"
#: (module below processing_provider, class name), in the toolbox's order
_ALGORITHMS = (("spexi.algorithms", "SpexiSearch"), ("spexi.algorithms", "SpexiMultiView"),
               ("download_images", "DownloadImages"), ("mapillary.algorithms", "MapillarySearch"),
               ("mapflow.process", "MapflowProcess"), ("mapflow.catalog", "MapflowCatalogSearch"),
               ("eosda.algorithms", "EosdaSearch"), ("eosda.algorithms", "EosdaRender"),
               ("imago.download", "ImagoDownload"), ("imago.upload", "ImagoUpload"),
               ("inventory", "ImageryInventory"))


def algorithm_classes():
    """The algorithm classes (their modules imported on the first call)."""
    return tuple(getattr(importlib.import_module(f"{__package__}.{module}"), name) for module, name in _ALGORITHMS)


def __getattr__(name):  # ``ALGORITHMS`` without importing every algorithm with this module
    if name == "ALGORITHMS":
        return algorithm_classes()
    raise AttributeError(name)


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
        for algorithm in algorithm_classes():
            self.addAlgorithm(algorithm())


def register(registry=None):
    """Add a new provider to the Processing registry; returns it, or None when
    one with this id is registered already (another instance of the plugin)."""
    registry = registry or QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is not None:
        return None
    provider = ImageryHubProvider()
    return provider if registry.addProvider(provider) else None


class DeferredRegistration(QObject):
    """Imports the algorithm modules in a thread, then registers the provider on
    the GUI thread and calls ``on_registered(provider)``; :meth:`cancel` (plugin
    unload) before then registers nothing. :meth:`wait` until the imports are
    done before importing plugin modules on the GUI thread: two threads
    importing the same modules at once can deadlock on Python's module locks."""

    _imported = pyqtSignal()

    def __init__(self, on_registered):
        super().__init__()
        self.on_registered = on_registered
        self.cancelled = False
        self._done = threading.Event()
        self._imported.connect(self._register)  # queued: emitted from the thread
        threading.Thread(target=self._import, name="Imagery Hub algorithms", daemon=True).start()

    def _import(self):
        try:
            algorithm_classes()
        finally:  # an import error is raised again, and shown, on the GUI thread
            self._done.set()
            self._imported.emit()

    def wait(self):
        self._done.wait()

    def _register(self):
        if not self.cancelled:
            self.on_registered(register())

    def cancel(self):
        self.cancelled = True
