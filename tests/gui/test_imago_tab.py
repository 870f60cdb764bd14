"""The Imago tab and the upload dialog driven like a user: sign in, browse,
list and preview imagery; upload photos at a point clicked on the map."""

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.imago.api import PREFIX
from imagery_hub.sandbox.imago.samples import crafted_jpeg, crafted_png, photo
from imagery_hub.ui.dock import ImageryHubDock

ACCOUNT = DEMO_CREDENTIALS["imago"]
EARTH_RADIUS = 6378137.0


@pytest.fixture
def tab(context, sandbox, wait_until, tmp_path):
    sandbox.state.pop("imago", None)
    context.settings.set_value("imago/upload_ledger", str(tmp_path / "uploads.json"))
    context.credentials.save("imago", {"username": ACCOUNT["username"], "secret": ACCOUNT["secret"]})
    dock = ImageryHubDock(context)
    imago_tab = next(t for t in dock.service_tabs if t.service_id == "imago")
    QTest.mouseClick(imago_tab.sign_in_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: imago_tab.collection_combo.count() > 0, 60, "sign-in and collections")
    yield imago_tab
    dock.cleanup()
    context.settings.remove("imago/upload_ledger")
    QgsProject.instance().removeAllMapLayers()


def test_sign_in_browse_list_and_preview(tab, sandbox, wait_until):
    assert tab.account.text() == f"Signed in as <b>{ACCOUNT['username']}</b>"
    assert [tab.workspace_combo.itemText(i) for i in range(tab.workspace_combo.count())] == [
        "Vancouver Exploration", "Training"]
    tab.collection_combo.setCurrentText("BH-04")
    tab.imagery_type_combo.setCurrentText("Core trays")
    tab.image_type_combo.setCurrentText("Wet")
    QTest.mouseClick(tab.list_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.table.rowCount() == 4, 60, "the imagery list")
    assert [tab.table.item(r, 1).text() for r in range(4)] == ["0.00–3.20", "3.20–6.40", "6.40–9.60",
                                                               "9.60–12.80"]
    assert tab.table.item(0, 2).text() == "Dry, Wet"
    tab.table.selectRow(2)
    wait_until(lambda: tab.preview.pixmap() is not None and not tab.preview.pixmap().isNull(), 60, "the preview")
    preview = sandbox.log.find(path=PREFIX + "/image$")[-1]["query"]
    assert preview["width"] == ["320"] and preview["imageType"] == ["Wet"]
    assert preview["imageryId"] == [tab.imagery[2].id]
    # another workspace: its datasets and collections follow
    tab.workspace_combo.setCurrentText("Training")
    wait_until(lambda: tab.collection_combo.count() == 1, 60, "the Training collections")
    assert tab.dataset_combo.currentText() == "Drilling course" and tab.table.rowCount() == 0


def test_sign_in_without_credentials_points_to_settings(context, sandbox):
    dock = ImageryHubDock(context)
    imago_tab = next(t for t in dock.service_tabs if t.service_id == "imago")
    QTest.mouseClick(imago_tab.sign_in_button, Qt.MouseButton.LeftButton)
    assert imago_tab.connection is None and not sandbox.log.find(path=PREFIX)
    assert not imago_tab.list_button.isEnabled()
    dock.cleanup()


def mercator_to_lonlat(x, y):
    return math.degrees(x / EARTH_RADIUS), math.degrees(2 * math.atan(math.exp(y / EARTH_RADIUS)) - math.pi / 2)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_upload_from_a_map_point_sends_transformed_xyz(tab, sandbox, wait_until, tmp_path):
    canvas = tab.context.iface.mapCanvas()
    canvas.resize(400, 300)
    canvas.show()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(-13706000, 6320000, -13704000, 6321500))
    canvas.refresh()
    tab.collection_combo.setCurrentText("Site photos")
    QTest.mouseClick(tab.upload_button, Qt.MouseButton.LeftButton)
    dialog = tab.upload_dialog
    dialog.imagery_type_combo.setCurrentText("Field photos")
    good = [write(tmp_path, "a.jpg", photo(200, 150, progressive=True)),
            write(tmp_path, "b.png", photo(64, 48, fmt="PNG"))]
    huge = write(tmp_path, "huge.png", crafted_png(70_000, 70_000))
    pano = write(tmp_path, "pano.jpg", crafted_jpeg(40_000, 20_000, progressive=True))
    dialog.add_files(good + [huge, pano])
    statuses = [dialog.files.topLevelItem(i).text(1) for i in range(4)]
    assert statuses[0] == "ready: progressive JPEG, 200 × 150 px"
    assert statuses[2].startswith("refused: PNG, 70,000 × 70,000 px is larger than Imago's limit")
    assert statuses[3].startswith("refused: progressive JPEG, 40,000 × 20,000 px is 800 megapixels")
    # uploading before a point is picked is refused with what to do
    QTest.mouseClick(dialog.upload_button, Qt.MouseButton.LeftButton)
    assert "Pick the point on the map first" in dialog.location.text() and dialog.task is None

    QTest.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    assert canvas.mapTool() is dialog.tool
    click = QPoint(150, 100)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, click)
    assert canvas.mapTool() is not dialog.tool and dialog.point is not None
    map_point = canvas.getCoordinateTransform().toMapCoordinates(click.x(), click.y())
    lon, lat = mercator_to_lonlat(map_point.x(), map_point.y())
    dialog.elevation.setValue(31.5)
    dialog.imagery_name.setText("S-40")
    QTest.mouseClick(dialog.upload_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dialog.task is None, 30, "the upload")
    posts = sandbox.log.find(path=PREFIX + "/image$", method="POST")
    assert len(posts) == 2  # the refused files were never sent
    for post in posts:
        query = {k: v[0] for k, v in post["query"].items()}
        assert abs(float(query["x"]) - lon) < 1e-7 and abs(float(query["y"]) - lat) < 1e-7
        assert query["z"] == "31.5" and query["name"] == "S-40"
    assert [dialog.files.topLevelItem(i).text(1).split(":")[0] for i in range(4)] == [
        "uploaded", "uploaded", "refused", "refused"]
    warnings = tab.context.iface.messageBar().get_messages(1)
    assert warnings[-1].endswith("Imago: 2 uploaded, 2 refused")

    # trying again sends nothing twice: the two that arrived are skipped
    QTest.mouseClick(dialog.upload_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: dialog.task is None, 30, "the second upload")
    assert len(sandbox.log.find(path=PREFIX + "/image$", method="POST")) == 2
    assert dialog.files.topLevelItem(0).text(1).startswith("skipped: already uploaded on ")
    dialog.close()
    assert canvas.mapTool() is not dialog.tool and dialog.marker is None


def test_upload_at_a_selected_feature_with_elevation_from_a_field_in_utm(tab, sandbox, wait_until, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=site:string&field=elev:double", "Outcrops", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-123.1205, 49.2833)))
    feature.setAttributes(["OC-1", 17.25])
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    tab.context.iface.setActiveLayer(layer)
    tab.collection_combo.setCurrentText("Outcrops")
    tab.upload_for_active_layer()  # the layer context-menu entry
    dialog = tab.upload_dialog
    dialog.imagery_type_combo.setCurrentText("Outcrop photos")
    assert dialog.at_feature.isChecked() and dialog.field_elevation.isChecked()
    assert dialog.elevation_field.currentText() == "elev"
    assert "in EPSG:26910 (what Outcrop photos expects)" in dialog.location.text()
    dialog.add_files([write(tmp_path, "oc.jpg", photo(120, 90))])
    dialog.upload_button.click()
    wait_until(lambda: dialog.task is None, 30, "the upload")
    query = {k: v[0] for k, v in sandbox.log.find(path=PREFIX + "/image$", method="POST")[0]["query"].items()}
    utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:26910"),
                                 QgsProject.instance()).transform(QgsPointXY(-123.1205, 49.2833))
    assert abs(float(query["x"]) - utm.x()) < 0.01 and abs(float(query["y"]) - utm.y()) < 0.01
    assert 490_000 < float(query["x"]) < 492_000 and 5_458_000 < float(query["y"]) < 5_460_000
    assert query["z"] == "17.25" and query["collection"] == "Outcrops"
    assert dialog.files.topLevelItem(0).text(1).startswith("uploaded: image ")
