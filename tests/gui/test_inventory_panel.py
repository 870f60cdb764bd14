""""All services" in the panel, driven like a user against the sandbox: every
service answers into one overview and one inventory layer; a failing service
(503) and one without credentials leave the others; Cancel all stops every
service; a row opens its tab, a month of the timeline selects its footprints."""

import errno
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QThread
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.inventory import SERVICE_COLOURS
from imagery_hub.providers import inventory
from imagery_hub.sandbox.accounts import DEMO_CREDENTIALS
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.inventory import CANCEL, CAPTURED, CLOUD, IMAGES, SHARPEST, STATE

SERVICES = ("spexi", "mapillary", "mapflow", "eosda", "imago")


@pytest.fixture
def panel(context, wait_until):
    dock = ImageryHubDock(context)
    dock.resize(520, 900)
    dock.show()
    dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84))
    yield dock.inventory
    wait_until(lambda: not context.tasks.running(), 30, "tasks to end")
    dock.cleanup()
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


def store(context, *service_ids):
    for service_id in service_ids:
        values = dict(DEMO_CREDENTIALS[service_id])
        values.pop("token", None)
        context.credentials.save(service_id, values)


def search_all(panel, wait_until):
    QTest.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.running(), 60, "the inventory")


def by_service(layer):
    counts = {}
    for feature in layer.getFeatures():
        counts[feature["service"]] = counts.get(feature["service"], 0) + 1
    return counts


def test_every_service_answers_into_one_overview_and_one_layer(panel, context, wait_until, sandbox):
    store(context, *SERVICES)
    search_all(panel, wait_until)
    assert {s: panel.cell(s, STATE) for s in SERVICES} == dict.fromkeys(SERVICES, "done")
    layer = panel.layer
    assert layer is not None and layer.isValid()
    counts = by_service(layer)
    # the overview's counts are the layer's, per service
    assert {s: int(panel.cell(s, IMAGES).replace(",", "")) for s in SERVICES} == counts
    assert all(counts[s] > 0 for s in SERVICES)
    assert panel.cell("eosda", SHARPEST) == "10 m" and panel.cell("eosda", CLOUD).endswith("%")
    assert panel.cell("spexi", SHARPEST).endswith(" m altitude") and " – " in panel.cell("mapillary", CAPTURED)
    # one group, named with the time, holding the inventory layer saved in a GeoPackage
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Imagery inventory · ") and group.findLayer(layer.id())
    assert layer.source().split("|")[0].endswith(".gpkg")
    renderer = layer.renderer()  # styled by service, each in its colour
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "service"
    assert {c.value(): c.symbol().color().name() for c in renderer.categories()} == SERVICE_COLOURS
    assert {f.name() for f in layer.fields()} >= {"service", "id", "captured_at", "kind", "resolution_m", "cloud",
                                                  "link"}
    # the attribute table's headers say what each field holds (in the user's language)
    assert layer.attributeDisplayName(layer.fields().indexOf("captured_at")) == "Captured (UTC)"
    assert [row[0] for row in panel.timeline.rows] == list(SERVICES)
    # the timeline shows each service's busiest month as a dot in its colour (its hue:
    # a small dot is mostly its darker outline)
    picture = panel.timeline.grab().toImage()
    for service_id in SERVICES:
        (year, month), _count = inventory.monthly_counts(panel.records[service_id]).most_common(1)[0]
        seen = picture.pixelColor(panel.timeline.centre_of(service_id, year, month))
        assert abs(seen.hue() - QColor(SERVICE_COLOURS[service_id]).hue()) <= 8 and seen.saturation() > 60, \
            (service_id, seen.name())


def test_a_failing_service_and_one_without_credentials_leave_the_others(panel, context, wait_until, sandbox):
    store(context, "spexi", "mapillary", "mapflow", "eosda")  # no Imago credentials
    sandbox.faults.add(kind="status", status=503, path="^/eosda/")
    search_all(panel, wait_until)
    assert panel.cell("imago", STATE).startswith("skipped: no credentials")
    assert panel.cell("eosda", STATE).startswith("failed: EOSDA") and "503" in panel.cell("eosda", STATE)
    assert [panel.cell(s, STATE) for s in ("spexi", "mapillary", "mapflow")] == ["done"] * 3
    assert set(by_service(panel.layer)) == {"spexi", "mapillary", "mapflow"}


def test_cancel_all_stops_every_service(panel, context, wait_until, sandbox):
    store(context, *SERVICES)
    sandbox.faults.add(kind="black_hole")  # no service ever answers
    QTest.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    prefixes = ("/spexi/", "/mapillary/", "/mapflow/", "/eosda/", "/imago/")
    wait_until(lambda: all(sandbox.log.find(path="^" + p) for p in prefixes), 30, "every service to ask")
    QTest.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.running(), 30, "the inventory to stop")
    assert {s: panel.cell(s, STATE) for s in SERVICES} == dict.fromkeys(SERVICES, "cancelled")
    assert panel.layer is None and panel.status.text() == "Cancelled"


def test_a_row_opens_its_tab_and_a_month_selects_its_footprints(panel, context, wait_until, sandbox):
    store(context, "eosda", "spexi")
    search_all(panel, wait_until)
    table = panel.table
    row = inventory.service_ids().index("eosda")
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    dock = panel.dock
    assert dock.tabs.currentWidget().service_id == "eosda"
    assert panel.layer.selectedFeatureCount() == by_service(panel.layer)["eosda"]
    # the month with most EOSDA scenes, clicked on the timeline
    counts = inventory.monthly_counts(panel.records["eosda"])
    (year, month), count = counts.most_common(1)[0]
    QTest.mouseClick(panel.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     panel.timeline.centre_of("eosda", year, month))
    selected = panel.layer.selectedFeatures()
    assert len(selected) == count > 0
    assert all(f["service"] == "eosda" and f["captured_at"].date().month() == month for f in selected)
    # the user removes the layer: clicks still work, on the tabs only
    QgsProject.instance().removeMapLayer(panel.layer.id())
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseClick(panel.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     panel.timeline.centre_of("eosda", year, month))
    assert panel.layer is None and dock.tabs.currentWidget().service_id == "eosda"


def test_each_service_keeps_its_own_budget_refusal(panel, context, wait_until, sandbox):
    store(context, "spexi", "eosda")
    soft, hard = context.settings.request_limits()
    context.settings.set_request_limits(1, 1)  # one request allowed: EOSDA's date ranges need more
    try:
        search_all(panel, wait_until)
    finally:
        context.settings.set_request_limits(soft, hard)
    state = panel.cell("eosda", STATE)
    assert state.startswith("refused: The area of interest needs about ") and "narrow the dates" in state
    assert sandbox.log.find(path="^/eosda/") == []
    assert panel.cell("spexi", STATE) == "done" and set(by_service(panel.layer)) == {"spexi"}


def test_one_service_cancelled_alone_leaves_the_others(panel, context, wait_until, sandbox):
    store(context, *SERVICES)
    sandbox.faults.add(kind="black_hole", path="^/imago/")  # Imago never answers
    QTest.mouseClick(panel.all_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: sandbox.log.find(path="^/imago/"), 30, "Imago to be asked")
    cancel = panel.table.cellWidget(inventory.service_ids().index("imago"), CANCEL)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.running(), 60, "the inventory")
    assert panel.cell("imago", STATE) == "cancelled"
    assert set(by_service(panel.layer)) == {"spexi", "mapillary", "mapflow", "eosda"}


#: the services whose tab shows the inventory's layer in a results table
#: (Imago's list is its own: tests/gui/test_imago_inventory.py)
WITH_LAYERS = ("spexi", "mapillary", "mapflow", "eosda")


def test_the_group_holds_each_service_layers_and_a_row_loads_them_into_its_tab(panel, context, wait_until,
                                                                                  sandbox):
    store(context, *SERVICES)
    search_all(panel, wait_until)
    group = QgsProject.instance().layerTreeRoot().children()[0]
    in_group = {node.layer().id() for node in group.findLayers()}
    assert panel.layer.id() in in_group
    assert set(panel.service_layers) == set(WITH_LAYERS) | {"imago"}
    for service_id in panel.service_layers:
        layers = panel.service_layers[service_id]
        assert layers and all(layer.isValid() and layer.id() in in_group for layer in layers)
        assert layers[0].source().split("|")[0].endswith(".gpkg")
    assert len(in_group) == 1 + sum(len(layers) for layers in panel.service_layers.values())
    table = panel.table
    for service_id in WITH_LAYERS:
        rect = table.visualRect(table.model().index(inventory.service_ids().index(service_id), 0))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
        tab = panel.dock.tabs.currentWidget()
        assert tab.service_id == service_id
        results = tab.catalog.table if service_id == "mapflow" else tab.table  # Mapflow: its Catalog page
        assert results.isVisible()
        model = results.model()
        assert model.rowCount() == int(panel.cell(service_id, IMAGES).replace(",", "")) > 2
        # rows selected in the tab's table select their footprints on the map (selected
        # without moving the current row: a current row would start the tab's preview)
        layer = panel.service_layers[service_id][0]
        rows = QItemSelection(model.index(1, 0), model.index(2, model.columnCount() - 1))
        results.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        assert sorted(layer.selectedFeatureIds()) == sorted(results.fid_at(model.index(r, 0)) for r in (1, 2))


def click_row(panel, service_id):
    table = panel.table
    rect = table.visualRect(table.model().index(inventory.service_ids().index(service_id), 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    tab = panel.dock.tabs.currentWidget()
    assert tab.service_id == service_id
    return tab


def test_a_row_shows_the_rows_the_inventory_task_read_and_follows_the_map_selection(panel, context, wait_until,
                                                                                     sandbox, monkeypatch):
    """A click on a service's row reads no feature on the GUI thread: the
    inventory's task read the tab's rows; the table holds exactly the layer's
    features, and its selection and the map's follow each other. A layer
    changed since is read again by its tab."""
    from imagery_hub.ui import results_model
    from imagery_hub.ui.imago import imagery_list
    gui_reads = []

    def watched(real):
        def read(*args, **kwargs):
            if QThread.currentThread() == QCoreApplication.instance().thread():
                gui_reads.append(real.__name__)
            return real(*args, **kwargs)
        return read
    monkeypatch.setattr(results_model, "feature_rows", watched(results_model.feature_rows))
    monkeypatch.setattr(imagery_list, "placed_imagery", watched(imagery_list.placed_imagery))
    store(context, *SERVICES)
    search_all(panel, wait_until)
    for service_id in WITH_LAYERS:
        tab = click_row(panel, service_id)
        results = tab.catalog.table if service_id == "mapflow" else tab.table
        model = results.model()
        layer = panel.service_layers[service_id][0]
        fids = [results.fid_at(model.index(row, 0)) for row in range(model.rowCount())]
        assert sorted(fids) == sorted(layer.allFeatureIds()) and len(fids) > 3
        layer.selectByIds(fids[:2])  # map → table
        assert sorted(results.selected_fids()) == sorted(fids[:2])
        rows = QItemSelection(model.index(2, 0), model.index(3, model.columnCount() - 1))  # table → map
        results.selectionModel().select(rows, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        assert sorted(layer.selectedFeatureIds()) == sorted(fids[2:4])
    tab = click_row(panel, "imago")
    (imago,) = panel.service_layers["imago"]
    wait_until(lambda: tab.connection is not None, 60, "the sign-in the tab starts")  # which lists them again
    assert tab.table.rowCount() == imago.featureCount() and sorted(tab.fids) == sorted(imago.allFeatureIds())
    assert gui_reads == []
    # Spexi's footprints edited since the inventory: its tab reads them itself
    footprints = panel.service_layers["spexi"][0]
    footprints.startEditing()
    gone = footprints.allFeatureIds()[0]
    footprints.deleteFeature(gone)
    tab = click_row(panel, "spexi")
    shown = [tab.table.fid_at(tab.table.model().index(row, 0)) for row in range(tab.table.model().rowCount())]
    assert gui_reads == ["feature_rows"] and gone not in shown and len(shown) == footprints.featureCount()
    footprints.rollBack()


def test_one_service_layers_failing_leaves_the_others_and_the_inventory(panel, context, wait_until, sandbox,
                                                                        monkeypatch):
    """The disk fills up while Mapillary's own GeoPackage is written: its row
    says so in one sentence, its images stay in the inventory layer, and the
    other services' layers are built and opened as usual."""
    from imagery_hub.core.mapillary import inventory as mapillary_layers
    from imagery_hub.core.mapillary.search import write_images

    def disk_full(gpkg, items):
        write_images(gpkg, items[:1])  # the file is under way when the disk fills up
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mapillary_layers, "write_images", disk_full)
    store(context, *SERVICES)
    folder = Path(context.settings.workspace_folder())
    before = set(folder.glob("mapillary_*"))
    search_all(panel, wait_until)
    state = panel.cell("mapillary", STATE)
    assert state.startswith("failed: its images are in the inventory layer, but its own result layers could not "
                            "be built: ") and "No space left on device" in state
    assert [panel.cell(s, STATE) for s in SERVICES if s != "mapillary"] == ["done"] * 4
    # the inventory layer holds every service, Mapillary included, as the overview counts them
    counts = by_service(panel.layer)
    assert {s: int(panel.cell(s, IMAGES).replace(",", "")) for s in SERVICES} == counts
    assert set(panel.service_layers) == (set(WITH_LAYERS) | {"imago"}) - {"mapillary"}
    group = QgsProject.instance().layerTreeRoot().children()[0]
    in_group = {node.layer().id() for node in group.findLayers()}
    assert in_group == {panel.layer.id()} | {layer.id() for layers in panel.service_layers.values()
                                             for layer in layers}
    assert all(layer.isValid() and layer.featureCount() > 0 for layers in panel.service_layers.values()
               for layer in layers)
    # nothing half-written is left behind under Mapillary's name
    assert set(folder.glob("mapillary_*")) == before
    # its row still opens its tab and selects its footprints in the inventory layer
    table = panel.table
    rect = table.visualRect(table.model().index(inventory.service_ids().index("mapillary"), 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert panel.dock.tabs.currentWidget().service_id == "mapillary"
    assert panel.layer.selectedFeatureCount() == counts["mapillary"]
