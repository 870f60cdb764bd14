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
    drawn = []
    canvas.mapCanvasRefreshed.connect(lambda: drawn.append(1))
    tab = next(t for t in plugin.dock.service_tabs if t.title == "Mapillary")
    plugin.dock.show_tab(tab)
    tab.coverage_check.setChecked(True)
    layer = tab.coverage.layers()[0]
    site = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance()).transformBoundingBox(QgsRectangle(*EXTENT))
    for zoom_out in (1, 2, 4, 8):  # each view asks for other tiles
        drawn.clear()
        view = QgsRectangle(site)
        view.scale(zoom_out)
        # set each time: QGIS 3.40+ zooms to the first layer of an empty project on its own
        canvas.setExtent(view)
        canvas.refresh()
        yield until(lambda: drawn and not canvas.isDrawing(), 60, "the map to be drawn")
    yield until(lambda: any("timed out" in m for m in messages), 30, "QGIS to log the tile that timed out")
    # a request without the token, which QGIS does cache: the cache works
    control = QgsBlockingNetworkRequest()
    control.get(QNetworkRequest(QUrl(os.environ["IMAGERY_HUB_SANDBOX_URL"] + "/files/blob/control?size=2000")))
    # QGIS 3.40+ logs while it quits, after Python has gone: a Python slot left connected crashes it
    QgsApplication.messageLog().messageReceived.disconnect(keep)
    return {"messages": messages, "layer_source": layer.source(),
            "cache": QgsNetworkAccessManager.instance().cache().cacheDirectory()}


def quit_like_a_user(ok):
    """Project → Exit, as a user quits (QGIS 3.40+ crashes when a script ends
    its event loop with tile layers open); a failed scenario quits with 1."""
    if not ok:
        QgsApplication.exit(1)
        return
    QgsProject.instance().setDirty(False)  # no "save changes?" question on the way out
    iface.actionExit().trigger()


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"], when_done=quit_like_a_user)
