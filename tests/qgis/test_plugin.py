"""Plugin load/unload on the pytest-qgis interface (the live QGIS run is in tests/gui)."""

import threading
import time

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsSettings
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from imagery_hub import classFactory
from imagery_hub.core.tasks import FunctionTask


@pytest.fixture(autouse=True)
def _panel_closed_afterwards():
    """A test that leaves the panel open would make the next start open it."""
    yield
    QgsSettings().remove("imagery_hub/panel_open")


def test_load_unload_twice(qgis_iface, auth_manager):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(-13706000, 6320000, -13704000, 6322000))
    tool_before = canvas.mapTool()
    items_before = len(canvas.scene().items())
    for _ in range(2):
        plugin = classFactory(qgis_iface)
        plugin.initGui()
        panel_action = plugin.panel_action
        plugin.show_dock()
        plugin.dock.aoi_widget.use_extent()
        assert plugin.dock.aoi.kind == "extent", plugin.dock.aoi_widget.status.text()
        plugin.draw_action.trigger()  # the "draw an area" shortcut
        assert type(canvas.mapTool()).__name__ == "RectangleTool"
        assert len(canvas.scene().items()) > items_before
        dock = plugin.dock
        plugin.unload()
        assert canvas.mapTool() is tool_before
        assert len(canvas.scene().items()) == items_before
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert sip.isdeleted(panel_action) and sip.isdeleted(dock)
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


def test_a_panel_left_open_opens_again_at_the_next_start(qgis_iface, auth_manager, wait_until):
    """Built on first use, the panel still comes back at the next QGIS start
    when it was open as QGIS quit, and stays unbuilt when it was closed."""
    first = classFactory(qgis_iface)
    first.initGui()
    first.show_dock()
    first.unload()  # QGIS quits with the panel open

    second = classFactory(qgis_iface)
    second.initGui()
    try:
        assert second.dock is None  # not during the start itself
        wait_until(lambda: second.dock is not None and second.panel_action.isChecked(), 30, "the panel to open")
        second.panel_action.trigger()  # closed this time
        assert not second.panel_action.isChecked()
    finally:
        second.unload()

    third = classFactory(qgis_iface)
    third.initGui()
    try:
        QCoreApplication.processEvents()  # what was queued for the start has run
        assert third.dock is None
    finally:
        third.unload()
