"""The Spexi tab driven like a user, against the sandbox."""

import re
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsCoordinateTransform, QgsGeometry, QgsProject, QgsRasterLayer, QgsRectangle
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QPushButton

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.spexi.layers import is_spexi_layer
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT, CENTER, EXTENT
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.spexi.tab import SpexiTab

click = QTest.mouseClick
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def project():
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()
    QgsProject.instance().removeEntry("imagery_hub", "/")  # the area and the search history


@pytest.fixture
def dock(context, project, qgis_iface):
    for key in ("max_images", "focused", "pitch_preset", "variant"):  # every test starts from the defaults
        context.settings.remove(f"spexi/{key}")
    context.credentials.save("spexi", {"secret": secret("spexi")})
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(WGS84)
    canvas.setExtent(QgsRectangle(*EXTENT))
    dock = ImageryHubDock(context)
    dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    dock.resize(380, 900)
    dock.show()
    yield dock
    dock.cleanup()
    dock.close()


@pytest.fixture
def tab(dock):
    tab = next(t for t in dock.service_tabs if isinstance(t, SpexiTab))
    dock.show_tab(tab)
    return tab


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def search(tab, wait_until, cap=60):
    tab.filters.cap.setValue(cap)
    click(tab.search_button, LEFT)
    assert not tab.search_button.isEnabled()  # a search runs
    wait_until(lambda: tab.search_button.isEnabled(), 60, "the search")
    assert tab.footprints is not None, tab.summary.text()
    return tab.footprints, tab.cameras


def test_search_adds_a_group_with_both_layers_and_fills_the_table(tab, wait_until, project, sandbox):
    tab.filters.set_pitch_preset("Nadir")
    footprints, cameras = search(tab, wait_until)
    group = project.layerTreeRoot().children()[0]
    assert re.fullmatch(r"Spexi · 60 images · \d{4}-\d\d-\d\d \d\d:\d\d", group.name()), group.name()
    assert [n.layer() for n in group.findLayers()] == [cameras, footprints]
    assert (footprints.name(), cameras.name()) == ("Spexi footprints", "Spexi cameras")
    assert footprints.featureCount() == cameras.featureCount() == 60 == tab.table.model().rowCount()
    assert {f["capture_type"] for f in footprints.getFeatures()} == {"orthomosaic"}
    assert sandbox.log.find(path="image$")[0]["query"]["pitch"] == ["-90"]
    assert "<b>60</b> images (the maximum you set)" in tab.summary.text()
    assert Path(footprints.source().split("|")[0]).parent == tab.context.settings.workspace_folder()


def test_unreadable_images_are_left_out_and_counted_in_the_result_line(tab, wait_until, sandbox):
    sandbox.options["spexi.broken_features"] = True  # two unreadable features on every page
    try:
        footprints, _ = search(tab, wait_until, cap=30)
    finally:
        sandbox.options.pop("spexi.broken_features")
    pages = len(sandbox.log.find(path="image$"))
    assert footprints.featureCount() == 30  # the readable ones, up to the cap
    assert f"{2 * pages} images Spexi sent could not be read and were left out" in tab.summary.text()


def test_rows_and_map_selection_follow_each_other_and_show_a_preview(tab, wait_until):
    footprints, cameras = search(tab, wait_until, cap=20)
    table = tab.table
    click(table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, table.visualRect(table.model().index(3, 0)).center())
    (fid,) = footprints.selectedFeatureIds()
    image_id = footprints.getFeature(fid)["id"]
    assert [f["id"] for f in cameras.getSelectedFeatures()] == [image_id]
    wait_until(lambda: tab.preview.path is not None, 30, "the preview")
    assert Path(tab.preview.path).name.startswith(f"{image_id}_zoomed_") and not tab.preview.pixmap().isNull()
    assert tab.preview.pixmap().height() == tab.preview.box[1]  # made to fit the preview box
    # selecting camera points on the map selects their rows
    camera_fids = [f.id() for f in cameras.getFeatures()][5:7]
    cameras.selectByIds(camera_fids)
    rows = {table.model().index(row, 7).data() for row in table.selected_rows()}
    assert rows == {cameras.getFeature(f)["id"] for f in camera_fids}


def test_sorting_the_table_by_a_column(tab, wait_until):
    search(tab, wait_until, cap=30)
    table = tab.table
    click(table.horizontalHeader().viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
          QPoint(table.horizontalHeader().sectionViewportPosition(4) + 5, 5))  # Heading
    headings = [float(table.model().index(r, 4).data()) for r in range(table.model().rowCount())]
    assert headings in (sorted(headings), sorted(headings, reverse=True)) and headings != headings[::-1]


def test_bad_input_is_refused_before_any_request(tab, dock, qgis_iface, sandbox, wait_until):
    for box in tab.filters.type_boxes.values():
        box.setChecked(False)
    click(tab.search_button, LEFT)
    critical = messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert critical[-1].endswith("Search: Spexi: Tick at least one capture type")
    tab.filters.type_boxes["oblique"].setChecked(True)
    tab.filters.set_pitch_preset("Custom")
    tab.filters.pitch_min.setValue(-30)
    tab.filters.pitch_max.setValue(-80)
    click(tab.search_button, LEFT)
    assert "pitch range minimum -30 is above its maximum -80" in messages(qgis_iface, Qgis.MessageLevel.Critical)[-1]
    dock.aoi_widget.clear()
    click(tab.search_button, LEFT)
    assert "Draw or pick an area of interest first" in messages(qgis_iface, Qgis.MessageLevel.Critical)[-1]
    assert sandbox.log.find(path="/spexi/") == [] and tab.search_button.isEnabled()


def test_missing_key_points_to_the_settings(tab, dock, context, qgis_iface, sandbox):
    context.credentials.clear("spexi")
    asked = []
    dock.settingsRequested.connect(lambda: asked.append(True))
    click(tab.search_button, LEFT)
    item = qgis_iface.messageBar().currentItem()
    assert item.text() == "Search: Spexi: No Spexi credentials yet: add them in Imagery Hub settings"
    button = item.findChild(QPushButton)
    assert button.text() == "Settings…"
    click(button, LEFT)
    assert asked == [True] and sandbox.log.find(path="/spexi/") == []


def test_download_selected_writes_files_and_local_paths(tab, wait_until, tmp_path):
    footprints, cameras = search(tab, wait_until, cap=10)
    footprints.selectByIds([f.id() for f in footprints.getFeatures()][:3])
    tab.variant.setCurrentIndex(tab.variant.findData("zoomed"))
    click(tab.actions.download_button, LEFT)
    wait_until(lambda: len([f for f in cameras.getFeatures() if f["local_path"]]) == 3, 60, "local paths")
    folder = tab.context.settings.download_folder()
    for layer in (footprints, cameras):
        for feature in layer.getFeatures():
            if feature["local_path"]:
                assert Path(feature["local_path"]) == folder / f"{feature['id']}_zoomed.jpg"
                assert Path(feature["local_path"]).stat().st_size > 10_000


def test_layer_menu_downloads_only_from_spexi_layers(tab, wait_until, qgis_iface, project):
    footprints, cameras = search(tab, wait_until, cap=5)
    other = QgsVectorLayer("Point?crs=EPSG:4326", "my points", "memory")
    project.addMapLayer(other)
    (text, callback, _layer_type), = tab.layer_actions()
    assert text == "Download selected Spexi images"
    qgis_iface.setActiveLayer(other)
    callback()
    assert "my points is not a Spexi result layer" in messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    qgis_iface.setActiveLayer(cameras)
    callback()
    assert "Select the Spexi images to download first" in messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    cameras.selectByIds([next(cameras.getFeatures()).id()])
    callback()
    wait_until(lambda: any(f["local_path"] for f in footprints.getFeatures()), 60, "the download")
    assert is_spexi_layer(cameras) and not is_spexi_layer(other)


def test_place_a_nadir_image_on_the_map(tab, wait_until, project):
    tab.filters.set_pitch_preset("Nadir")
    footprints, _ = search(tab, wait_until, cap=5)
    footprints.selectByIds([next(footprints.getFeatures()).id()])
    click(tab.actions.place_button, LEFT)
    group = project.layerTreeRoot().children()[0]
    wait_until(lambda: len(group.findLayers()) == 3, 60, "the placed image")
    raster = group.findLayers()[0].layer()
    assert isinstance(raster, QgsRasterLayer) and raster.name().startswith("Spexi image ")
    footprint = next(footprints.getSelectedFeatures()).geometry().boundingBox()
    assert raster.extent().contains(footprint.buffered(-1e-5)) and footprint.contains(raster.extent().buffered(-1e-5))


def test_multi_view_tool_shows_five_views_and_adds_one(tab, wait_until, qgis_iface, sandbox):
    footprints, _ = search(tab, wait_until, cap=5)
    canvas = qgis_iface.mapCanvas()
    click(tab.multiview_button, LEFT)
    assert canvas.mapTool() is tab.actions.tool
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    pixel = canvas.getCoordinateTransform().transform(transform.transform(*CENTER))
    click(canvas.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, QPoint(int(pixel.x()), int(pixel.y())))
    dialog = tab.actions.dialog
    wait_until(lambda: all(c.thumbnail.path for c in dialog.cells.values()), 60, "five thumbnails")
    labels = {view: cell.title.text() for view, cell in dialog.cells.items()}
    assert [labels[v].split("</b>")[0][3:] for v in ("nadir", "north", "east", "south", "west")] == [
        "Nadir", "N", "E", "S", "W"]
    assert dialog.status.text() == "5 of 5 views found."
    query = sandbox.log.find(path="multi-view")[0]["query"]["p"][0].split(",")
    assert [float(v) for v in query] == pytest.approx(CENTER, abs=1e-3)
    north = dialog.cells["north"]
    click(north.open_button, LEFT)
    wait_until(lambda: tab.actions.viewer is not None, 30, "the full-size viewer")
    assert tab.actions.viewer.pixmap.width() == 1200
    tab.actions.viewer.close()
    count = footprints.featureCount()
    click(north.add_button, LEFT)
    wait_until(lambda: footprints.featureCount() == count + 1, 30, "the added image")
    assert north.record.id in {f["id"] for f in footprints.getFeatures()}
    assert tab.table.model().rowCount() == count + 1
    click(tab.multiview_button, LEFT)
    assert canvas.mapTool() is not tab.actions.tool


def test_a_multi_view_image_starts_a_result_when_there_is_none(tab, wait_until, project):
    from qgis.core import QgsPointXY

    tab.actions.multi_view_at(QgsPointXY(*CENTER))  # the map tool's click, canvas in EPSG:4326
    dialog = tab.actions.dialog
    wait_until(lambda: dialog.cells["nadir"].record is not None, 60, "the views")
    click(dialog.cells["nadir"].add_button, LEFT)
    wait_until(lambda: tab.footprints is not None, 30, "a new result")
    group = project.layerTreeRoot().children()[0]
    assert group.name().startswith("Spexi multi-view ")
    assert [f["id"] for f in tab.footprints.getFeatures()] == [dialog.cells["nadir"].record.id]
    assert tab.table.model().rowCount() == 1


def test_filter_choices_are_remembered(tab, context, wait_until):
    from imagery_hub.ui.spexi.filters import SpexiFilters

    tab.filters.set_pitch_preset("Oblique")
    tab.filters.focused.setChecked(False)
    search(tab, wait_until, cap=7)
    tab.variant.setCurrentIndex(tab.variant.findData("zoomed"))
    again = SpexiFilters()
    again.restore(context.settings)
    assert (again.cap.value(), again.focused.isChecked(), again.pitch_preset.currentText()) == (
        7, False, "Oblique (−60°)")
    assert context.settings.value("spexi/variant") == "zoomed"


def test_a_full_size_image_declaring_a_huge_picture_is_refused(tab, wait_until, qgis_iface, sandbox):
    """The original of a view that declares 20,000 × 20,000 pixels is refused in
    the task with a clear message; no viewer opens."""
    search(tab, wait_until, cap=5)
    canvas = qgis_iface.mapCanvas()
    click(tab.multiview_button, LEFT)
    transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    pixel = canvas.getCoordinateTransform().transform(transform.transform(*CENTER))
    click(canvas.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, QPoint(int(pixel.x()), int(pixel.y())))
    dialog = tab.actions.dialog
    wait_until(lambda: all(c.thumbnail.path for c in dialog.cells.values()), 60, "five thumbnails")
    tab.actions.viewer = None
    sandbox.faults.add(kind="huge_image", path="/original")
    try:
        click(dialog.cells["east"].open_button, LEFT)
        wait_until(lambda: any("megapixel" in m for m in qgis_iface.messageBar().get_messages(2)), 60,
                   "the refusal")
    finally:
        sandbox.faults.clear()
    said = next(m for m in qgis_iface.messageBar().get_messages(2) if "megapixel" in m)
    assert "20,000 × 20,000 pixels" in said and "\n" not in said
    assert tab.actions.viewer is None
    dialog.close()


def test_a_rate_limit_wait_is_said_on_the_status_line_and_the_search_goes_on(tab, wait_until, sandbox):
    sandbox.faults.add(kind="status", status=429, retry_after="2", times=1, path="/spexi/")
    tab.filters.cap.setValue(20)
    click(tab.search_button, LEFT)
    wait_until(lambda: "asked us to wait" in tab.progress.label.text(), 30, "the wait on the status line")
    assert tab.progress.label.text() == "Spexi asked us to wait 2 s — retrying"
    wait_until(lambda: tab.search_button.isEnabled(), 60, "the search")
    assert tab.table.model().rowCount() == 20


def test_a_search_folds_the_form_and_the_filter_narrows_the_rows(tab, wait_until):
    assert not tab.folding.folded
    search(tab, wait_until, cap=20)
    assert tab.folding.folded and not tab.folding.form_area.isVisibleTo(tab)
    image_id = tab.table.model().data(tab.table.model().index(4, 7))
    QTest.keyClicks(tab.filter_edit, image_id)
    assert tab.table.model().rowCount() == 1
    tab.folding.header.click()  # the form opens again on a click
    assert not tab.folding.folded and tab.folding.form_area.isVisibleTo(tab)


def test_a_search_of_the_history_runs_again_as_it_was(tab, wait_until, project, sandbox):
    tab.filters.set_pitch_preset("Nadir")
    tab.filters.date_box.setChecked(True)  # dates too are kept in the project
    tab.filters.date_from.setDate(QDate(2024, 1, 1))
    tab.filters.date_to.setDate(QDate(2025, 12, 31))
    search(tab, wait_until, cap=20)
    first_aoi = tab.dock.aoi.describe()
    tab.filters.set_pitch_preset("Any")  # the form changes afterwards
    tab.dock.aoi_widget.clear()
    tab.history_button.fill_menu()
    actions = tab.history_button.menu().actions()
    assert len(actions) == 1 and first_aoi in actions[0].text() and "pitch -90.0" in actions[0].text()
    assert "2024-01-01 – 2025-12-31" in actions[0].text()
    sandbox.log.clear()
    actions[0].trigger()
    wait_until(lambda: tab.search_button.isEnabled() and tab.table.model().rowCount(), 60, "the search again")
    assert tab.dock.aoi.describe() == first_aoi
    assert tab.table.model().rowCount() == 20
    query = sandbox.log.find(path="image$")[0]["query"]
    assert query["pitch"] == ["-90"] and query["captured_at"][0].startswith("2024-01-01")


def test_pictures_show_thumbnails_share_the_selection_and_hover_outlines_the_footprint(tab, wait_until, qgis_iface):
    footprints, _cameras = search(tab, wait_until, cap=12)
    tab.pictures_button.click()
    grid = tab.grid
    assert tab.views.currentWidget() is grid and grid.model().rowCount() == 12
    grid.resize(400, 600)
    grid.show()
    model = grid.model()
    wait_until(lambda: len(model.pictures) >= 3, 60, "the first thumbnails")
    fid = next(iter(model.pictures))
    row = tab.table.row_of(fid)
    picture = model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
    assert picture is not model.empty and max(picture.width(), picture.height()) <= 128
    # picking a picture selects the row and the footprint on the map
    grid.setCurrentIndex(model.index(row))
    assert tab.table.selected_fids() == [fid] and footprints.selectedFeatureIds() == [fid]
    # Ctrl+click on another picture adds its footprint; a second Ctrl+click takes it out
    other = (row + 1) % model.rowCount()
    grid.scrollTo(model.index(other))
    other_fid, cell = tab.table.source.fid(other), grid.visualRect(model.index(other)).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, cell)
    assert sorted(footprints.selectedFeatureIds()) == sorted([fid, other_fid])
    assert tab.table.selected_fids() == [tab.table.source.fid(r) for r in sorted((row, other))]
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, cell)
    assert footprints.selectedFeatureIds() == [fid]
    # what is selected on the map is shown selected in the grid
    footprints.selectByIds([other_fid])
    assert [grid.layer_selection.is_row_selected(r) for r in (row, other)] == [False, True]
    # the row under the mouse is outlined on the map, and no longer once the mouse leaves
    items = len(qgis_iface.mapCanvas().scene().items())
    grid.entered.emit(model.index(row))
    assert len(qgis_iface.mapCanvas().scene().items()) == items + 1
    tab.table.clear_highlight()
    assert len(qgis_iface.mapCanvas().scene().items()) == items


def test_a_reopened_project_brings_back_the_area_the_filters_and_the_results(tab, wait_until, project, tmp_path):
    tab.filters.set_pitch_preset("Oblique")
    tab.filters.date_box.setChecked(True)
    tab.filters.date_from.setDate(QDate(2024, 1, 1))
    footprints, _cameras = search(tab, wait_until, cap=15)
    rows, area = tab.table.model().rowCount(), tab.dock.aoi.describe()
    assert project.write(str(tmp_path / "work.qgz"))
    project.clear()
    assert tab.dock.aoi is None and tab.table.model().rowCount() == 0
    tab.filters.set_pitch_preset("Any")
    tab.filters.date_box.setChecked(False)
    assert project.read(str(tmp_path / "work.qgz"))
    assert tab.dock.aoi.describe() == area
    assert tab.table.model().rowCount() == rows and tab.footprints.name() == "Spexi footprints"
    assert tab.filters.pitch_preset.currentText().startswith("Oblique") and tab.filters.max_records() == 15
    assert tab.filters.date_box.isChecked() and tab.filters.date_from.date() == QDate(2024, 1, 1)
    # the reopened layers work with the panel: a row selects the footprint and shows its preview
    tab.table.selectRow(0)
    wait_until(lambda: tab.preview.path is not None, 30, "the preview of a reopened footprint")
    assert tab.footprints.selectedFeatureIds() == [tab.table.selected_fids()[0]]
