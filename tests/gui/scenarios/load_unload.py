"""Live QGIS: load → use → unload → load → unload; nothing may be left behind."""

import os
import time

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRectangle,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QToolBar
from qgis.gui import QgsGui
from qgis.utils import iface, loadPlugin, plugins, startPlugin, unloadPlugin

from imagery_hub.core.tasks import FunctionTask
from imagery_hub.scripts.scenario import drive, until


def snapshot():
    window = iface.mainWindow()
    canvas = iface.mapCanvas()
    menu = iface.layerTreeView().menuProvider().createContextMenu()
    layer_menu = [a.text() for a in menu.actions()] if menu else []
    return {
        "toolbars": sorted(t.objectName() for t in window.findChildren(QToolBar) if t.objectName()),
        "docks": sorted(d.objectName() for d in window.findChildren(QDockWidget) if d.objectName()),
        "actions": sorted(a.objectName() for a in window.findChildren(QAction) if "ImageryHub" in a.objectName()),
        "web_menu": [a.text() for a in iface.webMenu().actions()],
        "web_toolbar": [a.objectName() for a in iface.webToolBar().actions()],
        "shortcuts": sorted(a.objectName() for a in QgsGui.shortcutsManager().listActions()
                            if "ImageryHub" in a.objectName()),
        "canvas_items": len(canvas.scene().items()),
        "map_tool": type(canvas.mapTool()).__module__ if canvas.mapTool() else None,
        "layer_menu": [t for t in layer_menu if "Imagery Hub" in t],
        "processing": sorted(a.id() for a in QgsApplication.processingRegistry().algorithms()
                             if a.provider() is not None and a.provider().id() == "imagery_hub"),
    }


def endless(task):
    while not task.isCanceled():
        time.sleep(0.05)


def scenario():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857", "site", "memory")
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(-13706000, 6320000, -13704000, 6322000))
    yield 0.5
    result = {"baseline": snapshot(), "rounds": []}
    for _ in range(2):
        assert loadPlugin("imagery_hub") and startPlugin("imagery_hub")
        plugin = plugins["imagery_hub"]
        yield until(lambda plugin=plugin: plugin.provider is not None, 30, "the Processing provider")
        plugin.show_dock()
        plugin.dock.aoi_widget.use_extent()          # a rubber band on the canvas
        assert plugin.dock.aoi is not None, plugin.dock.aoi_widget.status.text()
        plugin.dock.aoi_widget.polygon_button.click()  # our map tool active
        ended = []
        task = plugin.context.start(FunctionTask("endless", endless, on_error=ended.append))
        yield until(lambda task=task: task.status() == QgsTask.Running, 10, "task running")
        loaded = snapshot()
        assert unloadPlugin("imagery_hub")
        yield until(lambda ended=ended: ended, 10, "task cancelled")
        assert type(ended[0]).__name__ == "OperationCancelled", ended
        yield 0.3  # deleteLater happens on the event loop
        result["rounds"].append({"loaded": loaded, "unloaded": snapshot()})
    return result


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
