"""Live QGIS, the panel built on first use (issue 18). ``IMAGERY_HUB_STAGE``:

- ``save``: a Spexi search and the Mapillary coverage over an area of
  interest, saved as the project ``IMAGERY_HUB_PROJECT``;
- ``reopen`` (a new QGIS on the same profile): the project is opened before
  the panel ever was, its coverage tiles drawn; then the panel is opened and
  its area, table, layer menu entry, menu actions and algorithms are used.
"""

import os

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRasterLayer
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.scripts.scenario import attribute, drive, until

PROJECT = os.environ["IMAGERY_HUB_PROJECT"]
MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


def tab_of(plugin, name):
    return next(t for t in plugin.dock.service_tabs if type(t).__name__ == name)


def canvas_drawn():
    drawn = []
    iface.mapCanvas().mapCanvasRefreshed.connect(lambda: drawn.append(1))
    iface.mapCanvas().refresh()
    return until(lambda: drawn and not iface.mapCanvas().isDrawing(), 60, "the map to be drawn")


def save(plugin):
    QgsApplication.authManager().setMasterPassword("imagery-hub-tests", True)
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    context.settings.set_download_folder(os.path.join(os.environ["IMAGERY_HUB_OUTPUT"], "downloads"))
    context.settings.set_workspace_folder(os.path.join(os.environ["IMAGERY_HUB_OUTPUT"], "workspace"))
    for service in ("spexi", "mapillary", "eosda"):
        context.credentials.save(service, {"secret": DEMO_CREDENTIALS[service]["secret"]})
    QgsProject.instance().setCrs(MERCATOR)
    plugin.show_dock()
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon")
    plugin.dock.aoi_widget.set_aoi(aoi)
    spexi = tab_of(plugin, "SpexiTab")
    plugin.dock.show_tab(spexi)
    spexi.filters.cap.setValue(30)
    spexi.search_button.click()
    yield until(lambda: spexi.search_button.isEnabled(), 120, "the Spexi search")
    eosda = tab_of(plugin, "EosdaTab")
    plugin.dock.show_tab(eosda)
    eosda.search_button.click()
    yield until(lambda: eosda.search_button.isEnabled(), 120, "the EOSDA search")
    mapillary = tab_of(plugin, "MapillaryTab")
    mapillary.coverage_check.setChecked(True)
    yield until(lambda: mapillary.coverage.layers(), 30, "the coverage layer")
    assert QgsProject.instance().write(PROJECT)
    plugin.panel_action.trigger()  # the panel closed before quitting: the next start does not build it
    return {"aoi": plugin.dock.aoi.describe(), "rows": spexi.table.model().rowCount()}


def reopen(plugin):
    QgsApplication.authManager().setMasterPassword("imagery-hub-tests", True)
    result = {"built_at_start": plugin.dock is not None}
    assert QgsProject.instance().read(PROJECT)
    yield canvas_drawn()
    result["built_after_reading"] = plugin.dock is not None
    yield until(lambda: plugin.provider is not None, 60, "the Processing provider")
    result["algorithms"] = sorted(a.id() for a in plugin.provider.algorithms())
    result["built_after_provider"] = plugin.dock is not None
    # the EOSDA footprints' own entry is in their context menu before the panel exists
    scenes = next(layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.customProperty("imagery_hub/eosda") == "footprints")
    iface.layerTreeView().setCurrentLayer(scenes)
    menu = iface.layerTreeView().menuProvider().createContextMenu()
    render = next((a for a in menu.actions() if a.text() == "Render NDVI for this scene"), None)
    result["ndvi_entry_before_panel"] = render is not None and plugin.dock is None
    # the entry used before the panel was ever opened: the EOSDA tab renders the selected scene onto the map
    def raster_count():
        return len([layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsRasterLayer)])
    rasters = raster_count()
    scenes.selectByIds(sorted(scenes.allFeatureIds())[:1])
    iface.setActiveLayer(scenes)
    render.trigger()
    yield until(lambda: raster_count() > rasters, 120, "the NDVI raster")
    menu = iface.layerTreeView().menuProvider().createContextMenu()
    result["ndvi_entries_after"] = [a.text() for a in menu.actions()].count("Render NDVI for this scene")

    plugin.panel_action.trigger()  # the first click on the panel's button
    result["aoi"] = plugin.dock.aoi.describe() if plugin.dock.aoi else None
    spexi = tab_of(plugin, "SpexiTab")
    result["rows"] = spexi.table.model().rowCount()
    # the layer menu entry, registered before the tab existed, reaches the tab's download
    footprints = spexi.footprints
    chosen = sorted(footprints.allFeatureIds())[:2]
    footprints.selectByIds(chosen)
    iface.setActiveLayer(footprints)
    entry = next(a for a in plugin.layer_actions if a.text() == "Download selected Spexi images")
    entry.trigger()
    yield until(lambda: all(attribute(footprints, fid, "local_path") for fid in chosen), 120, "the downloads")
    result["downloaded"] = [os.path.isfile(footprints.getFeature(fid)["local_path"]) for fid in chosen]
    plugin.draw_action.trigger()
    result["map_tool"] = type(iface.mapCanvas().mapTool()).__name__
    plugin.panel_action.trigger()
    result["hidden_again"] = not plugin.dock.isUserVisible()
    return result


def scenario():
    plugin = plugins["imagery_hub"]
    steps = save if os.environ["IMAGERY_HUB_STAGE"] == "save" else reopen
    result = yield from steps(plugin)
    # the preview's and pictures' fetches end first: QGIS asks about running tasks on Exit
    yield until(lambda: not QgsApplication.taskManager().activeTasks(), 60, "the tasks to end")
    return result


def quit_like_a_user(ok):
    """Project → Exit (QGIS 3.40+ crashes when a script ends its event loop with
    tile layers open), from an empty project; a failed scenario quits with 1."""
    if not ok:
        QgsApplication.exit(1)
        return
    QgsProject.instance().clear()  # no question about the temporary layers on the way out
    iface.actionExit().trigger()


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"], when_done=quit_like_a_user)
