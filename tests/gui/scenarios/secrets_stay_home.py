"""Live QGIS: the Mapillary coverage drawn from the sandbox, a few of its tiles
broken off by the server, so that QGIS and the plugin log what went wrong.
Every message of every log tab is kept for the test, which searches them and
QGIS's network disk cache for every spelling of the token (a request without
it shows that the cache works)."""

import os

from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsNetworkAccessManager,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import EXTENT
from imagery_hub.scripts.scenario import drive, until

MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
messages = []


def keep(text, tag, level):
    messages.append(f"[{tag}] {text}")


def scenario():
    QgsApplication.messageLog().messageReceived.connect(keep)
    QgsApplication.authManager().setMasterPassword("imagery-hub-tests", True)
    plugin = plugins["imagery_hub"]
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    context.credentials.save("mapillary", {"secret": DEMO_CREDENTIALS["mapillary"]["secret"]})
    plugin.show_dock()
    canvas = iface.mapCanvas()
    QgsProject.instance().setCrs(MERCATOR)
    canvas.setDestinationCrs(MERCATOR)
    transform = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(*EXTENT)))
    drawn = []
    canvas.mapCanvasRefreshed.connect(lambda: drawn.append(1))
    tab = next(t for t in plugin.dock.service_tabs if t.title == "Mapillary")
    plugin.dock.show_tab(tab)
    tab.coverage_check.setChecked(True)
    layer = tab.coverage.layers()[0]
    for zoom_out in (1, 2, 2, 2):  # each view asks for other tiles
        drawn.clear()
        canvas.zoomByFactor(zoom_out) if zoom_out > 1 else canvas.refresh()
        yield until(lambda: drawn and not canvas.isDrawing(), 60, "the map to be drawn")
    yield until(lambda: any("timed out" in m for m in messages), 30, "QGIS to log the tile that timed out")
    # a request without the token, which QGIS does cache: the cache works
    control = QgsBlockingNetworkRequest()
    control.get(QNetworkRequest(QUrl(os.environ["IMAGERY_HUB_SANDBOX_URL"] + "/files/blob/control?size=2000")))
    return {"messages": messages, "layer_source": layer.source(),
            "cache": QgsNetworkAccessManager.instance().cache().cacheDirectory()}


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"])
