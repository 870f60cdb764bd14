"""Wires the plugin into QGIS: a Web toolbar button, the Web menu, shortcuts,
panel, settings, layer menu, and the Processing provider.

A QGIS start pays for little more than the actions: the panel (and with it
every service's code) is built on first use (:meth:`ImageryHubPlugin.panel`),
the layer menu entries come from :data:`LAYER_ACTIONS` rather than from built
tabs, the Processing provider declares its algorithms without importing what
runs them, and what a project's layers need before the panel exists is done by
``core/project_hooks.py``. Everything added here is remembered and removed
again in ``unload()``, so that load → unload → load in one session leaves
nothing behind.
"""

import json

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from qgis.PyQt.QtWidgets import QAction

from .core import i18n
from .core.compat import RASTER_LAYER, VECTOR_LAYER
from .core.i18n import translate
from .core.project_hooks import ProjectHooks
from .core.request_guard import GUARD
from .core.resources import icon

MENU = "&Imagery Hub"
#: how long unload (and so QGIS exit) waits for cancelled tasks to end
UNLOAD_WAIT_SECONDS = 5.0
#: default keys (the user changes them in Settings ▸ Keyboard Shortcuts)
PANEL_KEYS, DRAW_KEYS, SEARCH_KEYS = "Alt+Shift+I", "Alt+Shift+R", "Alt+Shift+S"
#: the service tabs' layer menu entries, registered without building the tabs:
#: (service id, position in the tab's ``layer_actions()``, text, layer type);
#: tests/gui/test_lazy_start.py checks that they match the tabs
LAYER_ACTIONS = (
    ("spexi", 0, QT_TRANSLATE_NOOP("ImageryHub.Plugin", "Download selected Spexi images"), VECTOR_LAYER),
    ("mapflow", 0, QT_TRANSLATE_NOOP("ImageryHub.Plugin", "Use as Mapflow AOI"), VECTOR_LAYER),
    ("mapflow", 1, QT_TRANSLATE_NOOP("ImageryHub.Plugin", "Run Mapflow processing on selected features"),
     VECTOR_LAYER),
    ("mapflow", 2, QT_TRANSLATE_NOOP("ImageryHub.Plugin", "Upload to Mapflow"), RASTER_LAYER),
    ("imago", 0, QT_TRANSLATE_NOOP("ImageryHub.Plugin", "Download Imago images for selected features"),
     VECTOR_LAYER),
    ("imago", 1, QT_TRANSLATE_NOOP("ImageryHub.Plugin", "Upload photos to Imago"), VECTOR_LAYER),
)
#: core/mapflow/watch.WATCHED under the plugin's settings (read here without importing the service)
MAPFLOW_WATCHED = "imagery_hub/mapflow/watched"
#: whether the panel was open when the plugin last went (QGIS quitting): it opens again at the next start
PANEL_OPEN = "imagery_hub/panel_open"


def mapflow_processings_watched():
    """Whether Mapflow processings started in an earlier session are still awaited."""
    try:
        watched = json.loads(QgsSettings().value(MAPFLOW_WATCHED, "{}", str) or "{}")
    except ValueError:
        return False
    return isinstance(watched, dict) and any(watched.values())


class ImageryHubPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.dock = None
        self._context = None
        self.loaded = False
        self.menu_actions = []
        self.shortcut_actions = []
        self.layer_actions = []
        self.provider = None
        self.project_hooks = None
        self.eosda_action = None
        self.translator = None

    @property
    def context(self):
        """The PluginContext, made on first need (it imports the HTTP core); None once unloaded."""
        if self._context is None and self.loaded:
            from .core.context import PluginContext
            from .core.network import configure_http

            configure_http()
            self._context = PluginContext(self.iface)
        return self._context

    # -- QGIS entry points ------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API; qgis_process calls only this)
        from .processing_provider.provider import register

        if self.translator is None:
            self.translator = i18n.install()
        if self.provider is None:
            self.provider = register()

    def initGui(self):  # noqa: N802 (QGIS API)
        self.loaded = True
        self.initProcessing()
        self.project_hooks = ProjectHooks(lambda: self.context)
        main = self.iface.mainWindow()

        self.panel_action = QAction(icon("imagery_hub.svg"), "Imagery Hub", main)
        self.panel_action.setObjectName("ImageryHubPanelAction")
        self.panel_action.setCheckable(True)
        self.panel_action.setToolTip(translate("ImageryHub.Plugin", "Show or hide the Imagery Hub panel"))
        self.panel_action.toggled.connect(self._show_dock)
        self.settings_action = QAction(icon("settings.svg"), translate("ImageryHub.Plugin", "Imagery Hub Settings…"),
                                       main)
        self.settings_action.setObjectName("ImageryHubSettingsAction")
        self.settings_action.triggered.connect(self.open_settings)

        self.draw_action = QAction(QgsApplication.getThemeIcon("/mActionSelectRectangle.svg"),
                                   translate("ImageryHub.Plugin", "Imagery Hub: Draw Area of Interest"), main)
        self.draw_action.setObjectName("ImageryHubDrawAction")
        self.draw_action.triggered.connect(self.draw_aoi)
        self.search_action = QAction(icon("imagery_hub.svg"),
                                     translate("ImageryHub.Plugin", "Imagery Hub: Search in Current Tab"), main)
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

        self.add_layer_action(translate("ImageryHub.Plugin", "Use as Imagery Hub Area of Interest"),
                              self.use_layer_as_aoi, VECTOR_LAYER)
        for service_id, position, text, layer_type in LAYER_ACTIONS:
            self.add_layer_action(translate("ImageryHub.Plugin", text), self._tab_layer_action(service_id, position),
                                  layer_type)
        # EOSDA's entry is shown on its footprints layers only: offered here as they arrive
        # until the panel is built, then the EOSDA tab offers its own
        self.eosda_action = self.add_layer_action(translate("ImageryHub.Plugin", "Render NDVI for this scene"),
                                                  self._tab_method("eosda", "render_ndvi_for_selected"),
                                                  VECTOR_LAYER, all_layers=False)
        QgsProject.instance().layerWasAdded.connect(self._offer_eosda_action)
        for layer in QgsProject.instance().mapLayers().values():
            self._offer_eosda_action(layer)
        if QgsSettings().value(PANEL_OPEN, False, bool):
            QTimer.singleShot(0, self._reopen)  # once QGIS has started, as QGIS restores its own panels
        elif mapflow_processings_watched():
            # their watcher lives in the Mapflow tab: the panel is built (hidden) once QGIS has
            # started, so that a processing's done notice comes without opening it
            QTimer.singleShot(0, self._build_for_watching)

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove(self.translator)
        self.translator = None
        if not self.loaded:
            return
        self.loaded = False
        QgsSettings().setValue(PANEL_OPEN, self.dock is not None and self.panel_action.isChecked())
        self.project_hooks.remove()
        self._drop_eosda_action()
        if self._context is not None:
            # before anything they report to goes away; a task stuck longer is left to QGIS
            self._context.tasks.cancel_all(wait_seconds=UNLOAD_WAIT_SECONDS)
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
        if self._context is not None:
            self._context.cleanup()
        for action in self.menu_actions + self.layer_actions:
            action.deleteLater()
        self.menu_actions, self.layer_actions, self.shortcut_actions = [], [], []
        self.dock = self._context = self.project_hooks = None
        GUARD.remove()

    # -- helpers for the service tabs ----------------------------------------------
    def add_layer_action(self, text, callback, layer_type, all_layers=True):
        """A layer-tree context-menu entry, removed again on unload."""
        action = QAction(icon("imagery_hub.svg"), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.iface.addCustomActionForLayerType(action, "", layer_type, all_layers)
        self.layer_actions.append(action)
        return action

    def _tab_layer_action(self, service_id, position):
        def run():
            callback = self.panel().tab(service_id).layer_actions()[position][1]
            callback()
        return run

    def _tab_method(self, service_id, name):
        return lambda: getattr(self.panel().tab(service_id), name)()

    def _offer_eosda_action(self, layer):
        from .core.eosda.layers import is_footprints

        if is_footprints(layer):
            self.iface.addCustomActionForLayer(self.eosda_action, layer)

    def _drop_eosda_action(self):
        if self.eosda_action is None:
            return
        QgsProject.instance().layerWasAdded.disconnect(self._offer_eosda_action)
        self.iface.removeCustomActionForLayerType(self.eosda_action)
        self.layer_actions.remove(self.eosda_action)
        self.eosda_action.deleteLater()
        self.eosda_action = None

    # -- the panel ----------------------------------------------------------------
    def panel(self):
        """The panel, built on its first use (hidden until shown)."""
        if self.dock is None:
            context = self.context
            from .ui.dock import ImageryHubDock

            self.dock = ImageryHubDock(context, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.iface.mainWindow().restoreDockWidget(self.dock)  # where QGIS's saved layout had it
            self.dock.hide()
            self.dock.visibilityChanged.connect(self.panel_action.setChecked)
            self.dock.settingsRequested.connect(self.open_settings)
            self.dock.read_project(QgsProject.instance())  # opened before the panel was
            self._drop_eosda_action()  # the EOSDA tab offers its own now
        return self.dock

    def _build_for_watching(self):
        if self.loaded:
            self.panel()

    def _reopen(self):
        if self.loaded:
            self.show_dock()

    def _show_dock(self, visible):
        if visible or self.dock is not None:
            self.panel().setUserVisible(visible)

    def show_dock(self):
        self.panel_action.setChecked(True)
        self.panel().show()
        self.dock.raise_()

    # -- actions ------------------------------------------------------------------
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
        context = self.context
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(context, self.iface.mainWindow())
        if dialog.exec() and self.dock is not None:
            self.dock.refresh()

    def use_layer_as_aoi(self):
        layer = self.iface.activeLayer()
        if layer is None:
            return
        self.show_dock()
        self.dock.aoi_widget.use_features(layer, selected_only=layer.selectedFeatureCount() > 0)
