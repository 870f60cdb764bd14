"""The Imago row of "All services": the Imago tab lists the imagery the
inventory placed in the area, each from its own workspace, dataset and
collection; previews, downloads and the map selection work on those rows."""

import pytest
from qgis.core import QgsGeometry, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.providers import inventory
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.imago.api import PREFIX
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.inventory import IMAGES

@pytest.fixture
def panel(context, sandbox, wait_until, tmp_path):
    sandbox.state.pop("imago", None)
    context.settings.set_value("download_folder", str(tmp_path / "downloads"))
    context.credentials.save("imago", dict(DEMO_CREDENTIALS["imago"]))
    dock = ImageryHubDock(context)
    dock.resize(520, 900)
    dock.show()
    dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    QTest.mouseClick(dock.inventory.all_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not dock.inventory.running(), 60, "the inventory")
    yield dock.inventory
    wait_until(lambda: not context.tasks.running(), 30, "tasks to end")
    dock.cleanup()
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def open_imago_row(panel):
    table = panel.table
    rect = table.visualRect(table.model().index(inventory.service_ids().index("imago"), 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    tab = panel.dock.tabs.currentWidget()
    assert tab.service_id == "imago"
    return tab


def test_the_imago_row_lists_the_inventory_imagery_with_previews_and_downloads(panel, context, sandbox,
                                                                                 wait_until):
    (layer,) = panel.service_layers["imago"]
    assert layer.isValid() and layer.source().split("|")[0].endswith(".gpkg")
    count = int(panel.cell("imago", IMAGES).replace(",", ""))
    assert layer.featureCount() == count > 1
    tab = open_imago_row(panel)
    wait_until(lambda: tab.connection is not None, 60, "the sign-in the tab starts")
    table = tab.table
    assert table.isVisible() and table.rowCount() == count
    assert tab.status.isVisible() and tab.status.text() == f"{count} images (from the imagery inventory)."
    names = {f["name"] for f in layer.getFeatures()}
    assert {table.item(row, 0).text() for row in range(count)} == names
    # a row: its point selected on the map, its preview fetched from its own collection
    feature = next(f for f in layer.getFeatures() if f.id() == tab.fids[1])
    table.selectRow(1)
    assert layer.selectedFeatureIds() == [feature.id()]
    wait_until(lambda: tab.preview.pixmap() is not None and not tab.preview.pixmap().isNull(), 60, "the preview")
    preview = sandbox.log.find(path=PREFIX + "/image$")[-1]["query"]
    assert preview["imageryId"] == [feature["imagery_id"]] and preview["collection"] == [feature["collection"]]
    assert preview["workspace"] == [feature["workspace"]] and preview["dataset"] == [feature["dataset"]]
    assert preview["imageType"][0] in feature["image_types"].split(", ")
    # two rows downloaded, each from where it lives
    table.clearSelection()
    table.selectRow(0)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(table.model().index(2, 0)).center())
    assert sorted(layer.selectedFeatureIds()) == sorted([tab.fids[0], tab.fids[2]])
    sandbox.log.clear()
    QTest.mouseClick(tab.download_button, Qt.MouseButton.LeftButton)
    folder = context.settings.download_folder() / "imago"
    wait_until(lambda: folder.is_dir() and len(list(folder.glob("*.jpg"))) == 2, 60, "the two images")
    wanted = {tab.imagery[0].id, tab.imagery[2].id}
    assert {r["query"]["imageryId"][0] for r in sandbox.log.find(path=PREFIX + "/image$")} == wanted


def test_browsing_a_collection_afterwards_leaves_the_inventory(panel, wait_until):
    (layer,) = panel.service_layers["imago"]
    tab = open_imago_row(panel)
    wait_until(lambda: tab.connection is not None and tab.collection_combo.count() > 0, 60, "the sign-in")
    assert tab.table.rowCount() == layer.featureCount()
    tab.collection_combo.setCurrentText("BH-04")
    tab.imagery_type_combo.setCurrentText("Core trays")
    QTest.mouseClick(tab.list_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.table.rowCount() == 4, 60, "the imagery list")
    assert not tab.status.isVisible() and tab.inventory is None
    tab.table.selectRow(0)
    assert layer.selectedFeatureCount() == 0  # the list is the collection's, not the inventory's
