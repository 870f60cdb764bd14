"""The demo, run inside QGIS by `make demo` (see scripts/demo/run.py).

Sets the plugin up against the sandbox (URLs, credentials in the Authentication
Manager, the demo AOI), then, when scripted, walks through the features and
saves screenshots and a GeoPackage into demo-output/.
"""

import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.utils import iface, plugins

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT, EXTENT
from imagery_hub.scripts.demo import eosda as demo_eosda
from imagery_hub.scripts.demo import imago as demo_imago
from imagery_hub.scripts.demo import inventory as demo_inventory
from imagery_hub.scripts.demo import mapflow as demo_mapflow
from imagery_hub.scripts.demo import mapillary as demo_mapillary
from imagery_hub.scripts.demo import spexi as demo_spexi
from imagery_hub.scripts.demo.common import BASEMAP_NAME, add_basemap
from imagery_hub.scripts.scenario import drive, grab, map_drawn, until
from imagery_hub.ui.settings_dialog import SettingsDialog

OUTPUT = Path(os.environ["IMAGERY_HUB_DEMO_OUTPUT"])
SHOTS = OUTPUT / "screenshots"
INTERACTIVE = os.environ.get("IMAGERY_HUB_DEMO_INTERACTIVE") == "1"
GPKG = OUTPUT / "imagery_hub_demo.gpkg"


def set_up(plugin):
    """Sandbox URLs, demo credentials, the panel open on the demo AOI."""
    QgsApplication.authManager().setMasterPassword("imagery-hub-demo", True)
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    context.settings.set_download_folder(OUTPUT / "downloads")
    context.settings.set_workspace_folder(OUTPUT / "workspace")
    for info in SERVICES:
        context.credentials.save(info.id, {k: v for k, v in DEMO_CREDENTIALS[info.id].items()
                                           if k in {f.key for f in info.fields}})
    plugin.show_dock()  # the panel is built on first use
    plugin.dock.refresh()
    window = iface.mainWindow()
    window.setGeometry(QgsApplication.primaryScreen().availableGeometry())  # no window manager under Xvfb
    frame_demo_site()
    aoi = make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon")
    plugin.dock.aoi_widget.set_aoi(aoi)
    return aoi


def hide_results():
    """Untick the result groups a service step added; the basemap and the demo site stay."""
    for node in QgsProject.instance().layerTreeRoot().children():
        if node.name() not in (BASEMAP_NAME, "Demo site"):
            node.setItemVisibilityChecked(False)


def frame_demo_site():
    """Web Mercator, zoomed to the demo site (adding the first layer resets both)."""
    canvas = iface.mapCanvas()
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(mercator)
    canvas.setDestinationCrs(mercator)
    transform = QgsCoordinateTransform(WGS84, mercator, QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(QgsRectangle(*EXTENT)))


def save_aoi(aoi):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "demo AOI", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(aoi.geometry)
    feature.setAttribute("name", "Imagery Hub demo site")
    layer.dataProvider().addFeatures([feature])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "aoi"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(GPKG), QgsProject.instance().transformContext(),
                                                      options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"could not write {GPKG}: {error}")


def scenario():
    plugin = plugins["imagery_hub"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    GPKG.unlink(missing_ok=True)
    aoi = set_up(plugin)
    summary = [f"AOI: {aoi.describe()}"]
    save_aoi(aoi)
    site = QgsVectorLayer(f"{GPKG}|layername=aoi", "Demo site", "ogr")
    site.renderer().symbol().setOpacity(0.25)
    QgsProject.instance().addMapLayer(site)
    add_basemap()
    yield 0.5  # QGIS adopts the first layer's CRS and extent on the event loop
    frame_demo_site()
    yield 1.0
    if INTERACTIVE:
        iface.messageBar().pushSuccess("Imagery Hub demo", "Connected to the sandbox: the panel is ready.")
        return {"summary": summary}
    yield map_drawn()  # the basemap drawn, not a blank canvas
    grab(iface.mainWindow(), SHOTS / "01-panel-with-aoi.png")

    dialog = SettingsDialog(plugin.context, iface.mainWindow())
    dialog.show()
    for page in dialog.pages.values():
        page.test_connection()
    yield until(lambda: all(p.test_button.isEnabled() for p in dialog.pages.values()), 60, "connection tests")
    for info in SERVICES:
        summary.append(f"{info.name}: {dialog.pages[info.id].status.text()}")
    dialog.tabs.setCurrentWidget(dialog.pages["spexi"])
    yield 0.3
    grab(dialog, SHOTS / "02-settings-spexi.png")
    dialog.reject()

    for service in (demo_mapflow, demo_spexi, demo_mapillary, demo_eosda, demo_imago, demo_inventory):
        iface.messageBar().clearWidgets()  # no lines left over from the previous service
        yield from service.run(plugin, aoi, summary)
        hide_results()  # each service's screenshots show its own layers on the basemap
    summary.append(f"GeoPackage: {GPKG}")
    return {"summary": summary}


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"], quit_when_done=not INTERACTIVE)
