"""Mapflow in `make demo`: a processing started on the demo AOI from the panel, watched
to completion, its result tiles loaded over the sandbox imagery and downloaded;
then an orthophoto uploaded into a new mosaic (My imagery) and shown on the map,
and a catalog search on the AOI with a scene's preview."""

import os
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QPushButton
from qgis.utils import iface

from imagery_hub.core.aoi import WGS84
from imagery_hub.core.mapflow.uploads import UploadTarget
from imagery_hub.sandbox.mapflow.geotiffs import write_orthophoto
from imagery_hub.scripts.scenario import grab, map_drawn, until
from imagery_hub.ui.mapflow.tab import MapflowTab
from imagery_hub.scripts.demo.common import BASEMAP_NAME, basemap_url

OUTPUT = Path(os.environ.get("IMAGERY_HUB_DEMO_OUTPUT", "demo-output"))
SHOTS = OUTPUT / "screenshots"


def _notice_button(label):
    return next((b for b in iface.messageBar().findChildren(QPushButton) if b.text() == label), None)



def zoom_to(aoi, margin=0.15):
    canvas = iface.mapCanvas()
    west, south, east, north = aoi.bbox()
    dx, dy = (east - west) * margin, (north - south) * margin
    transform = QgsCoordinateTransform(WGS84, QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(west - dx, south - dy, east + dx, north + dy)))
    canvas.refresh()


def accept_start_dialog(path):
    """Screenshot the cost confirmation when it opens, then press its Start button."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        return False
    grab(box, path)
    next(b for b in box.buttons() if b.text() == "Start").click()
    return True


def run(plugin, aoi, summary):
    tab = next(t for t in plugin.dock.service_tabs if isinstance(t, MapflowTab))
    context = plugin.context
    context.settings.set_value("mapflow/poll_seconds", 1.0)
    imagery_url = basemap_url()
    plugin.dock.show_tab(tab)
    tab.refresh()
    yield until(lambda: tab.account is not None and tab.header.current_id(), 30, "the Mapflow account")
    zoom_to(aoi)

    tab.form.name.setText("Downtown buildings")
    tab.form.url.setText(imagery_url)
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "30-mapflow-new-processing.png")

    state = {"confirmed": False}

    def watch_for_dialog():
        if not state["confirmed"]:
            state["confirmed"] = accept_start_dialog(SHOTS / "31-mapflow-cost-confirmation.png")

    timer = QTimer()
    timer.timeout.connect(watch_for_dialog)
    timer.start(100)
    tab.form.start_button.click()
    yield until(lambda: state["confirmed"], 30, "the cost confirmation")
    timer.stop()
    yield until(lambda: tab.panel.model.rowCount() > 0, 30, "the processing in the table")
    processing = tab.panel.model.items[0]
    summary.append(f"Mapflow: started “{processing.name}” ({processing.area_km2:.2f} km², "
                   f"{processing.cost:g} credits)")
    yield until(lambda: tab.panel.model.items[0].status == "IN_PROGRESS" and tab.panel.model.items[0].percent > 20,
                60, "progress")
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "32-mapflow-in-progress.png")

    yield until(lambda: _notice_button("Load results") is not None, 120, "the processing to finish")
    summary.append(f"Mapflow: “{processing.name}” finished: {tab.panel.model.items[0].status_label}")
    _notice_button("Load results").click()
    zoom_to(aoi)
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "33-mapflow-results-loaded.png")

    tab.panel.select(processing.id)
    tab.panel.download_button.click()
    group = QgsProject.instance().layerTreeRoot().findGroup(f"Mapflow: {processing.name}")
    yield until(lambda: group is not None and len(group.children()) >= 4, 60, "the downloaded results")
    results = next(c.layer() for c in group.children() if c.layer().name().endswith("– results"))
    for child in group.children():  # show the downloaded polygons instead of the tiles
        child.setItemVisibilityChecked(child.layer() is not None and child.layer().providerType() == "ogr")
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "34-mapflow-results-downloaded.png")
    summary.append(f"Mapflow: {results.featureCount()} buildings downloaded to {results.source().split('|')[0]}")

    yield from run_my_imagery(tab, aoi, summary)
    yield from run_catalog(tab, aoi, summary)


def _shown(label):
    pixmap = label.pixmap()
    return pixmap is not None and not pixmap.isNull()


def run_my_imagery(tab, aoi, summary):
    """Two halves of a 0.5 m orthophoto of the AOI into a new mosaic, then its tiles on the map."""
    west, south, east, north = aoi.bbox()
    middle = (west + east) / 2
    folder = OUTPUT / "mapflow"
    folder.mkdir(parents=True, exist_ok=True)
    halves = [write_orthophoto(folder / "downtown_west.tif", (west, south, middle, north), 0.5),
              write_orthophoto(folder / "downtown_east.tif", (middle, south, east, north), 0.5)]
    imagery = tab.imagery
    tab.pages.setCurrentIndex(1)
    yield until(lambda: imagery.imagery is not None, 30, "my imagery")
    imagery.start_upload(halves, UploadTarget("Downtown ortho 2024", None, ["drone", "0.5 m"]))
    yield until(lambda: not imagery.progress.running() and imagery.imagery.mosaics
                and len(imagery.imagery.mosaics[0].images) == 2, 60, "the upload")
    mosaic = imagery.imagery.mosaics[0]
    imagery.tree.select("mosaic", mosaic.mosaic.id)
    imagery.show_on_map()
    imagery.tree.select("image", mosaic.images[0].id)
    yield until(lambda: _shown(imagery.preview), 30, "the image preview")
    root = QgsProject.instance().layerTreeRoot()
    hidden = [node for node in root.children() if node.name() in (BASEMAP_NAME,
                                                                   "Mapflow: Downtown buildings")]
    for node in hidden:  # the mosaic alone, so that what was uploaded is what shows
        node.setItemVisibilityChecked(False)
    zoom_to(aoi, 0.05)
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "35-mapflow-my-imagery.png")
    for node in hidden:
        node.setItemVisibilityChecked(True)
    summary.append(f"Mapflow: uploaded 2 GeoTIFFs into “{mosaic.mosaic.name}”; "
                   f"{imagery.storage_label.text()}")


def run_catalog(tab, aoi, summary):
    """A catalog search on the AOI: footprints by cloud cover, the table, a preview."""
    catalog = tab.catalog
    tab.pages.setCurrentIndex(2)
    catalog.max_cloud.setValue(30)
    catalog.min_cover.setValue(100)
    catalog.search_button.click()
    yield until(lambda: catalog.table.layer is not None, 60, "the catalog footprints")
    layer = catalog.table.layer
    catalog.table.selectRow(0)
    yield until(lambda: _shown(catalog.preview), 30, "the scene preview")
    canvas = iface.mapCanvas()
    extent = canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent())
    extent.scale(1.1)
    canvas.setExtent(extent)
    canvas.refresh()
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "36-mapflow-catalog.png")
    summary.append(f"Mapflow: catalog search found {layer.featureCount()} scenes over the AOI "
                   f"(clouds ≤ 30 %, covering it whole); previewed {catalog.image.id}")
