"""Demo steps for Mapillary (run from scripts/demo/scenario.py inside QGIS):
coverage on the map, a search in the demo AOI, the viewer on an image with
detections and v2 extras, and a download of three thumbnails."""

import os
from pathlib import Path

from qgis.core import QgsPointXY
from qgis.utils import iface

from imagery_hub.scripts.scenario import attribute, grab, map_drawn, until
from imagery_hub.ui.mapillary.tab import MapillaryTab

SHOTS = Path(os.environ.get("IMAGERY_HUB_DEMO_OUTPUT", "demo-output")) / "screenshots"


def _canvas_idle():
    return not iface.mapCanvas().isDrawing()


def run(plugin, aoi, summary):
    dock = plugin.dock
    tab = next(t for t in dock.service_tabs if isinstance(t, MapillaryTab))
    dock.show_tab(tab)

    tab.coverage_check.click()
    yield 1.0
    yield until(_canvas_idle, 60, "the coverage tiles")
    summary.append(f"Mapillary coverage: {len(tab.coverage.layers())} vector tile layer")
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "20-mapillary-coverage.png")

    tab.search_button.click()
    yield until(lambda: tab.layer is not None, 120, "the Mapillary search")
    yield until(_canvas_idle, 60, "the search layer")
    summary.append(f"Mapillary search: {tab.results_label.text().split('.')[0]}")
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "21-mapillary-search.png")

    # an image with several detections, viewed as the pick tool would open it
    layer = tab.layer
    ids = [f["id"] for f in layer.getFeatures() if not f["is_pano"]]
    tab.view(ids[len(ids) // 3])
    viewer = tab.viewer
    yield until(lambda: viewer.current is not None, 60, "the viewer")
    for _ in range(20):  # step along the sequence to a view with a few things detected
        if len(viewer.current.detections) >= 4 or not viewer.current.neighbour(1):
            break
        shown = viewer.current.record.id
        viewer.step(1)
        yield until(lambda shown=shown: viewer.current.record.id != shown, 60, "the next image")
    current = viewer.current
    canvas = iface.mapCanvas()
    camera = current.record.camera
    canvas.setCenter(canvas.mapSettings().layerToMapCoordinates(layer, QgsPointXY(camera.x, camera.y)))
    canvas.zoomScale(2500)
    panel = viewer.v2_panel  # a comment posted through the v2 API, as a user would
    panel.comment_edit.setText("Sign by the corner is easy to read here.")
    panel.post_button.click()
    yield until(lambda: panel.comment_edit.text() == "", 60, "the comment")
    yield 1.0
    yield until(_canvas_idle, 60, "the map around the viewed image")
    summary.append(f"Mapillary viewer: image {current.record.id} with {len(current.detections)} detections, "
                   f"{panel.comments.count()} comment(s)")
    yield map_drawn()
    grab(iface.mainWindow(), SHOTS / "22-mapillary-viewer.png")
    grab(viewer, SHOTS / "23-mapillary-viewer-detections.png")

    selected = sorted(layer.allFeatureIds())[:3]
    layer.selectByIds(selected)
    tab.size_combo.setCurrentIndex(tab.size_combo.findData("1024"))
    tab.download_button.click()
    yield until(lambda: all(attribute(layer, fid, "local_path") for fid in selected), 120, "the downloads")
    folder = Path(layer.getFeature(selected[0])["local_path"]).parent
    summary.append(f"Mapillary downloads: {len(selected)} images into {folder}")
    viewer.close()  # the next services' screenshots need the map
