"""Wires the plugin into QGIS: toolbar, Web menu, panel, settings, layer menu,
and the Processing provider.

Everything added here is remembered and removed again in ``unload()``, so that
load → unload → load in one session leaves nothing behind.

QGIS starts every enabled plugin on every start, so ``initGui`` only adds the
actions: the panel (and with it the services' code) is built the first time it
is needed. The Processing provider cannot wait for that: QGIS asks for every
algorithm's parameters when it is added. So their modules (and requests,
shapely, GDAL...) are imported in a thread, and the provider is added on the
GUI thread when they are in. ``bench/startup_bench.py`` times all three.
"""

import gc
from functools import partial

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QThread, QTimer
from qgis.PyQt.QtWidgets import QAction

from .core.compat import RASTER_LAYER, VECTOR_LAYER
from .core.resources import icon

MENU = "&Imagery Hub"
#: how long unload (and so QGIS exit) waits for cancelled tasks to end
UNLOAD_WAIT_SECONDS = 5.0
#: the service tabs' layer-tree entries (their ``layer_actions()``), added at start without building
#: the panel; the first click builds it. tests/qgis/test_plugin.py checks that the two agree.
SERVICE_LAYER_ACTIONS = (
    ("Download selected Spexi images", VECTOR_LAYER),
    ("Use as Mapflow AOI", VECTOR_LAYER),
    ("Run Mapflow processing on selected features", VECTOR_LAYER),
    ("Upload to Mapflow", RASTER_LAYER),
    ("Download Imago images for selected features", VECTOR_LAYER),
    ("Upload photos to Imago", VECTOR_LAYER),
)


class _Imported(QThread):
    """Imports ``modules`` in a thread of Qt's (the CRS constants some of them
    make at import want QGIS's per-thread state); ``finished`` reaches the GUI
    thread when they are in. An error is left for the GUI thread's own import
    to raise, where QGIS shows it."""

    def __init__(self, *modules):
        super().__init__()
        self.modules = modules

    def run(self):
        try:
            for module in self.modules:
                __import__(module, fromlist=["_"])
        except Exception:  # noqa: BLE001, S110 (raised again, and shown, on the GUI thread)
            pass


class ImageryHubPlugin:
    def __init__(self, iface):
        self.iface = iface
        self._context = None
        self._dock = None
        self._started = False
        self.toolbar = None
        self.menu_actions = []
        self.layer_actions = []
        self.provider = None
        self._add_provider = self._start_imports = None

    # -- QGIS entry points ------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API; qgis_process calls only this)
        from .core.network import configure_http
        from .processing_provider.provider import register

        configure_http()
        if self.provider is None:
            self.provider = register()

    def initGui(self):  # noqa: N802 (QGIS API)
        self._started = True
        main = self.iface.mainWindow()
        self._add_provider = _Imported(f"{__package__}.processing_provider.provider", f"{__package__}.core.network")
        self._add_provider.finished.connect(self._provider_imported)
        self._start_imports = QTimer()  # once QGIS's event loop runs, after every plugin has started
        self._start_imports.setSingleShot(True)
        self._start_imports.timeout.connect(self._add_provider.start)
        self._start_imports.start(0)

        self.panel_action = QAction(icon("imagery_hub.svg"), "Imagery Hub", main)
        self.panel_action.setObjectName("ImageryHubPanelAction")
        self.panel_action.setCheckable(True)
        self.panel_action.setToolTip("Show or hide the Imagery Hub panel")
        self.panel_action.toggled.connect(self._show_dock)
        self.settings_action = QAction(icon("settings.svg"), "Imagery Hub Settings…", main)
        self.settings_action.setObjectName("ImageryHubSettingsAction")
        self.settings_action.triggered.connect(self.open_settings)

        self.toolbar = self.iface.addToolBar("Imagery Hub")
        self.toolbar.setObjectName("ImageryHubToolbar")
        self.toolbar.addAction(self.panel_action)
        for action in (self.panel_action, self.settings_action):
            self.iface.addPluginToWebMenu(MENU, action)
            self.menu_actions.append(action)

        self.add_layer_action("Use as Imagery Hub Area of Interest", self.use_layer_as_aoi, VECTOR_LAYER)
        for text, layer_type in SERVICE_LAYER_ACTIONS:
            self.add_layer_action(text, partial(self._service_layer_action, text), layer_type)

    def _provider_imported(self):
        if self._started:
            self.initProcessing()
            # QGIS's and our modules are in: their objects, which live as long as QGIS, are left
            # out of Python's full garbage collections from now on. A full collection started in a
            # task holds the interpreter lock, and walking them all stalled the GUI 30-60 ms.
            gc.freeze()

    @property
    def dock(self):
        """The panel, built the first time it is needed (None once unloaded)."""
        if self._dock is None and self._started:
            self._build_dock()
        return self._dock

    def _build_dock(self):
        from .ui.dock import ImageryHubDock

        self._dock = ImageryHubDock(self.context, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._dock)
        self._dock.hide()
        self._dock.visibilityChanged.connect(self.panel_action.setChecked)
        self._dock.settingsRequested.connect(self.open_settings)

    @property
    def context(self):
        """What the widgets share, made with the panel or the settings (None once unloaded)."""
        if self._context is None and self._started:
            from .core.context import PluginContext
            from .core.network import configure_http

            configure_http()  # before any request, should the panel come before the provider
            self._context = PluginContext(self.iface)
        return self._context

    def _service_layer_action(self, text):
        for tab in self.dock.service_tabs:
            for entry, callback, _ in tab.layer_actions():
                if entry == text:
                    callback()
                    return

    def unload(self):
        self._started = False
        if self._add_provider is not None:
            self._start_imports.stop()
            self._add_provider.finished.disconnect(self._provider_imported)
            self._add_provider.wait()  # a QThread must not go while it runs
            self._add_provider = self._start_imports = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        for action in self.layer_actions:
            self.iface.removeCustomActionForLayerType(action)
        for action in self.menu_actions:
            self.iface.removePluginWebMenu(MENU, action)
        if self._context is not None:
            # before anything they report to goes away; a task stuck longer is left to QGIS
            self._context.tasks.cancel_all(wait_seconds=UNLOAD_WAIT_SECONDS)
        if self._dock is not None:
            self._dock.cleanup()
            self.iface.removeDockWidget(self._dock)
            self._dock.deleteLater()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        for action in self.menu_actions + self.layer_actions:
            action.deleteLater()
        self.menu_actions, self.layer_actions = [], []
        self._dock = self.toolbar = self._context = None

    # -- helpers for the service tabs ----------------------------------------------
    def add_layer_action(self, text, callback, layer_type, all_layers=True):
        """A layer-tree context-menu entry, removed again on unload."""
        action = QAction(icon("imagery_hub.svg"), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.iface.addCustomActionForLayerType(action, "", layer_type, all_layers)
        self.layer_actions.append(action)
        return action

    # -- actions ------------------------------------------------------------------
    def _show_dock(self, visible):
        if visible or self._dock is not None:
            self.dock.setUserVisible(visible)

    def show_dock(self):
        self.panel_action.setChecked(True)
        self.dock.show()
        self.dock.raise_()

    def open_settings(self):
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self.iface.mainWindow())
        if dialog.exec() and self._dock is not None:
            self._dock.refresh()

    def use_layer_as_aoi(self):
        layer = self.iface.activeLayer()
        if layer is None:
            return
        self.show_dock()
        self.dock.aoi_widget.use_features(layer, selected_only=layer.selectedFeatureCount() > 0)
