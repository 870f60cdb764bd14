""""All services" keeps Mapillary's cells at the image cap, as a search of the
Mapillary tab does: in a city dense enough for the cap (the sandbox's
``mapillary.copies``), the inventory's group holds the same "Cells at the image
cap" layer as the tab's search of the same area, and the tab still shows the
images when the service's row is clicked."""

import pytest
from qgis.core import QgsGeometry, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from shapely.wkt import loads

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.mapillary.access import MapillaryAccess, bbox_limit, refine_depth
from imagery_hub.core.mapillary.search import SearchRequest, SearchTask, is_images_layer
from imagery_hub.providers import inventory
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.ui.dock import ImageryHubDock


@pytest.fixture
def dock(context, wait_until, sandbox):
    sandbox.options["mapillary.copies"] = 30
    context.credentials.save("mapillary", DEMO_CREDENTIALS["mapillary"])
    dock = ImageryHubDock(context)
    dock.resize(520, 900)
    dock.show()
    dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    yield dock
    wait_until(lambda: not context.tasks.running(), 30, "tasks to end")
    dock.cleanup()
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()
    sandbox.options.pop("mapillary.copies", None)


def cells(layer):
    return sorted(feature["bbox"] for feature in layer.getFeatures())


def test_the_inventory_keeps_the_cells_at_the_cap_as_a_tab_search_does(dock, context, run_task, wait_until):
    settings = context.settings
    request = SearchRequest(loads(AOI_WKT), bbox_limit=bbox_limit(settings), refine_depth=refine_depth(settings))
    tab_search = run_task(SearchTask(MapillaryAccess.from_context(context), request, settings.workspace_folder()))
    assert tab_search.capped  # the dense city meets the cap

    panel = dock.inventory
    QTest.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.running(), 120, "the inventory")
    images, capped = panel.service_layers["mapillary"]
    assert is_images_layer(images) and capped.name() == "Cells at the image cap"
    assert len(cells(capped)) == len(tab_search.capped)
    assert cells(capped) == sorted(",".join(f"{v:.6f}" for v in cell) for cell in tab_search.capped)
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert capped.id() in {node.layer().id() for node in group.findLayers()}

    table = panel.table
    rect = table.visualRect(table.model().index(inventory.service_ids().index("mapillary"), 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    tab = dock.tabs.currentWidget()
    assert tab.service_id == "mapillary" and tab.layer is images
    assert tab.table.model().rowCount() == images.featureCount() > 0
