"""The AOI section driven with the mouse and keyboard on a real (offscreen) canvas."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.ui.aoi_widget import AoiWidget


@pytest.fixture
def widget(qgis_iface):
    canvas = qgis_iface.mapCanvas()
    window = qgis_iface.mainWindow()
    window.setCentralWidget(canvas)  # a visible canvas gets its real size and mouse events
    window.resize(600, 600)
    window.show()
    QgsApplication.processEvents()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32610"))
    canvas.setExtent(QgsRectangle(492000, 5458000, 494000, 5460000))  # 2 km around Vancouver
    canvas.refresh()
    widget = AoiWidget(qgis_iface)
    changes = []
    widget.aoiChanged.connect(changes.append)
    widget.changes = changes
    yield widget
    widget.cleanup()


def press(canvas, point, button=Qt.MouseButton.LeftButton):
    QTest.mousePress(canvas.viewport(), button, Qt.KeyboardModifier.NoModifier, point)


def release(canvas, point, button=Qt.MouseButton.LeftButton):
    QTest.mouseRelease(canvas.viewport(), button, Qt.KeyboardModifier.NoModifier, point)


def click(canvas, point, button=Qt.MouseButton.LeftButton):
    press(canvas, point, button)
    release(canvas, point, button)


def test_drag_a_rectangle(widget, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    QTest.mouseClick(widget.rect_button, Qt.MouseButton.LeftButton)
    assert widget.rect_button.isChecked()
    press(canvas, QPoint(150, 150))
    QTest.mouseMove(canvas.viewport(), QPoint(450, 300))
    release(canvas, QPoint(450, 300))
    aoi = widget.aoi
    assert aoi.kind == "rectangle"
    metres = canvas.mapUnitsPerPixel()
    assert aoi.area_km2 == pytest.approx(300 * 150 * metres ** 2 / 1e6, rel=0.01)
    assert widget.status.text() == f"<b>{aoi.describe()}</b>"
    assert aoi.describe().startswith("Rectangle, ")
    assert widget.changes == [aoi]
    assert not widget.rect_button.isChecked()  # the tool is left once the shape is drawn
    assert widget.band is not None


def test_click_a_polygon_and_finish_with_enter(widget, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    QTest.mouseClick(widget.polygon_button, Qt.MouseButton.LeftButton)
    for point in (QPoint(100, 100), QPoint(400, 100), QPoint(400, 400), QPoint(380, 390)):
        click(canvas, point)
    QTest.keyClick(canvas, Qt.Key.Key_Backspace)  # drop the stray last vertex
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    aoi = widget.aoi
    assert aoi.kind == "polygon"
    # a right triangle with 300 px legs
    assert aoi.area_km2 == pytest.approx(300 * 300 / 2 * canvas.mapUnitsPerPixel() ** 2 / 1e6, rel=0.01)


def test_escape_cancels_drawing_and_keeps_the_previous_aoi(widget, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    widget.use_extent()
    before = widget.aoi
    QTest.mouseClick(widget.polygon_button, Qt.MouseButton.LeftButton)
    click(canvas, QPoint(100, 100))
    click(canvas, QPoint(300, 100))
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert widget.aoi is before
    assert not widget.polygon_button.isChecked()


def test_point_with_radius(widget, qgis_iface):
    widget.radius.setValue(250)
    QTest.mouseClick(widget.point_button, Qt.MouseButton.LeftButton)
    click(qgis_iface.mapCanvas(), QPoint(300, 300))
    aoi = widget.aoi
    assert aoi.kind == "point" and aoi.radius_m == 250
    assert aoi.point.x() == pytest.approx(-123.1, abs=0.02)
    assert "250 m radius" in widget.status.text()


def test_selected_features_and_clear(widget, qgis_iface):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32610", "sites", "memory")
    features = []
    for x in (492500, 493500):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 5458500, x + 500, 5459000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    try:
        qgis_iface.setActiveLayer(layer)
        qgis_iface._active_layer_id = layer.id()  # the pytest-qgis stand-in for the Layers panel
        QTest.mouseClick(widget.selection_button, Qt.MouseButton.LeftButton)
        assert "No features are selected" in widget.status.text()
        assert widget.aoi is None
        layer.selectAll()
        QTest.mouseClick(widget.selection_button, Qt.MouseButton.LeftButton)
        assert widget.aoi.kind == "selection"
        assert widget.aoi.area_km2 == pytest.approx(0.5, rel=0.01)
        # a failed Selection keeps the area in use, and says so beside its description
        in_use = widget.aoi
        layer.removeSelection()
        QTest.mouseClick(widget.selection_button, Qt.MouseButton.LeftButton)
        assert widget.aoi is in_use
        assert widget.status.text().startswith(f"<b>{in_use.describe()}</b> — still in use<br>")
        assert "No features are selected" in widget.status.text()
        QTest.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
        assert widget.aoi is None and widget.band is None
        assert widget.changes[-1] is None
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_selection_needs_a_polygon_layer(widget, qgis_iface):
    qgis_iface._active_layer_id = None
    QTest.mouseClick(widget.selection_button, Qt.MouseButton.LeftButton)
    assert widget.status.text() == "Select a polygon layer in the Layers panel first."
