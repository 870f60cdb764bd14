"""EOSDA steps of `make demo`: search summer 2024 Sentinel-2 scenes over the demo
AOI, pick the clearest, render its NDVI onto the map, take screenshots."""

import os
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QDate
from qgis.utils import iface

from imagery_hub.sandbox.demo_site import EXTENT
from imagery_hub.scripts.scenario import grab, map_drawn, until
from imagery_hub.ui.eosda.tab import EosdaTab

SHOTS = Path(os.environ["IMAGERY_HUB_DEMO_OUTPUT"]) / "screenshots"


def frame(west, south, east, north):
    canvas = iface.mapCanvas()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), canvas.mapSettings().destinationCrs(),
                                       QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(west, south, east, north)))
    canvas.refresh()


def renders():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsRasterLayer) and layer.customProperty("imagery_hub/eosda") == "render"]


def run(plugin, aoi, summary):
    dock = plugin.dock
    tab = next(t for t in dock.service_tabs if isinstance(t, EosdaTab))
    dock.show_tab(tab)
    tab.dataset.setCurrentIndex(tab.dataset.findData("sentinel2"))
    tab.date_from.setDate(QDate(2024, 6, 1))
    tab.date_to.setDate(QDate(2024, 8, 31))
    tab.max_cloud.setValue(30)
    tab.search_button.click()
    yield until(lambda: tab.search_button.isEnabled(), 60, "the EOSDA search")
    if tab.footprints is None:
        raise RuntimeError(f"the EOSDA search found nothing: {tab.search_status.text()}")
    summary.append(f"EOSDA: {tab.search_status.text()}")

    # the clearest scene whose data cover the whole AOI
    model = tab.table.model()
    whole = [row for row in range(model.rowCount()) if float(model.index(row, 2).data()) == 100.0]
    clearest = min(whole, key=lambda row: float(model.index(row, 1).data()))
    tab.table.selectRow(clearest)
    iface.mapCanvas().setExtent(iface.mapCanvas().mapSettings().layerExtentToOutputExtent(
        tab.footprints, tab.footprints.extent()).buffered(20000))
    iface.mapCanvas().refresh()
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "40-eosda-scenes.png")

    tab.options.set_preset("ndvi")
    tab.options.low.setValue(-0.2)
    tab.options.high.setValue(0.8)
    tab.options.px_size.setValue(2.0)
    tab.render_button.click()
    yield until(lambda: tab.render_button.isEnabled() and renders(), 120, "the EOSDA NDVI render")
    layer = renders()[0]
    tab.footprints.removeSelection()
    frame(*EXTENT)
    yield 1.5
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "41-eosda-ndvi.png")
    yield 0.3
    grab(dock, SHOTS / "42-eosda-render-options.png")
    summary.append(f"EOSDA: {layer.name()} rendered ({layer.width()} × {layer.height()} px, "
                   f"{layer.crs().authid()})")
