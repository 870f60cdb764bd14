"""Plugin load/unload on the pytest-qgis interface (the live QGIS run is in tests/gui)."""

import threading
import time

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from imagery_hub import classFactory
from imagery_hub.core.tasks import FunctionTask


def test_load_unload_twice(qgis_iface, auth_manager):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(-13706000, 6320000, -13704000, 6322000))
    tool_before = canvas.mapTool()
    items_before = len(canvas.scene().items())
    for _ in range(2):
        plugin = classFactory(qgis_iface)
        plugin.initGui()
        toolbar = plugin.toolbar
        assert toolbar.objectName() == "ImageryHubToolbar"
        assert plugin.panel_action in toolbar.actions()
        plugin.show_dock()
        plugin.dock.aoi_widget.use_extent()
        assert plugin.dock.aoi.kind == "extent", plugin.dock.aoi_widget.status.text()
        plugin.dock.aoi_widget.rect_button.click()
        assert type(canvas.mapTool()).__name__ == "RectangleTool"
        assert len(canvas.scene().items()) > items_before
        dock = plugin.dock
        plugin.unload()
        assert canvas.mapTool() is tool_before
        assert len(canvas.scene().items()) == items_before
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert sip.isdeleted(toolbar) and sip.isdeleted(dock)
        assert plugin.dock is None and plugin.context is None


def test_unload_cancels_every_task_and_waits_for_it_to_end(qgis_iface, auth_manager):
    """A task still winding down when the plugin goes (it notices the cancel only
    at its next check) has ended by the time unload returns, so nothing of the
    plugin runs on after it."""
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    started, ended = threading.Event(), []

    def winding_down(task):
        started.set()
        while not task.isCanceled():
            time.sleep(0.01)
        time.sleep(0.5)  # the last chunk of work before it looks again
        ended.append("work")

    plugin.context.start(FunctionTask("slow to stop", winding_down, on_error=ended.append))
    deadline = time.monotonic() + 30
    while not started.is_set() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    assert started.is_set()
    plugin.unload()
    assert ended[0] == "work" and type(ended[1]).__name__ == "OperationCancelled"


def _messages(bar):
    return [text for texts in bar.messages.values() for text in texts]


def test_each_layer_menu_entry_works_on_its_first_use(qgis_iface, auth_manager):
    """QGIS starts the plugin without building the panel; an entry of the layer
    menu builds it and runs its service tab's own entry (here each refuses a
    plain table, in one line)."""
    from qgis.core import QgsProject, QgsVectorLayer

    from imagery_hub.plugin import SERVICE_LAYER_ACTIONS

    table = QgsVectorLayer("None?field=name:string", "a plain table", "memory")
    QgsProject.instance().addMapLayer(table)
    qgis_iface.setActiveLayer(table)
    bar = qgis_iface.messageBar()
    try:
        for text, _ in SERVICE_LAYER_ACTIONS:
            plugin = classFactory(qgis_iface)
            plugin.initGui()
            assert plugin._dock is None and plugin._context is None  # nothing built at start
            action = next(a for a in plugin.layer_actions if a.text() == text)
            bar.clear_messages()
            action.trigger()
            assert _messages(bar), f"{text}: nothing happened"
            # the entries added at start are the tabs' own
            assert {(t, kind) for tab in plugin.dock.service_tabs for t, _, kind in tab.layer_actions()} == \
                set(SERVICE_LAYER_ACTIONS)
            plugin.unload()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        QgsProject.instance().removeMapLayer(table.id())


def test_the_panel_and_the_settings_open_on_their_first_use(qgis_iface, auth_manager):
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    from imagery_hub.ui.settings_dialog import SettingsDialog

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    shown = []

    def close_the_dialog():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()]
        if dialogs:
            shown.append(dialogs[0].windowTitle())
            dialogs[0].reject()
        else:
            QTimer.singleShot(20, close_the_dialog)

    try:
        QTimer.singleShot(0, close_the_dialog)
        plugin.settings_action.trigger()  # first: before any panel
        assert shown and plugin._dock is None
        plugin.panel_action.trigger()
        assert plugin.panel_action.isChecked() and not plugin.dock.isHidden()
        assert [tab.title for tab in plugin.dock.service_tabs] == ["Spexi", "Mapillary", "Mapflow", "EOSDA", "Imago"]
    finally:
        plugin.unload()


FRESH_START = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from plugin_package import register_plugin_package
register_plugin_package()
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from minimal_iface import MinimalIface
from imagery_hub import classFactory
plugin = classFactory(MinimalIface())
plugin.initGui()
at_start = sorted(name for name in sys.modules
                  if name.split(".")[0] in ("requests", "shapely", "numpy", "osgeo")
                  or name.startswith(("imagery_hub.providers.", "imagery_hub.ui.", "imagery_hub.processing_provider")))
deadline = time.monotonic() + 60
while plugin.provider is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
algorithm = QgsApplication.processingRegistry().createAlgorithmById("imagery_hub:spexi_multi_view")
print(json.dumps({"at_start": at_start,
                  "algorithms": sorted(a.name() for a in plugin.provider.algorithms()) if plugin.provider else [],
                  "parameters": [p.name() for p in algorithm.parameterDefinitions()] if algorithm else []}))
plugin.unload()
"""


def test_a_fresh_start_imports_no_service_code_and_adds_the_algorithms_after():
    """In a new process, as at a QGIS start: ``initGui`` imports none of the
    services' code, nor requests, shapely, numpy or GDAL; the Processing
    algorithms arrive (imported in a thread) once the event loop runs."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from imagery_hub.processing_provider.provider import ALGORITHMS

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", FRESH_START, str(root / "scripts")],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["at_start"] == []
    assert report["algorithms"] == sorted(algorithm.ID for algorithm in ALGORITHMS)
    assert "POINT" in report["parameters"]
