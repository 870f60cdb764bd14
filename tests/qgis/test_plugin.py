"""Plugin load/unload on the pytest-qgis interface (the live QGIS run is in tests/gui)."""

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from imagery_hub import classFactory


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
