"""The Mapillary tab driven like a user: search, the results table, picking an
image on the map (search layer and coverage tiles), downloads, coverage toggle."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QDate, QPoint, Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.mapillary.coverage import is_coverage_layer
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT, EXTENT
from imagery_hub.sandbox.mapillary.data import world
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapillary.tab import MapillaryTab
from imagery_hub.ui.thumbnails import THUMB

MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


@pytest.fixture
def tab(context, qgis_iface):
    for key in ("bbox_limit", "refine_depth", "download_size", "viewer_size"):
        context.settings.remove(f"mapillary/{key}")
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(MERCATOR)
    to_mercator = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance())
    canvas.setExtent(to_mercator.transformBoundingBox(QgsRectangle(-123.1264, 49.2802, -123.1168, 49.2852)))
    canvas.refresh()
    dock = ImageryHubDock(context)
    dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    widget = next(t for t in dock.service_tabs if isinstance(t, MapillaryTab))
    yield widget
    dock.cleanup()
    QgsProject.instance().clear()
    dock.deleteLater()


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def click_on_map(canvas, lon, lat):
    to_canvas = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    pixel = canvas.getCoordinateTransform().transform(to_canvas.transform(QgsPointXY(lon, lat)))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(pixel.x()), round(pixel.y())))


def run_search(tab, wait_until):
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.layer is not None, 60, "the search results")


def test_search_without_credentials_says_what_to_do(tab, sandbox, qgis_iface):
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert "No Mapillary credentials yet: add them in Imagery Hub settings" in messages(qgis_iface, 2)[-1]
    assert len(sandbox.log) == 0


def test_dates_the_wrong_way_round_are_refused_before_any_request(tab, context, sandbox, qgis_iface):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    tab.start_edit.setDate(QDate(2022, 5, 1))
    tab.end_edit.setDate(QDate(2021, 5, 1))
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert "start date is after the end date" in messages(qgis_iface, 2)[-1]
    assert len(sandbox.log) == 0


def test_search_fills_the_table_and_a_click_on_a_point_opens_the_viewer(tab, context, qgis_iface, wait_until):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    QTest.keyClicks(tab.creator_edit, "vancouver_mapper")
    run_search(tab, wait_until)
    layer = tab.layer
    assert layer.featureCount() == tab.table.model().rowCount() > 0
    assert {f["creator"] for f in layer.getFeatures()} == {"vancouver_mapper"}
    assert QgsProject.instance().layerTreeRoot().findLayer(layer.id()) is not None
    assert "images in 1 cell" in tab.results_label.text()

    target = world().by_id[next(layer.getFeatures())["id"]]
    QTest.mouseClick(tab.pick_button, Qt.MouseButton.LeftButton)
    assert qgis_iface.mapCanvas().mapTool() is tab.pick_tool
    click_on_map(qgis_iface.mapCanvas(), target.lon, target.lat)
    wait_until(lambda: tab.viewer is not None and tab.viewer.current is not None, 30, "the viewer")
    assert tab.viewer.current.record.id == target.id
    QTest.keyClick(qgis_iface.mapCanvas(), Qt.Key.Key_Escape)
    assert qgis_iface.mapCanvas().mapTool() is not tab.pick_tool and not tab.pick_button.isChecked()


def test_a_click_on_the_coverage_opens_that_image(tab, context, qgis_iface, wait_until):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    # on the box itself: a check box takes clicks on its box and text only
    QTest.mouseClick(tab.coverage_check, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, tab.coverage_check.height() // 2))
    assert [layer for layer in QgsProject.instance().mapLayers().values() if is_coverage_layer(layer)]
    image = next(i for i in world().images if EXTENT[0] + 0.01 < i.lon < EXTENT[2] - 0.01
                 and 49.2810 < i.lat < 49.2845)
    tab.pick_button.setChecked(True)
    click_on_map(qgis_iface.mapCanvas(), image.lon, image.lat)
    wait_until(lambda: tab.viewer is not None and tab.viewer.current is not None, 30, "the viewer")
    assert tab.viewer.current.record.id == image.id


def test_coverage_toggle_follows_the_layer(tab, context):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    tab.coverage_check.click()
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if is_coverage_layer(layer)]
    assert len(layers) == 1 and tab.coverage.injector.active
    QgsProject.instance().removeMapLayer(layers[0].id())  # the user removes it in the Layers panel
    assert not tab.coverage_check.isChecked() and not tab.coverage.injector.active


def test_download_selected_rows(tab, context, qgis_iface, sandbox, wait_until, tmp_path):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    run_search(tab, wait_until)
    tab.table.selectRow(0)
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     tab.table.visualRect(tab.table.model().index(1, 0)).center())
    fids = sorted(tab.layer.selectedFeatureIds())
    assert len(fids) == 2
    tab.size_combo.setCurrentIndex(tab.size_combo.findData("256"))
    tab.folder_widget.setFilePath(str(tmp_path / "dl"))
    QTest.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: any("2 images downloaded" in m for m in messages(qgis_iface, 3)), 60, "the downloads")
    for fid in fids:
        path = Path(tab.layer.getFeature(fid)["local_path"])
        assert path.parent == tmp_path / "dl" and path.read_bytes()[:3] == b"\xff\xd8\xff"
    assert sorted(tab.layer.selectedFeatureIds()) == fids  # the paths written, the selection kept
    assert context.settings.value("mapillary/download_size") == "256"


def test_cleanup_restores_the_map_tool_and_removes_the_viewer(tab, context, qgis_iface, wait_until):
    context.credentials.save("mapillary", {"secret": DEMO_CREDENTIALS["mapillary"]["secret"]})
    canvas = qgis_iface.mapCanvas()
    before = canvas.mapTool()
    tab.pick_button.setChecked(True)
    tab.view(world().images[0].id)
    wait_until(lambda: tab.viewer.current is not None, 30, "the viewer")
    items = len(canvas.scene().items())
    tab.cleanup()
    QgsApplication.processEvents()
    assert canvas.mapTool() is before and tab.viewer is None
    assert len(canvas.scene().items()) == items - 1  # the direction marker is gone


def test_removing_an_older_search_keeps_the_newer_one_in_the_table(tab, context, wait_until):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    run_search(tab, wait_until)
    first = tab.layer
    tab.pano_check.setChecked(True)
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.layer is not first, 60, "the second search")
    second = tab.layer
    assert all(f["is_pano"] for f in second.getFeatures())
    QgsProject.instance().removeMapLayer(first.id())
    assert tab.layer is second and tab.table.model().rowCount() == second.featureCount()


def test_a_search_of_the_history_runs_again_with_its_creator(tab, context, wait_until, sandbox):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    QTest.keyClicks(tab.creator_edit, "vancouver_mapper")
    run_search(tab, wait_until)
    first = tab.layer
    tab.creator_edit.clear()  # the form changes afterwards
    tab.history_button.fill_menu()
    (action,) = tab.history_button.menu().actions()
    assert "vancouver_mapper" in action.text() and "any date" in action.text()
    action.trigger()
    wait_until(lambda: tab.layer is not None and tab.layer is not first, 60, "the search again")
    assert {f["creator"] for f in tab.layer.getFeatures()} == {"vancouver_mapper"}
    tab.project_read(QgsProject.instance())  # as on reopening the project: the last settings in the form
    assert tab.creator_edit.text() == "vancouver_mapper"


def test_pictures_show_a_thumbnail_per_image_after_placeholders_and_share_the_selection(tab, context, wait_until):
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    QTest.keyClicks(tab.creator_edit, "vancouver_mapper")
    run_search(tab, wait_until)
    layer, grid = tab.layer, tab.grid
    tab.pictures_button.click()
    model = grid.model()
    assert tab.views.currentWidget() is grid and model.rowCount() == layer.featureCount() > 0
    first = model.index(0)
    assert model.data(first, Qt.ItemDataRole.DecorationRole) is model.empty  # a placeholder while it loads
    tab.dock.resize(1400, 4000)  # cells on screen (QGIS 3.40+ may cap the height: each is asked for below)
    for row in range(model.rowCount()):  # every cell asked for, as scrolling through the grid does
        model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
    tab.dock.show()
    tab.dock.show_tab(tab)
    wait_until(lambda: len(model.pictures) + len(model.failed) == model.rowCount(), 60, "every thumbnail")
    assert model.failed == {}
    assert set(model.pictures) == set(layer.allFeatureIds())
    assert all(picture.width() <= THUMB[0] and picture.height() <= THUMB[1] for picture in model.pictures.values())
    # picking a picture selects the row and the image point on the map
    fid, _values = tab.table.source.rows[3 % model.rowCount()]
    grid.setCurrentIndex(model.index(tab.table.row_of(fid)))
    assert tab.table.selected_fids() == [fid] and layer.selectedFeatureIds() == [fid]
