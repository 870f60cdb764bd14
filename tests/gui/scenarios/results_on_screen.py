"""Live QGIS on a small laptop screen (the test starts Xvfb at 1366×768): a
search on every tab, then where the results table and its main buttons are,
and a screenshot of each tab (scripts/screenshots.py runs this at two sizes
with IMAGERY_HUB_LAYOUT_ONLY). Then the project is saved, closed and
reopened: the area of interest, the Spexi and Mapillary tables and the preview
come back. Last, a cancelled search: the message bar's lines are read. The
"stage:" lines in QGIS's output say how far it got."""

import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRect, QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT, EXTENT
from imagery_hub.scripts.demo.common import BASEMAP_NAME, add_basemap
from imagery_hub.scripts.scenario import drive, grab, map_drawn, until

OUTPUT = Path(os.environ["IMAGERY_HUB_WORKSPACE"])
SHOTS = Path(os.environ.get("IMAGERY_HUB_SHOTS") or OUTPUT)


def set_up(plugin):
    QgsApplication.authManager().setMasterPassword("imagery-hub-tests", True)
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    context.settings.set_workspace_folder(OUTPUT / "workspace")
    context.settings.set_download_folder(OUTPUT / "downloads")
    for info in SERVICES:
        context.credentials.save(info.id, {k: v for k, v in DEMO_CREDENTIALS[info.id].items()
                                           if k in {f.key for f in info.fields}})
    plugin.show_dock()
    iface.mainWindow().setGeometry(QgsApplication.primaryScreen().availableGeometry())
    add_basemap()
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon")
    plugin.dock.aoi_widget.set_aoi(aoi)
    return aoi


def hide_results():
    """Untick the groups of earlier searches: a tab's picture shows its own layers."""
    for node in QgsProject.instance().layerTreeRoot().children():
        if node.name() != BASEMAP_NAME:
            node.setItemVisibilityChecked(False)


def frame_site():
    """Web Mercator over the demo site (the first layer added sets both otherwise)."""
    canvas = iface.mapCanvas()
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(mercator)
    canvas.setDestinationCrs(mercator)
    west, south, east, north = EXTENT
    dx, dy = (east - west) * 0.1, (north - south) * 0.1
    transform = QgsCoordinateTransform(WGS84, mercator, QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(west - dx, south - dy, east + dx, north + dy)))


def on_screen(widget):
    """How a widget is placed: shown, the part of it not clipped by a scroll
    area or splitter, and whether it lies inside the screen."""
    QgsApplication.processEvents()
    screen = QgsApplication.primaryScreen().geometry()
    visible = widget.visibleRegion().boundingRect()
    top_left = widget.mapToGlobal(visible.topLeft())
    shown = QRect(top_left.x(), top_left.y(), visible.width(), visible.height())
    return {"visible": widget.isVisible(), "size": [widget.width(), widget.height()],
            "shown": [visible.width(), visible.height()], "inside_screen": screen.contains(shown)}


def answer_yes_soon():
    """Say Yes to the budget question, should one open (its exec() blocks the click)."""
    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
    for delay in (100, 500, 1000):
        QTimer.singleShot(delay, look)


def our_messages():
    return [f"{item.title()} {item.text()}".strip() for item in iface.messageBar().items()]


def shot(name):
    """The window once the map has drawn, into IMAGERY_HUB_SHOTS (or the workspace)."""
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / f"{name}.png")


def open_tab(dock, tab):
    """A tab brought forward with an empty message bar and only its own layers shown."""
    dock.show_tab(tab)
    iface.messageBar().clearWidgets()
    hide_results()


def tabs(dock):
    return {tab.service_id: tab for tab in dock.service_tabs}


def scenario():
    plugin = plugins["imagery_hub"]
    set_up(plugin)
    dock = plugin.dock
    tab = tabs(dock)
    yield until(lambda: QgsProject.instance().count() > 0, 10, "the basemap")
    frame_site()
    yield map_drawn()  # QGIS zooms to its first layer on the event loop: frame again after that
    frame_site()
    result = {"screen": [QgsApplication.primaryScreen().geometry().width(),
                         QgsApplication.primaryScreen().geometry().height()],
              "selector": {"width": dock.selector.sizeHint().width(), "room": dock.tabs.width()},
              "tabs": {}}

    spexi = tab["spexi"]
    open_tab(dock, spexi)
    spexi.filters.cap.setValue(200)
    spexi.search_button.click()
    yield until(lambda: spexi.search_button.isEnabled() and spexi.table.model().rowCount(), 120, "the Spexi search")
    result["tabs"]["spexi"] = {name: on_screen(w) for name, w in (
        ("table", spexi.table), ("download", spexi.actions.download_button), ("place", spexi.actions.place_button),
        ("search", spexi.search_button))}
    spexi.table.selectRow(0)
    yield until(lambda: spexi.preview.path is not None, 60, "the Spexi preview")
    yield from shot("spexi")
    result["spexi_rows"] = spexi.table.model().rowCount()
    result["spexi_selected"] = spexi.footprints.getFeature(spexi.table.selected_fids()[0])["id"]

    mapillary = tab["mapillary"]
    open_tab(dock, mapillary)
    mapillary.search_button.click()
    yield until(lambda: mapillary.table.model().rowCount() > 0, 120, "the Mapillary search")
    yield from shot("mapillary")
    result["tabs"]["mapillary"] = {name: on_screen(w) for name, w in (
        ("table", mapillary.table), ("download", mapillary.download_button), ("view", mapillary.pick_button))}
    result["mapillary_rows"] = mapillary.table.model().rowCount()

    eosda = tab["eosda"]
    open_tab(dock, eosda)
    eosda.search_button.click()
    yield until(lambda: eosda.table.model().rowCount() > 0, 120, "the EOSDA search")
    yield from shot("eosda")
    result["tabs"]["eosda"] = {name: on_screen(w) for name, w in (
        ("table", eosda.table), ("render", eosda.render_button))}

    imago = tab["imago"]
    open_tab(dock, imago)
    imago.sign_in_button.click()
    yield until(lambda: imago.collection_combo.count() > 0, 60, "Imago sign-in")
    imago.collection_combo.setCurrentText("BH-02")
    imago.list_button.click()
    yield until(lambda: imago.table.rowCount() > 0, 60, "the imagery of BH-02")
    yield from shot("imago")
    result["tabs"]["imago"] = {name: on_screen(w) for name, w in (
        ("table", imago.table), ("download", imago.download_button), ("upload", imago.upload_button))}

    mapflow = tab["mapflow"]
    open_tab(dock, mapflow)
    mapflow.refresh()
    yield until(lambda: mapflow.account is not None and mapflow.header.current_id(), 30, "the Mapflow account")
    mapflow.start_box.fold()
    yield from shot("mapflow")
    result["tabs"]["mapflow"] = {name: on_screen(w) for name, w in (
        ("table", mapflow.panel.table), ("load", mapflow.panel.load_button))}

    if os.environ.get("IMAGERY_HUB_LAYOUT_ONLY"):
        return result
    print("stage: save", flush=True)
    # save, close, reopen
    project_path = OUTPUT / "reopened.qgz"
    project = QgsProject.instance()
    result["saved"] = project.write(str(project_path))
    result["aoi_before"] = dock.aoi.describe()
    project.clear()
    print("stage: cleared", flush=True)
    yield until(lambda: dock.aoi is None and spexi.table.model().rowCount() == 0, 10, "the project to close")
    result["after_close"] = {"aoi": dock.aoi is None, "rows": spexi.table.model().rowCount()}
    project.read(str(project_path))
    print("stage: read", flush=True)
    yield until(lambda: dock.aoi is not None and spexi.table.model().rowCount() > 0, 30, "the reopened results")
    result["aoi_after"] = dock.aoi.describe()
    result["reopened_rows"] = {"spexi": spexi.table.model().rowCount(),
                               "mapillary": mapillary.table.model().rowCount()}
    dock.show_tab(spexi)
    spexi.preview.path = None
    spexi.table.selectRow(0)
    yield until(lambda: spexi.preview.path is not None, 60, "the preview of a reopened footprint")
    result["reopened_selected"] = spexi.footprints.getFeature(spexi.table.selected_fids()[0])["id"]

    print("stage: cancel", flush=True)
    # a cancelled search says so once
    iface.messageBar().clearWidgets()
    pushed = []  # every line pushed, also those taken down again

    def note(*_):
        for line in our_messages():
            if line not in pushed:
                pushed.append(line)
    iface.messageBar().widgetAdded.connect(note)
    spexi.folding.unfold()
    spexi.filters.cap.setValue(5000)
    answer_yes_soon()
    spexi.search_button.click()
    yield until(lambda: spexi.progress.running(), 10, "the search to start")
    spexi.progress.cancel_button.click()
    yield until(lambda: spexi.search_button.isEnabled() and not plugin.context.tasks.running(), 30,
                "the cancelled search to end")
    # QGIS's own notice, if any (the profile asks for one after every task), comes
    # with the task's end, in the same turn of the event loop as our line
    yield until(lambda: any("cancelled" in line for line in pushed), 10, "our cancel line")
    yield until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 10, "no task left")
    result["pushed_while_cancelling"] = pushed
    result["after_cancel"] = our_messages()
    return result


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
