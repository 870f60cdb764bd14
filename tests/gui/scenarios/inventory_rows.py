"""Live QGIS: "All services" over the demo area, then a click on each service's
row: the tab shows exactly the inventory's features of that service, read by
the inventory's task (no feature read on the GUI thread by the click), and its
table and the map select together. Then "Download Imago images for selected
features" on a GeoPackage of boreholes, once as it is and once being edited:
the paths arrive, the selection stays, and in edit mode one Undo takes them
back. The result says what was seen; the test asserts on it."""

import os
import time
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QThread
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.providers import inventory
from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.imago.data import BOREHOLE_COLLARS
from imagery_hub.scripts.scenario import drive, until
from imagery_hub.ui import results_model

OUTPUT = Path(os.environ["IMAGERY_HUB_WORKSPACE"])
GUI_READS = []


def watch_gui_reads():
    """Count the table rows read on the GUI thread (the click should read none)."""
    real = results_model.feature_rows

    def read(*args, **kwargs):
        if QThread.currentThread() == QCoreApplication.instance().thread():
            GUI_READS.append(args[0].name())
        return real(*args, **kwargs)
    results_model.feature_rows = read


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
    plugin.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))


def click_row(panel, service_id):
    """Click the service's row; returns the seconds the click held the GUI thread."""
    table = panel.table
    rect = table.visualRect(table.model().index(inventory.service_ids().index(service_id), 0))
    started = time.perf_counter()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    return time.perf_counter() - started


def service_row(panel, service_id):
    seconds = click_row(panel, service_id)
    tab = panel.dock.tabs.currentWidget()
    results = tab.catalog.table if service_id == "mapflow" else tab.table
    model = results.model()
    layer = panel.service_layers[service_id][0]
    fids = [results.fid_at(model.index(row, 0)) for row in range(model.rowCount())]
    layer.selectByIds(fids[:2])  # on the map → in the table
    from_map = sorted(results.selected_fids()) == sorted(fids[:2])
    rows = QItemSelection(model.index(2, 0), model.index(3, model.columnCount() - 1))  # in the table → on the map
    results.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    from_table = sorted(layer.selectedFeatureIds()) == sorted(fids[2:4])
    return {"tab": tab.service_id, "visible": results.isVisible(), "rows": len(fids),
            "images": int(panel.cell(service_id, 1).replace(",", "")), "same_ids": sorted(fids) ==
            sorted(layer.allFeatureIds()), "map_to_table": from_map, "table_to_map": from_table,
            "click_ms": round(seconds * 1000, 1)}


def boreholes(name):
    """A GeoPackage of three borehole intervals, opened as the user would."""
    memory = QgsVectorLayer("Point?crs=EPSG:4326&field=hole_id:string&field=from_m:double&field=to_m:double",
                            name, "memory")
    features = []
    for hole, start, end in (("BH-01", 0.0, 3.2), ("BH-02", 3.2, 6.4), ("BH-03", 6.4, 9.6)):
        feature = QgsFeature(memory.fields())
        lon, lat, _ = BOREHOLE_COLLARS[hole]
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([hole, start, end])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    path = OUTPUT / f"{name}.gpkg"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsProject.instance().transformContext(),
                                              QgsVectorFileWriter.SaveVectorOptions())
    layer = QgsVectorLayer(str(path), name, "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def download_for(tab, layer, edit):
    """The layer's features selected, then the layer menu's download accepted
    with the dialog's guesses; yields until the message bar says it ended."""
    if edit:
        layer.startEditing()
    iface.setActiveLayer(layer)
    layer.selectAll()
    selections = []
    layer.selectionChanged.connect(lambda *args: selections.append(args))
    before = len(iface.messageBar().items())
    tab.download_for_active_layer()
    yield until(lambda: tab.download_dialog is not None and tab.download_dialog.isVisible(), 30, "the dialog")
    tab.download_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    yield until(lambda: not plugins["imagery_hub"].context.tasks.running() and
                len(iface.messageBar().items()) > before, 60, f"the images of {layer.name()}")
    paths = [f["imago_path"] for f in layer.getFeatures()]
    stored = QgsVectorLayer(layer.source(), "stored", "ogr")
    entry = {"paths": sum(1 for p in paths if p and str(p).endswith(".jpg")),
             "stored": sum(1 for f in stored.getFeatures() if "imago_path" in stored.fields().names() and
                           f["imago_path"] and str(f["imago_path"]).endswith(".jpg")),
             "selected": layer.selectedFeatureCount(), "selection_changes": len(selections)}
    if edit:
        entry["undo_steps"] = layer.undoStack().count()
        layer.undoStack().undo()
        entry["after_undo"] = sum(1 for f in layer.getFeatures()
                                  if "imago_path" in layer.fields().names() and f["imago_path"])
        layer.rollBack()
    return entry


def scenario():
    plugin = plugins["imagery_hub"]
    set_up(plugin)
    dock = plugin.dock
    panel = dock.inventory
    watch_gui_reads()
    yield 0.5
    panel.all_button.click()
    yield until(lambda: not panel.running(), 180, "the imagery inventory")
    result = {"services": {}}
    for service_id in ("spexi", "mapillary", "mapflow", "eosda"):
        result["services"][service_id] = service_row(panel, service_id)
        yield 0.2
    seconds = click_row(panel, "imago")
    tab = dock.tabs.currentWidget()
    (layer,) = panel.service_layers["imago"]
    yield until(lambda: tab.connection is not None, 60, "the Imago sign-in")
    # the collections arrive in a task after the sign-in; the download dialog guesses from them
    yield until(lambda: tab.collection_names(), 60, "the Imago collections")
    result["services"]["imago"] = {"tab": tab.service_id, "rows": tab.table.rowCount(),
                                   "images": int(panel.cell("imago", 1).replace(",", "")),
                                   "same_ids": sorted(tab.fids) == sorted(layer.allFeatureIds()),
                                   "click_ms": round(seconds * 1000, 1)}
    result["gui_reads"] = list(GUI_READS)
    result["imago_download"] = yield from download_for(tab, boreholes("Boreholes"), edit=False)
    result["imago_download_editing"] = yield from download_for(tab, boreholes("Boreholes edited"), edit=True)
    return result


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
