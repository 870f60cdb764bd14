"""'Download Imago images for selected features' on point layers: features
matched by depth or name fields, images saved, their paths written to a field
(created when missing; undoable in edit mode; a GeoPackage's written in the
download's task, with no reload, the selection kept, a cancelled batch's files
kept)."""

import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtWidgets import QDialogButtonBox

from imagery_hub.core.compat import make_field
from imagery_hub.core.imago import features
from imagery_hub.core.layers import set_attribute_values
from imagery_hub.providers.errors import ImageryHubError
from imagery_hub.providers.imago.client import ImagoClient
from imagery_hub.providers.imago.models import ImagerySelector
from imagery_hub.sandbox import DEMO_CREDENTIALS
from imagery_hub.sandbox.imago.api import PREFIX
from imagery_hub.sandbox.imago.data import BOREHOLE_COLLARS
from imagery_hub.ui.dock import ImageryHubDock

ACCOUNT = DEMO_CREDENTIALS["imago"]
WARNING = 1
SUCCESS = 3


@pytest.fixture
def tab(context, sandbox, wait_until):
    sandbox.state.pop("imago", None)
    context.credentials.save("imago", {"username": ACCOUNT["username"], "secret": ACCOUNT["secret"]})
    dock = ImageryHubDock(context)
    imago_tab = next(t for t in dock.service_tabs if t.service_id == "imago")
    imago_tab.sign_in()
    wait_until(lambda: imago_tab.collection_combo.count() > 0, 60, "sign-in and collections")
    yield imago_tab
    dock.cleanup()
    QgsProject.instance().removeAllMapLayers()


def borehole_layer(rows, provider="memory", path=None):
    """Points at the collars with hole_id, from_m, to_m (a None is NULL)."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "Boreholes", "memory")
    layer.dataProvider().addAttributes([make_field("hole_id", "string"), make_field("from_m", "double"),
                                        make_field("to_m", "double")])
    layer.updateFields()
    features = []
    for hole, start, end in rows:
        feature = QgsFeature(layer.fields())
        lon, lat, _ = BOREHOLE_COLLARS.get(hole, (-123.12, 49.28, 0))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([hole, start, end])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def run_dialog(tab, layer, wait_until, configure=None):
    tab.context.iface.setActiveLayer(layer)
    layer.selectAll()
    tab.download_for_active_layer()  # the layer context-menu entry
    dialog = tab.download_dialog
    if configure:
        configure(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def messages(tab, level):
    return tab.context.iface.messageBar().get_messages(level)


def test_context_menu_download_fills_the_path_field(tab, sandbox, wait_until, tmp_path):
    layer = borehole_layer([("BH-01", 0.0, 3.2), ("BH-02", 3.2, 6.4), ("BH-03", 6.4, 9.6), ("BH-05", 6.4, 9.6),
                            ("BH-99", 0.0, 3.2), ("BH-04", None, None)])
    assert "imago_path" not in layer.fields().names()
    dialog = run_dialog(tab, layer, wait_until)
    # the guesses a user would have made: collection from hole_id, depth from from_m/to_m
    assert (dialog.match.collection_field, dialog.match.start_field, dialog.match.end_field) == (
        "hole_id", "from_m", "to_m")
    assert (dialog.match.imagery_type, dialog.match.image_type) == ("Core trays", "Dry")
    wait_until(lambda: messages(tab, WARNING), 30, "the download to finish")
    # one request per imagery; the workspace and dataset chosen on the tab went with each
    queries = [r["query"] for r in sandbox.log.find(path=PREFIX + "/image$")]
    assert len(queries) == 5 and all(q["workspace"] == ["Vancouver Exploration"] for q in queries)
    paths = {f["hole_id"]: f["imago_path"] for f in layer.getFeatures()}
    client = ImagoClient(username=ACCOUNT["username"], password=ACCOUNT["secret"], base_url=sandbox.url + PREFIX)
    for hole, start, end in (("BH-01", 0, 3.2), ("BH-02", 3.2, 6.4), ("BH-03", 6.4, 9.6)):
        expected = client.download_image(ImagerySelector(hole, "Core trays", "Dry", "Vancouver Exploration",
                                                         "Downtown Drilling 2024", start_depth=start,
                                                         end_depth=end), tmp_path / "expected")
        assert paths[hole].endswith(".jpg") and open(paths[hole], "rb").read() == expected.read_bytes()
    assert not paths["BH-99"] and not paths["BH-04"]
    warning = messages(tab, WARNING)[-1]
    assert "4 features of Boreholes got their image path in imago_path" in warning
    assert warning.endswith("2 without: BH-99: Collection BH-99 not found (HTTP 404); BH-04: no depth in from_m")


def test_by_name_into_an_editing_layer_is_one_undo_step_with_the_new_field(tab, wait_until):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=site:string&field=note:string", "Sites", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-123.12, 49.28)))
    feature.setAttributes(["S-03", "near the fountain"])
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    layer.startEditing()

    def configure(dialog):
        dialog.fixed_collection.setChecked(True)
        dialog.collection_combo.setCurrentText("Site photos")
        dialog.imagery_type_combo.setCurrentText("Field photos")
        dialog.by_name.setChecked(True)
        dialog.name_field.setCurrentText("site")
        dialog.width_spin.setValue(300)
        dialog.path_field.setText("photo")
    run_dialog(tab, layer, wait_until, configure)
    wait_until(lambda: messages(tab, SUCCESS), 30, "the download to finish")
    assert messages(tab, SUCCESS)[-1].endswith("1 feature of Sites got their image path in photo")
    path = next(layer.getFeatures())["photo"]
    from PIL import Image
    with Image.open(path) as image:
        assert image.size == (300, 225)  # 1200 × 900 scaled to 300 px wide
    assert layer.isModified() and layer.undoStack().count() == 1
    layer.undoStack().undo()
    assert "photo" not in layer.fields().names()
    layer.rollBack()


def test_bad_choices_are_refused_in_the_dialog_before_any_request(tab, sandbox, wait_until):
    layer = borehole_layer([("BH-01", 5.0, 1.0)])
    sandbox.log.clear()

    def configure(dialog):
        dialog.path_field.setText("from_m")  # a number field cannot take paths
    dialog = run_dialog(tab, layer, wait_until, configure)
    assert dialog.isVisible() and dialog.error.text() == \
        "Field from_m is not a text field: choose another name for the paths"
    dialog.path_field.setText("imago_path")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == ("None of the selected features names an imagery "
                                   "(The end depth (1) is above the start depth (5))")
    assert not sandbox.log.find(path=PREFIX + "/image")
    dialog.reject()


def test_download_needs_a_point_layer_and_a_selection(tab):
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326", "Areas", "memory")
    QgsProject.instance().addMapLayer(polygons)
    tab.context.iface.setActiveLayer(polygons)
    tab.download_for_active_layer()
    assert "works on point layers" in messages(tab, WARNING)[-1]
    points = borehole_layer([("BH-01", 0.0, 3.2)])
    tab.context.iface.setActiveLayer(points)
    tab.download_for_active_layer()
    assert messages(tab, WARNING)[-1].endswith("Select the features of Boreholes to download Imago images for")
    assert tab.download_dialog is None


def test_set_attribute_values_creates_a_missing_field_in_a_file_layer(tmp_path):
    path = tmp_path / "points.gpkg"
    source = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "p", "memory")
    feature = QgsFeature(source.fields())
    feature.setAttributes(["a"])
    source.dataProvider().addFeatures([feature])
    from qgis.core import QgsVectorFileWriter
    QgsVectorFileWriter.writeAsVectorFormatV3(source, str(path), QgsProject.instance().transformContext(),
                                              QgsVectorFileWriter.SaveVectorOptions())
    layer = QgsVectorLayer(str(path), "points", "ogr")
    fid = next(layer.getFeatures()).id()
    set_attribute_values(layer, {fid: "/data/a.jpg"}, "local_path", create_kind="string")
    reopened = QgsVectorLayer(str(path), "again", "ogr")
    assert next(reopened.getFeatures())["local_path"] == "/data/a.jpg"


def geopackage_layer(tmp_path, rows):
    """:func:`borehole_layer`'s points saved as a GeoPackage, opened as the user would."""
    memory = borehole_layer(rows)
    path = tmp_path / "boreholes.gpkg"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsProject.instance().transformContext(),
                                              QgsVectorFileWriter.SaveVectorOptions())
    QgsProject.instance().removeMapLayer(memory.id())
    layer = QgsVectorLayer(str(path), "Boreholes", "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def on_gui_thread():
    return QThread.currentThread() == QCoreApplication.instance().thread()


def watch_writes(monkeypatch, refuse_in_task=False):
    """Where the paths are written: True for a write on the GUI thread, False in
    the task (``refuse_in_task``: the file refuses the task's write)."""
    writes, real = [], features.set_attribute_values

    def write(*args, **kwargs):
        writes.append(on_gui_thread())
        if refuse_in_task and not writes[-1]:
            raise ImageryHubError("Could not write imago_path into features: the database is locked")
        return real(*args, **kwargs)
    monkeypatch.setattr(features, "set_attribute_values", write)
    return writes


def stored_paths(layer):
    """{hole: path} as the GeoPackage itself holds them (a layer of its own)."""
    again = QgsVectorLayer(layer.source(), "again", "ogr")
    return {f["hole_id"]: f["imago_path"] if "imago_path" in again.fields().names() else None
            for f in again.getFeatures()}


def test_paths_arrive_in_one_batch_that_keeps_the_selection_of_a_file_layer(tab, wait_until, tmp_path,
                                                                             monkeypatch):
    layer = geopackage_layer(tmp_path, [("BH-01", 0.0, 3.2), ("BH-02", 3.2, 6.4), ("BH-03", 6.4, 9.6)])
    writes = watch_writes(monkeypatch)
    reloads, selections, batches = [], [], []
    layer.reload = lambda: reloads.append(True)  # what a reload-and-reselect write would call
    layer.selectionChanged.connect(lambda *args: selections.append(args))
    layer.dataChanged.connect(lambda: batches.append(True))
    run_dialog(tab, layer, wait_until)  # selects all, then downloads
    selections.clear()
    wait_until(lambda: messages(tab, SUCCESS), 30, "the download to finish")
    assert all(f["imago_path"].endswith(".jpg") for f in layer.getFeatures())
    assert reloads == [] and selections == [] and len(batches) == 1
    assert sorted(layer.selectedFeatureIds()) == sorted(layer.allFeatureIds())
    assert writes == [False]  # written once, in the task: the GUI thread only told the layer
    assert stored_paths(layer) == {f["hole_id"]: f["imago_path"] for f in layer.getFeatures()}


def test_a_geopackage_being_edited_takes_the_paths_as_one_undo_step(tab, wait_until, tmp_path, monkeypatch):
    layer = geopackage_layer(tmp_path, [("BH-01", 0.0, 3.2), ("BH-02", 3.2, 6.4)])
    writes = watch_writes(monkeypatch)
    layer.startEditing()
    run_dialog(tab, layer, wait_until)
    wait_until(lambda: messages(tab, SUCCESS), 30, "the download to finish")
    assert all(f["imago_path"].endswith(".jpg") for f in layer.getFeatures())
    assert writes == [True] and layer.undoStack().count() == 1
    assert stored_paths(layer) == {"BH-01": None, "BH-02": None}  # the user decides when to save
    assert sorted(layer.selectedFeatureIds()) == sorted(layer.allFeatureIds())
    layer.undoStack().undo()
    assert "imago_path" not in layer.fields().names()
    layer.undoStack().redo()
    assert layer.commitChanges()
    assert all(path.endswith(".jpg") for path in stored_paths(layer).values())


def test_a_cancelled_download_keeps_the_paths_of_the_images_that_arrived(tab, sandbox, wait_until, tmp_path):
    holes = [("BH-01", 0.0, 3.2), ("BH-02", 3.2, 6.4), ("BH-03", 6.4, 9.6), ("BH-05", 0.0, 3.2),
             ("BH-06", 3.2, 6.4)]
    layer = geopackage_layer(tmp_path, holes)
    tab.context.settings.set_concurrency(1)
    sandbox.faults.add(kind="bandwidth", rate=20_000, path=PREFIX + "/image$")  # one at a time, slowly
    try:
        run_dialog(tab, layer, wait_until)
        task = tab.progress.task
        folder = features.features_folder(tab.context.settings.download_folder(), layer)
        wait_until(lambda: folder.is_dir() and list(folder.glob("*.jpg")), 60, "the first image")
        task.cancel()
        wait_until(lambda: messages(tab, SUCCESS) or messages(tab, WARNING), 30, "the cancelled download")
    finally:
        tab.context.settings.remove("concurrency")
    arrived = {str(path) for path in folder.glob("*.jpg")}
    paths = {f["hole_id"]: f["imago_path"] for f in layer.getFeatures()}
    written = {hole: path for hole, path in paths.items() if path not in (None, NULL)}
    assert 1 <= len(written) < len(holes) and set(written.values()) == arrived
    assert stored_paths(layer) == paths
    assert "(cancelled)" in (messages(tab, SUCCESS) + messages(tab, WARNING))[-1]
    assert sorted(layer.selectedFeatureIds()) == sorted(layer.allFeatureIds())


def test_a_write_the_file_refuses_in_the_task_is_made_on_the_gui_thread(tab, wait_until, tmp_path, monkeypatch):
    layer = geopackage_layer(tmp_path, [("BH-01", 0.0, 3.2), ("BH-02", 3.2, 6.4)])
    writes = watch_writes(monkeypatch, refuse_in_task=True)
    run_dialog(tab, layer, wait_until)
    wait_until(lambda: messages(tab, SUCCESS), 30, "the download to finish")
    assert writes == [False, True]  # refused in the task, then written by the GUI thread: nothing lost
    assert all(path.endswith(".jpg") for path in stored_paths(layer).values())
    assert sorted(layer.selectedFeatureIds()) == sorted(layer.allFeatureIds())
