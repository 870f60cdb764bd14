"""Imago steps of the demo (``yield from run(plugin, aoi, summary)`` in demo_scenario).

Signs in on the Imago tab and browses a borehole's core trays with a preview,
makes a small point layer of the demo boreholes and downloads their core-tray
images through the layer context-menu action (paths into a field), then uploads
photos at a point on the map, one of them refused for its size.
"""

import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsTextFormat,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDialogButtonBox, QTableView
from qgis.utils import iface

from imagery_hub.core.compat import make_field
from imagery_hub.sandbox.imago.data import BOREHOLE_COLLARS, TRAY_LENGTH
from imagery_hub.sandbox.imago.samples import crafted_png, photo
from imagery_hub.scripts.scenario import grab, map_drawn, until

OUTPUT = Path(os.environ["IMAGERY_HUB_DEMO_OUTPUT"])
SHOTS = OUTPUT / "screenshots"
BOREHOLES = OUTPUT / "imago_boreholes.gpkg"


def borehole_layer():
    """The demo boreholes as a GeoPackage layer: id, the interval of interest, collar elevation."""
    memory = QgsVectorLayer("Point?crs=EPSG:4326", "boreholes", "memory")
    memory.dataProvider().addAttributes([make_field("hole_id", "string"), make_field("from_m", "double"),
                                         make_field("to_m", "double"), make_field("elev", "double")])
    memory.updateFields()
    features = []
    for number, (hole, (lon, lat, elevation)) in enumerate(sorted(BOREHOLE_COLLARS.items())):
        tray = number % 3
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([hole, round(tray * TRAY_LENGTH, 2), round((tray + 1) * TRAY_LENGTH, 2), elevation])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    for leftover in (BOREHOLES, BOREHOLES.with_name(BOREHOLES.name + "-wal"),
                     BOREHOLES.with_name(BOREHOLES.name + "-shm")):
        leftover.unlink(missing_ok=True)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "boreholes"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(BOREHOLES),
                                                      QgsProject.instance().transformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"could not write the boreholes: {error}")
    layer = QgsVectorLayer(f"{BOREHOLES}|layername=boreholes", "Demo boreholes", "ogr")
    if not layer.isValid():
        raise RuntimeError(f"could not open {BOREHOLES}")
    symbol = layer.renderer().symbol()
    symbol.setColor(QColor(200, 60, 20))
    symbol.setSize(4)
    labels = QgsPalLayerSettings()
    labels.fieldName = "hole_id"
    text = QgsTextFormat()
    text.setSize(11)
    text.buffer().setEnabled(True)
    labels.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
    QgsProject.instance().addMapLayer(layer)
    return layer


def run(plugin, aoi, summary):
    layer = borehole_layer()
    tab = next(t for t in plugin.dock.service_tabs if t.service_id == "imago")
    plugin.dock.show_tab(tab)
    tab.sign_in_button.click()
    yield until(lambda: tab.collection_combo.count() > 0, 60, "Imago sign-in")
    tab.collection_combo.setCurrentText("BH-02")
    tab.imagery_type_combo.setCurrentText("Core trays")
    tab.image_type_combo.setCurrentText("Wet")
    tab.list_button.click()
    yield until(lambda: tab.table.rowCount() > 0, 60, "the imagery of BH-02")
    tab.table.selectRow(1)
    yield until(lambda: tab.preview.pixmap() is not None and not tab.preview.pixmap().isNull(), 60, "a preview")
    yield 0.5
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "50-imago-browse.png")
    summary.append(f"Imago: signed in, {tab.table.rowCount()} imagery in BH-02, preview of "
                   f"{tab.imagery[1].name}")

    iface.setActiveLayer(layer)
    layer.selectAll()
    yield 0.5
    tab.download_for_active_layer()  # what the layer context-menu entry does
    dialog = tab.download_dialog
    dialog.image_type_combo.setCurrentText("Dry")
    dialog.width_spin.setValue(800)
    yield 0.3
    grab(dialog, SHOTS / "51-imago-download-dialog.png")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    path_index = lambda: layer.fields().indexOf("imago_path")  # noqa: E731
    yield until(lambda: path_index() >= 0 and all(f["imago_path"] for f in layer.getFeatures()), 120,
                "the borehole images")
    layer.removeSelection()
    table = iface.showAttributeTable(layer)
    table.resize(1100, 330)
    yield 1.0
    for view in table.findChildren(QTableView):
        view.resizeColumnsToContents()
    yield 0.3
    grab(table, SHOTS / "52-imago-borehole-paths.png")
    table.close()
    paths = [f["imago_path"] for f in layer.getFeatures()]
    summary.append(f"Imago: {len(paths)} borehole core-tray images downloaded, paths in imago_path "
                   f"(e.g. {Path(paths[0]).name})")

    uploads = OUTPUT / "imago_uploads"
    uploads.mkdir(exist_ok=True)
    files = []
    for name, data in (("outcrop_north.jpg", photo(1024, 768, progressive=True, seed=3)),
                       ("outcrop_detail.png", photo(640, 480, fmt="PNG", seed=8)),
                       ("drone_mosaic.png", crafted_png(80_000, 60_000))):
        (uploads / name).write_bytes(data)
        files.append(str(uploads / name))
    # a fresh record each run, so the demo uploads rather than skipping
    plugin.context.settings.set_value("imago/upload_ledger", str(uploads / "uploaded.json"))
    (uploads / "uploaded.json").unlink(missing_ok=True)
    tab.collection_combo.setCurrentText("Site photos")
    tab.open_upload_dialog()
    upload = tab.upload_dialog
    upload.imagery_type_combo.setCurrentText("Field photos")
    upload.add_files(files)
    upload.imagery_name.setText("S-06")
    upload.elevation.setValue(24.0)
    canvas = iface.mapCanvas()
    upload.pick_button.click()
    centre = canvas.extent().center()
    upload.tool.drawn.emit(QgsGeometry.fromPointXY(QgsPointXY(centre.x() + 150, centre.y() - 80)))
    upload.move(8, 130)  # over the Browser panel, clear of the map point
    upload.upload_button.click()
    yield until(lambda: upload.task is None, 120, "the uploads")
    tab.imagery_type_combo.setCurrentText("Field photos")
    tab.list_button.click()  # the new imagery S-06 is listed with the sites
    yield until(lambda: any(i.name == "S-06" for i in tab.imagery), 60, "S-06 in the list")
    tab.table.selectRow([i.name for i in tab.imagery].index("S-06"))
    yield until(lambda: tab.preview.pixmap() is not None and not tab.preview.pixmap().isNull(), 60, "a preview")
    yield 0.5
    grab(upload, SHOTS / "53-imago-upload.png")
    # the whole screen: the dialog is a window of its own beside the map and its marker
    QgsApplication.primaryScreen().grabWindow(0).save(str(SHOTS / "54-imago-upload-on-map.png"))
    states = [upload.files.topLevelItem(i).text(1).split(":")[0] for i in range(upload.files.topLevelItemCount())]
    summary.append(f"Imago: upload at the picked point: {', '.join(states)}")
    upload.close()
