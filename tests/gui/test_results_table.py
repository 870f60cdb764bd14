"""The results table and the map selection follow each other."""

import random

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.ui.results_table import ResultsTable


@pytest.fixture
def layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=id:string&field=cloud:double&field=when:datetime",
                           "scenes", "memory")
    features = []
    for i, cloud in enumerate([30.0, 5.5, 80.0, 12.25]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i, 0, i + 1, 1)))
        feature.setAttributes([f"scene-{i}", cloud, None])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    layer_id = layer.id()
    yield layer
    QgsProject.instance().removeMapLayer(layer_id)


@pytest.fixture
def table(qgis_iface, layer):
    table = ResultsTable(qgis_iface.mapCanvas(), [("id", "Scene"), ("cloud", "Cloud %")])
    table.resize(400, 300)
    table.show()
    table.set_layer(layer)
    return table


def fid_of(layer, scene_id):
    return next(f.id() for f in layer.getFeatures() if f["id"] == scene_id)


def test_rows_show_the_features(table):
    model = table.model()
    assert model.rowCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Scene", "Cloud %"]
    assert model.index(3, 1).data() == "12.2"  # one decimal


def test_clicking_a_row_selects_the_feature(table, layer):
    current = []
    table.currentFeatureChanged.connect(current.append)
    rect = table.visualRect(table.model().index(2, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert layer.selectedFeatureIds() == [fid_of(layer, "scene-2")]
    assert current[-1] == fid_of(layer, "scene-2")


def painted_selected(table, row):
    """Whether ``row`` is drawn as selected: the empty end of its last (stretched)
    column in the highlight colour."""
    from qgis.PyQt.QtGui import QPalette

    image = table.viewport().grab().toImage()
    rect = table.visualRect(table.model().index(row, table.model().columnCount() - 1))
    color = image.pixelColor(rect.right() - 4, rect.center().y())
    palette = table.palette()
    return color.name() in {palette.color(group, QPalette.ColorRole.Highlight).name()
                     for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}


def test_selecting_on_the_map_selects_rows(table, layer):
    layer.selectByIds([fid_of(layer, "scene-1"), fid_of(layer, "scene-3")])
    assert [table.model().index(r, 0).data() for r in table.selected_rows()] == ["scene-1", "scene-3"]
    assert [painted_selected(table, row) for row in range(4)] == [False, True, False, True]
    layer.removeSelection()
    assert table.selected_rows() == []
    assert not any(painted_selected(table, row) for row in range(4))


def click_row(table, row, modifier=Qt.KeyboardModifier.NoModifier):
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_shift_and_ctrl_clicks_and_keys_select_as_in_any_table(table, layer):
    scenes = [fid_of(layer, f"scene-{i}") for i in range(4)]
    click_row(table, 1)
    click_row(table, 3, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(layer.selectedFeatureIds()) == scenes[1:4]
    click_row(table, 2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+click takes one row out
    assert sorted(layer.selectedFeatureIds()) == [scenes[1], scenes[3]]
    click_row(table, 0, Qt.KeyboardModifier.ShiftModifier)  # from the last click (row 2) up to row 0
    assert sorted(layer.selectedFeatureIds()) == scenes
    click_row(table, 2)  # a plain click: that row alone
    assert layer.selectedFeatureIds() == [scenes[2]]
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(layer.selectedFeatureIds()) == scenes[2:4]
    QTest.keyClick(table, Qt.Key.Key_Up)
    assert layer.selectedFeatureIds() == [scenes[2]]
    layer.selectByIds([scenes[0]])  # chosen on the map: a Shift+click extends that
    table.setCurrentIndex(table.model().index(0, 0))  # (the current row follows a click on the map's feature)
    click_row(table, 1, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(layer.selectedFeatureIds()) == scenes[0:2]
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(layer.selectedFeatureIds()) == scenes
    table.clearSelection()
    assert layer.selectedFeatureIds() == []


def test_sorting_by_a_column_keeps_the_sync(table, layer):
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    model = table.model()
    assert [model.index(r, 0).data() for r in range(4)] == ["scene-1", "scene-3", "scene-0", "scene-2"]
    table.selectRow(0)
    assert layer.selectedFeatureIds() == [fid_of(layer, "scene-1")]


def test_removing_the_layer_empties_the_table(table, layer):
    QgsProject.instance().removeMapLayer(layer.id())
    assert table.model().rowCount() == 0 and table.layer is None


def test_dates_show_and_sort_as_dates(qgis_iface):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=day:date", "days", "memory")
    features = []
    for day in (QDate(2024, 6, 26), QDate(2024, 6, 6), QDate(2023, 12, 31)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([day])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    table = ResultsTable(qgis_iface.mapCanvas(), [("day", "Date")], sort_order=Qt.SortOrder.DescendingOrder)
    table.set_layer(layer)
    model = table.model()
    assert [model.index(r, 0).data() for r in range(3)] == ["2024-06-26", "2024-06-06", "2023-12-31"]

def test_rows_read_by_a_task_are_shown_as_given(qgis_iface, layer):
    from imagery_hub.core.layers import feature_rows

    rows = feature_rows(layer, ["id", "cloud"])
    assert [values for _, values in rows][:2] == [["scene-0", 30.0], ["scene-1", 5.5]]
    table = ResultsTable(qgis_iface.mapCanvas(), [("id", "Scene"), ("cloud", "Cloud %")], sort_column=1)
    table.set_layer(layer, rows)
    assert [table.model().index(r, 0).data() for r in range(4)] == ["scene-1", "scene-3", "scene-0", "scene-2"]


def test_the_selection_stays_on_its_features_when_sorting(table, layer):
    layer.selectByIds([fid_of(layer, "scene-2")])
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert table.selected_rows() == [0]  # 80 % cloud comes first
    assert painted_selected(table, 0) and not painted_selected(table, 1)
    assert table.selected_fids() == [fid_of(layer, "scene-2")]


def test_the_quick_filter_keeps_matching_rows_and_the_map_selection(table, layer):
    layer.selectByIds([fid_of(layer, "scene-2"), fid_of(layer, "scene-3")])
    edit = table.filter_edit()
    QTest.keyClicks(edit, "SCENE-2")  # any case
    assert [table.model().data(table.model().index(r, 0)) for r in range(table.model().rowCount())] == ["scene-2"]
    assert table.selected_fids() == [fid_of(layer, "scene-2")]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # sorting keeps the filter
    assert table.model().rowCount() == 1
    edit.clear()
    assert table.model().rowCount() == 4
    assert sorted(table.selected_fids()) == sorted(layer.selectedFeatureIds())


def test_selecting_a_row_pans_without_zooming_in_and_double_click_zooms(qgis_iface, table, layer):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(QgsRectangle(10, 10, 30, 30))  # far from the scenes, wider than one
    width = canvas.extent().width()
    table.selectRow(0)
    extent = canvas.extent()
    assert abs(extent.width() - width) < 1e-6  # same scale
    feature = layer.getFeature(table.selected_fids()[0])
    assert extent.contains(feature.geometry().boundingBox())  # but the scene is in view
    table.zoom_to_selection()
    assert canvas.extent().width() < width / 5


@pytest.fixture(scope="module")
def big_layer(qgis_iface):
    """100,000 points; the cloud column repeats 0..96, so sorting by it scatters the fids."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=id:integer&field=cloud:double", "many", "memory")
    features = []
    for i in range(100_000):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i % 400 / 10, i // 400 / 10)))
        feature.setAttributes([i, float(i % 97)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    layer_id = layer.id()
    yield layer
    QgsProject.instance().removeMapLayer(layer_id)


@pytest.fixture
def big_table(qgis_iface, big_layer):
    table = ResultsTable(qgis_iface.mapCanvas(), [("id", "Id"), ("cloud", "Cloud %")])
    table.resize(400, 300)
    table.show()
    table.set_layer(big_layer)
    yield table
    table.set_layer(None)
    big_layer.removeSelection()


def rows_selected(table):
    return set(table.selected_rows())


def test_selecting_100000_features_on_the_map_selects_exactly_their_rows(big_table, big_layer):
    big_layer.selectAll()
    assert big_table.selected_rows() == list(range(100_000))
    assert painted_selected(big_table, 0)
    chosen = set(random.Random(18).sample(big_layer.allFeatureIds(), 30_000))
    big_layer.selectByIds(list(chosen))
    assert {big_table.fid_at(big_table.model().index(r, 0)) for r in rows_selected(big_table)} == chosen
    big_layer.invertSelection()
    rest = set(big_layer.allFeatureIds()) - chosen
    assert {big_table.fid_at(big_table.model().index(r, 0)) for r in rows_selected(big_table)} == rest
    assert set(big_table.selected_fids()) == rest
    big_layer.removeSelection()
    assert rows_selected(big_table) == set()


def test_selecting_100000_rows_selects_exactly_their_features(big_table, big_layer):
    big_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # rows no longer in fid order
    big_table.selectAll()
    assert sorted(big_layer.selectedFeatureIds()) == sorted(big_layer.allFeatureIds())
    model = big_table.model()
    top, bottom = 1_000, 61_000  # a Shift+click range in the sorted table
    big_table.selectionModel().select(QItemSelection(model.index(top, 0), model.index(bottom, 1)),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)
    expected = {big_table.fid_at(model.index(r, 0)) for r in range(top, bottom + 1)}
    assert set(big_layer.selectedFeatureIds()) == expected and len(expected) == 60_001
    assert big_table.selected_fids() == [big_table.fid_at(model.index(r, 0)) for r in range(top, bottom + 1)]
    big_table.clearSelection()
    assert big_layer.selectedFeatureIds() == []


def test_the_model_lives_and_goes_with_its_table(qgis_iface, layer, monkeypatch):
    """Once a traceback "FeatureTableModel has been deleted" ended a run: a model
    of its own could go before its table (Python's teardown), while the layer's
    signals still reached the table. Now the table owns it: both live while the
    panel does, go together, and nothing the layer does afterwards fails."""
    import gc
    import sys

    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtWidgets import QWidget

    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}"))
    panel = QWidget()
    table = ResultsTable(qgis_iface.mapCanvas(), [("id", "Scene")], panel)
    table.set_layer(layer)
    model, selection = table.model(), table.selection
    del table
    gc.collect()
    layer.selectByIds([fid_of(layer, "scene-1")])
    assert len(selection.rows()) == 1 and model.rowCount() == 4
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sip.isdeleted(model)
    layer.selectAll()
    QgsProject.instance().removeMapLayer(layer.id())
    assert errors == []


def test_a_column_of_numbers_texts_and_empty_cells_sorts_as_qt_does():
    """Empty cells first going up and last going down, numbers before texts,
    equal values in their earlier order."""
    from qgis.core import NULL

    from imagery_hub.ui.results_model import FeatureTableModel

    model = FeatureTableModel([("v", "Value")])
    model.all_rows = [(1, [5]), (2, [None]), (3, ["b"]), (4, [2.5]), (5, [NULL]), (6, ["a"]), (7, [5])]
    model.rows = model.all_rows
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [fid for fid, _ in model.rows] == [2, 5, 4, 1, 7, 6, 3]
    assert model.row_of[4] == 2
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [fid for fid, _ in model.rows] == [3, 6, 1, 7, 4, 2, 5]
