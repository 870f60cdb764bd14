"""Wires the plugin into QGIS: a Web toolbar button, the Web menu, shortcuts,
panel, settings, layer menu, and the Processing provider.

Everything added here is remembered and removed again in ``unload()``, so that
load → unload → load in one session leaves nothing behind.
"""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction

from .core import i18n
from .core.compat import VECTOR_LAYER
from .core.context import PluginContext
from .core.network import configure_http
from .core.request_guard import GUARD
from .core.resources import icon
from .processing_provider.provider import register as register_provider
from .ui.dock import ImageryHubDock
from .ui.settings_dialog import SettingsDialog

MENU = "&Imagery Hub"
#: how long unload (and so QGIS exit) waits for cancelled tasks to end
UNLOAD_WAIT_SECONDS = 5.0
#: default keys (the user changes them in Settings ▸ Keyboard Shortcuts)
PANEL_KEYS, DRAW_KEYS, SEARCH_KEYS = "Alt+Shift+I", "Alt+Shift+R", "Alt+Shift+S"


class ImageryHubPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.context = None
        self.dock = None
        self.menu_actions = []
        self.shortcut_actions = []
        self.layer_actions = []
        self.provider = None
        self.translator = None

    # -- QGIS entry points ------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API; qgis_process calls only this)
        configure_http()
        if self.translator is None:
            self.translator = i18n.install()
        if self.provider is None:
            self.provider = register_provider()

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        self.context = PluginContext(self.iface)
        main = self.iface.mainWindow()

        self.panel_action = QAction(icon("imagery_hub.svg"), "Imagery Hub", main)
        self.panel_action.setObjectName("ImageryHubPanelAction")
        self.panel_action.setCheckable(True)
        self.panel_action.setToolTip("Show or hide the Imagery Hub panel")
        self.panel_action.toggled.connect(self._show_dock)
        self.settings_action = QAction(icon("settings.svg"), "Imagery Hub Settings…", main)
        self.settings_action.setObjectName("ImageryHubSettingsAction")
        self.settings_action.triggered.connect(self.open_settings)

        self.draw_action = QAction(QgsApplication.getThemeIcon("/mActionSelectRectangle.svg"),
                                   "Imagery Hub: Draw Area of Interest", main)
        self.draw_action.setObjectName("ImageryHubDrawAction")
        self.draw_action.triggered.connect(self.draw_aoi)
        self.search_action = QAction(icon("imagery_hub.svg"), "Imagery Hub: Search in Current Tab", main)
        self.search_action.setObjectName("ImageryHubSearchAction")
        self.search_action.triggered.connect(self.search_current_tab)

        # one button in QGIS's Web toolbar rather than a toolbar row of its own
        self.iface.addWebToolBarIcon(self.panel_action)
        for action in (self.panel_action, self.settings_action, self.draw_action, self.search_action):
            self.iface.addPluginToWebMenu(MENU, action)
            self.menu_actions.append(action)
        # keys the user can change in Settings ▸ Keyboard Shortcuts
        for action, keys in ((self.panel_action, PANEL_KEYS), (self.draw_action, DRAW_KEYS),
                             (self.search_action, SEARCH_KEYS)):
            self.iface.registerMainWindowAction(action, keys)
            self.shortcut_actions.append(action)

        self.dock = ImageryHubDock(self.context, main)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self.panel_action.setChecked)
        self.dock.settingsRequested.connect(self.open_settings)

        self.add_layer_action("Use as Imagery Hub Area of Interest", self.use_layer_as_aoi, VECTOR_LAYER)
        for tab in self.dock.service_tabs:
            for text, callback, layer_type in tab.layer_actions():
                self.add_layer_action(text, callback, layer_type)

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove(self.translator)
        self.translator = None
        if self.context is None:
            return
        # before anything they report to goes away; a task stuck longer is left to QGIS
        self.context.tasks.cancel_all(wait_seconds=UNLOAD_WAIT_SECONDS)
        self.context.task_notices.stop()
        for action in self.layer_actions:
            self.iface.removeCustomActionForLayerType(action)
        for action in self.menu_actions:
            self.iface.removePluginWebMenu(MENU, action)
        for action in self.shortcut_actions:
            self.iface.unregisterMainWindowAction(action)
        self.iface.removeWebToolBarIcon(self.panel_action)
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
        for action in self.menu_actions + self.layer_actions:
            action.deleteLater()
        self.menu_actions, self.layer_actions, self.shortcut_actions = [], [], []
        self.dock = self.context = None
        GUARD.remove()

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
        if self.dock is not None:
            self.dock.setUserVisible(visible)

    def show_dock(self):
        self.panel_action.setChecked(True)
        self.dock.show()
        self.dock.raise_()

    def draw_aoi(self):
        """Open the panel and start drawing a rectangle on the map."""
        self.show_dock()
        button = self.dock.aoi_widget.rect_button
        if not button.isChecked():
            button.click()

    def search_current_tab(self):
        """What the current tab's main button does (Search, List, Start)."""
        self.show_dock()
        self.dock.run_current()

    def open_settings(self):
        dialog = SettingsDialog(self.context, self.iface.mainWindow())
        if dialog.exec():
            self.dock.refresh()

    def use_layer_as_aoi(self):
        layer = self.iface.activeLayer()
        if layer is None:
            return
        self.show_dock()
        self.dock.aoi_widget.use_features(layer, selected_only=layer.selectedFeatureCount() > 0)
