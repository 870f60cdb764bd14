"""The Spexi part of `make demo`: a search over the demo site (footprints and
camera points), a nadir image downloaded and placed on the map, and the
multi-view of the site's centre. Runs inside QGIS from scenario.py."""

import os
from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QDate, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface

from imagery_hub.core.aoi import WGS84
from imagery_hub.sandbox.demo_site import CENTER
from imagery_hub.scripts.scenario import attribute, grab, map_drawn, until
from imagery_hub.ui.spexi.tab import SpexiTab

SHOTS = Path(os.environ.get("IMAGERY_HUB_DEMO_OUTPUT", "demo-output")) / "screenshots"


def _canvas_ready():
    canvas = iface.mapCanvas()
    return not canvas.isDrawing()


def _zoom_to(rectangle_4326, scale=1.0):
    canvas = iface.mapCanvas()
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    extent = transform.transformBoundingBox(rectangle_4326)
    extent.scale(scale)
    canvas.setExtent(extent)
    canvas.refresh()


def run(plugin, aoi, summary):
    dock = plugin.dock
    tab = next(t for t in dock.service_tabs if isinstance(t, SpexiTab))
    dock.show_tab(tab)
    tab.filters.cap.setValue(500)
    tab.filters.date_box.setChecked(True)  # the latest flight only: one clean grid of footprints
    tab.filters.date_from.setDate(QDate(2025, 9, 1))
    tab.filters.date_to.setDate(QDate(2025, 9, 30))
    tab.search_button.click()
    yield until(lambda: tab.search_button.isEnabled(), 120, "the Spexi search")
    footprints = tab.footprints
    if footprints is None:
        raise RuntimeError(f"the Spexi search found nothing: {tab.summary.text()}")
    summary.append(f"Spexi: {footprints.featureCount()} images over the AOI: footprints and camera points "
                   f"in “{tab.group_name}”")
    tab.filters.setCollapsed(True)  # room for the table and the preview

    # a nadir image near the centre: select its row, see the preview, download and place it
    nadir = min((f for f in footprints.getFeatures() if f["pitch"] <= -85),
                key=lambda f: f.geometry().centroid().asPoint().distance(*CENTER))
    row = tab.table.row_of(nadir.id())
    tab.table.selectRow(row)
    tab.table.scrollTo(tab.table.model().index(row, 0))
    yield until(lambda: tab.preview.path is not None, 60, "the preview")
    _zoom_to(QgsRectangle(*aoi.bbox()), 1.15)
    yield until(_canvas_ready, 30, "the map")
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "10-spexi-search.png")
    tab.variant.setCurrentIndex(tab.variant.findData("original"))
    tab.actions.download_button.click()
    yield until(lambda: attribute(footprints, nadir.id(), "local_path"), 60, "the download")
    local = Path(footprints.getFeature(nadir.id())["local_path"])
    summary.append(f"Spexi: downloaded {local.name} ({local.stat().st_size / 1e6:.2f} MB) to {local.parent}")
    group = QgsProject.instance().layerTreeRoot().findGroup(tab.group_name)
    tab.actions.place_button.click()
    yield until(lambda: len(group.findLayers()) == 3, 60, "the placed image")
    summary.append(f"Spexi: {group.findLayers()[0].layer().name()} placed in its footprint")
    _zoom_to(nadir.geometry().boundingBox(), 1.6)
    yield until(_canvas_ready, 30, "the map")
    yield 1.0
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "11-spexi-download-placed.png")

    # the multi-view of the site's centre, by clicking the map with the tool
    _zoom_to(QgsRectangle(*aoi.bbox()), 1.15)
    yield until(_canvas_ready, 30, "the map")
    tab.multiview_button.click()
    canvas = iface.mapCanvas()
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    pixel = canvas.getCoordinateTransform().transform(transform.transform(*CENTER))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(pixel.x()), int(pixel.y())))
    dialog = tab.actions.dialog
    yield until(lambda: dialog.status.text().endswith("found.") and all(
        c.thumbnail.path or c.record is None for c in dialog.cells.values()), 90, "the multi-view")
    yield 0.5
    summary.append(f"Spexi: multi-view of the centre: {dialog.status.text()}")
    grab(dialog, SHOTS / "12-spexi-multiview.png")
    dialog.cells["north"].open_button.click()
    yield until(lambda: tab.actions.viewer is not None, 60, "the full-size image")
    yield 0.5
    grab(tab.actions.viewer, SHOTS / "13-spexi-image.png")
    tab.actions.viewer.close()
    dialog.close()
    tab.multiview_button.click()
