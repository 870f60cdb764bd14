"""Imagery inventory step of `make demo`: "All services" over the demo AOI, the
overview and timeline filled in, a month clicked, a screenshot taken."""

import os
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface

from imagery_hub.providers import inventory
from imagery_hub.scripts.scenario import grab, until

SHOTS = Path(os.environ["IMAGERY_HUB_DEMO_OUTPUT"]) / "screenshots"


def run(plugin, aoi, summary):
    panel = plugin.dock.inventory
    panel.all_button.click()
    yield until(lambda: not panel.running(), 120, "the imagery inventory")
    if panel.layer is None:
        raise RuntimeError(f"the inventory found nothing: {panel.status.text()}")
    summary.append(f"Inventory: {panel.status.text()}")
    # the satellite scenes are far larger than the area: shown unticked, so the drone
    # footprints, street-level cameras and boreholes are seen; then the busiest
    # month of the drone images, clicked on the timeline, selects its footprints
    renderer = panel.layer.renderer()
    for index, category in enumerate(renderer.categories()):
        renderer.updateCategoryRenderState(index, category.value() not in ("eosda", "mapflow"))
    panel.layer.triggerRepaint()
    (year, month), _count = inventory.monthly_counts(panel.records["spexi"]).most_common(1)[0]
    QTest.mouseClick(panel.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     panel.timeline.centre_of("spexi", year, month))
    window = iface.mainWindow()
    window.resizeDocks([plugin.dock], [600], Qt.Orientation.Horizontal)  # the overview's columns in view
    iface.mapCanvas().refresh()
    yield 1.5
    grab(iface.mainWindow(), SHOTS / "50-inventory.png")
    summary.append(f"Inventory: {panel.layer.selectedFeatureCount()} drone images of {year}-{month:02d} selected")
