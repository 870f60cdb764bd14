"""Live QGIS: do one service's main action against the sandbox, then quit QGIS
the way a user does (Project → Exit). The test checks the exit code and that
no Python error was raised on the way out.

``IMAGERY_HUB_ACTION`` names the action; Python errors (sys.excepthook and the
"Python error" log tag) are appended to ``IMAGERY_HUB_ERRORS`` as they happen,
since the interesting ones come after the result file is written.
"""

import os
import sys
import traceback

from qgis.core import Qgis, QgsApplication, QgsBlockingNetworkRequest, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QWidget
from qgis.utils import iface, plugins, unloadPlugin

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.providers.registry import SERVICES
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.scripts.scenario import attribute, drive, until

ERRORS = os.environ["IMAGERY_HUB_ERRORS"]
ACTION = os.environ["IMAGERY_HUB_ACTION"]


def record_error(text):
    with open(ERRORS, "a", encoding="utf-8") as fh:
        fh.write(text.rstrip() + "\n----\n")


previous_hook = sys.excepthook


def excepthook(kind, value, tb):
    record_error("".join(traceback.format_exception(kind, value, tb)))
    previous_hook(kind, value, tb)


def logged(message, tag, level):
    if tag == "Python error" or (level == Qgis.Critical and "Traceback" in message):
        record_error(message)


sys.excepthook = excepthook
QgsApplication.messageLog().messageReceived.connect(logged)


def set_up(plugin):
    QgsApplication.authManager().setMasterPassword("imagery-hub-test", True)
    context = plugin.context
    context.settings.point_at_sandbox(os.environ["IMAGERY_HUB_SANDBOX_URL"])
    folder = os.environ["IMAGERY_HUB_OUTPUT"]
    context.settings.set_download_folder(os.path.join(folder, "downloads"))
    context.settings.set_workspace_folder(os.path.join(folder, "workspace"))
    for info in SERVICES:
        context.credentials.save(info.id, {k: v for k, v in DEMO_CREDENTIALS[info.id].items()
                                           if k in {f.key for f in info.fields}})
    plugin.show_dock()  # the panel is built on first use
    plugin.dock.refresh()
    plugin.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))


def tab_of(plugin, name):
    return next(t for t in plugin.dock.service_tabs if type(t).__name__ == name)


def coverage(plugin):
    tab = tab_of(plugin, "MapillaryTab")
    plugin.dock.show_tab(tab)
    tab.coverage_check.click()
    yield until(lambda: tab.coverage.layers(), 30, "the coverage layer")
    yield until(lambda: not iface.mapCanvas().isDrawing(), 60, "the coverage tiles")
    return {"coverage_layers": len(tab.coverage.layers())}


def spexi_search(plugin):
    tab = tab_of(plugin, "SpexiTab")
    plugin.dock.show_tab(tab)
    tab.search_button.click()
    yield until(lambda: tab.search_button.isEnabled(), 120, "the Spexi search")
    return {"footprints": tab.footprints.featureCount() if tab.footprints else 0}


def mapillary_download(plugin):
    tab = tab_of(plugin, "MapillaryTab")
    plugin.dock.show_tab(tab)
    tab.search_button.click()
    yield until(lambda: tab.layer is not None, 120, "the Mapillary search")
    layer = tab.layer
    selected = sorted(layer.allFeatureIds())[:2]
    layer.selectByIds(selected)
    tab.download_button.click()
    yield until(lambda: all(attribute(layer, fid, "local_path") for fid in selected), 120, "the downloads")
    tab.view(layer.getFeature(selected[0])["id"])  # the viewer open too
    yield until(lambda: tab.viewer.current is not None, 60, "the viewer")
    return {"downloaded": len(selected)}


def eosda_search(plugin):
    tab = tab_of(plugin, "EosdaTab")
    plugin.dock.show_tab(tab)
    tab.search_button.click()
    yield until(lambda: tab.search_button.isEnabled(), 120, "the EOSDA search")
    return {}


def imago_sign_in(plugin):
    tab = tab_of(plugin, "ImagoTab")
    plugin.dock.show_tab(tab)
    done = []
    tab.sign_in(then=lambda *_: done.append(True))
    yield until(lambda: done, 60, "the Imago sign-in")
    return {}


def mapflow_processing(plugin):
    tab = tab_of(plugin, "MapflowTab")
    plugin.context.settings.set_value("mapflow/poll_seconds", 1.0)
    plugin.dock.show_tab(tab)
    tab.refresh()
    yield until(lambda: tab.account is not None and tab.header.current_id(), 30, "the Mapflow account")
    tab.form.name.setText("Quit while watched")
    tab.form.url.setText(os.environ["IMAGERY_HUB_SANDBOX_URL"] + "/mapflow/imagery/{z}/{x}/{y}.png")
    confirmed = []

    def accept():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not confirmed:
            confirmed.append(True)
            next(b for b in box.buttons() if b.text() == "Start").click()

    timer = QTimer()
    timer.timeout.connect(accept)
    timer.start(100)
    tab.form.start_button.click()
    yield until(lambda: confirmed, 30, "the cost confirmation")
    timer.stop()
    yield until(lambda: tab.panel.model.rowCount() > 0, 30, "the processing in the table")
    yield until(lambda: tab.panel.model.items[0].status == "IN_PROGRESS", 60, "the processing watched")
    return {"status": tab.panel.model.items[0].status}


def unload_after_use(plugin):
    """Coverage and a Spexi search, then the plugin is disabled: what is left
    of it (layers, the network) must no longer reach into it."""
    yield from coverage(plugin)
    yield from spexi_search(plugin)
    footprints = tab_of(plugin, "SpexiTab").footprints
    assert unloadPlugin("imagery_hub")
    yield 0.3
    probe = QgsBlockingNetworkRequest()
    probe.get(QNetworkRequest(QUrl(os.environ["IMAGERY_HUB_SANDBOX_URL"] + "/mapillary-tiles/after-unload")))
    footprints.selectByIds(list(footprints.allFeatureIds())[:2])  # the results stay, the panel is gone
    QgsProject.instance().removeAllMapLayers()
    yield 0.3
    return {}


ACTIONS = {f.__name__: f for f in (unload_after_use, coverage, spexi_search, mapillary_download, eosda_search,
                                   imago_sign_in, mapflow_processing)}


def quit_like_a_user(ok):
    """Project → Exit; a failed scenario quits with 1 instead."""
    if not ok:
        QgsApplication.exit(1)
        return
    QgsProject.instance().setDirty(False)  # no "save changes?" question on the way out
    QTimer.singleShot(8000, report_blocking_dialogs)
    iface.actionExit().trigger()


def report_blocking_dialogs():
    """Exit is stuck (a dialog waits for an answer): say which, and give up."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not iface.mainWindow() and widget.isWindow():
            texts = [getattr(w, "text", lambda: "")() for w in widget.findChildren(QWidget)]
            record_error(f"a {type(widget).__name__} blocked the exit: {widget.windowTitle()} "
                         + " | ".join(t for t in texts if isinstance(t, str) and t)[:2000])
    QgsApplication.exit(3)  # fail fast instead of hanging the test


def scenario():
    plugin = plugins["imagery_hub"]
    set_up(plugin)
    yield 0.5
    return (yield from ACTIONS[ACTION](plugin))


drive(scenario(), os.environ["IMAGERY_HUB_RESULT"], when_done=quit_like_a_user)
