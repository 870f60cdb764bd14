"""My imagery and the catalog in the Mapflow tab, driven like a user: the tree
follows create / rename / tag / upload / delete, uploads are checked before
anything is sent, a raster layer is uploaded from its context menu, and the
catalog's footprints, table and preview work together."""

import json

import pytest
from osgeo import gdal
from qgis.core import Qgis, QgsGeometry, QgsGraduatedSymbolRenderer, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from imagery_hub.core.aoi import WGS84, make_aoi
from imagery_hub.core.layers import feature_rows
from imagery_hub.core.mapflow.catalog_layers import image_of
from imagery_hub.core.mapflow.watch import WATCHED
from imagery_hub.sandbox.accounts import secret
from imagery_hub.sandbox.demo_site import AOI_WKT
from imagery_hub.sandbox.mapflow.geotiffs import write_orthophoto
from imagery_hub.ui.dock import ImageryHubDock
from imagery_hub.ui.mapflow.catalog import COLUMNS
from imagery_hub.ui.mapflow.imagery import NEW_MOSAIC
from imagery_hub.ui.mapflow.tab import MapflowTab
from imagery_hub.ui.thumbnails import THUMB

PATCH = (-123.1240, 49.2810, -123.1210, 49.2830)


class ScriptedDialogs:
    """Answers the tab's questions from a script and records what was asked."""

    def __init__(self):
        self.asked = []
        self.confirm_answers, self.texts, self.choices, self.mosaics, self.files = [], [], [], [], []
        self.pictures = []

    def confirm(self, title, text, accept_label="OK", destructive=False):
        self.asked.append((title, text, destructive))
        return self.confirm_answers.pop(0)

    def ask_text(self, title, label, text=""):
        self.asked.append((title, text, False))
        return self.texts.pop(0)

    def choose(self, title, label, items, current=0):
        self.asked.append((title, list(items), current))
        return items.index(self.choices.pop(0))

    def ask_mosaic(self, title, name="", tags=()):
        self.asked.append((title, name, list(tags)))
        return self.mosaics.pop(0)

    def open_geotiffs(self, folder=""):
        return [str(p) for p in self.files.pop(0)]

    def show_picture(self, title, image):
        self.pictures.append((title, image))


@pytest.fixture(scope="module")
def tiffs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiffs")
    east = (-123.1210, 49.2810, -123.1180, 49.2830)
    return {"a": write_orthophoto(folder / "patch_a.tif", PATCH, 2.0),
            "b": write_orthophoto(folder / "patch_b.tif", east, 2.0),
            "four": write_orthophoto(folder / "four_bands.tif", PATCH, 2.0, bands=4)}


@pytest.fixture
def tab(context, sandbox, wait_until, qgis_iface):
    qgis_iface.messageBar().clearWidgets()
    sandbox.options["mapflow.processing_seconds"] = 1.0
    sandbox.state["mapflow"].reset()
    context.settings.remove(WATCHED)
    context.settings.remove("mapflow/project_id")
    context.credentials.save("mapflow", {"secret": secret("mapflow")})
    dock = ImageryHubDock(context)
    tab = next(t for t in dock.service_tabs if isinstance(t, MapflowTab))
    tab.dialogs = ScriptedDialogs()
    dock.show_tab(tab)
    dock.show()
    wait_until(lambda: tab.account is not None and tab.header.current_id(), 60, "the account")
    yield tab
    tab.cleanup()
    dock.cleanup()
    dock.deleteLater()
    for option in ("mapflow.processing_seconds", "mapflow.storage_limit"):
        sandbox.options.pop(option, None)
    sandbox.state["mapflow"].reset()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def open_my_imagery(tab, wait_until):
    tab.pages.setCurrentIndex(1)  # the first showing loads it
    wait_until(lambda: tab.imagery.imagery is not None, 60, "my imagery")


def tree_rows(tab):
    tree = tab.imagery.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return rows


def errors(iface):
    return iface.messageBar().get_messages(Qgis.MessageLevel.Critical)


def focus_tree(tab):
    """As a click on a row would (a notice in the message bar may have taken the focus)."""
    QApplication.setActiveWindow(tab.dock)  # offscreen, the mock message bar keeps it after a notice
    tab.imagery.tree.setFocus()
    assert tab.imagery.tree.hasFocus()


def upload(tab, wait_until, files, choice, mosaic=None):
    tab.dialogs.files.append(files)
    tab.dialogs.choices.append(choice)
    if mosaic:
        tab.dialogs.mosaics.append(mosaic)
    QTest.mouseClick(tab.imagery.upload_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not tab.imagery.progress.running(), 60, "the upload to end")


def test_the_tree_follows_create_rename_upload_and_delete(tab, sandbox, wait_until, tiffs):
    open_my_imagery(tab, wait_until)
    assert tree_rows(tab) == [] and tab.imagery.storage_label.text() == "Storage: 0 B of 1.0 GB used"
    tab.dialogs.mosaics.append(("Downtown", ["drone"]))
    QTest.mouseClick(tab.imagery.new_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tree_rows(tab) == [("Downtown  [drone]", [])], 60, "the new mosaic")

    focus_tree(tab)
    tab.dialogs.mosaics.append(("Downtown 2024", ["drone", "june"]))
    QTest.keyClick(tab.imagery.tree, Qt.Key.Key_F2)
    wait_until(lambda: tree_rows(tab) == [("Downtown 2024  [drone, june]", [])], 60, "the rename")
    assert tab.dialogs.asked[-1] == ("Mosaic name and tags", "Downtown", ["drone"])

    upload(tab, wait_until, [tiffs["a"], tiffs["b"]], "Downtown 2024")
    wait_until(lambda: tree_rows(tab) == [("Downtown 2024  [drone, june]", ["patch_a.tif", "patch_b.tif"])], 60,
               "the uploaded images")
    size = tiffs["a"].stat().st_size + tiffs["b"].stat().st_size
    assert f"{size / 1000:.1f} kB of 1.0 GB used" in tab.imagery.storage_label.text()
    wait_until(lambda: tab.imagery.preview.pixmap() is not None and not tab.imagery.preview.pixmap().isNull(), 60,
               "the preview of the first uploaded image")

    tab.imagery.tree.select("image", tab.imagery.imagery.mosaics[0].images[1].id)
    focus_tree(tab)
    tab.dialogs.confirm_answers.append(True)
    QTest.keyClick(tab.imagery.tree, Qt.Key.Key_Delete)
    wait_until(lambda: tree_rows(tab) == [("Downtown 2024  [drone, june]", ["patch_a.tif"])], 60, "one image gone")
    assert tab.dialogs.asked[-1][2] is True and "(“patch_b.tif”)" in tab.dialogs.asked[-1][1]

    tab.imagery.tree.select("mosaic", tab.imagery.imagery.mosaics[0].mosaic.id)
    tab.dialogs.confirm_answers.append(False)  # Escape: nothing happens
    QTest.keyClick(tab.imagery.tree, Qt.Key.Key_Delete)
    tab.dialogs.confirm_answers.append(True)
    QTest.keyClick(tab.imagery.tree, Qt.Key.Key_Delete)
    wait_until(lambda: tree_rows(tab) == [], 60, "the mosaic gone")
    assert "with 1 image from Mapflow? Deleted images cannot be restored." in tab.dialogs.asked[-1][1]
    wait_until(lambda: tab.imagery.storage_label.text() == "Storage: 0 B of 1.0 GB used", 60, "the storage freed")


def test_a_file_that_does_not_fit_the_mosaic_is_refused_before_sending(tab, sandbox, wait_until, tiffs,
                                                                        qgis_iface):
    open_my_imagery(tab, wait_until)
    upload(tab, wait_until, [tiffs["a"]], NEW_MOSAIC, ("Patch", []))
    wait_until(lambda: [r[1] for r in tree_rows(tab)] == [["patch_a.tif"]], 60, "the first image")
    sandbox.log.clear()
    upload(tab, wait_until, [tiffs["four"]], "Patch")
    text = errors(qgis_iface)[-1]
    assert "four_bands.tif cannot join the mosaic “Patch”" in text and "it has 4 bands" in text
    assert sandbox.log.find("/image$", method="POST") == []  # checked with GDAL before any upload


def test_storage_is_checked_before_an_upload_starts(tab, sandbox, wait_until, tiffs, qgis_iface):
    sandbox.options["mapflow.storage_limit"] = 1000
    open_my_imagery(tab, wait_until)
    sandbox.log.clear()
    upload(tab, wait_until, [tiffs["a"]], NEW_MOSAIC, ("Patch", []))
    text = errors(qgis_iface)[-1]
    assert text == (f"Imagery Hub:Mapflow: Mapflow storage has 1.0 kB free (0 B of 1.0 kB used) but the upload is "
                    f"{tiffs['a'].stat().st_size / 1000:.1f} kB: delete images or mosaics first")
    assert sandbox.log.find("/rasters/mosaic", method="POST") == [] and tree_rows(tab) == []


def test_upload_to_mapflow_from_a_raster_layers_context_menu(tab, sandbox, wait_until, tiffs, tmp_path, qgis_iface):
    vrt = tmp_path / "ortho.vrt"  # not a GeoTIFF: written as one in the task before the upload
    gdal.Translate(str(vrt), str(tiffs["a"]), format="VRT")
    layer = QgsRasterLayer(str(vrt), "Ortho June")
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    text, upload_layer, _ = tab.layer_actions()[2]
    assert text == "Upload to Mapflow"
    tab.dialogs.choices.append(NEW_MOSAIC)
    tab.dialogs.mosaics.append(("Ortho June", ["layer"]))
    upload_layer()
    wait_until(lambda: tree_rows(tab) == [("Ortho June  [layer]", ["ortho.tif"])], 60, "the uploaded layer")
    assert tab.current_page() is tab.imagery
    assert tab.dialogs.asked[-1] == ("New Mapflow mosaic", "Ortho June", [])  # named after the layer
    image = tab.imagery.imagery.mosaics[0].images[0]
    assert image.profile.crs == "EPSG:32610" and image.profile.band_count == 3


def test_a_mosaic_becomes_the_source_of_a_processing(tab, sandbox, wait_until, tiffs):
    open_my_imagery(tab, wait_until)
    upload(tab, wait_until, [tiffs["a"]], NEW_MOSAIC, ("Patch", []))
    wait_until(lambda: len(tree_rows(tab)) == 1, 60, "the mosaic")
    tab.imagery.tree.select("mosaic", tab.imagery.imagery.mosaics[0].mosaic.id)
    focus_tree(tab)
    QTest.keyClick(tab.imagery.tree, Qt.Key.Key_Return)
    assert tab.current_page() is tab.processing_page
    assert tab.form.preset_label.text() == "Imagery: <b>the mosaic “Patch”</b>"
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    tab.dialogs.confirm_answers.append(True)
    QTest.mouseClick(tab.form.start_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the processing")
    assert "Imagery: the mosaic “Patch”" in tab.dialogs.asked[-1][1]
    body = json.loads(sandbox.log.find("/processings/v2$")[-1]["body"])
    assert body["params"]["sourceParams"]["myImagery"]["mosaicId"] == tab.imagery.imagery.mosaics[0].mosaic.id


def search_catalog(tab, wait_until):
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    tab.pages.setCurrentWidget(tab.catalog)
    catalog = tab.catalog
    catalog.max_cloud.setValue(40)
    catalog.min_cover.setValue(100)
    QTest.mouseClick(catalog.search_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: catalog.table.layer is not None, 60, "the footprints")
    return catalog


def test_catalog_footprints_table_and_preview_without_credentials(tab, sandbox, wait_until):
    catalog = search_catalog(tab, wait_until)
    layer = catalog.table.layer
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer) and layer.renderer().classAttribute() == "cloud"
    assert catalog.table.model().rowCount() == layer.featureCount() > 3
    # the rows the search task read are the layer's, every one of them
    assert catalog.table.source.all_rows == feature_rows(layer, [name for name, _ in COLUMNS])
    assert all(f["cloud"] <= 40 and f["aoi_cover"] >= 99.9 for f in layer.getFeatures())
    sent = json.loads(sandbox.log.find("/catalog/meta")[-1]["body"])
    assert sent["maxCloudCover"] == 40 and sent["minAoiIntersectionPercent"] == 100

    catalog.table.selectRow(2)  # table → map
    fid = catalog.table.selected_fids()[0]
    assert layer.selectedFeatureIds() == [fid]
    wait_until(lambda: catalog.preview.pixmap() is not None and not catalog.preview.pixmap().isNull(), 60,
               "the preview")
    previews = sandbox.log.find("/geoserver/rs_data/wms")
    assert previews and all(r["host"] == "cdn" and "Authorization" not in r["headers"] for r in previews)
    other = next(f.id() for f in layer.getFeatures() if f.id() != fid)
    layer.selectByIds([other])  # map → table
    assert catalog.table.selected_fids() == [other]


def test_catalog_pictures_show_each_scene_s_preview_after_placeholders_and_share_the_selection(tab, wait_until):
    catalog = search_catalog(tab, wait_until)
    layer, grid = catalog.table.layer, catalog.grid
    catalog.pictures_button.click()
    model = grid.model()
    assert catalog.views.currentWidget() is grid and model.rowCount() == layer.featureCount() > 3
    assert model.data(model.index(0), Qt.ItemDataRole.DecorationRole) is model.empty  # a placeholder while it loads
    tab.show_page(catalog)
    tab.dock.resize(1400, 4000)  # cells on screen (QGIS 3.40+ may cap the height: each is asked for below)
    for row in range(model.rowCount()):  # every cell asked for, as scrolling through the grid does
        model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
    # back to the table and sorted while the pictures load: those asked for still come
    catalog.pictures_button.click()
    catalog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    wait_until(lambda: len(model.pictures) + len(model.failed) == model.rowCount(), 60, "every thumbnail")
    with_picture = {f.id() for f in layer.getFeatures() if image_of(f).has_picture_preview}
    assert with_picture and set(model.pictures) == with_picture
    assert all(reason == "This image has no picture preview" for reason in model.failed.values())
    assert all(picture.width() <= THUMB[0] and picture.height() <= THUMB[1] for picture in model.pictures.values())
    catalog.pictures_button.click()
    fid = sorted(with_picture)[-1]  # picking a picture selects the row and the footprint on the map
    grid.setCurrentIndex(model.index(catalog.table.row_of(fid)))
    assert catalog.table.selected_fids() == [fid] and layer.selectedFeatureIds() == [fid]


def test_catalog_filters_are_checked_before_any_request(tab, sandbox, wait_until):
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    catalog = tab.catalog
    catalog.min_res.setValue(2.0)
    catalog.max_res.setValue(1.0)
    sandbox.log.clear()
    QTest.mouseClick(catalog.search_button, Qt.MouseButton.LeftButton)
    assert "smallest resolution (2 m) is above the largest (1 m)" in catalog.status.text()
    assert sandbox.log.find("/catalog") == [] and catalog.search_button.isEnabled()


def test_run_processing_on_a_found_image(tab, sandbox, wait_until):
    catalog = search_catalog(tab, wait_until)
    layer = catalog.table.layer
    sharp = next(f for f in layer.getFeatures() if f["resolution"] <= 0.6)
    layer.selectByIds([sharp.id()])
    catalog.table.selectRow(catalog.table.row_of(sharp.id()))
    tab.dialogs.confirm_answers.append(True)
    QTest.mouseClick(catalog.run_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the processing")
    assert f"Imagery: Sandbox Imagery image {sharp['image_id']}" in tab.dialogs.asked[-1][1]
    assert json.loads(sandbox.log.find(r"/processings$")[-1]["body"])["params"]["url"] == sharp["image_id"]
    assert tab.current_page() is tab.processing_page


def test_show_a_mosaic_and_an_image_on_the_map_and_a_large_preview(tab, sandbox, wait_until, tiffs):
    open_my_imagery(tab, wait_until)
    upload(tab, wait_until, [tiffs["a"]], NEW_MOSAIC, ("Patch", []))
    wait_until(lambda: len(tree_rows(tab)) == 1, 60, "the mosaic")
    entry = tab.imagery.imagery.mosaics[0]
    tab.imagery.tree.select("mosaic", entry.mosaic.id)
    QTest.mouseClick(tab.imagery.map_button, Qt.MouseButton.LeftButton)
    group = QgsProject.instance().layerTreeRoot().findGroup("Mapflow: my imagery")
    tiles = group.children()[0].layer()
    assert tiles.name() == "Patch (mosaic)" and tiles.isValid() and "authcfg" not in tiles.source()

    tab.imagery.tree.select("image", entry.images[0].id)
    QTest.mouseClick(tab.imagery.map_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: len(group.children()) == 2, 60, "the downloaded image")
    image = next(c.layer() for c in group.children() if c.layer().providerType() == "gdal")
    assert image.isValid() and image.crs().authid() == "EPSG:32610" and image.bandCount() == 3
    fetched = sandbox.log.find("/mapflow-storage/")[-1]
    assert fetched["host"] == "cdn" and "Authorization" not in fetched["headers"]

    tab.imagery.actions["large"].trigger()
    wait_until(lambda: tab.dialogs.pictures, 60, "the large preview")
    title, picture = tab.dialogs.pictures[0]
    assert title == "patch_a.tif" and not picture.isNull()
    assert max(picture.width(), picture.height()) <= 800  # decoded in the task at the size shown


def test_the_start_form_uploads_a_geotiff_for_its_s3_url(tab, sandbox, wait_until, tiffs):
    tab.dock.aoi_widget.set_aoi(make_aoi(QgsGeometry.fromWkt(AOI_WKT), WGS84, "polygon"))
    form = tab.form
    form.source_kind.setCurrentIndex(form.source_kind.findData("tif"))
    assert form.upload_button.isVisibleTo(form)
    tab.dialogs.files.append([tiffs["a"]])
    QTest.mouseClick(form.upload_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: form.url.text().startswith("s3://"), 60, "the uploaded file's URL")
    assert sandbox.log.find("/mapflow/rest/rasters$", method="POST")
    tab.dialogs.confirm_answers.append(True)
    QTest.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: tab.panel.model.rowCount() == 1, 60, "the processing")
    assert json.loads(sandbox.log.find(r"/processings$")[-1]["body"])["params"] == \
        {"source_type": "tif", "url": form.url.text()}


def test_a_preview_declaring_a_huge_picture_is_refused_not_decoded(tab, sandbox, wait_until):
    """A few hundred bytes that declare 20,000 × 20,000 pixels: the preview says so
    in one line instead of spending seconds and gigabytes decoding them."""
    catalog = search_catalog(tab, wait_until)
    sandbox.faults.add(kind="huge_image", path="/geoserver/rs_data/wms")
    try:
        catalog.table.selectRow(1)
        wait_until(lambda: "megapixel" in catalog.preview.text(), 60, "the refusal")
    finally:
        sandbox.faults.clear()
    text = catalog.preview.text()
    assert "20,000 × 20,000 pixels" in text and "50-megapixel limit" in text and "\n" not in text
    assert catalog.preview.pixmap() is None or catalog.preview.pixmap().isNull()
