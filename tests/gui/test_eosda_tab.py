"""The EOSDA tab driven like a user: search scenes on the AOI, pick one in the
table, choose what to render, see the image size, render onto the map; the
layer menu entry renders NDVI of the selected scene."""

import re
import json
import shutil

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.eosda.thumbnails import thumbnail_folder
from imagery_hub.providers.eosda.visual import COLORMAPS
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.eosda.tab import EosdaTab
from imagery_hub.ui.thumbnails import THUMB

CREATE = r"/eosda/api/gdw/api$"


@pytest.fixture
def tab(context, qgis_iface, wait_until):
    dock = ImageryHubDock(context)
    tab = next(t for t in dock.service_tabs if isinstance(t, EosdaTab))
    tab.poll_interval = 0.01
    dock.resize(380, 900)
    dock.show()
    tab.date_from.setDate(QDate(2024, 6, 1))
    tab.date_to.setDate(QDate(2024, 8, 31))
    yield tab
    wait_until(lambda: not context.tasks.running(), 30, "tasks to end")
    dock.cleanup()
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


@pytest.fixture
def ready(tab, context):
    """The tab with the demo AOI and the sandbox key stored."""
    context.credentials.save("eosda", {"secret": DEMO_CREDENTIALS["eosda"]["secret"]})
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    return tab


def messages(qgis_iface, level):
    from qgis.core import Qgis

    return qgis_iface.messageBar().get_messages(getattr(Qgis.MessageLevel, level))


def search(tab, wait_until):
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.search_button.isEnabled(), 30, "the search")
    return tab.table.model()


def rows(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_search_fills_the_map_and_the_table_newest_first(ready, wait_until, qgis_iface):
    ready.max_cloud.setValue(40)
    model = search(ready, wait_until)
    layer = ready.footprints
    assert layer is not None and layer.isValid() and model.rowCount() == layer.featureCount() > 3
    dates = rows(model, 0)
    assert dates == sorted(dates, reverse=True) and dates[0].startswith("2024-08")
    assert all(float(c) <= 40 for c in rows(model, 1))
    assert layer.name() == "EOSDA Sentinel-2 scenes 2024-06-01 – 2024-08-31"
    group = QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent().name()
    assert re.fullmatch(rf"EOSDA · {layer.featureCount()} scenes · \d{{4}}-\d\d-\d\d \d\d:\d\d", group), group
    assert ready.search_status.text().startswith(f"{layer.featureCount()} scenes")
    # a row click selects the footprint and makes it the scene to render
    QTest.mouseClick(ready.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     ready.table.visualRect(model.index(1, 0)).center())
    chosen = model.index(1, 4).data()
    assert [f["view_id"] for f in layer.selectedFeatures()] == [chosen]
    assert ready.scene["view_id"] == chosen and chosen in ready.scene_label.text()


def test_search_needs_an_aoi_and_a_key_before_any_request(tab, context, sandbox, wait_until, qgis_iface):
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert "Draw or pick an area of interest first" in messages(qgis_iface, "Critical")[-1]
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert "No EOSDA credentials yet" in messages(qgis_iface, "Critical")[-1]
    tab.date_from.setDate(QDate(2024, 9, 1))
    context.credentials.save("eosda", {"secret": DEMO_CREDENTIALS["eosda"]["secret"]})
    QTest.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    assert "start date 2024-09-01 is after the end date" in messages(qgis_iface, "Critical")[-1]
    assert sandbox.log.find(path="/eosda/") == []


def test_image_size_is_shown_before_sending(ready):
    options = ready.options
    options.px_size.clear()
    QTest.keyClicks(options.px_size, "5")
    width, height = options.image_size()
    assert options.size_label.text() == f"Image: {width} × {height} px ({width * height / 1e6:.2f} MP)"
    options.px_size.setValue(10)
    assert options.image_size() == (pytest.approx(width / 2, abs=1), pytest.approx(height / 2, abs=1))
    options.px_size.setValue(0.5)
    ready.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(
        "POLYGON((-123.3 49.2, -123.0 49.2, -123.0 49.35, -123.3 49.35, -123.3 49.2))"), WGS84))
    assert "too large" in options.size_label.text()


def render_scene(tab, wait_until, row=0):
    model = search(tab, wait_until)
    tab.table.selectRow(row)
    tab.table.setCurrentIndex(model.index(row, 0))
    QTest.mouseClick(tab.render_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.render_button.isEnabled(), 60, "the render")


def raster_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsRasterLayer)]


def aoi_in_mercator():
    geometry = QgsGeometry.fromWkt(AOI_WKT)
    geometry.transform(QgsCoordinateTransform(WGS84, QgsCoordinateReferenceSystem("EPSG:3857"),
                                              QgsProject.instance()))
    return geometry.boundingBox()


def test_render_ndvi_onto_the_map(ready, wait_until, sandbox, qgis_iface):
    ready.options.set_preset("ndvi")
    ready.options.low.setValue(-0.2)
    ready.options.steps.setValue(6)
    render_scene(ready, wait_until)
    (layer,) = raster_layers()
    assert layer.isValid() and layer.crs().authid() == "EPSG:3857"
    assert layer.extent().contains(aoi_in_mercator())
    view_id, day = ready.scene["view_id"], ready.scene["day"]
    assert layer.name() == f"S2{ready.scene['satellite'][-1]} 10UDV {day} NDVI"
    sent = json.loads(sandbox.log.find(path=CREATE)[-1]["body"])["params"]
    assert sent["view_id"] == view_id and sent["bm_type"] == "NDVI" and sent["name_alias"] == "NDVI"
    assert sent["colormap"] == COLORMAPS["Red–yellow–green"] and sent["levels"] == "-0.2,1"
    assert sent["colors_limit"] == 6 and sent["px_size"] == 10.0 and sent["georeference"] == "tiff"
    assert sent["calibrate"] == 1 and sent["resample"] == "cubic"
    assert any(layer.name() in m for m in messages(qgis_iface, "Success"))


def test_true_colour_as_png_with_world_file(ready, wait_until, sandbox):
    ready.options.set_preset("true_color")
    assert not ready.options.single_band_box.isVisibleTo(ready)
    ready.options.georeference.setCurrentIndex(ready.options.georeference.findData("world"))
    ready.options.format.setCurrentIndex(ready.options.format.findData("png"))
    render_scene(ready, wait_until)
    (layer,) = raster_layers()
    assert layer.source().endswith(".png") and layer.crs().authid() == "EPSG:3857"
    assert layer.extent().contains(aoi_in_mercator())
    sent = json.loads(sandbox.log.find(path=CREATE)[-1]["body"])["params"]
    assert sent["bm_type"] == "B04,B03,B02" and sent["format"] == "png" and "colormap" not in sent


def test_custom_expression_with_range_colours(ready, wait_until, sandbox):
    options = ready.options
    options.set_preset("custom")
    QTest.keyClicks(options.expression, "(B08-B11)/(B08+B11)")
    options.coloring.setCurrentIndex(options.coloring.findData("ranges"))
    render_scene(ready, wait_until)
    sent = json.loads(sandbox.log.find(path=CREATE)[-1]["body"])["params"]
    assert sent["bm_type"] == "(B08-B11)/(B08+B11)"
    assert sent["thresholds"] == [0.2, 0.4, 0.6] and len(sent["colors"]) == 4
    assert len(raster_layers()) == 1


def test_a_pasted_colormap_id_is_sent(ready, wait_until, sandbox):
    ready.options.set_preset("ndwi")
    colormap = ready.options.colormap
    colormap.clearEditText()
    QTest.keyClicks(colormap.lineEdit(), "0f0e0d0c0b0a09080706050403020100")  # a ramp the sandbox knows
    render_scene(ready, wait_until)
    sent = json.loads(sandbox.log.find(path=CREATE)[-1]["body"])["params"]
    assert sent["colormap"] == "0f0e0d0c0b0a09080706050403020100" and sent["bm_type"] == "NDWI"
    (layer,) = raster_layers()
    assert layer.name().endswith(" NDWI")


@pytest.mark.parametrize("expression, colors, expected", [
    ("(B08-B13)/(B08+B13)", None, "B13 is not a band of Sentinel-2"),
    ("(B08-B04", None, "unbalanced parentheses"),
    ("(B08-B04)/(B08+B04)", "#ff0000, #00ff00", "3 thresholds make 4 ranges: give 4 colours (now 2)"),
])
def test_bad_render_input_is_refused_before_sending(ready, wait_until, sandbox, qgis_iface, expression, colors,
                                                    expected):
    search(ready, wait_until)
    ready.table.selectRow(0)
    ready.table.setCurrentIndex(ready.table.model().index(0, 0))
    options = ready.options
    options.set_preset("custom")
    QTest.keyClicks(options.expression, expression)
    if colors:
        options.coloring.setCurrentIndex(options.coloring.findData("ranges"))
        options.colors.setText(colors)
    QTest.mouseClick(ready.render_button, Qt.MouseButton.LeftButton)
    assert expected in messages(qgis_iface, "Critical")[-1]
    assert sandbox.log.find(path=r"/eosda/api/gdw/") == []


def test_render_failure_is_one_clear_line(ready, wait_until, qgis_iface, sandbox):
    search(ready, wait_until)
    ready.table.selectRow(0)
    ready.table.setCurrentIndex(ready.table.model().index(0, 0))
    ready.scene["view_id"] = "S2/10/U/DV/2024/8/21/0"  # a scene the service does not have
    QTest.mouseClick(ready.render_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: ready.render_button.isEnabled(), 30, "the render")
    assert messages(qgis_iface, "Critical")[-1].endswith(
        "EOSDA render: EOSDA: The render failed: Scene S2/10/U/DV/2024/8/21/0 not found")
    assert raster_layers() == []


def test_layer_menu_renders_ndvi_of_the_selected_scene(ready, wait_until, qgis_iface, sandbox):
    search(ready, wait_until)
    layer = ready.footprints
    qgis_iface.setActiveLayer(layer)
    layer.removeSelection()
    ready.render_ndvi_action.trigger()
    assert "Select one scene on the EOSDA footprints layer" in messages(qgis_iface, "Warning")[-1]
    wanted = sorted(layer.getFeatures(), key=lambda f: f["cloud"])[0]
    layer.selectByIds([wanted.id()])
    ready.options.set_preset("true_color")
    ready.render_ndvi_action.trigger()
    wait_until(lambda: ready.render_button.isEnabled() and raster_layers(), 60, "the NDVI render")
    (raster,) = raster_layers()
    assert raster.name().endswith(f"{wanted['date'].toString('yyyy-MM-dd')} NDVI")
    sent = json.loads(sandbox.log.find(path=CREATE)[-1]["body"])["params"]
    assert sent["view_id"] == wanted["view_id"] and sent["bm_type"] == "NDVI"
    group = QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent()
    assert group.children()[0].layerId() == raster.id()  # on top of its footprints, in their group


def test_a_search_of_the_history_runs_again_with_its_cloud_limit(ready, wait_until):
    QgsProject.instance().removeEntry("imagery_hub", "/history")
    ready.max_cloud.setValue(40)
    first = search(ready, wait_until).rowCount()
    first_layer = ready.footprints
    ready.max_cloud.setValue(100)  # the form changes afterwards
    ready.history_button.fill_menu()
    action = ready.history_button.menu().actions()[0]
    assert "Sentinel-2 2024-06-01 – 2024-08-31, clouds ≤ 40 %" in action.text()
    action.trigger()
    wait_until(lambda: ready.search_button.isEnabled() and ready.footprints is not first_layer, 30, "the search again")
    assert ready.table.model().rowCount() == first
    assert all(float(c) <= 40 for c in rows(ready.table.model(), 1))
    ready.project_read(QgsProject.instance())  # as on reopening the project: the last settings in the form
    assert ready.max_cloud.value() == 40 and ready.date_from.date() == QDate(2024, 6, 1)


def ask_every_cell(tab, model):
    """Every cell asked for its picture, as scrolling through the grid does."""
    tab.dock.resize(1400, 4000)
    for row in range(model.rowCount()):
        model.data(model.index(row), Qt.ItemDataRole.DecorationRole)


@pytest.fixture
def no_cached_thumbnails():
    shutil.rmtree(thumbnail_folder(), ignore_errors=True)


def test_pictures_show_the_preview_of_every_scene_of_the_search(ready, wait_until, sandbox, no_cached_thumbnails):
    model = search(ready, wait_until)
    layer, grid = ready.footprints, ready.grid
    assert model.rowCount() == layer.featureCount() > 3
    ready.pictures_button.click()
    pictures = grid.model()
    assert ready.views.currentWidget() is grid and pictures.rowCount() == layer.featureCount()
    first = pictures.index(0)
    assert pictures.data(first, Qt.ItemDataRole.DecorationRole) is pictures.empty  # a placeholder while it loads
    assert re.fullmatch(r"2024-08-\d\d · \d+ %", pictures.data(first, Qt.ItemDataRole.DisplayRole))
    ask_every_cell(ready, pictures)
    wait_until(lambda: len(pictures.pictures) + len(pictures.failed) == pictures.rowCount(), 60, "every thumbnail")
    assert pictures.failed == {} and set(pictures.pictures) == set(layer.allFeatureIds())
    assert all(p.width() <= THUMB[0] and p.height() <= THUMB[1] for p in pictures.pictures.values())
    # one request per scene, with the key, as for every EOSDA request
    requests = sandbox.log.find(path="/eosda/thumbnails/")
    assert len(requests) == layer.featureCount()
    assert all(r["headers"]["x-api-key"] == DEMO_CREDENTIALS["eosda"]["secret"] for r in requests)
    # picking a picture selects the row and the scene on the map
    fid, _values = ready.table.source.rows[2]
    grid.setCurrentIndex(pictures.index(ready.table.row_of(fid)))
    assert ready.table.selected_fids() == [fid] and layer.selectedFeatureIds() == [fid]


def test_a_broken_preview_is_a_placeholder_with_a_message_and_nothing_else_is_lost(
        ready, wait_until, sandbox, monkeypatch, no_cached_thumbnails):
    model = search(ready, wait_until)
    layer = ready.footprints
    broken_fid, broken = next((f.id(), f["view_id"]) for f in layer.getFeatures())
    monkeypatch.setitem(sandbox.options, "eosda.broken_thumbnails", [broken])
    ready.pictures_button.click()
    pictures = ready.grid.model()
    ask_every_cell(ready, pictures)
    wait_until(lambda: len(pictures.pictures) + len(pictures.failed) == pictures.rowCount(), 60, "every thumbnail")
    assert set(pictures.failed) == {broken_fid}
    assert set(pictures.pictures) == set(layer.allFeatureIds()) - {broken_fid}
    cell = pictures.index(ready.table.row_of(broken_fid))
    assert pictures.data(cell, Qt.ItemDataRole.DecorationRole) is pictures.empty
    assert pictures.data(cell, Qt.ItemDataRole.ToolTipRole).startswith("No picture: ")
    # the table, the layer and the scene choice are all still there
    assert model.rowCount() == layer.featureCount() and ready.views.count() == 2
    ready.pictures_button.click()
    ready.table.selectRow(ready.table.row_of(broken_fid))
    assert ready.scene["view_id"] == broken


def test_a_layer_without_preview_links_says_so_in_each_cell(ready, wait_until, no_cached_thumbnails):
    search(ready, wait_until)
    layer = ready.footprints
    index = layer.fields().indexOf("thumbnail")
    layer.dataProvider().changeAttributeValues({fid: {index: None} for fid in layer.allFeatureIds()})
    pictures = ready.grid.model()
    ask_every_cell(ready, pictures)
    assert set(pictures.failed) == set(layer.allFeatureIds())
    assert all(reason == "EOSDA sent no preview for this scene" for reason in pictures.failed.values())


def test_the_table_rows_are_read_in_the_search_task(ready, wait_until, monkeypatch):
    import imagery_hub.ui.results_model as results_model

    def on_the_gui_thread(*_args):
        raise AssertionError("the table's rows were read on the GUI thread")
    monkeypatch.setattr(results_model, "feature_rows", on_the_gui_thread)
    model = search(ready, wait_until)
    layer = ready.footprints
    assert model.rowCount() == layer.featureCount() > 3
    assert {model.fid(row) for row in range(model.rowCount())} == set(layer.allFeatureIds())
    assert rows(model, 4)[0].startswith("S2/")
