"""The Mapflow tab driven like a user: account, projects, a processing from the AOI
to its results on the map, and what can be done with the processings."""

import json

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorTileLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QPushButton

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.mapflow.watch import WATCHED
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapflow.tab import MapflowTab


class ScriptedDialogs:
    """Answers the tab's questions from a script and records what was asked."""

    def __init__(self):
        self.asked = []
        self.confirm_answers, self.texts, self.choices = [], [], []
        self.errors_shown = []

    def confirm(self, title, text, accept_label="OK", destructive=False):
        self.asked.append((title, text, destructive))
        return self.confirm_answers.pop(0)

    def ask_text(self, title, label, text=""):
        self.asked.append((title, text, False))
        return self.texts.pop(0)

    def choose(self, title, label, items):
        self.asked.append((title, list(items), False))
        return items.index(self.choices.pop(0))

    def show_errors(self, processing):
        self.errors_shown.append(processing.error_lines())


@pytest.fixture
def tab(context, sandbox, wait_until, qgis_iface, request):
    """The tab on a fresh account; ``indirect`` "live" speaks the live service's shapes."""
    qgis_iface.messageBar().clearWidgets()  # notices of earlier tests stay until closed
    sandbox.options["mapflow.live_shapes"] = getattr(request, "param", "documented") == "live"
    sandbox.options["mapflow.processing_seconds"] = 1.0
    sandbox.state["mapflow"].reset()
    context.settings.remove(WATCHED)
    context.settings.remove("mapflow/project_id")
    context.settings.set_value("mapflow/poll_seconds", 0.2)
    context.credentials.save("mapflow", {"secret": secret("mapflow")})
    dock = ImageryHubDock(context)
    tab = next(t for t in dock.service_tabs if isinstance(t, MapflowTab))
    tab.dialogs = ScriptedDialogs()
    dock.show_tab(tab)
    dock.show()  # the first showing loads the account
    wait_until(lambda: tab.account is not None and tab.header.current_id(), 60, "the account")
    yield tab
    tab.cleanup()
    dock.cleanup()
    dock.deleteLater()
    for option in ("mapflow.processing_seconds", "mapflow.flaky_aois", "mapflow.live_shapes"):
        sandbox.options.pop(option, None)
    context.settings.remove(WATCHED)
    for layer_id in list(QgsProject.instance().mapLayers()):
        QgsProject.instance().removeMapLayer(layer_id)
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def set_demo_aoi(tab, sandbox):
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    tab.form.source_kind.setCurrentIndex(tab.form.source_kind.findData("xyz"))
    tab.form.url.setText(sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png")


def start(tab, wait_until, answer=True):
    tab.dialogs.confirm_answers.append(answer)
    QTest.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.form.start_button.isEnabled(), 60, "the start to be answered")


def message_button(bar, label):
    return next((b for b in bar.findChildren(QPushButton) if b.text() == label), None)


def test_account_summary_models_blocks_and_prices(tab):
    summary = tab.header.summary.text()
    assert "demo@imagery-hub.test" in summary and "5,000 credits left" in summary
    assert "25.00 km² per area" in summary and "10 areas per processing" in summary
    models = [tab.form.model.itemText(i) for i in range(tab.form.model.count())]
    assert models[0] == "🏠 Buildings — 13 /km²" and len(models) == 5
    assert [box.text() for box in tab.form.block_boxes.values()] == \
        ["Classification (+3 /km²)", "Polygonization (+5 /km²)", "Merge with OSM (free)"]
    tab.form.model.setCurrentIndex(1)  # Roads has no optional blocks
    assert tab.form.block_boxes == {} and not tab.form.blocks.isVisibleTo(tab.form)


@pytest.mark.parametrize("tab", ["live"], indirect=True)
def test_a_live_account_offers_its_project_models_and_runs_a_default_provider(tab, sandbox, wait_until):
    # the live status lists no models: they are the project's workflowDefs, priced by their fixed blocks
    models = [tab.form.model.itemText(i) for i in range(tab.form.model.count())]
    assert models[0] == "🏠 Buildings — 10 /km²" and len(models) == 5
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    tab.form.source_kind.setCurrentIndex(tab.form.source_kind.findData("default"))
    assert tab.form.default_provider.isVisibleTo(tab.form) and not tab.form.image_id.isVisibleTo(tab.form)
    providers = [tab.form.default_provider.itemText(i) for i in range(tab.form.default_provider.count())]
    assert "Mapbox" in providers
    tab.form.default_provider.setCurrentIndex(providers.index("Mapbox"))
    tab.form.zoom.setValue(17)
    tab.form.name.setText("From Mapbox")
    start(tab, wait_until)
    assert "Mapbox imagery" in tab.dialogs.asked[-1][1]
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the new row")
    assert round(tab.panel.model.items[0].area_km2, 2) == 0.39  # read from aoiArea, not 0 km²
    sent = json.loads(sandbox.log.find(r"/mapflow/rest/processings/v2$", method="POST")[-1]["body"])
    assert sent["params"] == {"sourceParams": {"dataProvider": {"providerName": "mapbox", "zoom": "17"}}}


def test_projects_create_rename_delete(tab, wait_until):
    assert not tab.header.delete_button.isEnabled()  # the default project cannot be deleted
    tab.dialogs.texts.append("Vancouver")
    tab.header.new_button.click()
    wait_until(lambda: tab.header.combo.currentText() == "Vancouver", 60, "the new project")
    tab.dialogs.texts.append("Vancouver 2024")
    tab.header.rename_button.click()
    wait_until(lambda: tab.header.combo.currentText() == "Vancouver 2024", 60, "the rename")
    tab.dialogs.confirm_answers.append(True)
    tab.header.delete_button.click()
    wait_until(lambda: tab.header.combo.count() == 1, 60, "the delete")
    assert tab.header.combo.currentText() == "Default (default)"
    assert tab.dialogs.asked[-1][2] is True  # asked as a destructive question


def test_a_processing_from_the_aoi_to_its_results_on_the_map(tab, sandbox, context, wait_until, qgis_iface):
    set_demo_aoi(tab, sandbox)
    tab.form.name.setText("Downtown")
    start(tab, wait_until)
    title, text, _ = tab.dialogs.asked[-1]
    assert title == "Start Mapflow processing"
    assert "Model: 🏠 Buildings" in text and "Cost: 9 credits (5,000 left)" in text
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the new row")
    processing = tab.panel.model.items[0]
    assert processing.name == "Downtown" and processing.id in tab.watcher.watched()
    assert tab.start_box.folded  # the list takes the room

    bar = qgis_iface.messageBar()
    wait_until(lambda: message_button(bar, "Load results") is not None, 60, "the done notice")
    assert tab.panel.model.items[0].status == "OK" and tab.watcher.watched() == {}
    assert tab.form.status.text() == "“Downtown” done."  # the start form's line follows it to its end
    message_button(bar, "Load results").click()
    group = QgsProject.instance().layerTreeRoot().findGroup("Mapflow: Downtown")
    layers = [child.layer() for child in group.children()]
    assert any(isinstance(layer, QgsVectorTileLayer) for layer in layers) and len(layers) == 2
    assert all(layer.isValid() for layer in layers)

    tab.panel.select(processing.id)
    QTest.mouseClick(tab.panel.download_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: len(group.children()) == 4, 60, "the downloaded layers")
    results = next(c.layer() for c in group.children() if c.layer().name() == "Downtown – results")
    assert isinstance(results, QgsVectorLayer) and results.featureCount() > 100
    wait_until(lambda: "credits left" in tab.header.summary.text() and "4,991" in tab.header.summary.text(), 60,
               "the account to show what is left")


def no_processing_asked(sandbox):
    """Neither a cost nor a start reached Mapflow (the watcher's background list
    requests, /processings/v2/page, may come and go at any time)."""
    return (sandbox.log.find(r"/processing/cost") == []
            and sandbox.log.find(r"/processings(/v2)?$", method="POST") == [])


def test_a_bad_url_is_refused_in_the_form_before_any_request(tab, sandbox, wait_until):
    set_demo_aoi(tab, sandbox)
    tab.form.url.setText("https://example.com/tiles/{z}/{x}.png")
    sandbox.log.clear()
    QTest.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    assert "{y} is missing" in tab.form.status.text()
    assert tab.form.start_button.isEnabled()
    assert no_processing_asked(sandbox)


def test_an_area_over_the_accounts_limit_is_refused_before_any_request(tab, sandbox):
    set_demo_aoi(tab, sandbox)
    too_big = "POLYGON((-123.2 49.25, -123.1 49.25, -123.1 49.3, -123.2 49.3, -123.2 49.25))"  # about 40 km²
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(too_big), WGS84, "polygon"))
    sandbox.log.clear()
    QTest.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    assert "more than the 25.00 km² Mapflow accepts per area" in tab.form.status.text()
    assert no_processing_asked(sandbox) and tab.dialogs.asked == []


def test_a_failed_processing_offers_its_error_and_a_restart(tab, sandbox, wait_until, qgis_iface):
    sandbox.options["mapflow.flaky_aois"] = 1
    set_demo_aoi(tab, sandbox)
    start(tab, wait_until)
    bar = qgis_iface.messageBar()
    wait_until(lambda: message_button(bar, "Read the error") is not None, 60, "the failure notice")
    assert tab.form.status.text().endswith("failed.")
    message_button(bar, "Read the error").click()
    assert tab.dialogs.errors_shown == [["Tile at location 18/41667/90045 cannot be loaded, server response is 503"]]
    tab.panel.select(tab.panel.model.items[0].id)
    assert tab.panel.actions["restart"].isEnabled() and not tab.panel.actions["load"].isEnabled()
    tab.panel.actions["restart"].trigger()
    wait_until(lambda: message_button(bar, "Load results") is not None, 60, "the done notice after the restart")


def test_rename_move_and_delete_from_the_table(tab, sandbox, wait_until):
    set_demo_aoi(tab, sandbox)
    start(tab, wait_until)
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the new row")
    tab.panel.table.setFocus()
    tab.panel.select(tab.panel.model.items[0].id)
    tab.dialogs.texts.append("Renamed")
    QTest.keyClick(tab.panel.table, Qt.Key.Key_F2)
    wait_until(lambda: tab.panel.model.items[0].name == "Renamed", 60, "the rename")

    tab.dialogs.texts.append("Elsewhere")
    tab.header.new_button.click()
    wait_until(lambda: tab.header.combo.currentText() == "Elsewhere", 60, "the new project")
    tab.header.combo.setCurrentIndex(tab.header.combo.findText("Default (default)"))
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the default project's list")
    tab.panel.select(tab.panel.model.items[0].id)
    tab.dialogs.choices.append("Elsewhere")
    tab.panel.actions["move"].trigger()
    wait_until(lambda: tab.panel.model.rowCount() == 0, 60, "the move")

    tab.header.combo.setCurrentIndex(tab.header.combo.findText("Elsewhere"))
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the other project's list")
    tab.panel.select(tab.panel.model.items[0].id)
    tab.dialogs.confirm_answers.append(False)  # Escape on the confirmation: nothing happens
    QTest.keyClick(tab.panel.table, Qt.Key.Key_Delete)
    tab.dialogs.confirm_answers.append(True)
    QTest.keyClick(tab.panel.table, Qt.Key.Key_Delete)
    wait_until(lambda: tab.panel.model.rowCount() == 0, 60, "the delete")
    assert sandbox.state["mapflow"].processings == {}


def test_polygon_layer_menu_runs_a_processing_on_the_selected_features(tab, sandbox, wait_until, qgis_iface):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "parcels", "memory")
    west, south, north = -123.1264, 49.2802, 49.2852
    features = []
    for x0 in (west, west + 0.005):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x0} {south}, {x0 + 0.003} {south}, {x0 + 0.003} {north}, {x0} {north}, {x0} {south}))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    layer.selectAll()
    texts = [text for text, _, _ in tab.layer_actions()]
    assert texts == ["Use as Mapflow AOI", "Run Mapflow processing on selected features", "Upload to Mapflow"]
    tab.form.url.setText(sandbox.cdn_url + "/mapflow/imagery/{z}/{x}/{y}.png")
    tab.dialogs.confirm_answers.append(True)
    tab.layer_actions()[1][1]()
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the processing")
    assert "in 2 areas" in tab.dialogs.asked[-1][1]
    assert tab.panel.model.items[0].aoi_count == 2
    assert tab.dock.aoi.kind == "selection"
